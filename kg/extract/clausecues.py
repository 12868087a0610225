"""The cues of one clause and the frames that turn them, for :mod:`kg.extract.tone`.

Reads one clause of a claim (a span from :func:`kg.extract.negation.clauses`) and the
tone cues found in it (:class:`kg.extract.toneframes.Cue`): which cues are the clause's own
(a tone word inside a problem's name is not), whether the clause is a supposition, takes a
difficulty away, says something good is lost or states an obligation, whether a problem's
subject is said to be lacking, and whether an end of the clause or a cue may cut a word.
:func:`kg.extract.tone._clause_score` weighs what these return. Split out of
:mod:`kg.extract.tone`.
"""

from __future__ import annotations

from operator import attrgetter

from kg.extract import denials, implied, joinedforces, lateness, reassurances
from kg.extract import negation as neg
from kg.extract.direction import quantity_sign
from kg.extract.toneframes import Cue

#: Cues in text order, a problem after a tone word at the same place.
_TEXT_ORDER = attrgetter("start", "problem")


def own_cues(cues: list[Cue], clause: tuple[int, int]) -> list[Cue]:
    """The cues of ``clause`` in text order, without tone words inside a problem's name.

    A tone word that is part of a problem label ("korte" in "korte
    invoeringstermijn") is not a judgement of its own: the problem counts.

    Examples
    --------
    >>> cues = [Cue(10, 15, 1), Cue(10, 30, -1, problem=True), Cue(40, 44, 1)]
    >>> [(c.start, c.sign) for c in own_cues(cues, (0, 50))]
    [(10, -1), (40, 1)]
    """
    begin, end = clause
    inside = [c for c in cues if begin <= c.start < end]
    if not inside:
        return inside  # no cue in the clause (most clauses)
    names = [c for c in inside if c.problem and not c.subject]
    own = (
        [
            c
            for c in inside
            if c.problem or not any(n.start <= c.start and c.end <= n.end for n in names)
        ]
        if names
        else inside
    )
    return sorted(own, key=_TEXT_ORDER)


#: Forms of "verbeteren": what must improve ("moet verbeteren", "moet worden verbeterd") is
#: not good enough now, as what must be better ("moet beter").
_IMPROVING = frozenset({"verbeteren", "verbeterd", "verbetert"})


def asks_more(text: str, cue: Cue) -> bool:
    """Whether the cue is a comparative ("moet beter") or a verb of improving ("moet
    verbeteren", not the aim "om … te verbeteren"): under an obligation, a shortfall.

    Examples
    --------
    >>> s = "Het moet beter en het is goed."
    >>> asks_more(s, Cue(9, 14, 1)), asks_more(s, Cue(25, 29, 1))
    (True, False)
    """
    last = text[cue.start : cue.end].split()[-1].lower()
    if last in _IMPROVING:
        return neg.word_before(text, cue.start) != "te"
    return implied.comparative(last)


def unreal(text: str, cue: Cue) -> bool:
    """Whether a positive cue of a counterfactual claim says what should have been ("was
    beter geweest"), a shortfall: not the denied "alone" of a task done together
    (:mod:`kg.extract.joinedforces`), a counterfactual by its own form.

    Examples
    --------
    >>> s = "Het had beter gekund; wij hadden het nooit alleen kunnen doen."
    >>> unreal(s, Cue(8, 13, 1)), unreal(s, Cue(37, 56, 1))
    (True, False)
    """
    return not joinedforces.denied_alone(text, cue.start, cue.end)


def clause_frames(
    text: str, clause: tuple[int, int], closed: frozenset, found: int, own: list[Cue]
) -> tuple[bool, bool, bool, bool]:
    """Whether a clause with judgements ``own`` is a supposition (or says the good it
    names came only late: "kregen pas laat duidelijkheid"), says a difficulty is solved,
    says something good is lost, or states an obligation (all False without judgements:
    they are asked only of a clause that has one).

    Examples
    --------
    >>> s = "De samenwerking moet worden versterkt."
    >>> clause_frames(s, (0, len(s)), frozenset(), 16, [Cue(28, 37, 1)])
    (False, False, False, True)
    >>> clause_frames(s, (0, len(s)), frozenset(), 16, [])
    (False, False, False, False)
    """
    if not own:
        return False, False, False, False
    # a clause with none of the words these two rules need is no supposition, no obligation
    supposed = bool(found & 8) and neg.hypothetical(text, clause)
    supposed = supposed or id(implied._LATE) not in closed and lateness.withheld(text, *clause)
    # each rule below needs its pattern to match: a word gate skips those that cannot
    solved = difficulty_removed(text, clause, closed, own)
    gone = id(implied._LOSS) not in closed and implied.lost(text, clause)
    must = bool(found & 16) and implied.obliged(text, clause)  # "moet worden versterkt"
    return supposed, solved, gone, must


