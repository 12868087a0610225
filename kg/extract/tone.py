"""Tone: the polarity of a claim from general evaluative language, with scope.

Each clause (:func:`kg.extract.negation.clauses`) scores its cues:

- a tone cue (``ontology/tone.ttl``) counts for its polarity, turned round when a negator or
  a diminisher reaches it ("werkt niet altijd goed" is negative, "weinig problemen" positive);
- "te" + adjective (excess: "te ingewikkeld", "te weinig") is negative, and so is a delay
  ("pas maanden later", "moeten drie maanden wachten");
- a problem the taxonomy names counts as negative when the claim states it, unless its
  clause judges it well ("de wachttijden zijn goed beheersbaar"); a problem of lack ("te
  weinig beschut werk") counts as negative when it is negated ("geen beschut werk"); a denied
  problem ("een wachtlijst is er niet") is good news, positive, and a service named as a
  problem's complement ("voor schuldhulpverlening") is not said to be lacking or cut;
- a clause with no cue that negates a statement ("werd niet gehonoreerd",
  "is nog niet zo ver") is negative; "niet alleen … maar ook" is not; so is
  one that asks for more ("er zijn steeds meer vrijwilligers nodig");
- a positive cue in a counterfactual ("was beter geweest", "had moeten") or a
  comparative under an obligation ("moet beter") is negative, and one in a
  supposition ("zou"), an aim ("om … te") or an obligation or requirement
  ("moet worden verbeterd", "vergt goede afstemming") counts for nothing, and so
  does any cue in what someone wishes ("wil graag dat …": :mod:`kg.extract.wishes`);
- the first judgement of a clause governs the opposite words in its complement (after a
  preposition or in its "te"-infinitive: "het is moeilijk goede indicatoren te vinden" is a
  difficulty, "goed bewust van de knelpunten" a good verdict), not those after a copula; a
  tone word inside a problem's name ("korte" in "korte invoeringstermijn") does not count
  apart from the problem;
- a stated problem in a clause of growth ("neemt snel toe") is negative, the degree words there
  measure the growth.
- the standard of a comparison ("minder banen verloren dan gevreesd") is no
  judgement; a problem named as the focus or a factor ("staat centraal",
  "speelt een rol") is no difficulty stated; a negator cancelled by "zonder"
  ("geen kind zonder zorg") is a reassurance, positive;
- a quantity judged by its level (``kg/data/quantity-direction.toml``:
  "gezondheid onder het landelijk gemiddelde", "werkloosheid daalt") comes in
  as a cue from :mod:`kg.extract.direction`.

A word of divided judgement (``polarity:mixed`` in ``ontology/tone.ttl``:
"gemengde gevoelens", "niet eenduidig") makes the claim mixed. A claim with no
judgement that reports something set going ("is opgezet", "zet in op") or an
intended extension ("wil de monitor aanvullen") is positive.

A claim with positive and negative clauses is mixed when a contrast word sets
them against each other ("maar", "echter", "toch"), when one judgement word is
granted and denied ("goed voor A, minder goed voor B") or when the two are
close in weight; otherwise the larger side wins. A concession ("weliswaar …, maar
…", "wel …, maar …") is mixed, with or without a judgement word.
"""

from __future__ import annotations

import re

from kg.extract import (
    adoptedadvice,
    advisedcontent,
    aimeddenials,
    askedabout,
    bridgedlevels,
    cautions,
    clauseturns,
    comparedcounts,
    complaintframes,
    complaintturns,
    complements,
    concessions,
    contrastedcomplements,
    counterfactualreasons,
    cueless,
    cuereadings,
    demography,
    denials,
    deniedviews,
    distantparties,
    dividedviews,
    earlysignals,
    followedexamples,
    fronteddenials,
    frontedquestions,
    groupagreement,
    headlineverdicts,
    hedges,
    implied,
    keyverdicts,
    lowlevels,
    measuredproblems,
    minutes,
    norms,
    offers,
    partialdenials,
    principles,
    procedures,
    promises,
    purposes,
    questions,
    resumedcuts,
    routines,
    selectionreasons,
    setbacks,
    spreads,
    stepsequences,
    subjectverdicts,
    thenandnowtone,
    toneframes,
    unjudged,
    unknowns,
    wishes,
    withoutthat,
)
from kg.extract import negation as neg
from kg.extract.clausecues import asks_more, clause_frames, cuts_word, lacks, own_cues, unreal
from kg.extract.direction import judged_levels
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue
from kg.vocab import Polarity

