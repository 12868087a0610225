"""Tone without a judgement word: what a clause with no cue says, and the tone's word gates.

A clause with no tone cue may still judge (:func:`cueless`): little of an unwanted
thing is good news ("er zijn weinig bezwaarschriften"), a negated statement is a
shortfall ("werd niet gehonoreerd", and so is what seldom happens: "keren zelden
terug"; not an intake closed: "er komen geen nieuwe mensen meer bij",
:mod:`kg.extract.endedintake`), a negator cancelled by "zonder" reassures, too few of
something is scarcity, what ought to be says the present falls short, and a loss is
bad news. An excess or a delay ("te ingewikkeld", "pas maanden later") is negative
(:func:`excess_or_delay`); something set going, done promptly or found is positive when
nothing else judges (:func:`set_going`). The pattern rules are asked through one word
gate (:func:`gates`) so that a clause holding none of a pattern's opening words is not
searched. Split from :mod:`kg.extract.tone`, which weighs what these return.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract import (
    bridgedlevels,
    cautions,
    closures,
    cuereadings,
    denials,
    earlysignals,
    endedintake,
    functioning,
    hedges,
    implied,
    measuredproblems,
    norms,
    principles,
    reassurances,
    routines,
    scarcity,
    selectionreasons,
    stepsequences,
    subjectverdicts,
    surpluses,
    toneframes,
    wishes,
    wordgate,
)
from kg.extract import negation as neg
from kg.extract.toneframes import Cue


def excess_or_delay(
    text: str, clause: tuple[int, int], cues: list[Cue], closed: frozenset[int]
) -> int:
    """How many excesses and delays ("te ingewikkeld", "pas maanden later") no cue covers.

    Examples
    --------
    >>> s = "De regels zijn te ingewikkeld."
    >>> excess_or_delay(s, (0, len(s)), [], frozenset())
    1
    """
    excess = implied.excess(text, *clause) if id(implied._EXCESS) not in closed else []
    late = implied.late(text, *clause) if id(implied._LATE) not in closed else []
    if not excess and not late:
        return 0  # most clauses: no generator built to count nothing
    return sum(not any(c.start <= a < c.end for c in cues) for a, _b in excess + late)


#: The rules :func:`excess_or_delay` asks (by identity): when all are closed it finds nothing.
EXCESS_RULES = frozenset({id(implied._EXCESS), id(implied._LATE)})


def cueless(
    text: str, clause: tuple[int, int], closed: frozenset[int], found: int
) -> tuple[int, int]:
    """(positive, negative) weight of a clause with no cue and no judgement.

    Each of the first three rules needs one of a few words (a negator; "zonder"; a
    word of scarcity), so one set test per clause skips it in the clauses that lack
    them (most clauses); ``closed`` holds the pattern rules that cannot match, ``found``
    the words present (bits 1, 2, 4 of :data:`CUELESS_WORDS`, with the parts of joined
    words, as :meth:`kg.extract.wordgate.Gates.read` gives them).

    Examples
    --------
    >>> s = "De aanvraag werd niet gehonoreerd."
    >>> cueless(s, (0, len(s)), *gates().read(s, 0, len(s)))
    (0, 1)
    >>> cueless("Het loket is open.", (0, 18), *gates().read("Het loket is open.", 0, 18))
    (0, 0)
    """
    if found & 5 and denials.few_unwanted(text, clause):
        return 1, 0  # "er zijn weinig bezwaarschriften": little of an unwanted thing
    if found & 1:  # a negator or "zelden"
        if neg.bare_negation(text, clause):
            if id(implied._LOSS) not in closed and reassurances.loss_denied(text, clause):
                return 0, 0  # "er gingen geen banen verloren": a loss denied
            if found & 1024 and reassurances.cut_denied(text, clause):
                return 0, 0  # "besloot de hulp niet te schrappen": a cut denied
            if endedintake.intake_ended(text, clause):
                return 0, 0  # "er komen geen nieuwe mensen meer bij": an intake closed
            return 0, 1  # "werd niet gehonoreerd", "is nog niet zo ver"
        if found & RARELY:
            return 0, 1  # "keren zelden terug": what seldom happens falls short
    if found & 1024 and reassurances.care_cut(text, clause):
        return 0, 1  # "de dagbesteding wordt afgeschaald": care cut back
    if found & 2 and neg.double_negation(text, clause):
        return 1, 0  # "geen kind kwam zonder zorg te zitten": a reassurance
    if found & 4 and scarcity.scarce(text, clause):
        return 0, 1  # "er lopen weinig trajecten": too few of something
    if id(implied._OUGHT) not in closed and implied.ought(text, clause):
        return 0, 1  # "de regels zouden eenvoudiger moeten": the status quo falls short
    if id(implied._LOSS) not in closed and implied.lost(text, clause):
        return 0, 1  # "er gingen banen verloren": a loss stated
    if found & CLOSURE and closures.closed_facility(text, clause):
        return 0, 1  # "het UWV heeft zijn vestiging gesloten": a service lost
    if found & SURPLUS and surpluses.surplus(text, clause):
        return 1, 0  # "terwijl op de Wmo 6 ton overbleef": money left over
    if text.find("werkt", *clause) >= 0 and functioning.works(text, clause):
        return 1, 0  # "de nieuwe aanpak werkt": it functions
    return 0, 0


#: "Zelden" (seldom): in a clause with no judgement word, what seldom happens falls short.
_RARELY = ("zelden",)


def seldom_after_turn(text: str, start: int, end: int) -> bool:
    """Whether "zelden" stands after a "maar" of the span: granted with "wel", what seldom
    happens limits the grant in part ("worden wel gehoord, maar zelden betrokken"), as
    "maar niet altijd" does (:mod:`kg.extract.partialdenials`).

    Examples
    --------
    >>> s = "Zij worden wel gehoord, maar zelden betrokken."
    >>> seldom_after_turn(s, 0, len(s)), seldom_after_turn("Zij keren zelden terug.", 0, 23)
    (True, False)
    """
    at = text.find(_RARELY[0], start, end)
    return at >= 0 and text.find("maar ", start, at) >= 0


@lru_cache(maxsize=1)
def gates() -> wordgate.Gates:
    """The word gates of the tone's pattern rules (:mod:`kg.extract.wordgate`).

    Only rules that need their pattern to match in the span are asked through a gate,
    so a span holding none of the words a pattern opens with is not searched. A
    pattern replaced after this was built is never gated (its identity is new).

    Examples
    --------
    >>> s = "Het wachten duurt lang."
    >>> id(implied._LATE) in gates().closed(s, 0, len(s))
    False
    >>> id(implied._PROMPT) in gates().closed(s, 0, len(s))
    True
    """
    return wordgate.Gates(
        [
            implied._REMOVAL,
            implied._LOSS,
            implied._EXCESS,
            implied._LATE,
            implied._GROWTH,
            implied._OUGHT,
            implied._FRAMED,
            implied._INITIATIVE,
            implied._PLAN,
            implied._PROMPT,
            implied._FOUND,
            neg.COUNTERFACTUAL,
            toneframes.AIM,
            principles.PRINCIPLE,
            toneframes.INSTEAD,
            wishes.WISH,
            cautions.WARNING,
            routines.ROUTINE,
            cuereadings.NAME_ONLY,
        ],
        extra=CUELESS_WORDS,
    )


def set_going(text: str, clause: tuple[int, int], closed: frozenset[int] | None = None) -> bool:
    """Whether the clause sets something going, done promptly or found (no judgement needed).

    ``closed``: the clause's rules that cannot match, when already read.

    Examples
    --------
    >>> s = "Er is een loket opgezet."
    >>> set_going(s, (0, len(s))), set_going("Er is een loket.", (0, 16))
    (True, False)
    """
    if closed is None:
        closed = gates().closed(text, *clause)
    return (
        (id(implied._INITIATIVE) not in closed and implied.initiative(text, clause))
        or (id(implied._PLAN) not in closed and implied.plans(text, clause))
        or (id(implied._PROMPT) not in closed and implied.prompt(text, clause))
        or (id(implied._FOUND) not in closed and implied.found(text, clause))
    )


#: The negators a bare negation needs (:func:`kg.extract.negation.bare_negation`: "zonder"
#: alone negates no statement).
BARE_NEGATORS = neg.NEGATORS - {"zonder"}
#: The words the first three rules of :func:`cueless` need (bits 1, 2, 4): a negator (or
#: "zelden"), "zonder",
#: a word of scarcity; then those of a supposition and an obligation (bits 8, 16:
#: :func:`kg.extract.negation.hypothetical`, :func:`kg.extract.implied.obliged`), of a
#: diminisher, a comparison's standard and an aim (bits 32, 64, 128:
#: ``neg.diminished``, ``standard``, ``purpose``), of a turn (256:
#: ``clauseturns.opens_contrast``), of a concession (512:
#: :func:`kg.extract.complements.conceded`), of a cut (1024:
#: :func:`kg.extract.reassurances.cut_back`); "zelden" (2048), a condition of a verdict
#: (4096: "mits"), a reference figure's word (8192: :mod:`kg.extract.measuredproblems`), a
#: fall (16384: :func:`kg.extract.subjectverdicts.falls`), "although" (32768), money left
#: over (65536: :func:`kg.extract.surpluses.surplus`), a facility closed (131072:
#: :func:`kg.extract.closures.closed_facility`), a norm, a verb of selection, "eerst",
#: "eerder", "voorzichtig" and a word of change (the last six bits).
CUELESS_WORDS = (
    BARE_NEGATORS | frozenset(_RARELY), frozenset({"zonder"}), scarcity.SCARCE_WORDS,
    neg.HYPOTHETICAL, implied.OBLIGING_WORDS, neg.DIMINISHERS, frozenset({"dan"}),
    frozenset({"voor", "om"}), neg.TURNS, frozenset({"ondanks"}), reassurances.CUT_BACK,
    frozenset(_RARELY), frozenset({"mits", "voorwaarde"}), measuredproblems.REFERENCE_WORDS,
    subjectverdicts.FALLS, frozenset({"hoewel", "ofschoon"}), surpluses.SURPLUS_WORDS,
    closures.CLOSING, norms.NORM_WORDS, selectionreasons.SELECTION_WORDS,
    stepsequences.FIRST_WORDS, earlysignals.EARLIER_WORDS, hedges.CAUTIOUS_WORDS,
    bridgedlevels.CHANGE_WORDS,
)  # fmt: skip
#: The bits of :data:`CUELESS_WORDS` the tone's claim-level rules read ("hoewel" and
#: "ofschoon" concede with no "maar": 32768).
RARELY, RESERVATION, REFERENCE, FALL, ALTHOUGH = 2048, 4096, 8192, 16384, 32768
SURPLUS, CLOSURE = 65536, 131072
#: A norm's word (:mod:`kg.extract.norms`), a verb of selection
#: (:mod:`kg.extract.selectionreasons`), "eerst" (:mod:`kg.extract.stepsequences`).
NORM, SELECTION, FIRST = 262144, 524288, 1048576
#: "eerder" (:mod:`kg.extract.earlysignals`), "voorzichtig" (:mod:`kg.extract.hedges`).
EARLIER, CAUTIOUS = 2097152, 4194304
#: A noun or finite verb of change (:mod:`kg.extract.bridgedlevels`).
CHANGE = 8388608
