"""Tone cues at the head of a Dutch compound: "aansluitingsproblemen", "schaalvoordelen".

Dutch writes a noun's modifier into one word with it, so a judgement noun of the
tone lexicon (``ontology/tone.ttl``: "problemen", "knelpunt", "voordeel", "winst")
often stands at the end of a compound the lexicon does not list
("communicatieproblemen", "efficiencywinst", "kwaliteitsverbetering"). The
compound's head carries the judgement, so a compound ending in one of a few
unambiguous judgement nouns is read as that noun. The words of a document are
read for compounds once (a claim looks its own up); a compound
already covered by a cue (a problem label such as "personeelstekort") is left to
it, and so is a compound naming the condition of a group ("kinderen met
gedragsproblemen"), which states who is served, not a difficulty.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from os.path import commonprefix

from kg.extract.negation import word_before
from kg.extract.sentencecache import table
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import lowered

#: Judgement nouns that keep their sign at the head of a compound, by sign.
HEADS: dict[str, int] = {
    **dict.fromkeys(
        ("probleem", "problemen", "knelpunt", "knelpunten", "risico", "achterstand",
         "achterstanden", "belemmering", "belemmeringen", "tekortkoming", "tekortkomingen",
         "obstakel", "obstakels", "frustratie", "frustraties"),
        -1,
    ),
    **dict.fromkeys(
        ("voordeel", "voordelen", "winst", "verbetering", "verbeteringen", "succes", "successen"),
        1,
    ),
}  # fmt: skip
#: Letters two heads share at their start when they are forms of one noun ("voordeel",
#: "voordelen"): one stem, their longest common start, finds both.
_FORM_OF_ONE = 4


def _stems(heads: Iterable[str]) -> tuple[str, ...]:
    """The stems that open every head: per noun, the longest start its forms share.

    Derived from :data:`HEADS`, so a head added there is found without a second list.

    Examples
    --------
    >>> _stems(["probleem", "problemen", "winst", "knelpunt", "knelpunten"])
    ('proble', 'winst', 'knelpunt')
    """
    groups: dict[str, list[str]] = {}
    for head in heads:
        groups.setdefault(head[:_FORM_OF_ONE], []).append(head)
    return tuple(commonprefix(forms) for forms in groups.values())


#: The stems that open every head (each found once per document).
_STEMS = _stems(HEADS)
#: Letters a compound's modifier must have before its head.
_MODIFIER = 3
#: A word before the compound that makes it a group's condition ("kinderen met …").
_OF_GROUP = frozenset({"met"})
#: text → (the starts of its compounds, their cues), read once per document.
_FOUND: dict[str, tuple[list[int], list[Cue]]] = table()


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
    starts, found = _compounds(text)
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if i == j:
        return cues  # most claims
    added = [
        cue
        for cue in found[i:j]
        if cue.end <= end
        and not any(c.start < cue.end and cue.start < c.end for c in cues)
        and word_before(text, cue.start) not in _OF_GROUP  # "kinderen met …": who is served
    ]
    if not added:
        return cues
    return sorted(cues + added, key=lambda c: (c.start, c.problem))


def _compounds(text: str) -> tuple[list[int], list[Cue]]:
    """The cues of the compounds of ``text`` that end in a head, with their starts (per document).

    Each head's stem is found in the document's lower case (a few ``str.find`` runs; a
    text that folds apart from its lower case has none read), and its word read around it.

    Examples
    --------
    >>> _compounds("De tijdwinst en de problemen; de problematiek.")[1]
    [Cue(start=3, end=12, sign=1, problem=False, lack=False, subject=False)]
    """
    kept = _FOUND.get(text)
    if kept is None:
        low = lowered(text)
        found = {} if low is None else _read(low)
        cues = [found[k] for k in sorted(found)]
        kept = _FOUND[text] = ([c.start for c in cues], cues)
    return kept


def _read(low: str) -> dict[int, Cue]:
    """Start → cue of each compound of the lower case ``low`` that ends in a head."""
    found = {}
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            cue = _compound(low, at)
            if cue is not None:
                found[cue.start] = cue
            at = low.find(stem, at + len(stem))
    return found


def _compound(low: str, at: int) -> Cue | None:
    """The cue of the compound whose head starts at ``at`` in the lower case ``low``, if any.

    Examples
    --------
    >>> s = "de schaalvoordelen, de voordelen"
    >>> c = _compound(s, s.index("voordelen"))
    >>> (s[c.start : c.end], c.sign)
    ('schaalvoordelen', 1)
    >>> _compound(s, s.rindex("voordelen")) is None
    True
    """
    first = at
    while first and low[first - 1].isalpha():
        first -= 1
    last = at
    while last < len(low) and low[last].isalpha():
        last += 1
    sign = HEADS.get(low[at:last])
    if sign is None or at - first < _MODIFIER:
        return None  # not a head ("problematiek") or a head alone ("problemen")
    return Cue(first, last, sign)