#: Openings of a problem label that names a lack ("te weinig beschut werk").
_LACK_OPENINGS = ("te weinig ", "tekort aan ", "weinig ", "geen ", "gebrek aan ", "gebrekkige ",
                  "beperkt ", "beperkte ", "te ")  # fmt: skip


def names_lack(label: str) -> bool:
    """Whether a problem's preferred label names a lack of something good.

    Examples
    --------
    >>> names_lack("te weinig beschut werk"), names_lack("wachtlijsten en wachttijden")
    (True, False)
    """
    return label.lower().startswith(_LACK_OPENINGS)


#: A condition that qualifies a verdict ("mits de begeleiding goed geregeld is"), also as
#: "alleen … als" (only if: "de aanpak is alleen houdbaar als er woningen bijkomen"; not
#: "niet alleen", which adds).
_RESERVATION = re.compile(
    r"\bmits\b|\bop\s+voorwaarde\s+dat\b"
    r"|(?<!niet\s)\balleen\s+(?:[\w-]+\s+){0,3}?(?:als|wanneer|indien)\b",
    re.IGNORECASE,
)


def _divided(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Whether the claim states a divided judgement ("gemengde gevoelens", "wisselend").

    A word of divided judgement (sign 0) counts when its clause states it: not
    negated, not supposed, and not a spread of a count (:mod:`kg.extract.spreads`).

    Examples
    --------
    >>> s = "Raadsleden kijken met gemengde gevoelens naar de regio."
    >>> _divided(s, 0, len(s), [Cue(s.index("gemengde"), s.index(" naar"), 0)])
    True
    >>> s = "De oordelen zijn niet verdeeld."
    >>> _divided(s, 0, len(s), [Cue(s.index("verdeeld"), s.index("."), 0)])
    False
    """
    # the clauses, read for the first word of divided judgement (most claims have none)
    spans: list[tuple[int, int]] | None = None
    for cue in cues:
        if cue.sign or not start <= cue.start < end:
            continue
        if spans is None:
            spans = neg.clauses(text, start, end)
        clause = neg.clause_of(spans, cue.start)
        words = text[cue.start : cue.end].lower().split()
        negated = words[0] not in neg.NEGATORS and neg.negated(text, clause, cue.start, cue.end)
        if not (negated or neg.hypothetical(text, clause) or spreads.spread(text, clause)):
            return True  # stated, and no spread of a count ("verdeeld over drie teams")
    return False


def _clause_score(
    text: str,
    clause: tuple[int, int],
    cues: list[Cue],
    irrealis: bool,
    signed: dict[str, set[int]] | None = None,
    shut: dict[tuple[int, int], tuple[frozenset[int], int]] | None = None,
) -> tuple[int, int]:
    """(positive, negative) weight of one clause; ``irrealis``: the claim is counterfactual.

    ``signed`` collects, per judgement word (its last word), the signs it took;
    ``shut`` keeps, per clause, the rules that cannot match and the words present (for
    :func:`kg.extract.cueless.set_going` and the contrast test of :func:`polarity`).
    """
    pos = negv = stated = granted = 0
    # the clause's rules that cannot match, and the words the cueless rules need (one read)
    closed, found = cueless.gates().read(text, *clause)
    if shut is not None:
        shut[clause] = closed, found
    # the cues of the clause (most have none); divided judgement (no sign) is left to _divided
    inside = [c for c in cues if clause[0] <= c.start < clause[1]]
    if not inside:  # no cue in the clause (most clauses): an excess, a delay or a cueless reading
        if not closed >= cueless.EXCESS_RULES:  # "te ingewikkeld", "pas later", "… op is"
            negv = cueless.excess_or_delay(text, clause, cues, closed)
        return (0, negv) if negv else cueless.cueless(text, clause, closed, found)
    own = [cue for cue in own_cues(inside, clause) if cue.sign]
    if len(own) > 1:  # "de vernieuwing stagneert": the predicate judges its subject
        own = subjectverdicts.shown(text, subjectverdicts.predicate_judges(text, clause, own))
    supposed, solved, gone, must = clause_frames(text, clause, closed, found, own)
    head = head_end = 0  # the sign and the end of the clause's first judgement
    for cue in own:
        # the rules' words among the clause's parts (found); all if an end may cut a word
        may = -1 if cuts_word(text, clause, cue) else found
        turned = bool(may & 3) and neg.negated(text, clause, cue.start, cue.end, cue.problem)
        if cue.subject:  # "weinig grip", "geen mantelzorg": a lack of it
            if not denials.complement_of(text, cue, own):  # "wachtlijst voor schuldhulp"
                negv += lacks(text, clause, cue, turned, may)
            continue
        if cue.problem:
            if not turned and (solved or lowlevels.little(text, clause, cue, may)):
                pos += 1  # a problem taken away, little of it, or none ("bleef uit", "geen rol")
            elif turned == cue.lack:  # a stated problem, or a negated lack
                stated += 1
            elif not any(not o.problem and o.end <= cue.start and o.sign for o in own):
                pos += 1  # a problem denied ("een wachtlijst is er niet"): good news (a
                # negator before a judgement word is that word's: "niet blij met de …")
            continue
        if may & 64 and neg.standard(text, clause, cue.start):
            continue  # "minder … dan gevreesd": the standard of a comparison
        if not turned and may & 32 and neg.diminished(text, clause, cue.start):
            turned = True
        sign = -cue.sign if turned else cue.sign
        if sign < 0 and solved and not turned:
            sign = 1  # a difficulty taken away
        elif sign > 0 and gone and not turned:
            sign = -1  # something good lost
        if sign > 0 and (irrealis and unreal(text, cue) or must and asks_more(text, cue)):
            sign = -1  # "was beter geweest", "moet beter": what should have been
        elif _aimed(text, clause, cue.start, sign, bool(supposed or must), may):
            continue  # an aim or a supposition, not a verdict ("om dure zorg af te remmen")
        if head and sign != head and complements.complement(text, clause, head_end, cue.start):
            continue  # the complement of the first judgement ("moeilijk goede … te vinden")
        if not head:
            head, head_end = sign, cue.end
        if sign > 0:
            pos += 1
            granted += bool(found & 512) and complements.conceded(text, clause, cue.start)
        else:
            negv += 1
        if signed is not None:
            signed.setdefault(text[cue.start : cue.end].lower().split()[-1], set()).add(sign)
    if not closed >= cueless.EXCESS_RULES:
        negv += cueless.excess_or_delay(text, clause, cues, closed)  # "te ingewikkeld", "pas later"
    if stated and id(implied._GROWTH) not in closed and implied.grows(text, clause):
        pos = 0  # "het aantal mensen met dementie neemt snel toe": the difficulty grows
    if pos == granted:  # a problem judged well in its clause ("wachttijden goed beheersbaar")
        negv += stated  # is no minus; what "ondanks" grants ("ondanks de goede …") judges not it
    if pos or negv or any(not c.subject for c in inside):
        return pos, negv
    return cueless.cueless(text, clause, closed, found)


def _aimed(
    text: str, clause: tuple[int, int], at: int, sign: int, supposed: bool, may: int
) -> bool:
    """Whether the cue at ``at`` (of ``sign``) names an aim or a supposition, no verdict: a
    word of approval supposed, required or in an aim (:func:`kg.extract.negation.purpose`),
    a word of difficulty in "om … te" (:func:`kg.extract.purposes.in_order_to`); ``may``:
    the clause's rule bits (128: an aim's words)."""
    if sign > 0:
        return supposed or bool(may & 128) and neg.purpose(text, clause, at)
    return bool(may & 128) and purposes.in_order_to(text, clause, at)


def _denies_problem(text: str, clause: tuple[int, int], cues: list[Cue]) -> bool:
    """Whether the clause denies a problem it names ("dat er geen wachtlijsten meer zijn").

    Examples
    --------
    >>> s = "dat er geen wachtlijsten zijn"
    >>> _denies_problem(s, (0, len(s)), [Cue(12, 24, -1, problem=True)])
    True
    """
    return any(
        c.problem and not c.lack and clause[0] <= c.start < clause[1]
        and neg.negated(text, clause, c.start, c.end, True)
        for c in cues
    )  # fmt: skip


def _score_clauses(
    text: str, start: int, end: int, cues: list[Cue], irrealis: bool
) -> tuple[int, int, list, dict[str, set[int]], dict, list[tuple[int, int]]]:
    """Score each clause of the claim: (positive, negative, [(clause, judged)], judgement
    word → the signs it took, clause → its rules that cannot match, the clauses)."""
    pos = negv = 0
    judged = []  # per clause: (the clause, judged)
    signed: dict[str, set[int]] = {}  # judgement word → the signs it took
    shut: dict[tuple[int, int], tuple[frozenset[int], int]] = {}  # clause → gates().read
    asked = questions.opening_question(text, start, end)  # "Of dat volstaat, …": nothing stated
    spans = neg.clauses(text, start, end)
    if text.startswith("Van ", spans[0][0]) and len(spans) > 1:  # "Van X …, geen sprake"
        spans = fronteddenials.joined(text, spans)
    reasons = counterfactualreasons.reasons(text, spans) if irrealis and len(spans) > 1 else set()
    denied = questions.denied_complements(text, spans)  # "betekent niet dat …": "dat" turns
    denied |= withoutthat.without_that(text, spans)  # "zonder dat de klachten stegen"
    questioned = questions.questioned(text, spans)  # "de vraag of …": what it asks
    sought = aimeddenials.aimed_denials(text, spans)  # "wil dat niemand … valt": an aim
    sought |= advisedcontent.advised_clauses(text, spans)  # "geadviseerd om …": wanted
    asking = questions.asking(spans, questioned, asked if asked > start else -1)
    for i, clause in enumerate(spans):
        # "we zien niet of het helpt" (a clause opened by "of": few, so asked only of those)
        unknown = text.startswith("of ", clause[0]) and unknowns.unknown_whether(text, spans, i)
        if not unknown and (clause[1] <= asked or i in denied or i in questioned or i in sought):
            continue  # an indirect question states nothing ("het is de vraag of het lukt")
        p, n = _clause_score(text, clause, cues, irrealis and clause not in reasons, signed, shut)
        if unknown:
            p, n = 0, 1  # the effect is not known: a shortfall, whatever the question's words
        if i in asking:  # "het valt nog niet te zeggen of …": a judgement deferred
            p, n = questions.deferred(text, clause, cues, p, n)
        against = p and negv and not pos or n and pos and not negv  # the verdict so far
        if against and questions.gives_cause(text, clause):
            p = n = 0  # "een overschot, doordat minder …": a verdict's cause is no counterweight
        if i - 1 in denied:  # "… niet dat er geen wachtlijsten zijn": a problem denied is stated
            p, n = (n, p) if p or n else (0, int(_denies_problem(text, clause, cues)))
        if i + 1 in questioned and not p + n and questions.doubts(text, clause, spans, cues):
            n = 1  # "het is de vraag of het lukt": doubt whether it holds
        pos, negv = pos + p, negv + n
        judged.append((clause, bool(p or n)))
    if asked > start and not pos + negv and frontedquestions.doubted(text, (start, asked), end):
        negv = 1  # "Of de raad dat aandurft, is de vraag": doubt that it will happen
    return pos, negv, judged, signed, shut, spans


def _weighed(
    text: str,
    start: int,
    end: int,
    pos: int,
    negv: int,
    signed: dict[str, set[int]],
    although: bool = False,
) -> Polarity:
    """The polarity of a claim judged both ways: mixed under a contrast or concession
    (``although``: a "hoewel" with no "maar") or when one judgement takes both signs, else
    the side with at least twice the weight."""
    if (
        although
        or clauseturns.contrast(text, start, end)
        or concessions.concessive(text, start, end)
    ):
        return "mixed"
    if any(len(signs) > 1 for signs in signed.values()):
        return "mixed"  # one judgement granted and denied: "goed voor A, minder goed voor B"
    if pos >= 2 * negv:
        return "positive"
    if negv >= 2 * pos:
        return "negative"
    return "mixed"


#: The bits of the claim-level words (:data:`kg.extract.cueless.CUELESS_WORDS`) of a level.
_LEVELS = cueless.REFERENCE | cueless.FALL


def _levels(text: str, start: int, end: int, cues: list[Cue], held: int) -> list[Cue]:
    """The cues with a problem measured against a reference figure read as its level
    (:mod:`kg.extract.measuredproblems`) and a judged subject of a fall as the fall's verdict
    (:func:`kg.extract.subjectverdicts.falls`); ``held``: the claim's word bits."""
    if held & cueless.REFERENCE and measuredproblems.may_measure(text, start, end, cues):
        cues = measuredproblems.levels(text, start, end, cues)
    return subjectverdicts.falls(text, start, end, cues) if held & cueless.FALL else cues


