"""What a claim is about: the entities and problems it names, states, denies or reports.

Named
    Every entity and problem a claim's mentions name except its speakers and
    the profile's own municipality, the residents counted by a figure and the
    class noun of a named speaker (:func:`named`).
Stated
    Problems stated by a subject and a predicate together (:func:`stated`, see
    :mod:`kg.extract.problemclauses`), unless negated.
Denied
    Problems the claim negates or says are no problem (:func:`kg.extract.deniedproblems.denied`).
Context
    "de regio", and the phrases of ``kg/data/home-region-cues.toml``
    ("intergemeentelijke samenwerking", "de omliggende gemeenten"), stand for the
    regions the municipality is a member of (:func:`home_regions`); cooperation in
    a shared body is the problem "regionale samenwerking" (:func:`body_cooperation`);
    a policy slogan in any wording ("één plan, één regisseur") is its problem
    (:func:`slogan_problems`).
Reported
    Problems stated in a negative or mixed claim, not supposed (:func:`reported`).
Own terms
    The handling time of a step of access is the waiting time, and the accountant who only
    speaks a claim is not the auditor's requirements (:func:`own_terms`).
Referred to
    A definite noun that is the head of an actor group's compound named
    before it ("de gebiedsteams … de teams"), or a singular after "elk" / "ieder"
    ("elk team"), refers to that group
    (:func:`kg.extract.headanaphors.head_anaphors`).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract import denials, prefixscan
from kg.extract import negation as neg
from kg.extract.auditorvoice import voice_only
from kg.extract.careproviders import care_providers
from kg.extract.commuters import commuting
from kg.extract.cooccurring import COUNTED_KEYS, co_occurring
from kg.extract.cutreferents import cut_referent
from kg.extract.decidedelsewhere import decided_elsewhere
from kg.extract.definedbodies import only_defining
from kg.extract.deniedproblems import denial_clause, negated, not_so_much
from kg.extract.handlingterms import handling_waits
from kg.extract.headanaphors import RoleIndex, head_anaphors  # noqa: F401 - read by findings
from kg.extract.homeregions import home_region_named, regions_for
from kg.extract.model import Extraction
from kg.extract.nationalfunds import national_funds
from kg.extract.nationalreference import national_reference
from kg.extract.possessedstaff import possessed_staff
from kg.extract.problemclauses import clause_predicates
from kg.extract.problemfields import field_problems
from kg.extract.problemlosses import allocation_loss
from kg.extract.problemothers import other_seekers
from kg.extract.problemvoices import voiced  # noqa: F401 - read by kg.extract.findings
from kg.extract.regionaldecisions import decided_in_region
from kg.extract.reporternouns import speaking_role
from kg.extract.sentencecache import memo
from kg.extract.slogans import slogan_problems
from kg.extract.speakergroups import STAFF
from kg.extract.taskactors import procured_by, task_actors
from kg.extract.topicparts import ARTICLE_ENDS as _ARTICLE_ENDS
from kg.extract.topicparts import in_apposition
from kg.extract.unanswered import unanswered
from kg.extract.wordtokens import lowered
from kg.namespaces import CONCEPT
from kg.vocab import Polarity

_LABOUR_MARKET = re.compile(r"arbeidsmarktregio\b", re.IGNORECASE)
#: The relation of a group to the municipality that leads it (its centrumgemeente).
_LEADS = "lead-municipality"
#: A population size given as an attribute ("(bijna 35.000 inwoners)", "met ruim 150.000
#: inwoners", "een dorp van 6.000 inwoners", "een gemeente van ruim 43.000 inwoners") or a
#: share ("de helft van de inwoners", "het aandeel inwoners met een Wmo-voorziening", the
#: CBS's measure), before the counted noun; a count that is the clause's subject ("er
#: wonen 30.000 inwoners") is not one.
_COUNTED = re.compile(
    r"(?:(?:\(|\bmet\s+|\bvan\s+)(?:[a-z]+\s+){0,3}\d[\d.,]*"
    r"|(?:\d[\d.,]*\s*%|procent|helft|derde|kwart)\s+van\s+(?:de|alle)"
    r"|\b(?:aandeel|percentage)(?:\s+van\s+(?:de|alle))?)\s+$",
    re.IGNORECASE,
)
#: A count of the noun right before it and a verb of tallying right after it: the
#: population as the object of "tellen" ("die samen ruim 60.000 inwoners tellen",
#: "dat 12.000 inwoners telt"), a size, as the attribute above.
_COUNT_BEFORE = re.compile(r"\d[\d.,]*\s+$")
_TALLY_AFTER = re.compile(r"\s+(?:tellen|telt|telde|telden|geteld)\b", re.IGNORECASE)


def _tallied(text: str, mention) -> bool:  # noqa: ANN001
    """Whether the population noun ``mention`` is counted as the object of "tellen".

    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Omdat de gemeenten samen 60.000 inwoners tellen."
    >>> _tallied(s, M(RESIDENTS, "role", 32, 40, "inwoners", 0))
    True
    >>> s = "Er wonen 30.000 inwoners."
    >>> _tallied(s, M(RESIDENTS, "role", 16, 24, "inwoners", 0))
    False
    """
    return bool(
        _COUNT_BEFORE.search(text, max(0, mention.start - 15), mention.start)
        and _TALLY_AFTER.match(text, mention.end)
    )


def _no_residents(text: str, mention, mentions) -> bool:  # noqa: ANN001
    """Whether the residents ``mention`` is a population size or share (an attribute or
    tallied) or the travellers of an orientation (:func:`~kg.extract.commuters.commuting`).
    """
    return bool(
        _COUNTED.search(text[max(0, mention.start - 30) : mention.start])
        or _tallied(text, mention)
        or commuting(text, mention, mentions)
    )


def _a_measure(text: str, mention, mentions) -> bool:  # noqa: ANN001
    """Whether ``mention`` stands for a measure, not the claim's subject: the residents as a
    population size or travellers (:func:`_no_residents`), or the country as the reference
    of a comparison (:func:`~kg.extract.nationalreference.national_reference`)."""
    if mention.entity == RESIDENTS:
        return _no_residents(text, mention, mentions)
    return mention.kind == "place" and national_reference(text, mention)


#: The residents: a population size or share is a measure, not the claim's subject.
RESIDENTS = CONCEPT + "role/residents"
#: Kinds of mentions that are names.
_NAMES = frozenset({"region", "body", "organisation", "municipality", "place"})
_COOPERATION = re.compile(r"\bsamenwerk", re.IGNORECASE)
_COOPERATION_IN = re.compile(r"\bsamenwerking\s+(?:in|binnen)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


#: Staff or board nouns (``STAFF``) belong to another organisation when one follows
#: them ("medewerkers van de thuiszorg", "consulenten van Werkzaak": a name without an
#: article): not the municipality's civil servants or executive board ("medewerkers van
#: de gemeente" are).
_OF_OTHER = re.compile(
    r"\s+van\s+(?:(?i:een|de|het)\s+(?!(?i:gemeente|gemeentelijke)\b)\w|(?P<name>[A-Z]))"
)


def _staff_of_another_body(text: str, mention, mentions) -> bool:  # noqa: ANN001
    """Whether a staff or board noun belongs to an organisation named after it (a bare name
    that is one of the ``mentions`` of a municipality is not another one)."""
    if text[mention.start : mention.end].lower() not in STAFF:
        return False
    found = _OF_OTHER.match(text, mention.end, mention.end + 40)
    if found is None:
        return False
    at = found.start("name")
    return at < 0 or not any(m.start == at and m.kind == "municipality" for m in mentions)


#: What stands between a speaker's noun and the organisation it belongs to: "van" and an
#: article ("Jeugdartsen van de GGD", "Klantmanagers van het werkplein", "Cliënt-
#: ondersteuners van MEE"): the speaker's own organisation, named only as its affiliation,
#: is who speaks, not what the claim is about (gold decision 3 of the twenty-seventh
#: session), unless the claim names it again elsewhere.
_OF_OWN = re.compile(r"\s+van\s+(?:de\s+|het\s+)?", re.IGNORECASE)
#: Kinds of mentions a speaker can belong to.
_AFFILIATIONS = frozenset({"role", "body", "organisation"})


def named(text: str, mentions, speakers: tuple[str, ...], own: str) -> set[str]:  # noqa: ANN001
    """The entities and problems a claim's mentions name, without what is no concern.

    Not concerns: the speakers and the profile's own municipality, the country as the
    reference of a comparison (:mod:`kg.extract.nationalreference`), the residents
    counted by a figure (the population's size) or working or going elsewhere
    (:func:`~kg.extract.commuters.commuting`), a role noun right before a
    speaker's name (its class: "Woningcorporatie Viverion") and the staff or board
    of another organisation ("een bestuurder van een zorgorganisatie"). The problem
    the work of a speaking or named group is about is named with it
    (:mod:`kg.extract.problemfields`).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Woningcorporatie Viverion (12.000 inwoners) noemt wachtlijsten."
    >>> ms = [SentenceMention("r/corp", "role", 0, 16, "Woningcorporatie", 0),
    ...       SentenceMention("o/viverion", "organisation", 17, 25, "Viverion", 0),
    ...       SentenceMention(RESIDENTS, "role", 34, 42, "inwoners", 0),
    ...       SentenceMention("p/wait", "problem", 50, 62, "wachtlijsten", 0)]
    >>> sorted(named(text, ms, ("o/viverion",), "m/own"))
    ['p/wait']
    >>> text = "Een bestuurder van een zorgorganisatie is kritisch."
    >>> named(text, [SentenceMention("r/board", "role", 4, 14, "bestuurder", 0)], (), "m/own")
    set()
    >>> text = "Een leerkracht van een basisschool noemt wachtlijsten."
    >>> ms = [SentenceMention("r/teacher", "role", 4, 14, "leerkracht", 0),
    ...       SentenceMention("r/school", "role", 23, 34, "basisschool", 0)]
    >>> named(text, ms, ("r/teacher",), "m/own")  # where the speaker works
    set()
    >>> text = "Jeugdartsen van de GGD zien wachtlijsten."
    >>> ms = [SentenceMention("r/doctors", "role", 0, 11, "Jeugdartsen", 0),
    ...       SentenceMention("r/ggd", "role", 19, 22, "GGD", 0)]
    >>> named(text, ms, ("r/doctors",), "m/own")  # the speaker's own organisation
    set()
    >>> text = "Werkbedrijf X, een gemeenschappelijke regeling van A en B."
    >>> ms = [SentenceMention("b/x", "body", 0, 13, "Werkbedrijf X", 0),
    ...       SentenceMention("p/gr", "problem", 19, 45, "gemeenschappelijke regeling", 0)]
    >>> sorted(named(text, ms, (), "m/own"))
    ['b/x']
    """
    heads = {m.start for m in mentions if m.entity in speakers}
    ends = {m.end for m in mentions if m.entity in speakers}
    out = set()
    for m in mentions:
        if m.entity == own or m.entity in speakers:
            continue
        if _a_measure(text, m, mentions):
            continue  # the population's size, the travellers, "hoger dan in Nederland"
        if m.kind == "role" and any(
            0 < s - m.end <= 2 and text[m.end : s].isspace() for s in heads
        ):
            continue  # "Woningcorporatie Viverion": the speaker's class noun
        if m.kind == "role" and (
            _staff_of_another_body(text, m, mentions) or possessed_staff(text, m, mentions)
        ):
            continue  # "medewerkers van de thuiszorg", "haar medewerkers": not the municipality's
        if m.kind == "role" and speaking_role(text, m.start, m.end, ends):
            continue  # "een intern begeleider van een basisschool", "…,’ zegt een medewerker."
        if (
            m.kind in _AFFILIATIONS
            and any(_OF_OWN.fullmatch(text, e, m.start) for e in ends)
            and not any(o.entity == m.entity and o.start != m.start for o in mentions)
        ):
            continue  # "Jeugdartsen van de GGD", "Klantmanagers van de ISD": who speaks
        if (
            m.kind == "problem"
            and text[m.start - 2 : m.start - 1] in _ARTICLE_ENDS
            and (in_apposition(text, m, mentions))
        ):
            continue  # "Werkbedrijf X, een gemeenschappelijke regeling van …": its form
        out.add(m.entity)
    # the problem the work of a speaking or named group is about ("Volgens de
    # schuldhulpverleners …" is about debts, :mod:`kg.extract.problemfields`); a voice
    # about no problem it names is about its own ("Ik red het wel, zegt een mantelzorger")
    out |= field_problems(speakers, voice=not any("/problem/" in c for c in out))
    out |= field_problems(out)
    # a place named as where the decisions are made ("de keuzes die in Assen worden gemaakt")
    return out | decided_elsewhere(text, mentions, own)


def body_cooperation(text: str, start: int, end: int, mentions, bodies, lexicon) -> set[str]:  # noqa: ANN001
    """The regional-cooperation problem of a claim on the cooperation in a shared body.

    "De samenwerking in OZJT" (cooperation *in* a named organisation), or a
    claim on cooperation naming a body the municipality is a member of, is
    about cooperation between municipalities: the problem the taxonomy labels
    "regionale samenwerking".

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.extract.model import SentenceMention
    >>> text = "De samenwerking in OZJT loopt goed."
    >>> ms = [SentenceMention("o/ozjt", "organisation", 19, 23, "OZJT", 0)]
    >>> lex = SimpleNamespace(resolve=lambda label, kind: SimpleNamespace(iri="p/regional"))
    >>> sorted(body_cooperation(text, 0, len(text), ms, set(), lex))
    ['p/regional']
    >>> other = "Met OZJT gaat het goed."  # no cooperation named
    >>> sorted(body_cooperation(other, 0, len(other), ms, set(), lex))
    []
    """
    if not prefixscan.may_hold_in(text, start, end, ("samenwerk",)) or not _COOPERATION.search(
        text, start, end
    ):
        return set()  # the plain test first: most claims name no cooperation
    if only_defining(text, start, end):  # "Samen14, de samenwerking van ...": what it is
        return set()
    named_in = any(
        m.kind in ("body", "organisation", "region")
        and _COOPERATION_IN.search(text[max(start, m.start - 40) : m.start])
        for m in mentions
    )
    if not (named_in or {m.entity for m in mentions} & bodies):
        return set()
    problem = lexicon.resolve("regionale samenwerking", "problem")
    return {problem.iri} if problem is not None else set()


def context(
    text: str,
    start: int,
    end: int,
    mentions,  # noqa: ANN001
    regions,  # noqa: ANN001
    bodies,  # noqa: ANN001
    lexicon,  # noqa: ANN001
    buyers=frozenset(),  # noqa: ANN001
) -> set[str]:
    """What a claim is about by its context.

    The home ``regions`` for "de regio" (not the adjective "regionaal"); regional cooperation for
    "de samenwerking in X" (see :func:`body_cooperation`); the group whose work
    the claim names ("vrijwilligerswerk": the volunteers, see
    :func:`kg.extract.taskactors.task_actors`); the body that buys care for the
    municipality (``buyers``, see :func:`kg.extract.taskactors.procured_by`) for a
    claim on buying it,
    unless the claim speaks of the region; the providers of a care form one is
    referred to or waits at (:mod:`kg.extract.careproviders`).

    Examples
    --------
    >>> text = "De samenwerking in de regio loopt."
    >>> sorted(context(text, 0, len(text), [], ["r/home"], set(), None))
    ['r/home']
    >>> text = "De regionale inkoop loopt."  # the adjective names no region
    >>> sorted(context(text, 0, len(text), [], ["r/home"], set(), None))
    []
    """
    home = bool(regions) and home_region_named(text, start, end, mentions)
    found = set(regions_for(regions, text, start, end, mentions)) if home else set()
    found |= task_actors(text, start, end, mentions) | slogan_problems(text, start, end)
    found |= care_providers(text, mentions)  # "wachttijden bij de jeugd-ggz"
    if len(mentions) > 1 or prefixscan.may_hold_in(text, start, end, COUNTED_KEYS):
        found |= co_occurring(text, start, end, mentions)  # "schulden en verslaving, tegelijk"
    found |= allocation_loss(text, start, end, mentions)  # "in het verdeelmodel op achteruit"
    found |= other_seekers(text, start, end)  # "andere woningzoekenden": the status holders
    found |= decided_in_region(text, start, end, mentions)  # "in de regio vastgesteld"
    found |= unanswered(text, start, end)  # "de antwoorden van het Rijk moeten nog komen"
    found |= national_funds(text, start, end)  # "de rijksbijdrage daalt": the Rijk's money
    if not (home or found & set(regions)):  # a claim that speaks of the region: not the buyer
        found |= procured_by(mentions, buyers, text, start, end)
    return found | body_cooperation(text, start, end, mentions, bodies, lexicon)


def own_terms(concerns: set[str], text: str, start: int, end: int, speakers, denied) -> set[str]:  # noqa: ANN001
    """``concerns`` with the waiting time of an access step's handling time ("een melding
    wordt binnen twee weken opgepakt", :mod:`kg.extract.handlingterms`) unless ``denied``,
    a cut named by its noun alone read as the one its paragraph names
    (:mod:`kg.extract.cutreferents`), and without the auditor's requirements of a claim
    the accountant only speaks (:mod:`kg.extract.auditorvoice`).

    Examples
    --------
    >>> s = "Een melding wordt binnen twee weken opgepakt."
    >>> sorted(c.rsplit("/", 1)[-1] for c in own_terms(set(), s, 0, len(s), (), set()))
    ['waiting-lists']
    >>> from kg.extract.auditorvoice import AUDIT_REQUIREMENTS, AUDITORS
    >>> s = "De accountant is daar minder zeker van."
    >>> own_terms({AUDIT_REQUIREMENTS}, s, 0, len(s), (AUDITORS,), set())
    set()
    """
    concerns = cut_referent(concerns, text, start, end)  # "de korting" of household help
    return (concerns | (handling_waits(text, start, end) - denied)) - voice_only(
        text, start, end, speakers
    )


def register(extraction: Extraction, lexicon, concerns) -> None:  # noqa: ANN001
    """Add the problems and actor groups among ``concerns`` to the extraction's entities
    (for their kind): a concern need not be a mention ("vrijwilligerswerk": the volunteers).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> ex = SimpleNamespace(entities={})
    >>> lex = SimpleNamespace(entities={"c/problem/x": "X", "c/role/y": "Y"})
    >>> register(ex, lex, {"c/problem/x", "c/role/y", "c/problem/unknown", "c/body/z"})
    >>> ex.entities
    {'c/problem/x': 'X', 'c/role/y': 'Y'}
    """
    entities, known = extraction.entities, lexicon.entities
    for iri in sorted(iri for iri in concerns if iri not in entities):
        if ("/problem/" in iri or "/role/" in iri) and iri in known:
            entities[iri] = known[iri]


def home_regions(extraction: Extraction, lexicon, own: str) -> list[str]:  # noqa: ANN001
    """The regions "de regio" stands for: those the municipality is a member of or leads.

    A labour-market region ("arbeidsmarktregio …") covers work and income
    only; when the municipality is a member of anything else (a youth-care
    region, a shared body), "de regio" is not the labour-market region.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> ents = {"r/amr": N(kind="region", label="Arbeidsmarktregio X"),
    ...         "r/youth": N(kind="region", label="Jeugdregio X")}
    >>> rels = [N(type="member-of", subject="m", object=o) for o in ("r/amr", "r/youth")]
    >>> home_regions(N(entities=ents, relations=rels), N(entities={}), "m")
    ['r/youth']
    """

    def entity(iri: str):  # noqa: ANN202
        return extraction.entities.get(iri) or lexicon.entities.get(iri)

    # a region the municipality leads (it is its centrumgemeente) is one of its own as well
    member = sorted(
        {r.object for r in extraction.relations if r.type == "member-of" and r.subject == own}
        | {r.subject for r in extraction.relations if r.type == _LEADS and r.object == own}
    )
    member = [r for r in member if entity(r) is not None]
    regions = [r for r in member if entity(r).kind == "region"]
    labour = [r for r in regions if _LABOUR_MARKET.match(entity(r).label)]
    return regions if len(labour) == len(member) else [r for r in regions if r not in labour]


def stated(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Problems the claim states by subject and predicate, unless negated, with their offsets.

    See :mod:`kg.extract.problemclauses`.

    Examples
    --------
    >>> s = "De tarieven zijn verlaagd. De budgetten zijn niet gekort."
    >>> [(p.rsplit("/", 1)[-1], at) for p, at in stated(s, 0, 26)]
    [('budget-pressure', 3)]
    >>> stated(s, 27, len(s))
    []
    >>> stated("De capaciteit is onvoldoende.", 0, 29)[0][0].rsplit("/", 1)[-1]
    'capacity-shortage'

    A problem stated after "minder" is one that lessens ("men werkt minder langs elkaar
    heen"), not stated:

    >>> s = "Mensen werken minder langs elkaar heen."
    >>> stated(s, 0, len(s))
    []

    A lack after "zonder" in a clause that goes on to deny what follows states the need
    ("zonder extra formatie houden we het niet vol", :func:`needed_without`):

    >>> s = "Zonder extra formatie houden we het niet vol."
    >>> stated(s, 0, len(s))[0][0].rsplit("/", 1)[-1]
    'capacity-shortage'
    >>> stated("Het team werkt zonder extra formatie.", 0, 37)
    []

    The rules of two countries that do not fit are the border's problem:

    >>> s = "De Duitse en Nederlandse regels sluiten slecht op elkaar aan."
    >>> [p.rsplit("/", 1)[-1] for p, _ in stated(s, 0, len(s))]
    ['cross-border-rules']
    """
    found = clause_predicates(text, start, end)
    if not found:
        return []  # most claims state none: their clauses are not cut
    spans = neg.clauses(text, start, end)
    out = []
    for m in found:
        clause = neg.clause_of(spans, m.start)
        scope = clause if m.negation_from is None else (m.negation_from, clause[1])
        if _LESS.search(text, max(clause[0], m.start - 16), m.start) or not_so_much(
            text, start, end, m.predicate
        ):
            continue  # a problem that lessens, or the first member of "niet zozeer A als B"
        denied = negated(text, scope, m.predicate, m.end) and not needed_without(
            text, clause[0], m.start, m.end, end
        )
        if not (denied or denials.no_problem(text, clause)):
            out.append((m.problem, m.start))
    if any(p in (_DATA, _DEFICIT) for p, _ in out) and _COUNCIL.search(text, start, end):
        # the council's lack of view ("zicht", "inzicht") and its late documents ("de
        # stukken die pas vlak voor de vergadering komen") are its own knowledge gap
        out = [(_COUNCIL_GAP if _councils(text, p, at) else p, at) for p, at in out]
    if any(p == _CROSS_BORDER for p, _ in out):  # two countries' rules that do not fit
        out = [(p, at) for p, at in out if p != _LAWS_APART]
    return out


def _councils(text: str, problem: str, at: int) -> bool:
    """Whether the stated ``problem`` at ``at`` of a claim of or about the council is the
    council's knowledge gap: a lack of view ("weinig zicht") or late documents ("stukken").

    Examples
    --------
    >>> _councils("zicht op de kosten", _DATA, 0), _councils("stukken pas", _DEFICIT, 0)
    (True, True)
    >>> _councils("te laat betrokken", _DEFICIT, 0), _councils("Stukken komen laat", _DEFICIT, 14)
    (False, True)
    """
    if problem == _DATA:
        return bool(_VIEW.match(text, at))
    return problem == _DEFICIT and bool(
        _DOCUMENTS.match(text, at) or _DOCUMENTS_BEFORE.search(text, max(0, at - 40), at)
    )


#: "zonder" and at most two words before a problem's words: its condition.
_WITHOUT = re.compile(r"\bzonder\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
#: A negator of the rest of the sentence, before its end or a semicolon.
_LATER_NEGATOR = re.compile(r"[^.;!?]*?\b(?:niet|geen|nooit|niets)\b", re.IGNORECASE)


def needed_without(text: str, clause_start: int, at: int, end: int, stop: int) -> bool:
    """Whether the problem's words ``text[at:end]`` follow "zonder" and the sentence then
    denies what happens without them (up to ``stop``): a double negation that states the
    need ("Zonder extra formatie houden we het niet vol", "Zonder extra capaciteit lukt
    het niet"), not a denial of the lack.

    Examples
    --------
    >>> s = "Zonder extra capaciteit lukt het de teams niet."
    >>> needed_without(s, 0, 7, 23, len(s))
    True
    >>> s = "Het team werkt zonder extra capaciteit."
    >>> needed_without(s, 0, 22, 38, len(s))
    False
    """
    return bool(
        _WITHOUT.search(text, max(clause_start, at - 30), at)
        and _LATER_NEGATOR.match(text, end, stop)
    )


#: A lack of view: "weinig zicht", "geen inzicht" (the subject of a data-transfer rule).
_VIEW = re.compile(r"(?:\w+\s+)?(?:in)?zicht\b", re.IGNORECASE)


#: A claim of or about the council ("raadsleden geven aan dat zij weinig zicht hebben op de
#: effecten"): a lack of information there is the council's knowledge gap (the taxonomy's
#: "beperkt inzicht en grip van de raad"), not a poor transfer of data.
_COUNCIL = re.compile(r"\b(?:raadsleden|raadslid|gemeenteraad|de raad|fracties?)\b", re.IGNORECASE)
_DATA = CONCEPT + "problem/data-transfer"
_DEFICIT = CONCEPT + "problem/democratic-deficit"
#: Documents sent to a council (the subjects of the late-documents rule of
#: ``kg/data/problem-clauses.toml``).
_DOCUMENTS = re.compile(r"(?:de\s+)?(?:vergader|raads)?stukken\b", re.IGNORECASE)
#: The documents as the subject before a late phrase ("de stukken komen in een laat stadium").
_DOCUMENTS_BEFORE = re.compile(r"\b(?:vergader|raads)?stukken\b[^,;:.]*$", re.IGNORECASE)
_COUNCIL_GAP = CONCEPT + "problem/council-knowledge-gap"
#: Rules of two countries that do not fit are the border's problem, not the laws' apart.
_CROSS_BORDER = CONCEPT + "problem/cross-border-rules"
_LAWS_APART = CONCEPT + "problem/laws-not-integrated"


#: "minder" (with "steeds" or "veel") right before a stated problem: it lessens.
_LESS = re.compile(r"\bminder\s+$", re.IGNORECASE)


@memo
def _lower(text: str) -> str:
    """The text in lower case, once per document, offsets kept: "İ" (which ``str.lower``
    alone lengthens) is read as "i", as ``re.IGNORECASE`` matches it; a plain text's is
    the one the document's pre-checks share (:func:`kg.extract.wordtokens.lowered`)."""
    low = lowered(text)
    return low if low is not None else text.replace("\u0130", "i").lower()


def topic_denied(text: str, start: int, end: int, label: str) -> bool:
    """Whether the claim negates the topic ``label`` ("een eenzaamheidsaanpak is er niet").

    The topic is found by its last word's stem (the label is a lemma).

    Examples
    --------
    >>> s = "Een eenzaamheidsaanpak is er niet."
    >>> topic_denied(s, 0, len(s), "eenzaamheidsaanpak")
    True
    >>> s = "Van wachtlijsten is inmiddels, volgens de teamleiders, geen sprake meer."
    >>> topic_denied(s, 0, len(s), "wachtlijst")
    True
    """
    head = label.split()[-1]
    at = _lower(text).find(head[: max(4, len(head) - 2)], start, end)
    if at < 0:
        return False
    spans = neg.clauses(text, start, end)
    clause = denial_clause(text, spans, neg.clause_of(spans, at))  # "van X is … geen sprake"
    return negated(text, clause, at, at + len(head)) or denials.no_problem(text, clause)


def reported(
    doc: Document, start: int, end: int, polarity: Polarity, named_at, problems
) -> set[str]:  # noqa: ANN001
    """Problems the claim reports: stated in a negative or mixed claim, not supposed.

    ``named_at`` holds ``(entity, offset)`` pairs: the claim's mentions and the
    problems it states by subject and predicate (a problem carried over from
    the paragraph is a concern, not a report).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> text = "Er zijn wachtlijsten."
    >>> sorted(reported(N(text=text), 0, len(text), "negative", [("p/w", 8)], {"p/w"}))
    ['p/w']
    >>> sorted(reported(N(text=text), 0, len(text), "neutral", [("p/w", 8)], {"p/w"}))
    []
    """
    if polarity not in ("negative", "mixed"):
        return set()
    spans = neg.clauses(doc.text, start, end)
    return {
        entity
        for entity, at in named_at
        if entity in problems and not neg.hypothetical(doc.text, neg.clause_of(spans, at))
    }
