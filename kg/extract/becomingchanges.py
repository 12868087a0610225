"""A quantity that becomes more or less: "sinds de dagbesteding korter werd".

"worden" with a comparative of amount, size, duration, cost or weight states that what its
subject names rose or fell: a change over time (gold README: "a comparative with 'worden' is
`decrease`", fifth batch). Read in the subordinate order, the comparative right before the
verb ("dat de taken groter werden", "sinds de regiotaxi duurder werd"); the inverted main
clause ("werd de afstand groter") is left, as it also holds figurative distances. A
negated one ("dat de problematiek niet kleiner wordt") states that it stayed the same:
``equal``. Not read: a passive whose comparative qualifies a participle ("hoger worden
ingeschat"), and the main-clause order "zijn korter geworden", which
:mod:`kg.extract.changes` reads. Comparatives
of manner or quality ("beter", "lastiger", "trager") state no amount (gold README). Source:
general Dutch grammar (the copula "worden" with a predicate comparative).
"""

from __future__ import annotations

import re

from kg.extract.changeclauses import Change
from kg.extract.wordtokens import LOWERED, lowered

__all__ = ["GATE_WORDS", "find_becoming"]

#: The comparatives of amount, size, duration, cost and weight, with the way they change.
_UP = ("groter", "hoger", "langer", "duurder", "zwaarder", "meer", "vaker", "talrijker")
#: "dunner" and "schaarser" of what people or places are counted in: "dat de netwerken dunner
#: worden" (fewer people around), "nu de plekken schaarser worden" (fewer places).
_DOWN = ("kleiner", "lager", "korter", "goedkoper", "lichter", "minder", "dunner", "schaarser")
_CHANGE = {**dict.fromkeys(_UP, "increase"), **dict.fromkeys(_DOWN, "decrease")}
_COMPARATIVE = "|".join(_UP + _DOWN)
_WORDEN = r"(?:wordt|worden|werd|werden)"
#: The forms of "worden" every match holds (the sentence gate).
GATE_WORDS = ("wordt", "worden", "werd", "werden")
#: A definite subject: "de dagbesteding", "het aantal meldingen", "de wachtlijsten".
_SUBJECT = r"(?P<subj>(?:de|het|die|deze|dit)\s+(?:[^\W\d][\w’'-]*\s+){1,3}?)"
_SUBORDINATE = re.compile(
    _SUBJECT + r"(?P<neg>niet\s+)?(?:(?:nog|steeds|alsmaar|ook|veel|iets|wat|fors|flink)\s+)?"
    rf"(?P<cmp>{_COMPARATIVE})\s+{_WORDEN}\b",
    re.IGNORECASE,
)
#: The comparative and the verb every match of :data:`_SUBORDINATE` ends with, searched in
#: the document's lower case (:func:`kg.extract.wordtokens.lowered`) before the whole
#: pattern: most sentences with a form of "worden" hold none.
_CORE = re.compile(rf"(?:{_COMPARATIVE})\s+{_WORDEN}\b")
#: A participle right after the verb: a passive the comparative is an adverb of.
_PARTICIPLE = re.compile(r"\s+[^\W\d]*ge[^\W\d]+[dtn]\b", re.IGNORECASE)
#: Adverbs: "het ook duurder wordt" has the pronoun "het" as its subject, no quantity.
_ADVERBS = frozenset(("ook", "nog", "wel", "dan", "nu", "daarom", "echter", "zelfs", "alleen"))
#: A subject that ends in a pronoun names no quantity.
_NOT_SUBJECT = frozenset(("er", "het", "dat", "dit", "die"))
#: Finite verbs and auxiliaries: a subject holding one is a clause, not a noun phrase.
_VERBS = frozenset(
    [
        "zal",
        "zullen",
        "zou",
        "zouden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "moest",
        "moesten",
        "mag",
        "mogen",
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "blijft",
        "blijven",
    ]  # noqa: SIM905
)


def find_becoming(text: str, s0: int, s1: int) -> list[Change]:
    """The quantities ``text[s0:s1]`` says become more or less.

    Examples
    --------
    >>> s = "Sinds de dagbesteding korter werd, zitten ouderen thuis."
    >>> [(s[c.start : c.end], c.subject, c.comparison) for c in find_becoming(s, 0, len(s))]
    [('de dagbesteding korter werd', 'de dagbesteding', 'decrease')]
    >>> s = "Volgens de teams is het zo dat de vragen zwaarder worden."
    >>> [(s[c.start : c.end], c.comparison) for c in find_becoming(s, 0, len(s))]
    [('de vragen zwaarder worden', 'increase')]
    >>> s = "De teams zien dat de problematiek niet kleiner wordt."
    >>> [c.comparison for c in find_becoming(s, 0, len(s))]
    ['equal']
    >>> s = "De kosten zullen hoger worden ingeschat."
    >>> find_becoming(s, 0, len(s))
    []
    """
    out: list[Change] = []
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
        low = lowered(text)
    if low is not None and _CORE.search(low, s0, s1) is None:
        return out  # no comparative right before a form of "worden" (most sentences)
    for m in _SUBORDINATE.finditer(text, s0, s1):
        if _PARTICIPLE.match(text, m.end(), s1):
            continue  # "hoger worden ingeschat": a passive
        subject = m.group("subj").strip()
        words = subject.lower().split()
        if words[-1] in _NOT_SUBJECT or _VERBS.intersection(words) or _ADVERBS.intersection(words):
            continue
        cmp = "equal" if m.group("neg") else _CHANGE[m.group("cmp").lower()]
        out.append(Change(m.start(), m.end(), subject, cmp))
    return out