def _judging(
    text: str, start: int, end: int, cues: list[Cue], closed: frozenset[int], held: int
) -> tuple[list[Cue], list[Cue]]:
    """(the cues that judge in the claim, the cues found less what procedures and routines
    name); ``closed``: the claim's rules that cannot match, ``held``: its word bits."""
    if held & cueless.NORM:  # "acht werkdagen; de norm is vijf"
        cues = norms.against_norm(text, start, end, cues)
    if held & cueless.EARLIER:  # "weten eerder dan het team welk gezin het moeilijk heeft"
        cues = earlysignals.noticed_early(text, start, end, cues)
    if held & cueless.CAUTIOUS:  # "Over de houdbaarheid is het college voorzichtig."
        cues = hedges.reserved_stance(text, start, end, cues)
    found = procedures.without_procedures(text, start, end, cues)  # "bij een vermoeden van …"
    routed = (
        routines.without_routines(text, start, end, found)  # "het overleg over …", "taken: …"
        if id(routines.ROUTINE) not in closed or text.find(":", start, end) >= 0
        else found
    )
    cues = cuereadings.judging(text, start, end, routed, id(cuereadings.NAME_ONLY) not in closed)
    if len(routed) < len(found):  # a problem a routine names judges by no word of it either
        cues = routines.outside(cues, [c for c in found if c not in routed])
    if id(toneframes.AIM) not in closed:  # "vindt het belangrijk dat …": an aim, no verdict
        cues = toneframes.aims(text, start, end, cues)
    if id(principles.PRINCIPLE) not in closed:  # "gaat uit van de eigen kracht": a principle
        cues = principles.principled(text, start, end, cues)
    if id(wishes.WISH) not in closed:  # "wil graag dat …": what is wanted, no verdict
        cues = wishes.without_wishes(text, start, end, cues)
    if id(cautions.WARNING) not in closed:  # "waarschuwt dat … verleidelijk is": the danger
        cues = cautions.at_stake(text, start, end, cues)
    if id(toneframes.INSTEAD) not in closed:  # "toegenomen in plaats van afgenomen"
        cues = toneframes.instead(text, start, end, cues)
    if id(implied._FRAMED) not in closed and implied.framed(text, start, end):
        # "X staat centraal": a focus, not a difficulty
        cues = [c for c in cues if not c.problem]
    if any(c.problem for c in cues):  # "vraagt naar de wachtlijsten": the topic of a question
        cues = askedabout.without_asked(text, start, end, cues)
        routed = askedabout.without_asked(text, start, end, routed)
    if minutes.records(text, start, end):  # "Toezegging: de wethouder stuurt …": a record
        cues = [c for c in cues if c.problem]
    if held & cueless.SELECTION:  # "opgenomen vanwege een profiel zwakker dan gemiddeld"
        cues = selectionreasons.without_traits(text, start, end, cues)
    if selectionreasons.in_section(text, start):  # "gekozen vanwege de ongunstige positie"
        cues = selectionreasons.beyond_criteria(text, start, end, cues)
    if held & cueless.FIRST:  # "eerst A, pas daarna B"
        cues = stepsequences.without_steps(text, start, end, cues)
    return cues, routed