def lacks(text: str, clause: tuple[int, int], cue: Cue, turned: bool, may: int) -> int:
    """1 when the clause says the subject of a problem is lacking: negated ("geen
    mantelzorg"), diminished ("weinig grip") or cut back ("de hulp is teruggebracht").

    Examples
    --------
    >>> s = "Er is weinig grip."
    >>> lacks(s, (0, len(s)), Cue(13, 17, -1, problem=True, subject=True), False, 32)
    1
    >>> s = "De hulp is gekort."
    >>> lacks(s, (0, len(s)), Cue(3, 7, -1, problem=True, subject=True), False, 1024)
    1

    A subject bad to have many of (``kg/data/quantity-direction.toml``: "werklozen")
    does not lack: fewer of it is no shortfall.

    >>> s = "Er zijn minder werklozen."
    >>> lacks(s, (0, len(s)), Cue(15, 24, -1, problem=True, subject=True), False, 32)
    0
    """
    lacking = (
        turned
        or (bool(may & 32) and neg.diminished(text, clause, cue.start))
        or (bool(may & 1024) and reassurances.cut_back(text, clause))
    )
    return int(lacking and quantity_sign(text[cue.start : cue.end].rsplit(None, 1)[-1]) >= 0)


def difficulty_removed(
    text: str, clause: tuple[int, int], closed: frozenset[int], own: list[Cue]
) -> bool:
    """Whether the clause takes a difficulty away ("is weggewerkt") or says a problem of it
    did not come about ("de bezuinigingen bleven uit": :func:`kg.extract.denials.unrealised`).

    Examples
    --------
    >>> s = "De bezuinigingen bleven uit."
    >>> difficulty_removed(s, (0, len(s)), frozenset(), [Cue(3, 16, -1, problem=True)])
    True

    A verb of lowering that is the change of a quantity good to have high (a level
    reading of :mod:`kg.extract.direction`, "het budget is verlaagd": a cut) takes no
    difficulty away: that reading already judged it.

    >>> s = "Het budget voor de opvang is met 5% verlaagd."
    >>> difficulty_removed(s, (0, len(s)), frozenset(), [Cue(4, len(s) - 1, -1)])
    False
    >>> s = "De wachttijd is verlaagd."
    >>> difficulty_removed(s, (0, len(s)), frozenset(), [Cue(3, 16, -1, problem=True)])
    True
    """
    if id(implied._REMOVAL) not in closed and implied.removed(text, clause):
        # a lowered good quantity is a negative level cue that holds the verb itself
        return not any(
            c.sign < 0 and not c.problem and implied.removed(text, (c.start, c.end)) for c in own
        ) and not _only_causes(text, clause, own)
    return any(c.problem and denials.unrealised(text, clause, c.start, c.end) for c in own)


#: Words that open the cause of a change ("slinkt door de vergrijzing", "als gevolg van").
_CAUSES = frozenset({"door", "doordat", "vanwege", "gevolg", "invloed"})


def _only_causes(text: str, clause: tuple[int, int], own: list[Cue]) -> bool:
    """Whether every problem the clause names stands in the cause of its change ("het
    overschot slinkt door de vergrijzing", "slinkt doordat de vergrijzing doorzet": the
    surplus shrinks, the ageing is why; no difficulty is taken away).

    Examples
    --------
    >>> s = "De reserve slinkt door de vergrijzing."
    >>> _only_causes(s, (0, len(s)), [Cue(s.index("vergrijzing"), len(s) - 1, -1, problem=True)])
    True
    >>> s = "De wachtlijst slinkt door extra personeel."
    >>> _only_causes(s, (0, len(s)), [Cue(3, 13, -1, problem=True)])
    False
    """
    problems = [c for c in own if c.problem]
    if not problems:
        return False
    for cue in problems:
        before = [w.lower() for _a, _b, w in neg.words(text, clause[0], cue.start)]
        if not _CAUSES.intersection(before[-4:]):
            return False  # a problem with no cause word before it: what is taken away
    return True


#: The characters besides letters and digits that belong to a word (``[\w\-’']``): a
#: position between two characters of a word may cut it.
_WORD_MARKS = frozenset("_-’'")


def cuts_word(text: str, clause: tuple[int, int], cue: Cue) -> bool:
    """Whether an end of the clause or of the cue may fall inside a word.

    If none does, the words before and after the cue are among the clause's own.

    Examples
    --------
    >>> s = "Het werkt niet goed."
    >>> cuts_word(s, (0, len(s)), Cue(15, 19, 1)), cuts_word(s, (0, len(s)), Cue(15, 17, 1))
    (False, True)
    """
    size = len(text)
    for at in (clause[0], cue.start, cue.end, clause[1]):
        # the characters either side of ``at`` both belong to a word (string tests: a
        # pattern per end cost more than the test)
        if 0 < at < size:
            left, right = text[at - 1], text[at]
            if (left.isalnum() or left in _WORD_MARKS) and (
                right.isalnum() or right in _WORD_MARKS
            ):
                return True
    return False
