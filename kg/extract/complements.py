"""The complement of a judgement: the words a judgement governs ("moeilijk goede … te vinden").

The first judgement of a clause governs the opposite words in its complement
(after a preposition or in its "te"-infinitive), not a predicate after a copula
(:func:`kg.extract.tone.polarity`). Split out of :mod:`kg.extract.tone`. A
positive word in the phrase "ondanks" opens is what is conceded
(:func:`conceded`).
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract import negation as neg
from kg.extract.separablecues import COPULAS as _COPULAS

_WORD_OF = itemgetter(2)

#: Prepositions that open the complement of a judgement ("bewust van", "zoeken naar",
#: "een spanningsveld tussen maatwerk en regels"), with "dan" of a comparison's
#: standard ("beter … dan bij de dure GGZ").
_GOVERNING = frozenset(
    {"van", "voor", "over", "naar", "om", "op", "met", "aan", "bij", "in", "tot", "tegen",
     "door", "uit", "dan", "tussen"}
)  # fmt: skip
#: Words that may stand between a preposition and the noun it governs: articles,
#: possessives and degree words (inflected adjectives end in -e and pass too).
_PHRASE_OPENERS = frozenset(
    {"de", "het", "een", "deze", "die", "dit", "dat", "hun", "haar", "zijn", "onze", "ons",
     "eigen", "alle", "elke", "ieder", "veel", "meer", "minder", "zeer", "erg", "heel", "zo",
     "nog", "te"}
)  # fmt: skip


#: Last words of a judgement phrase that open its complement themselves ("verdienen meer",
#: "behoefte aan", "wenselijk dat"): what follows is what the judgement is about.
_OPEN_ENDS = _GOVERNING | {"meer", "minder", "dat"}


def complement(text: str, clause: tuple[int, int], head_end: int, start: int) -> bool:
    """Whether the cue at ``start`` is the complement of the judgement ending at ``head_end``.

    The opposite word belongs to the first judgement when a preposition opens it
    ("goed bewust van de knelpunten", "op zoek naar een goede balans") or it
    stands in the judgement's "te"-infinitive ("moeilijk goede indicatoren te
    vinden"). When a noun closes the preposition's phrase before it, or a copula
    stands between, it is the clause's own predicate ("de ruimte voor initiatieven
    is beperkt", "ondanks de goede samenwerking blijft de afstemming met de
    huisartsen lastig"), and so is a word with nothing of the two between ("een
    goede oplossing ontbreekt"). A noun judgement ("de desinteresse") is the
    subject: a phrase after the copula belongs to the predicate, not to it.

    Examples
    --------
    >>> s = "Het is moeilijk goede indicatoren te vinden."
    >>> complement(s, (0, len(s)), s.index(" goede"), s.index("goede"))
    True
    >>> s = "De ruimte voor initiatieven is beperkt."
    >>> complement(s, (0, len(s)), s.index(" voor"), s.index("beperkt"))
    False
    >>> s = "Men is zich goed bewust van de eigen tekortkomingen."
    >>> complement(s, (0, len(s)), s.index(" bewust"), s.index("tekort"))
    True
    >>> s = "Ondanks de goede samenwerking blijft de afstemming met de huisartsen lastig."
    >>> complement(s, (0, len(s)), s.index(" samenwerking"), s.index("lastig"))
    False
    >>> s = "Mantelzorgers verdienen meer steun."
    >>> complement(s, (0, len(s)), s.index(" steun"), s.index("steun"))
    True
    >>> s = "Ondanks de krappe middelen slaagt de gemeente erin de zorg te leveren."
    >>> complement(s, (0, len(s)), s.index(" middelen"), s.index("slaagt"))
    False
    """
    between = list(map(_WORD_OF, neg.words(text, head_end, start)))
    # a head that ends in an opening word: "behoefte aan meer steun", "wenselijk dat …"
    end_word = next((w for _a, _b, w in neg.words(text, clause[0], head_end)[-1:]), "")
    if end_word in _OPEN_ENDS and (
        end_word == "dat" or all(w in _PHRASE_OPENERS or w.endswith("e") for w in between)
    ):
        return True
    opens = [i for i, w in enumerate(between) if w in _GOVERNING]
    if opens and _COPULAS & set(between[: opens[-1]]) and _noun_head(text, clause, head_end):
        return False  # "de desinteresse is te verklaren uit de hoge waardering": the predicate's
    if opens:  # in the phrase the preposition opens, unless a noun closed it before the cue
        return all(w in _PHRASE_OPENERS or w.endswith("e") for w in between[opens[-1] + 1 :])
    if any(w in _COPULAS for w in between) or text[head_end - 1 : head_end] == "e":
        return False  # an inflected head ("de krappe middelen") governs no "te"-infinitive
    after = list(map(_WORD_OF, neg.words(text, start, clause[1])))
    return any(w == "te" and nxt.endswith("en") for w, nxt in zip(after, after[1:], strict=False))


def _noun_head(text: str, clause: tuple[int, int], head_end: int) -> bool:
    """Whether the judgement ending at ``head_end`` is a noun after an article ("de desinteresse").

    Examples
    --------
    >>> s = "De desinteresse is te verklaren."
    >>> _noun_head(s, (0, len(s)), s.index(" is")), _noun_head(s, (0, len(s)), s.index("."))
    (True, False)
    """
    found = neg.words(text, clause[0], head_end)
    return len(found) > 1 and found[-2][2] in ("de", "het", "een")


#: Prepositions of concession: the phrase one opens names what is conceded.
_CONCEDING = frozenset({"ondanks"})


def conceded(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the word at ``start`` stands in the phrase "ondanks" opens ("ondanks de goede …").

    What is conceded does not judge the problem the clause states: "ondanks de
    goede samenwerking zijn er wachtlijsten" states the waiting lists, against the
    cooperation.

    Examples
    --------
    >>> s = "Ondanks de goede samenwerking zijn er wachtlijsten."
    >>> conceded(s, (0, len(s)), s.index("goede")), conceded(s, (0, len(s)), s.index("wacht"))
    (True, False)
    """
    before = list(map(_WORD_OF, neg.words(text, clause[0], start)))
    at = [i for i, w in enumerate(before) if w in _CONCEDING]
    return bool(at) and all(w in _PHRASE_OPENERS or w.endswith("e") for w in before[at[-1] + 1 :])