def polarity(text: str, start: int, end: int, cues: list[Cue], voiced: bool = False) -> Polarity:
    """The polarity of the claim ``text[start:end]``.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of Cue
        The tone cues and problems found in the span.
    voiced : bool
        The claim names its speaker: a problem it names with no judgement is a
        concern raised (:mod:`kg.extract.raisedproblems`), negative.

    Returns
    -------
    str
        ``positive``, ``negative``, ``mixed`` or ``neutral``.

    Examples
    --------
    >>> s = "Ook het meldingssysteem werkt niet altijd goed."
    >>> polarity(s, 0, len(s), [Cue(s.index("goed"), s.index("goed") + 4, 1)])
    'negative'
    >>> s = "Het loket werkt goed, maar de regels zijn te ingewikkeld."
    >>> polarity(s, 0, len(s), [Cue(16, 20, 1)])
    'mixed'
    >>> s = "Een wachtlijst is er niet."
    >>> polarity(s, 0, len(s), [Cue(4, 14, -1, problem=True)])
    'positive'
    """
    # the claim's rules that cannot match, and the words it holds (bit 256: a turn)
    closed, held = cueless.gates().read(text, start, end)
    irrealis = id(neg.COUNTERFACTUAL) not in closed and neg.counterfactual(text, start, end)
    cues, found = _claim_cues(text, start, end, cues, closed, held)
    if (told := _talk(text, start, end, cues)) is not None:
        return told  # "waren het oneens over …", "geadviseerd om …", "verdeeld over …"
    pos, negv, judged, signed, shut, spans = _score_clauses(text, start, end, cues, irrealis)
    turns = _turns(text, judged, shut) if pos or negv else []
    if (
        any(turns)  # a turn to ask about (most judged claims have none)
        and questions.unanswered_contrast(
            [(t, j) for t, (_c, j) in zip(turns, judged, strict=True)]
        )
        and not _goes_on(text, start, end, cues, judged[turns.index(True)][0][0], pos)
    ):
        return "mixed"  # a turn against a judgement; one after a complaint goes on with it
    if (pos or negv) and (shown := deniedviews.rejected(text, start, end, cues, polarity, pos)):
        return shown  # "Dat X goed loopt, herkennen zij niet", "herkennen het beeld van … niet"
    if pos and negv and complaintframes.framed(text, start, end, cues):
        return "negative"  # "klaagt: 'een melding gaat snel, maar …'": the good word complained of
    if (pos or negv) and contrastedcomplements.one_sided(text, start, end, judged):
        return "mixed"  # "zegt dat A, maar dat B (judged)": A granted, B set against it
    if (pos or negv) and (now := _then_and_now(text, end, cues, voiced, pos, negv, spans, judged)):
        return now  # "was in 2015 nog X, is nu Y": Y
    if pos and negv:
        weighed = _weighed(text, start, end, pos, negv, signed, bool(held & cueless.ALTHOUGH))
        return _verdict(text, start, end, cues, voiced) if weighed == "mixed" else weighed
    if (held & cueless.ALTHOUGH or concessions.concessive(text, start, end)) and not (
        concessions.conceded_by_wel(text, start, end) and pos + negv
        and not partialdenials.denied_in_part(text, start, end)
        and not cueless.seldom_after_turn(text, start, end)
        or not pos + negv and concessions.subordinate(text, start, end)
    ):  # fmt: skip
        return "mixed"  # a concession, unless a bare "wel" grants a fact to a one-sided verdict
        # that denies outright ("wel een rol, maar die is beperkt", not "maar niet altijd"), or
        # "hoewel"/"al" grants a fact against a fact ("Hoewel X in Utrecht ligt, hoort …")
    if pos and setbacks.short_of_aim(text, start, end):
        return "negative"  # "85 geholpen, minder dan de 120 voorgenomen": the result falls short
    if pos:  # "bereid een kans te geven, mits …": approval on a condition, a reservation
        may = held & cueless.RESERVATION or text.find("lleen", start, end) >= 0  # "alleen"
        reserved = may and search(_RESERVATION, text, start, end)
        return "mixed" if reserved else "positive"
    if negv:  # "biedt respijtzorg, maar …", "krap, maar een buffer is er nog": help granted
        offered = any(turns) and offers.offered_around_turn(text, turns, judged)
        return "mixed" if offered else "negative"
    return unjudged.unjudged(text, start, end, spans, shut, found, bool(held & 256), voiced)


