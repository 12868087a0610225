"""A good thing as the subject of a verdict against it: the predicate judges.

"De vernieuwing stagneert", "de goede samenwerking staat onder druk", "het
vertrouwen in de aanpak neemt af": a word of approval in the clause's subject
names what the clause is about, and a word of difficulty in its predicate says
how that thing fares. The claim is one verdict, negative, not a good thing and a
difficulty weighed against each other (mixed).

The subject is the noun phrase that opens the clause with a determiner ("de",
"het", "een", "deze", "onze" …), or follows its finite verb ("volgens de monitor
is de tevredenheid …"); the verdict is a later word of difficulty in the same
clause, with no coordination between the two ("de vernieuwing en de problemen"
names two things).

A fall said of the subject ("de tevredenheid is lager dan in de regio", "het
aantal klachten over te laat komende ritten is gehalveerd") turns what the
subject names: a good thing that falls is bad news, a difficulty that falls good
news (:func:`falls`); the words of the subject judge nothing of their own.
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract import negation as neg
from kg.extract.cuewords import DECLINE
from kg.extract.prefixscan import search
from kg.extract.separablecues import COPULAS
from kg.extract.toneframes import Cue

#: Determiners that open a subject noun phrase ("de vernieuwing", "onze aanpak").
_DETERMINERS = frozenset(
    {"de", "het", "een", "deze", "dit", "die", "dat", "onze", "ons", "hun", "zijn", "haar"}
)
#: Words that may stand before the determiner in the clause ("ook de vernieuwing").
_BEFORE = frozenset({"ook", "juist", "vooral", "zelfs", "en"})
#: Nouns of a quantity whose noun after it is what the clause judges ("het aantal klachten").
_MEASURE = frozenset({"aantal", "aandeel", "percentage", "hoeveelheid", "mate"})
#: Predicates of a fall ("is lager", "is gedaald", "neemt af", "is gehalveerd"); not the
#: attributive forms ("lage kosten"), which name another thing than the subject, nor a low
#: level ("is laag", "is gering"), which the cue readings turn themselves.
FALLS: frozenset[str] = frozenset(
    {"lager", "gedaald", "daalt", "daalde", "daalden", "dalen", "afgenomen",
     "afneemt", "afnam", "gehalveerd", "teruggelopen", "terugloopt", "terugliep",
     "gekrompen", "krimpt", "kleiner", "slechter", "verslechterd", "achteruitgegaan"}
)  # fmt: skip
#: The word of a token of :func:`kg.extract.negation.words`.
_WORD_OF = itemgetter(2)
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
    if k < at and found[k] not in _DETERMINERS:  # the verb first: "… is de tevredenheid"
        k = next((j + 1 for j in range(at - 1, -1, -1) if found[j] in COPULAS), at)
    if k >= at or found[k] not in _DETERMINERS:
        return False
    # right after the determiner, after one inflected adjective ("de nieuwe aanpak") or
    # after the noun of a quantity ("het aantal klachten")
    return at - k == 1 or at - k == 2 and (found[k + 1].endswith("e") or found[k + 1] in _MEASURE)


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


def falls(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The claim's cues with a judged subject of a fall read as the fall's verdict.

    The first judgement of a clause in its subject, and a fall predicate later in the
    clause with no other judgement word between: the subject's words up to the fall are
    one cue, of the opposite sign ("de tevredenheid … is lager": -1; "het aantal klachten
    over te laat komende ritten is gehalveerd": +1).

    Examples
    --------
    >>> s = "Volgens de monitor is de tevredenheid over de hulp iets lager dan in de regio."
    >>> i = s.index("tevredenheid")
    >>> [(c.sign, s[c.start : c.end]) for c in falls(s, 0, len(s), [Cue(i, i + 12, 1)])]
    [(-1, 'tevredenheid over de hulp iets lager')]

    A decline the cue readings know (:data:`kg.extract.cuewords.DECLINE`) has turned
    the subject's cue already ("klachten" +1 before "is gehalveerd"): its sign is kept.

    >>> s = "Het aantal klachten over te late ritten is gehalveerd."
    >>> [(c.sign, s[c.start : c.end]) for c in falls(s, 0, len(s), [Cue(11, 19, 1)])]
    [(1, 'klachten over te late ritten is gehalveerd')]
    >>> s = "De goede zorg leidt tot lage kosten."
    >>> [c.sign for c in falls(s, 0, len(s), [Cue(3, 8, 1)])]
    [1]
    """
    if not any(c.sign and not c.problem for c in cues):
        return cues  # no judgement word to turn
    if FALLS.isdisjoint(map(_WORD_OF, neg.words(text, start, end))):
        return cues  # no fall (most claims)
    out = list(cues)
    for clause in neg.clauses(text, start, end):
        own = [c for c in out if clause[0] <= c.start < clause[1] and c.sign and not c.problem]
        if not own:
            continue
        first = min(own, key=lambda c: c.start)
        tokens = neg.words(text, clause[0], clause[1])
        found = [w for _a, _b, w in tokens]
        at = next((i for i, (a, _b, _w) in enumerate(tokens) if a >= first.start), None)
        if at is None or not _subject(found, at):
            continue
        fall = next((i for i in range(at + 1, len(found)) if found[i] in FALLS), None)
        if fall is None or not _COORDINATION.isdisjoint(found[at:fall]):
            continue
        if first.end > tokens[fall][0]:
            continue  # a level already judged with its quantity ("drempel … laag")
        stop = tokens[fall][1]
        if any(c is not first and first.start < c.start < stop for c in own):
            continue  # another judgement between: the fall may be its
        # a fall the cue readings already turned the subject for ("het draagvlak neemt af")
        sign = first.sign if search(DECLINE, text, first.end, clause[1]) else -first.sign
        out = [c for c in out if c is first or not (first.start < c.start < stop and c.sign)]
        out[out.index(first)] = Cue(first.start, stop, sign)
    return out


#: Words of a thing becoming visible or felt: said of a problem, they say it shows.
_MANIFEST = frozenset(
    {"zichtbaar", "zichtbaarder", "merkbaar", "merkbaarder", "voelbaar", "voelbaarder"}
)


def shown(text: str, own: list[Cue]) -> list[Cue]:
    """The clause's judgements without a word of visibility said of a problem named
    before it: "de gevolgen van de armoede zijn zichtbaar", "dakloosheid is zichtbaarder
    geworden" state the problem; what shows is no good thing (a visible team is).

    ``own``: the clause's signed judgements in text order.

    Examples
    --------
    >>> s = "Ook dakloosheid is zichtbaarder geworden."
    >>> [c.sign for c in shown(s, [Cue(4, 15, -1, problem=True), Cue(19, 31, 1)])]
    [-1]
    >>> s = "Het wijkteam is zichtbaar in de wijk."
    >>> [c.sign for c in shown(s, [Cue(16, 25, 1)])]
    [1]
    """
    first = next((c.start for c in own if c.problem and not c.subject), None)
    if first is None:
        return own  # most clauses: no problem named
    return [
        c
        for c in own
        if not (c.sign > 0 and c.start > first and text[c.start : c.end].lower() in _MANIFEST)
    ]
