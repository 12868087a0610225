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

The same gapping after an orientation ("De inwoners van A zijn op X gericht, die van B eerder
op Y en Z"): the second conjunct opens with the gapped subject "die van …" (the inhabitants
of another part of the municipality), may hold an adverb, and ends in "op" and the places it
turns to: each is ``oriented-towards`` from the profile's municipality, as the first conjunct's
(:mod:`kg.extract.statedlinks`). Gated on "gericht" or "oriënt" and ", die van".
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP

__all__ = ["gapped_orientation", "gapped_partners"]

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


#: The orientation of the first conjunct, before the comma of the second.
_ORIENTED = re.compile(r"\b(?:gericht|georiënteerd|georienteerd|oriënte\w*|oriente\w*)\b", _F)
#: The gapped conjunct of an orientation: ", die van B (eerder / vooral / meer) op ".
_GAPPED_ON = re.compile(
    r",\s+(?:en\s+)?die\s+van\s+[^,;.:()]{1,60}?\s+"
    r"(?:(?:eerder|vooral|meer|juist|veeleer|vaker|ook|weer|juist\s+meer)\s+)?op\s+"
    r"(?:de\s+|het\s+)?(?:stad\s+)?$",
    _F,
)


def gapped_orientation(sen: _Sentence, add: Add) -> None:
    """``oriented-towards`` each place of a gapped second conjunct of an orientation ("…
    op X gericht, die van B eerder op Y en Z": Y and Z).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "De kern A is op Zwolle gericht, die van B eerder op Kampen en Epe."
    >>> def named(name):
    ...     i = text.index(name)
    ...     return SentenceMention(f"m/{name.lower()}", "municipality", i, i + len(name), name, 0)
    >>> parties = [named(n) for n in ("Zwolle", "Kampen", "Epe")]
    >>> got, sen = [], Sentence(text, 0, len(text), parties, "own", [])
    >>> gapped_orientation(sen, lambda *r: got.append(r))
    >>> got
    [('oriented-towards', 'own', 'm/kampen'), ('oriented-towards', 'own', 'm/epe')]
    """
    text = sen.text
    at = text.find(", die van ", sen.start, sen.end)
    if at < 0 or _ORIENTED.search(text, sen.start, at) is None:
        return
    head = None
    for p in sen.parties:
        if p.start <= at:
            continue
        listed = head is not None and LIST_GAP.match(text[head.end : p.start])
        gap = _GAPPED_ON.search(text, max(at, p.start - 90), p.start)
        if not listed and (gap is None or _NEGATED.search(gap.group(0))):
            head = None
            continue
        head = p
        if p.entity != sen.own and p.kind in ("municipality", "place", "region"):
            add("oriented-towards", sen.own, p.entity)