def _talk(text: str, start: int, end: int, cues: list[Cue]) -> Polarity | None:
    """The polarity of a claim that tells how a talk went or what is advised (neutral:
    :mod:`kg.extract.groupagreement`, :mod:`kg.extract.advisedcontent`) or that views are
    split (mixed; over a cause, neutral: :mod:`kg.extract.dividedviews`), else None."""
    if groupagreement.course_only(text, start, end) or advisedcontent.advises_only(
        text, start, end
    ):
        return "neutral"  # "waren het oneens over …", "geadviseerd om …": no verdict
    if distantparties.apart(text, start, end, cues):
        return "neutral"  # "de provincie speelt nauwelijks een rol": how far apart, no verdict
    if _divided(text, start, end, cues) or dividedviews.fronted(text, start, end):
        # views split over a cause explain it and judge nothing ("Over de oorzaak … lopen
        # de meningen uiteen"); over anything else they judge it well and badly
        return "neutral" if dividedviews.about_cause(text, start, end) else "mixed"
    return None


def _then_and_now(  # noqa: PLR0913
    text: str,
    end: int,
    cues: list[Cue],
    voiced: bool,
    pos: int,
    negv: int,
    spans: list[tuple[int, int]],
    judged: list,
) -> Polarity | None:
    """The polarity of a then-and-now claim (:mod:`kg.extract.thenandnowtone`), else None: a
    judged present governs; an earlier state marked "nog" and alone judged (``pos``,
    ``negv``: the claim's weights; ``judged``: per clause, whether it judges) is left
    behind by a present no word judges, the reverse; two holders judging at two moments
    both ways are two views, mixed (:func:`kg.extract.thenandnowtone.two_holders`)."""
    then = thenandnowtone.moments(text, spans)
    if then is None:  # two holders: "In 2015 waren ambtenaren tevreden; in 2016 klaagden …"
        return "mixed" if pos and negv and thenandnowtone.two_holders(text, spans) else None
    now = polarity(text, then[1], end, cues, voiced)  # "was in 2015 nog X, is nu Y": Y
    if now != "neutral" or pos and negv:
        return now
    if negv and not pos and thenandnowtone.eased(text, then[1], end):
        return "mixed"  # "in 2015 veel klachten, inmiddels minder": eased, not gone
    if thenandnowtone.still(text, then) and all(then[0] <= c[0] < then[1] for c, j in judged if j):
        return "positive" if negv else "negative"  # "was in 2015 nog X, is nu …": no longer X
    return None


