"""Data sentences: what the authors only report in figures is no finding.

A sentence in the authors' voice that reports figures and nothing else (no speaker, no named
problem, no named place, region, body or other municipality (an organisation named with
figures is mostly their source: CBS, the gemeentefonds), no fact about a group, no
evaluative cue, no reason, contrast or enumeration: "Het telt 4% meer ouderen dan gemiddeld
…"; a tone read only from the level its figures reach against the national level, the
average or comparable municipalities ("9,8% werkloos, terwijl dat landelijk 6,9% was")
judges nothing beyond them, and neither does the rise or fall of what they count ("Het
aantal bijstandsgerechtigden steeg van 2.950 naar 3.400"; a projection, "en is bij deze trend
binnen drie jaar op", is a remark); a semicolon only joins two such statements) is data: its numbers
are indicator observations and it is not a finding. A colon before the figures of a level it
names ("Het gebruik van jeugdhulp ligt hoger dan in vergelijkbare gemeenten: 11% …")
enumerates nothing, and "een derde" is a fraction, no ordinal. An exclamation ("Twaalf
weken!") reacts to its figures and is no plain report. A group that is a problem of
the taxonomy counted by a figure ("moet 180 statushouders huisvesten") makes the sentence a
finding (an annotation guideline), and so do a cause ("een gevolg van") and a contrast
adverb ("daarentegen"). A statistic set against a reference or an earlier moment ("Het
aantal aanmeldingen steeg van 610 naar 780", "is met 7% iets hoger dan gemiddeld") in a
paragraph a speaker holds is the authors' figure unless a speaker is named in it or a
pronoun reports it: the voice carried on does not make it a finding. A personal pronoun
("zij", "hij", "we") is someone taken up who speaks or acts: no statistic of the authors'. A
sentence that is the evidence of a relation laying out the field ("Stichting X voert de Wsw
uit voor de gemeente en vijf andere gemeenten", "is belegd bij de Kredietbank, die deze taak
voor zeven gemeenten uitvoert") states how the work is organised, a fact the annotation
guideline keeps as the authors' finding, whatever figures it holds (:data:`LAYOUT`). A key-
figure line ("Werkloosheid: 9,8% (NL 6,9%)", :mod:`kg.extract.keyfigures`) or a table's row
is data whatever its label names. The share each referrer sent to care ("Huisartsen verwezen
ongeveer 60% van de jongeren …, de gebiedsteams 25%") breaks the figures down by referrer, a
category of the youth-care statistics: its groups are no actors at work; what the subject of
a count's change names ("Het aantal mensen dat via het werkplein …, steeg") describes what is
counted (:mod:`kg.extract.datacounts`). Split out of :mod:`kg.extract.findings`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from kg.extract.arrangements import ARRANGEMENTS
from kg.extract.barechanges import bare_change
from kg.extract.claimmarkers import levelled_figures, marked
from kg.extract.closedintakes import closes_intake
from kg.extract.datacounts import ranked_in, referred_shares, registered, uncounted
from kg.extract.datarows import data_row
from kg.extract.direction import judged_levels
from kg.extract.endedintake import intake_ended
from kg.extract.indicators import NATIONAL_SENTENCE
from kg.extract.keyfigures import key_level_line
from kg.extract.keyparties import key_places, party_key
from kg.extract.leveldegrees import degree_of_level
from kg.extract.measuredlevels import POPULATION_CONDITIONS, judged_by_figures
from kg.extract.partyreports import party_reports
from kg.extract.problemcounts import problem_counted
from kg.extract.quantitypronouns import person_taken_up
from kg.extract.referenceplaces import measured_place, reference_places
from kg.extract.reservedsurplus import surplus_result
from kg.extract.scarcity import SCARCE, scarce
from kg.extract.speakerslots import PEOPLE_SERVED
from kg.extract.teamcounts import staff_count
from kg.extract.voiceforms import QUOTED, men_report, pronoun_report
from kg.namespaces import CONCEPT

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kg.extract.claims import Claim
    from kg.vocab import Polarity

__all__ = ["LAYOUT", "figures_only", "reference_level"]

#: The references a level with no figure is set against that make it a statistic: the
#: national average, comparable municipalities (of the same size too), the
#: neighbouring or other municipalities, the province or its average ("ligt lager dan in de
#: omliggende gemeenten", gold, fourteenth batch, decision 6: comparisons of levels stay data).
_STANDARDS = frozenset(
    {"national-average", "comparable-municipalities", "neighbouring-municipalities",
     "other-municipalities", "province", "provincial-average"}
)  # fmt: skip
#: The comparisons of a level (not a change over time); those a bare level word gives
#: ("is laag", "komen weinig voor": no "meer papierwerk", a bare "more").
_LEVELS = frozenset({"higher", "lower", "equal", "more", "less"})
_BARE = frozenset({"higher", "lower"})


def reference_level(indicator) -> bool:  # noqa: ANN001
    """Whether an observation with no figure is a level against a standard ("wordt meer dan
    gemiddeld gebruikt", "ligt onder het niveau van vergelijkbare gemeenten"): the
    guideline makes it data like a figure ("a level against an average … is data, with or
    without a comparison"; the twenty-seventh session's decision on conflicts 1: also a
    bare level word, "Re-integratietrajecten komen weinig voor").

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> reference_level(N(value=None, comparison="higher", reference="national average"))
    True
    >>> reference_level(N(value=None, comparison="lower", reference="provincial average"))
    True
    >>> reference_level(N(value=None, comparison="lower", reference=None))  # "is laag"
    True
    >>> reference_level(N(value=None, comparison="more", reference=None))  # "meer werk"
    False
    >>> reference_level(N(value=None, comparison="increase", reference=None))
    False
    """
    if indicator.value is not None or indicator.comparison not in _LEVELS:
        return False
    if indicator.reference is None:  # a bare level: "is laag", "komen weinig voor"
        return indicator.comparison in _BARE
    return indicator.reference.replace(" ", "-") in _STANDARDS


#: The relation types whose evidence lays out the field (:data:`kg.extract.arrangements.
#: ARRANGEMENTS`), less a neighbour ("als in het aangrenzende X" is a comparison's
#: reference) and a loose link to an organisation ("uit het gemeentefonds": the source
#: of an amount).
LAYOUT = ARRANGEMENTS - {"borders-on", "related-organisation"}

#: Kinds of named entities: a figure sentence that names one says more than figures
#: (an organisation named with figures is mostly their source: CBS, the gemeentefonds).
_NAMED_KINDS = frozenset({"municipality", "place", "region", "body"})
#: The kinds of what a figure may be given for in its own clause: a part of the area (a
#: district, a village), another municipality, a body holding the figures ("Bij de Sociale
#: Dienst X liepen circa 140 trajecten").
_PARTS = frozenset({"place", "municipality", "body"})
#: What makes an actor group the thing counted: a figure or a measure before it ("1.800
#: medewerkers", "Het aantal huisartsen", "het aandeel aanbieders"); not a number in words
#: ("vier gebiedsteams": how the work is organised).
_COUNTED = re.compile(
    r"(?:\d[\d.,]*|\b(?:veel|weinig|meer|minder|enkele|alle)|\b(?:aantal|aandeel|percentage"
    r"|deel|helft|derde|kwart)(?:\s+van)?(?:\s+(?:de|het))?)\s+(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)


def _actor_at_work(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a sentence at ``start`` names an actor group (not the
    people served) that the figures do not measure: the sentence tells how the work is
    organised ("De gemeente werkt met gebiedsteams in vier gebieden"), also by how many
    teams or organisations there are, counted in words ("Goes heeft vier sociale
    wijkteams", "Zeven wijkteams vormen de toegang": the gold decision on plain facts of
    organisation). A measure ("het aantal huisartsen") or a figure ("1.800 medewerkers")
    counts the group: a statistic.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "De gemeente werkt met gebiedsteams in vier gebieden."
    >>> _actor_at_work(s, 0, M("c/role/social-team", "role", 22, 34, "gebiedsteams", 0))
    True
    >>> s = "Goes heeft vier sociale wijkteams."
    >>> _actor_at_work(s, 0, M("c/role/social-team", "role", 19, 33, "wijkteams", 0))
    True
    >>> s = "Het aantal huisartsen ligt onder het gemiddelde."
    >>> _actor_at_work(s, 0, M("c/role/general-practitioners", "role", 11, 21, "huisartsen", 0))
    False
    """
    if m.kind != "role" or m.entity.rsplit("/", 1)[-1] in PEOPLE_SERVED:
        return False
    return _COUNTED.search(text[max(0, m.start - start - 40) : m.start - start]) is None


def figures_only(  # noqa: PLR0913
    text: str,
    claim: Claim,
    polarity: Polarity,
    figures,  # noqa: ANN001
    own: str = "",
    cues=(),  # noqa: ANN001
    sizes: frozenset[int] = frozenset(),
    relation_types: Iterable[str] = (),
    compared: list[int] | None = None,
) -> bool:
    """Whether a claim in the authors' voice only reports figures (see the module docstring).

    ``relation_types`` are the types of the relations the claim's sentences are the
    evidence of: one that lays out the field (:data:`LAYOUT`) makes it a finding.
    ``compared`` holds the offsets of the observations set against a reference or an
    earlier moment, in order: a statistic so compared in a claim whose voice is only
    carried on from a speaker before it (none named, no pronoun reporting) is the
    authors' figure all the same (gold decision 2 of the twenty-seventh session: plain
    facts inside a speaker's paragraph are the authors'), so it can be data.

    ``figures`` holds the offsets of the observations with a value, in order; ``cues``
    the claim's tone cues: a claim judged only by the level its figures give (no cue, its
    figures set against a reference) or the condition of the population they measure reads
    as neutral here
    (:mod:`kg.extract.measuredlevels`), unless its only figure is the population's size
    (``sizes``: "De gemeente (35.000 inwoners) kent veel armoede" judges).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> claim = N(voice=(), start=0, end=30, mentions=[], speech=N(fact=False))
    >>> figures_only("Het telt 4% meer ouderen.", claim, "neutral", [9])
    True
    >>> figures_only("Het telt 4% meer ouderen, maar dat is goed.", claim, "neutral", [9])
    False
    >>> figures_only("Het telt veel ouderen.", claim, "neutral", [31])
    False
    >>> figures_only("Het telt 4% meer ouderen!", claim, "neutral", [9])
    False
    >>> figures_only("Werkloosheid: 9,8% (NL 6,9%)", claim, "negative", [14])
    True
    >>> figures_only("Werkloosheid 9,8% 6,9%", claim, "negative", [13])
    True
    >>> figures_only("Tekort Wmo 2016: € 0,4 mln", claim, "negative", [17])
    False
    >>> s = "Stichting Werkt voert de Wsw uit voor vijf gemeenten."
    >>> figures_only(s, claim, "neutral", [0], relation_types={"executes-for"})
    False
    """
    if text.endswith("!"):
        return False  # an exclamation ("Tien weken!") reacts to its figures: someone's
    # a fact box's line ("Werkloosheid: 9,8% (NL 6,9%)"), also one with a level against a
    # standard and no figure ("Jeugdhulp: hoger dan in vergelijkbare steden."), or a table's
    # row of figures ("Werkloosheid 5,9% 7,4%"), whatever its label
    row = (
        (data_row(text) and any(map(str.isdigit, text))) or key_level_line(text)
    ) and _DEFICIT.search(text) is None
    at = bisect_left(figures, claim.start)  # the first figure from the claim's start on
    counted = at < len(figures) and figures[at] < claim.end
    reports = row or (  # tested before the voice: most claims report no figure
        counted
        or NATIONAL_SENTENCE.match(text) is not None
        or (_TAKEN_UP_LEVEL.fullmatch(text) is not None and _figure_before(figures, at, claim))
        # "Het budget bleef nagenoeg gelijk": a change with no figure, of no problem
        or (bare_change(text) and not any(m.kind == "problem" for m in claim.mentions))
    )
    if not reports or not _authors_plain(text, claim, relation_types, compared):
        return False
    if row:
        return True
    measured = any(f not in sizes for f in figures[at : bisect_left(figures, claim.end)])
    if polarity != "neutral" and not (measured and _judged_by_level(text, claim, cues)):
        return False
    return (
        not _says_more(text, claim, own, compared)
        and not marked(text)  # the mentions first: a plain test
        and not party_reports(text)  # "De organisatie wijst erop dat …": attributed
        and not (intake_ended(text, (0, len(text))) or closes_intake(text))  # intake closed
    )


#: A deficit named in a key-figure line ("Tekort jeugd 2016: € 0,8 mln"): a deficit names a
#: problem, and the telegram form changes nothing (gold README: "a key-value line in the
#: authors' voice is data only where it reports figures with no such problem").
_DEFICIT = re.compile(r"\btekort(?:en)?\b", re.IGNORECASE)


#: The level of the figure before, taken up by a demonstrative and set against a reference
#: ("… 34 bijstandsuitkeringen per 1.000 inwoners. Dat is minder dan in Nederland."): in
#: plain language the level gets a sentence of its own, and says no more than the figure.
_TAKEN_UP_LEVEL = re.compile(
    r"\W*(?:dat|dit|het)\s+(?:is|zijn|ligt|liggen|was|lag|lagen)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
    r"(?:meer|minder|hoger|lager|groter|kleiner|vaker|even\s+(?:veel|hoog|vaak|groot))"
    r"\s+(?:dan|als)\s+[^,;:!?]{2,60}\.",
    re.IGNORECASE,
)
#: How far back the figure a demonstrative takes up may stand (the sentence before).
_TAKE_UP_REACH = 250


def _figure_before(figures: list[int], at: int, claim: Claim) -> bool:
    """Whether a figure stands just before the claim (``at``: the index of the first
    figure from its start on in the sorted offsets ``figures``).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> _figure_before([40, 500], 1, N(start=100)), _figure_before([40], 0, N(start=100))
    (True, False)
    """
    return at > 0 and figures[at - 1] >= claim.start - _TAKE_UP_REACH


#: The authors of the profile, as a speaker (named: "De onderzoeker licht toe …").
AUTHORS = CONCEPT + "role/authors"


def _authors_plain(
    text: str,
    claim: Claim,
    relation_types: Iterable[str],
    compared: list[int] | None,
) -> bool:
    """Whether a claim is the authors' plain statement: no voice (or one only carried on
    over a compared statistic), no fact about a group ("De Wmo-raad organiseert …"), no
    one's words, no layout of the field, no personal pronoun.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> claim = N(voice=(), start=0, end=30, mentions=[], speech=N(fact=False))
    >>> _authors_plain("Het telt 4% meer ouderen.", claim, (), None)
    True
    >>> _authors_plain("Daarvoor liet hij zes teams starten.", claim, (), None)
    False
    """
    return not (
        # a statistic a closing source covers is that source's (:mod:`.closingsources`); the
        # authors named as its reporter ("De onderzoeker licht toe dat …") are no other voice
        (
            claim.voice
            and claim.voice != (AUTHORS,)
            and (getattr(claim, "covered", False) or not _carried_over(text, claim, compared))
        )
        # a fact about a group, unless a level it has with its figures ("X is een jonge stad: …")
        or (claim.speech.fact and not levelled_figures(text))
        or QUOTED.match(text)
        or LAYOUT & set(relation_types)
        or person_taken_up(text)
    )


def _carried_over(text: str, claim: Claim, compared: list[int] | None) -> bool:
    """Whether a claim's voice is only carried on over a compared statistic, a count a
    body registered (:func:`kg.extract.datacounts.registered`) or a year's surplus with its
    amount (:func:`kg.extract.reservedsurplus.surplus_result`)."""
    return (_any_in(compared, claim) or registered(text) or surplus_result(text)) and _carried(
        text, claim
    )


def _judged_by_level(text: str, claim: Claim, cues) -> bool:  # noqa: ANN001
    """Whether a claim's tone (``cues``) is only the level its figures give: judged by
    them, set against a reference, read from level words, or the rise or fall of what
    they count (:func:`_judged_quantities`)."""
    return (
        judged_by_figures(cues, claim.mentions)
        or _against_reference(text, cues)
        or _level_words(text, claim.start, cues, claim.mentions)
        or _judged_quantities(text, claim, cues)
        or _each_by_level(text, claim, list(cues))
    )


def _each_by_level(text: str, claim: Claim, cues) -> bool:  # noqa: ANN001
    """Whether each of two or more tone cues is a rise or fall its direction word judges
    or level words ("groeide van 760 naar 850 uitkeringen (+12%), minder snel dan in
    Twente": the change and its pace against a reference)."""
    if len(cues) < 2:
        return False
    start = claim.start
    judged = {(a + start, b + start) for a, b, _ in judged_levels(text, 0, len(text))}
    return all(
        (c.start, c.end) in judged or _level_words(text, start, [c], claim.mentions) for c in cues
    )


#: The change of the figure before, in apposition ("46 uitkeringen per 1.000 inwoners, een
#: stijging van 9% ten opzichte van 2014"): the rise or fall of what it counts.
_APPOSED_CHANGE = re.compile(
    r",\s+(?:een\s+)?(?:stijging|toename|daling|afname|groei)\s+(?:van|met)\s+"
    r"(?:(?:ruim|bijna|ongeveer|circa|zo'n)\s+)?\d",
    re.IGNORECASE,
)
#: The quantifiers of scarcity (:data:`kg.extract.scarcity.SCARCE`): "weinig", "amper".
_SCARCE = re.compile(r"\b(?:" + "|".join(sorted(SCARCE)) + r")\b", re.IGNORECASE)


def _judged_quantities(text: str, claim: Claim, cues) -> bool:  # noqa: ANN001
    """Whether every tone cue of a claim (``text``: its own) is a quantity its direction
    word judges ("Het aantal bijstandsuitkeringen steeg van 39 naar 44", :func:`kg.extract.
    direction.judged_levels`) or a condition of the population the figures measure; with
    no cue, whether the claim judges a quantity so or says there is little of something
    ("Er lopen weinig re-integratietrajecten", a bare level). The rise or fall of what the
    figures count is all they say, which the guideline makes
    data (the twenty-seventh session's decision on conflicts 1; every plain "Het aantal
    … steeg/daalde van … naar …" of the tuning files is data, every one kept as a finding
    adds a source, a reason, a contrast or a problem).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Het aantal bijstandsuitkeringen steeg van 39 naar 44."
    >>> claim = N(start=100, mentions=[])
    >>> _judged_quantities(s, claim, [N(start=111, end=137, problem=False)])
    True
    >>> _judged_quantities(s, claim, [N(start=100, end=103, problem=False)])
    False
    >>> _judged_quantities(s, claim, []), _judged_quantities("Het gaat goed.", claim, [])
    (True, False)
    >>> _judged_quantities("Er lopen weinig re-integratietrajecten.", claim, [])
    True
    """
    cues = list(cues)
    start = claim.start
    judged = {(a + start, b + start) for a, b, _ in judged_levels(text, 0, len(text))}
    if not cues:  # "Er lopen weinig re-integratietrajecten.": the tone is the level read
        # (a count after "maar", "maar drie inwoners", stays the verdict "only": a remark)
        return (
            bool(judged)
            or _APPOSED_CHANGE.search(text) is not None
            or (_SCARCE.search(text) is not None and scarce(text, (0, len(text))))
        )
    conditions = {
        (m.start, m.end)
        for m in claim.mentions
        if m.kind == "problem" and m.entity in POPULATION_CONDITIONS
    }
    return any((c.start, c.end) in judged for c in cues) and all(
        (c.start, c.end) in judged or (c.start, c.end) in conditions for c in cues
    )


def _says_more(text: str, claim: Claim, own: str, compared: list[int] | None = None) -> bool:
    """Whether a claim's mentions say more than its figures: a named place, region, body or
    other municipality (not ``own``, not a comparison's reference), an actor group at work
    (unless a figure is set against a reference or an earlier moment, ``compared``: then the
    figure is the group's statistic, as a body's registered count, gold README),
    a problem group counted, or the count of the teams or staff of the work
    (:mod:`kg.extract.teamcounts`)."""
    mentions = uncounted(text, claim.start, claim.mentions)  # "Het aantal X dat via Y … steeg"
    if "betreft" in text:  # "…, vooral waar het de jeugd-GGZ betreft": what the level is for
        spans = [(m.start(), m.end()) for m in _SPECIFIED.finditer(text)]
        mentions = [
            m for m in mentions if not any(a <= m.start - claim.start < b for a, b in spans)
        ]
    keyed = key_places(text, claim.start, mentions) if ":" in text else set()
    named = [
        m
        for m in mentions
        if m.kind in _NAMED_KINDS
        and m.entity != own
        and m.start not in keyed  # "Noord en Zuid: aandeel …": the parts the figures are for
        # a part of the area its clause gives a figure for: "in Tiel-Oost ligt het boven 25%"
        and not (m.kind in _PARTS and measured_place(text, claim.start, m))
        and not ranked_in(text, m.start - claim.start)  # "de tweede stad van Twente"
    ]
    return (
        (bool(named) and len(reference_places(text, claim.start, named)) < len(named))
        # an actor group other than the people served: the figure describes how the work
        # is organised ("De gemeente werkt met gebiedsteams in vier gebieden")
        or (
            not referred_shares(text)
            # the group's output set against an earlier moment or a reference is its
            # statistic ("Het team voerde 1.600 gesprekken, twee keer zoveel als in 2014")
            and not _any_in(compared, claim)
            and any(_actor_at_work(text, claim.start, m) for m in mentions)
        )
        # a group that is a problem, counted: "moet 180 statushouders huisvesten"
        or any(problem_counted(text, claim.start, m) for m in claim.mentions)
        # how many teams or staff do the work: "groeide het aantal teams tot negen"
        or staff_count(text)
        # a key naming a party or a problem group: "Veilig Thuis: 210 meldingen …"
        or (":" in text and party_key(text, claim.start, claim.mentions, own))
    )


#: A specification of a level ("hoger dan gemiddeld, vooral waar het de jeugd-GGZ betreft",
#: "zeker waar het zorg met verblijf betreft"): what it names is the part of the figures the
#: level holds most for, no remark beyond them (gold decision 1 of the twenty-seventh session:
#: an intensifier or specification is no remark).
_SPECIFIED = re.compile(
    r"\b(?:vooral|zeker|met\s+name|voornamelijk|juist|ook)\s+waar\s+het\s+[^,;:.]{1,80}?"
    r"\bbetreft\b",
    re.IGNORECASE,
)


#: A reference a level is set against: "landelijk", "het gemiddelde", "dan gemiddeld",
#: "vergelijkbare gemeenten" (not "gemiddeld vijf weken": an average of the figure itself).
_REFERENCE = re.compile(
    r"\b(?:landelijke?|nederlandse?|provinciale?|gemiddelde|vergelijkbare)\b"
    r"|\b(?:dan|als)\s+gemiddeld\b",
    re.IGNORECASE,
)


def _against_reference(text: str, cues) -> bool:  # noqa: ANN001
    """Whether a claim with no tone cue (``cues``) sets its figures against a reference (the
    national or provincial level, the average, comparable municipalities): the tone its
    wording gives is the level the figures reach, which the guideline makes data ("a level
    against an average … is data, with or without a comparison").

    Examples
    --------
    >>> _against_reference("Er is 9,8% werkloos, terwijl dat landelijk 6,9% was.", [])
    True
    >>> _against_reference("Inwoners wachtten gemiddeld vijf weken; de norm is twee.", [])
    False
    """
    return not list(cues) and _REFERENCE.search(text) is not None


#: The words of a level: a level word, a focus particle on an amount, a copula.
_LEVEL_WORDS = frozenset(
    {"hoog", "hoge", "hoger", "laag", "lage", "lager", "weinig", "veel", "vaker", "minder",
     "meer", "groot", "grote", "groter", "klein", "kleine", "kleiner", "slechts", "is", "zijn",
     "ligt", "liggen", "lag", "lagen", "snel", "sneller", "langzaam", "langzamer"}
)  # fmt: skip
#: A level word that makes a cue the level of the quantity it judges ("hoge publieke
#: gezondheid", "zorggebruik scoort … hoger", "dicht bij het landelijk beeld").
_LEVELLED = frozenset({"hoog", "hoge", "hoger", "laag", "lage", "lager", "dicht"})
_TOKEN = re.compile(r"[^\W\d_]+")


def _level_words(text: str, start: int, cues, mentions) -> bool:  # noqa: ANN001
    """Whether every tone cue of a claim at ``start`` is only the level its figures give:
    words of level (:data:`_LEVEL_WORDS`: "Slechts 4% …") beside, at most, a condition of
    the population they measure ("werkloosheid is lager", "voortijdig" in "voortijdig
    schoolverlaten"), or a quantity judged by a level word (:data:`_LEVELLED`: "een hoge
    publieke gezondheid", "zorggebruik scoort … hoger") that names no problem: a level,
    which the guideline makes data (the twenty-seventh session's decision on conflicts 1:
    also a bare level word).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.measuredlevels import POPULATION_CONDITIONS
    >>> s = "De werkloosheid is lager dan landelijk."
    >>> m = N(kind="problem", start=3, end=15, entity=min(POPULATION_CONDITIONS))
    >>> _level_words(s, 0, [N(start=3, end=24), N(start=3, end=15)], [m])
    True
    >>> _level_words("Zorgelijk: 4% is werkloos.", 0, [N(start=0, end=9)], [])
    False
    >>> _level_words("Het gaat goed.", 0, [], [])
    False
    """
    cues = list(cues)
    if not cues:
        return False
    conditions = [
        (m.start, m.end)
        for m in mentions
        if m.kind == "problem" and m.entity in POPULATION_CONDITIONS
    ]
    for cue in cues:
        a, b = cue.start - start, cue.end - start
        words = text[a:b]
        for ms, me in conditions:  # the condition's own words are the quantity measured
            if ms < cue.end and cue.start < me:
                lo, hi = max(ms, cue.start) - start, min(me, cue.end) - start
                words = text[a:lo] + " " + text[hi:b]
        tokens = set(_TOKEN.findall(words.lower()))
        if not (
            tokens <= _LEVEL_WORDS
            or (tokens & _LEVELLED and not cue.problem)
            or degree_of_level(text, b, tokens)
        ):
            return False
    return True


def _any_in(offsets: list[int] | None, claim: Claim) -> bool:
    """Whether one of the sorted ``offsets`` lies in the claim."""
    if not offsets:
        return False
    at = bisect_left(offsets, claim.start)
    return at < len(offsets) and offsets[at] < claim.end


def _carried(text: str, claim: Claim) -> bool:
    """Whether a claim's voice is only carried on from before: it names no speaker and no
    pronoun or "men" in it reports (``text``: the claim's own)."""
    return (
        not claim.explicit and pronoun_report(text) is None and not men_report(text, text.lower())
    )
