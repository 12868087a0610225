"""Tone cues at the head of a Dutch compound: "aansluitingsproblemen", "schaalvoordelen".

Dutch writes a noun's modifier into one word with it, so a judgement noun of the
tone lexicon (``ontology/tone.ttl``: "problemen", "knelpunt", "voordeel", "winst")
often stands at the end of a compound the lexicon does not list
("communicatieproblemen", "efficiencywinst", "kwaliteitsverbetering"). The
compound's head carries the judgement, so a compound ending in one of a few
unambiguous judgement nouns is read as that noun. Matched per claim behind a
cheap substring gate (:func:`kg.extract.prefixscan.may_hold_in`); a compound
already covered by a cue (a problem label such as "personeelstekort") is left to
it, and so is a compound naming the condition of a group ("kinderen met
gedragsproblemen"), which states who is served, not a difficulty.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in
from kg.extract.toneframes import Cue

#: Judgement nouns that keep their sign at the head of a compound, by sign.
HEADS: dict[str, int] = {
    **dict.fromkeys(
        ("probleem", "problemen", "knelpunt", "knelpunten", "risico", "risico's", "achterstand",
         "achterstanden", "belemmering", "belemmeringen", "tekortkoming", "tekortkomingen",
         "obstakel", "obstakels", "frustratie", "frustraties"),
        -1,
    ),
    **dict.fromkeys(
        ("voordeel", "voordelen", "winst", "verbetering", "verbeteringen", "succes", "successen"),
        1,
    ),
}  # fmt: skip
#: The substrings every head holds (the gate: most claims hold none).
_GATE = (
    "proble", "knelpunt", "risico", "achterstand", "belemmering", "tekortkoming", "obstakel",
    "frustratie", "voordel", "voordeel", "winst", "verbetering", "succes",
)  # fmt: skip
#: A word of at least three letters before the head (a joint "-" allowed), ending in one.
_COMPOUND = re.compile(
    r"\b[^\W\d_][\w\-]{2,}?(" + "|".join(sorted(HEADS, key=len, reverse=True)) + r")(?![\w\-’'])",
    re.IGNORECASE,
)
#: A word before the compound that makes it a group's condition ("kinderen met …").
_OF_GROUP = frozenset({"met"})


def compound_cues(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the claim ``text[start:end]`` with those of compound heads added, in order.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of Cue
        The tone cues and problems found in the span.

    Returns
    -------
    list of Cue
        ``cues``, and a cue for each compound ending in a judgement noun of
        :data:`HEADS` that no cue covers, sorted by start.

    Examples
    --------
    >>> s = "Er zijn aansluitingsproblemen tussen school en zorg."
    >>> [(s[c.start : c.end], c.sign) for c in compound_cues(s, 0, len(s), [])]
    [('aansluitingsproblemen', -1)]
    >>> s = "De inkoop levert schaalvoordelen op."
    >>> [(s[c.start : c.end], c.sign) for c in compound_cues(s, 0, len(s), [])]
    [('schaalvoordelen', 1)]
    >>> s = "De hulp is voor kinderen met gedragsproblemen."
    >>> compound_cues(s, 0, len(s), [])
    []
    >>> compound_cues("Er zijn problemen.", 0, 18, [])
    []
    """
    if not may_hold_in(text, start, end, _GATE):
        return cues  # most claims
    found = []
    for m in _COMPOUND.finditer(text, start, end):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in cues):
            continue  # a label or cue of its own ("personeelstekort", "werkwinst")
        if neg._word_before(text, m.start()) in _OF_GROUP:
            continue  # "kinderen met gedragsproblemen": who is served
        found.append(Cue(m.start(), m.end(), HEADS[m.group(1).lower()]))
    if not found:
        return cues
    return sorted(cues + found, key=lambda c: (c.start, c.problem))