def _verdict(text: str, start: int, end: int, cues: list[Cue], voiced: bool) -> Polarity:
    """The polarity of a claim weighed mixed: the one-sided verdict before its colon when
    the weight of its words alone made it mixed (no contrast, concession or "hoewel"), else
    mixed: "De inkomenssituatie is gunstig: …, slechts 17% …" is positive
    (:mod:`kg.extract.headlineverdicts`)."""
    if clauseturns.contrast(text, start, end) or concessions.concessive(text, start, end):
        return "mixed"  # a side set against another
    colon = headlineverdicts.verdict_end(text, start, end, cues)
    if colon is None or cueless.gates().read(text, start, end)[1] & cueless.ALTHOUGH:
        return "mixed"
    head = polarity(text, start, colon, [c for c in cues if c.end <= colon], voiced)
    return head if head in ("positive", "negative") else "mixed"


def _goes_on(text: str, start: int, end: int, cues: list[Cue], turn: int, pos: int) -> bool:
    """Whether the turn at ``turn`` goes on with a complaint (:mod:`kg.extract.complaintturns`):
    nothing judged positive (``pos``) and a judgement word before the turn."""
    words = not pos and any(c.sign and not c.problem and start <= c.start < turn for c in cues)
    return complaintturns.goes_on(text, start, end, turn, words)


