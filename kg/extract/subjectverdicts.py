"""A good thing as the subject of a verdict against it: the predicate judges.

"De vernieuwing stagneert", "de goede samenwerking staat onder druk", "het
vertrouwen in de aanpak neemt af": a word of approval in the clause's subject
names what the clause is about, and a word of difficulty in its predicate says
how that thing fares. The claim is one verdict, negative, not a good thing and a
difficulty weighed against each other (mixed).

The subject is the noun phrase that opens the clause with a determiner ("de",
"het", "een", "deze", "onze" …); the verdict is a later word of difficulty in
the same clause, with no coordination between the two ("de vernieuwing en de
problemen" names two things).
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.toneframes import Cue

#: Determiners that open a subject noun phrase ("de vernieuwing", "onze aanpak").
_DETERMINERS = frozenset(
    {"de", "het", "een", "deze", "dit", "die", "dat", "onze", "ons", "hun", "zijn", "haar"}
)
#: Words that may stand before the determiner in the clause ("ook de vernieuwing").
_BEFORE = frozenset({"ook", "juist", "vooral", "zelfs", "en"})
#: Words that join two things, so the second word names a thing of its own.
_COORDINATION = frozenset({"en", "of", "noch", "zowel"})


def _subject(found: list[str], at: int) -> bool:
    """Whether the word at ``at`` lies in the clause's opening noun phrase: a determiner
    opens the clause (after a focus word) and at most one inflected adjective stands
    between it and ``at``.

    Examples
    --------
    >>> _subject(["de", "vernieuwing", "stagneert"], 1)
    True
    >>> _subject(["ook", "de", "goede", "samenwerking"], 2)
    True
    >>> _subject(["het", "werkt", "goed"], 2), _subject(["goed", "werkt", "het"], 0)
    (False, False)
    """
    k = 0
    while k < at and found[k] in _BEFORE:
        k += 1
    if k >= at or found[k] not in _DETERMINERS:
        return False
    # right after the determiner, or after one inflected adjective ("de nieuwe aanpak")
    return at - k == 1 or at - k == 2 and found[k + 1].endswith("e")


def predicate_judges(text: str, clause: tuple[int, int], own: list[Cue]) -> list[Cue]:
    """The clause's judgements without a good word in its subject when its predicate
    judges that subject badly ("de vernieuwing stagneert").

    ``own``: the clause's signed judgements in text order.

    Examples
    --------
    >>> s = "De vernieuwing stagneert."
    >>> [c.sign for c in predicate_judges(s, (0, len(s)), [Cue(3, 14, 1), Cue(15, 24, -1)])]
    [-1]
    >>> s = "De vernieuwing en de problemen."
    >>> len(predicate_judges(s, (0, len(s)), [Cue(3, 14, 1), Cue(21, 30, -1)]))
    2
    >>> s = "Het loket werkt goed, ondanks de problemen."
    >>> len(predicate_judges(s, (0, len(s)), [Cue(16, 20, 1), Cue(33, 42, -1)]))
    2
    """
    first = own[0]
    if first.sign <= 0 or first.problem:
        return own
    verdict = next((c for c in own[1:] if c.sign < 0 and not c.problem), None)
    if verdict is None:
        return own
    tokens = neg.words(text, clause[0], verdict.start)
    found = [w for _a, _b, w in tokens]
    at = next((i for i, (a, _b, _w) in enumerate(tokens) if a >= first.start), None)
    if at is None or not _subject(found, at) or not _COORDINATION.isdisjoint(found[at:]):
        return own
    return [c for c in own if c is not first]
