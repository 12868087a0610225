"""Needs: a good thing said to be needed, or sought, is lacking.

"Er is behoefte aan duidelijkheid", "een betere afstemming is nodig", "de gemeente
is nog zoekende naar een goede aanpak": the approving word names what is not there
(yet), so the cue is turned negative (:func:`lacking`). A negated need ("geen
behoefte aan") or a supposed one keeps the cue. General Dutch grammar of need and
search; split from :mod:`kg.extract.toneframes`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from operator import itemgetter

from kg.extract import implied
from kg.extract import negation as neg

#: The word of a token of :func:`kg.extract.negation.words`.
_WORD_OF = itemgetter(2)

#: Nouns of need: "behoefte aan X" says X is lacking.
_NEED_NOUNS = frozenset({"behoefte", "gebrek", "tekort"})
#: Predicates of need: "X is nodig" says X is not there (yet).
_NEEDED = frozenset({"nodig", "noodzakelijk", "gewenst", "wenselijk", "vereist"})
#: Forms of "zijn", "blijven" and "hebben" before a word of need ("is nodig", "hebben … nodig").
_BE = frozenset(
    {"is", "zijn", "was", "waren", "blijft", "blijven", "bleef", "bleven", "wordt", "worden",
     "heeft", "hebben", "had", "hadden"}
)  # fmt: skip
#: How many words may stand between "behoefte aan" and the cue ("behoefte aan meer en
#: betere informatie").
_NEED_REACH = 4
#: Words that may open a clause of what is needed for: "om" + infinitive, "voor".
_FOR = frozenset({"om", "voor"})


def _needed_after(tokens: tuple, i: int) -> bool:
    """Whether a need noun + "aan" stands shortly before token ``i`` ("behoefte aan … X").

    Examples
    --------
    >>> w = "er is behoefte aan meer duidelijkheid".split()
    >>> t = tuple((k, k + 1, x) for k, x in enumerate(w))
    >>> _needed_after(t, 5), _needed_after(t, 1)
    (True, False)
    """
    words = list(map(_WORD_OF, tokens[max(0, i - _NEED_REACH - 2) : i]))
    for k in range(len(words) - 1):
        if words[k] in _NEED_NOUNS and words[k + 1] == "aan":
            return not any(w in _FOR for w in words[k + 2 :])
    return False


def _named_needed(tokens: tuple, j: int, word: str) -> bool:
    """Whether a comparative cue ending before token ``j`` is named as needed ("betere … is nodig").

    Examples
    --------
    >>> t = tuple((k, k + 1, x) for k, x in enumerate("een betere afstemming is nodig".split()))
    >>> _named_needed(t, 2, "betere")
    True
    >>> t = tuple((k, k + 1, x) for k, x in enumerate("het loket is beter en nodig".split()))
    >>> _named_needed(t, 3, "beter")
    False
    """
    if not implied.comparative(word[:-1] if word.endswith("ere") else word):
        return False  # "betere", "snellere": the inflected comparative
    after = list(map(_WORD_OF, tokens[j:]))
    for k, w in enumerate(after):
        if w in _NEEDED:
            return k > 0 and after[k - 1] in _BE
        if w == "om":
            return False  # "… om betere zorg te geven is geld nodig": what it is needed for
    return False


def lacking(text: str, clause: tuple[int, int], cue):  # noqa: ANN001, ANN201
    """The cue read in its frame of need: turned negative when the good thing is needed.

    Parameters
    ----------
    text : str
        The cleaned text.
    clause : tuple of int
        The span of the cue's clause (:func:`kg.extract.negation.clauses`).
    cue : kg.extract.tone.Cue
        A tone cue of the clause.

    Returns
    -------
    kg.extract.tone.Cue
        The cue, with its sign turned negative when the clause says the good
        thing it names is needed (and so lacking); unchanged otherwise.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Er is grote behoefte aan duidelijkheid over de financiering."
    >>> a = s.index("duidelijkheid")
    >>> lacking(s, (0, len(s)), Cue(a, a + 13, 1)).sign
    -1
    >>> s = "Een betere afstemming met de huisartsen is nodig."
    >>> lacking(s, (0, len(s)), Cue(4, 10, 1)).sign
    -1
    >>> s = "Er is geen behoefte aan meer duidelijkheid."
    >>> a = s.index("duidelijkheid")
    >>> lacking(s, (0, len(s)), Cue(a, a + 13, 1)).sign
    1
    """
    if cue.sign <= 0 or cue.problem:
        return cue
    tokens = neg.words(text, *clause)
    i = bisect_left(tokens, cue.start, key=itemgetter(0))
    j = bisect_left(tokens, cue.end, key=itemgetter(0))
    before = list(map(_WORD_OF, tokens[:i]))
    if not neg.NEGATORS.isdisjoint(before) or neg.hypothetical(text, clause):
        return cue
    word = text[cue.start : cue.end].lower().split()[-1]
    if _needed_after(tokens, i) or _named_needed(tokens, j, word):
        return replace(cue, sign=-1)
    if (word.endswith("e") or implied.comparative(word)) and _sought(before):
        return replace(cue, sign=-1)  # "nog zoekende naar een goede aanpak": not found yet
    return cue


#: Words of searching before "naar": "zoekende naar", "op zoek naar", "zoekt naar".
_SEARCHING = frozenset({"zoek", "zoekt", "zoeken", "zoekende", "zocht", "zochten", "gezocht"})


def _sought(before: list[str]) -> bool:
    """Whether a word of searching + "naar" stands shortly before the cue ("zoekende naar een").

    An inflected adjective or a comparative in what is sought ("op zoek naar een betere
    verdeling") names what is lacking, as what is needed does.

    Examples
    --------
    >>> _sought(["de", "gemeente", "is", "zoekende", "naar", "een"]), _sought(["zoekt", "een"])
    (True, False)
    """
    near = before[-_NEED_REACH - 2 :]
    return any(w in _SEARCHING and near[k + 1 : k + 2] == ["naar"] for k, w in enumerate(near))