def _claim_cues(
    text: str, start: int, end: int, cues: list[Cue], closed: frozenset[int], held: int
) -> tuple[list[Cue], list[Cue]]:
    """(the cues that judge in the claim, read for the levels and changes it states, the
    cues found less what procedures and routines name: :func:`_judging`); ``closed``: the
    claim's rules that cannot match, ``held``: its word bits."""
    cues = keyverdicts.value_cues(text, start, end, cues)  # "Grip op X: beperkt.": the value
    cues = groupagreement.without_agreement(text, start, end, cues)  # "unaniem: …"
    cues, found = _judging(text, start, end, cues, closed, held)
    cues = resumedcuts.resumed_cuts(text, start, end, cues)  # "de hulp, die …, werd gekort"
    cues = cues + adoptedadvice.adopted(text, start, end)  # "het advies is overgenomen"
    cues += followedexamples.followed(text, start, end)  # "een voorbeeld dat X wil volgen"
    cues += promises.promised(text, start, end)  # "de wethouder zegt dat toe": a request granted
    cause = demography.cause_span(text, start, end)
    if cause:  # "ligt hoger, wat met de vergrijzing samenhangt": a level and its cause, no verdict
        levels = {(a, b) for a, b, _sign in judged_levels(text, start, end)}
        cues = [
            c
            for c in cues
            if (c.problem and not cause[0] <= c.start < cause[1])
            or (not c.problem and (c.start, c.end) not in levels)
        ]  # nor is the cause a concern the speaker raises (:mod:`kg.extract.raisedproblems`)
        found = [c for c in found if not (c.problem and cause[0] <= c.start < cause[1])]
    if held & _LEVELS:  # "bedraagt 6% (landelijk 7%)", "de tevredenheid is lager"
        cues = _levels(text, start, end, cues, held)
    if held & cueless.CHANGE:  # "640 meldingen, een toename van 12%"
        cues = bridgedlevels.bridged(text, start, end, cues)
    cues += comparedcounts.compared(text, start, end)  # "60 meldingen, tegen 45 in 2014"
    return cues, found


def _turns(
    text: str,
    judged: list[tuple[tuple[int, int], bool]],
    shut: dict[tuple[int, int], tuple[frozenset[int], int]],
) -> list[bool]:
    """Whether each clause of a judged claim opens with a contrast word (not asked of its
    first clause: a turn there turns against nothing); ``shut``: clause → gates().read."""
    return [
        bool(i and shut[clause][1] & 256) and clauseturns.opens_contrast(text, clause)
        for i, (clause, _j) in enumerate(judged)
    ]
