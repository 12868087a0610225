"""A cooperation whose second conjunct leaves out the verb: "A werkt voor de jeugdhulp samen
met B en voor de Wmo vooral met C".

Dutch coordinates two clauses with the same verb by leaving it out of the second (gapping,
ANS 26.3): "werkt voor X samen met B en voor Y met C" says A works together with C as well.
The second conjunct opens with "en" and a phrase of its own (a preposition: "voor de Wmo",
"bij de inkoop", "op het gebied van"), may hold an adverb ("vooral", "ook", "alleen") and
ends in "met" and the partner: that partner is ``cooperates-with`` the subject of the verb.
The partner of the first conjunct is the cue table's (:mod:`kg.extract.relationcues`); a
negated second conjunct ("en voor de Wmo niet met C") gives none.

Source: general Dutch grammar (ANS, "gapping" in coordinated clauses), written without a
particular profile's sentence. Gated on "samen" and a later " met ".
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence

__all__ = ["gapped_partners"]

_F = re.IGNORECASE
#: The verb of cooperating, separable ("werkt … samen met") or as one word.
_TOGETHER = re.compile(r"\bsamen\s*(?:werk\w*|gewerkt)\b|\bwerk\w*\b[^;.]{0,60}?\bsamen\b", _F)
#: The gapped conjunct: "en" and a prepositional phrase, an adverb, then "met" and an
#: article or a type noun before the partner's name.
_GAPPED = re.compile(
    r"\s*,?\s+en\s+(?:(?:voor|bij|op|in|rond|wat)\s+[^,;.:]{1,50}?\s+)"
    r"(?:(?:vooral|ook|alleen|daarnaast|verder|nog|vooral\s+ook|juist)\s+)?met\s+"
    r"(?:(?:de|het|haar|zijn)\s+)?(?:(?:buur)?gemeenten?\s+|buurstad\s+|stad\s+)?$",
    _F,
)
_NEGATED = re.compile(r"\b(?:niet|geen|nooit)\b", _F)


def gapped_partners(sen: _Sentence, add: Add) -> None:
    """``cooperates-with`` each partner of a gapped second conjunct of a cooperation.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Teststad werkt voor de jeugd samen met Heerlen en voor de Wmo met Landgraaf."
    >>> def named(name, kind):
    ...     i = text.index(name)
    ...     return SentenceMention(f"{kind}/{name.lower()}", kind, i, i + len(name), name, 0)
    >>> parties = [named(n, "municipality") for n in ("Teststad", "Heerlen", "Landgraaf")]
    >>> got = []
    >>> gapped_partners(Sentence(text, 0, len(text), parties, "own", []), lambda *r: got.append(r))
    >>> got
    [('cooperates-with', 'municipality/teststad', 'municipality/landgraaf')]
    """
    text = sen.text
    if text.find("samen", sen.start, sen.end) < 0 or len(sen.parties) < 2:
        return
    verb = _TOGETHER.search(text, sen.start, sen.end)
    if verb is None:
        return
    for p in sen.parties:
        if p.start <= verb.end():
            continue
        gap = _GAPPED.search(text, max(verb.end(), p.start - 90), p.start)
        if gap is None or _NEGATED.search(gap.group(0)):
            continue
        subject = sen.subject(sen.clause_start(verb.start()), verb.start())
        add("cooperates-with", subject, p.entity)
