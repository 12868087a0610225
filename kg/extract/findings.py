"""Findings: one claim per sentence (or two), with speaker, concerns and polarity.

Claims
    One per sentence; a sentence that opens a quotation closed in the next
    one, or announces what follows ("… ziet er als volgt uit."), forms one
    claim with the next sentence.
Speaker
    See :mod:`kg.extract.speakers` for what names a speaker in a sentence.
    The voice then carries on through the section, across paragraphs, until
    another speaker is named; once two voices have spoken in a section, the
    section is ordered by topic and each new paragraph starts in the authors'
    voice unless it names its own speaker or opens by going on with the account
    ("Zij …", "Daarnaast …", "Ook …"); a pronoun that reports after the voice was
    reset ("zo stellen zij", "volgens hen") is the group named last in the
    section; a new section starts in the authors' voice, and
    so does a paragraph that opens by describing an actor group ("Hulpverleners
    zijn vrij …") unless that same group is named as the speaker further on in
    the paragraph. An agentless passive of opinion ("wordt als lastig ervaren")
    into which no voice carries is those spoken with (``role/interviewees``), a
    report from data ("Uit de monitor blijkt …") the authors', and so is a fact
    about a group or the municipality: its subject
    described by a copula or taking a decision ("Het wijkteam is het eerste
    aanspreekpunt", "De raad besloot …", :mod:`kg.extract.groupfacts`); such a
    fact ends the account it interrupts, and a paragraph it opens is not covered
    by that group's voice named later. An attribution that closes a sentence ("…, zo vertellen
    ambtenaren", "… aldus de wethouder") also covers the sentences right before it
    in its paragraph that name no speaker of their own and carry no voice from
    before (an account a speaker named earlier goes on); a quotation ("“…”, zegt
    een beleidsmedewerker") covers only itself: it illustrates the account it
    interrupts, whose voice goes on after it. A paragraph that opens with a plain
    statement of how the field is organised ("De jeugdhulp wordt ingekocht via …",
    :mod:`kg.extract.arrangements`) opens in the authors' voice.
Figures only
    A sentence in the authors' voice that reports figures and nothing else
    (no speaker, no named problem, no named place, region, body or other
    municipality (an organisation named with figures is mostly their source:
    CBS, the gemeentefonds), no fact about a group, no evaluative cue, no
    reason, contrast or enumeration: "Het telt 4% meer ouderen dan gemiddeld
    …"; a semicolon only joins two such statements) is data: its
    numbers are indicator observations and it is not a finding. A comparison
    without a figure ("… is lager") is the authors' verdict and stays a finding.
    A key-figure line ("Werkloosheid: 9,8% (NL 6,9%)", :mod:`kg.extract.keyfigures`)
    is data whatever its label names. The sentences of a case vignette ("Casus: mevrouw
    A. (82) …", :mod:`kg.extract.casestories`) are never data: their figures tell the story.
Concerns
    Every entity and problem named in the claim except its speakers and the
    profile's own municipality; a mention of "de regio" / "regionaal" stands
    for the region the municipality is a member of; a law named by its field
    ("voor jeugd", "Wmo, jeugd en participatie") is a concern too
    (:mod:`kg.extract.lawdomains`). A claim that names nothing
    (no entity, no region, no problem stated by a clause: "Deze relaties in de
    regio …" is about the region) and opens with a reference back ("Dat …",
    "Ze …", "Deze groep …") or takes up a noun of the claim before with a
    definite article ("… de samenwerking met de scholen … Een vast overleg
    moet de samenwerking verbeteren.") is about what the
    claim before it was about; a demonstrative ("Dat vergt afstemming.")
    takes over only the difficulty of that claim when it named one, not its
    other names (:mod:`kg.extract.discourse`). A claim that says what the
    state of affairs before it is ("Dat is een ander uitgangspunt dan …") is
    about that state of affairs as well as what it names, and so is a claim
    that names a problem but refers back by a pronominal adverb ("De
    corporaties willen daaraan meewerken, maar de wachttijd loopt op."). Any
    other claim that names nothing but its speaker continues the subject of its
    paragraph: the one problem its
    first claim (the topic sentence) names ("De huishoudelijke hulp was het
    onderwerp …" makes the cuts in household help the concern of "De Wmo-raad
    is kritischer."), unless it denies a problem; a claim that adds a new
    point ("Daar komt bij …", "Bovendien …", "Een ander punt …") ends that
    subject (its own single problem, if any, takes over), and so does a claim
    that closes by calling a problem it names a point of concern ("De wachttijd
    … is een lastig punt"). A pronoun for the speakers ("Ze merken dat ook
    bij …") refers back even when others of their group are named; "Dat geldt
    ook voor …" is about its new subject only, and "Dit zijn allemaal …" about
    the problem most claims of the paragraph named. A pronominal adverb
    ("De gemeente heeft hierin een rol") refers back like "Dat …". A claim that
    names no problem but refers back by a demonstrative after a preposition or a
    pronominal adverb ("Voor die groep ouderen is de huisarts …")
    continues its paragraph's subject too; "hen" after a preposition ("Voor
    hen is het aanbod mager.") in a paragraph without a subject stands for the
    people of the claim before, and takes over its problems. A claim that still names nothing,
    in a paragraph where a majority (and at least three) of the claims name one
    problem, is about that problem, even when it is named only after the claim;
    without such a problem, about the one problem of a paragraph's closing
    conclusion ("Er is dan ook …") (:mod:`kg.extract.paragraphsubject`). Not concerns: residents
    counted by a figure ("35.000 inwoners" is the population's size) and the
    class noun of a named speaker ("Woningcorporatie Viverion wijst …").
    What a claim carries over from the claim before it is read by
    :mod:`kg.extract.carryover`.
Polarity
    Counts of positive and negative cue words (the polarity concepts' hidden
    labels in the ontology); a named problem counts as negative.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from kg.document import Document
from kg.extract import concerns as cn
from kg.extract.arrangements import arrangement, ended
from kg.extract.bodyanaphors import body_anaphors
from kg.extract.carryover import Thread, carried_over, one_body
from kg.extract.casestories import in_case, own_words
from kg.extract.centrereports import centre_reports, centre_view
from kg.extract.claims import POINT, Claim, read_claims
from kg.extract.closingsources import closed_over
from kg.extract.countedgroups import counted_municipalities
from kg.extract.datarows import announces_data, source_line
from kg.extract.datasentences import figures_only, reference_level
from kg.extract.debatereplies import reply
from kg.extract.deniedproblems import denied as denied_problems
from kg.extract.discourse import holds_for_other, is_problem
from kg.extract.findingcues import claim_cues
from kg.extract.interviewers import interviewer_entities
from kg.extract.lawdomains import field_laws
from kg.extract.model import Extraction, Finding
from kg.extract.paragraphsubject import paragraph_subjects, raises_point
from kg.extract.problemfields import implied_actors
from kg.extract.recipientgroups import benefit_groups
from kg.extract.reservedsurplus import reserved_surplus
from kg.extract.scenes import paragraph_scene
from kg.extract.sheetblocks import under_source_heading
from kg.extract.speakerturns import guest_turns, in_turn
from kg.extract.taskactors import purchasing_bodies
from kg.extract.teamcounts import counted_team
from kg.extract.tone import polarity as tone_polarity
from kg.extract.topics import TopicVocabulary, find_topics
from kg.extract.voiceforms import pronoun_report
from kg.namespaces import CONCEPT
from kg.vocab import Polarity

AUTHORS = CONCEPT + "role/authors"

#: An interviewer's question in a printed interview: "V: Wat was …?", "Vraag: …", "Vraag 2:
#: …", "Interviewer: …" (the label and its colon; "V." may be a person's initial).
_QUESTION = re.compile(
    r"\W{0,2}(?:V|Vraag(?:\s+\d{1,2})?|Interviewer|Interviewster|Interviewers)\s*:\s",
    re.IGNORECASE,
)


#: A claim that adds a new point to its paragraph ("Daar komt bij …", "Bovendien …"):
#: it ends the subject of the paragraph's topic sentence.
_NEW_POINT = re.compile(
    r"^\W*(?:daar\s+komt\s+bij|daarnaast|bovendien|verder|tevens"
    r"|een\s+(?:ander|andere|tweede|derde|volgende)\b|ten\s+(?:tweede|derde))\b",
    re.IGNORECASE,
)


@dataclass
class _Scope:
    """What every claim of a document is read against."""

    own: str  # the profile's municipality
    regions: list[str]  # what "de regio" stands for
    bodies: set[str]  # the bodies and regions the municipality is a member of
    figures: list[int]  # the offsets of the observations with a value, in order
    vocabulary: TopicVocabulary
    #: The actor-group mentions by the last word of their name (for :func:`cn.head_anaphors`).
    role_index: cn.RoleIndex = field(default_factory=lambda: cn.RoleIndex([]))
    #: The bodies that buy care for the municipality (a claim on buying care that names none).
    buyers: frozenset[str] = frozenset()
    #: The offsets of the observations that give the population's size ("35.000 inwoners").
    sizes: frozenset[int] = frozenset()
    #: The offsets of the observations set against a reference or an earlier moment.
    compared: list[int] = field(default_factory=list)
    #: The types of the relations each sentence is the evidence of.
    arranged: dict[int, set[str]] = field(default_factory=dict)


def _scope(extraction: Extraction, lexicon, text: str) -> _Scope:  # noqa: ANN001
    own = extraction.municipality.iri
    # (the problems named, for a changed count: "Het aantal kinderen met een
    # beschermingsmaatregel is gestegen" names one and stays a finding)
    problems = sorted(m.start for m in extraction.mentions if m.kind == "problem")
    return _Scope(
        own=own,
        regions=cn.home_regions(extraction, lexicon, own),
        bodies={
            r.object for r in extraction.relations if r.type == "member-of" and r.subject == own
        },
        figures=sorted(
            i.start
            for i in extraction.indicators
            # "alle wijken" (100%) names a whole group, no figure of data
            if (
                i.value is not None
                and i.qualifier != "alle"
                and not _RHYTHM.match(text, i.start, i.end)
            )
            or reference_level(i)
            or (_changed_count(text, i) and not _names_problem(problems, i))
        ),
        sizes=frozenset(i.start for i in extraction.indicators if i.measure == "inhabitants"),
        compared=sorted(
            i.start
            for i in extraction.indicators
            # a bare level in a speaker's account ("De tarieven zijn laag") is their verdict
            if i.comparison
            and (
                i.value is not None
                or (i.reference and reference_level(i))
                # "Het aantal vrijwilligers nam licht af": no speaker's voice goes on over it
                or (_changed_count(text, i) and not _names_problem(problems, i))
            )
        ),
        vocabulary=lexicon.topic_vocabulary or TopicVocabulary({}, {}, frozenset()),
        role_index=cn.RoleIndex(
            m for m in extraction.mentions if m.kind == "role" and m.sentence is not None
        ),
        buyers=purchasing_bodies(extraction, own),
        arranged=_relation_types(extraction),
    )


#: "Het aantal X nam af", "Het aantal X is gelijk gebleven": a counted quantity's change.
#: Only a change reported in the past ("nam af", "is gestegen") is a statistic; a trend in the
#: present ("Het aantal ouderen neemt sterk toe") is the authors' verdict on the situation.
_PAST_CHANGE = re.compile(
    r"\b(?:nam|namen|steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen|bleef|bleven"
    r"|is|zijn|was|waren)\b",
    re.IGNORECASE,
)
#: The rhythm of a meeting or report ("eens per maand", "twee keer per jaar"): named as a
#: date names its moment (gold decision on frequencies), so it is no figure that makes a
#: sentence data.
_RHYTHM = re.compile(
    r"(?:\S+\s+(?:keer|maal)|eens)\s+per\s+(?:dag|week|maand|kwartaal|jaar)$", re.IGNORECASE
)
_COUNT_OPENS = re.compile(r"(?:het\s+aantal|het\s+aandeel)\b", re.IGNORECASE)


def _names_problem(problems: list[int], indicator) -> bool:  # noqa: ANN001
    """Whether a problem mention (``problems``: their sorted offsets) lies in ``indicator``."""
    at = bisect_left(problems, indicator.start)
    return at < len(problems) and problems[at] < indicator.end


def _changed_count(text: str, indicator) -> bool:  # noqa: ANN001
    """Whether an observation with no figure is the change of a counted quantity ("Het aantal
    vrijwilligers nam licht af"), set against an earlier moment like a figure: the voice of
    a speaker before is not carried over such a count (gold README, figures-only data).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Het aantal vrijwilligers nam licht af."
    >>> _changed_count(t, N(value=None, comparison="decrease", start=0, end=len(t)))
    True
    >>> t = "De bevolking krimpt."
    >>> _changed_count(t, N(value=None, comparison="decrease", start=0, end=len(t)))
    False
    """
    return (
        indicator.value is None
        and indicator.comparison in ("increase", "decrease", "equal")
        and (opens := _COUNT_OPENS.match(text, indicator.start)) is not None
        and _PAST_CHANGE.search(text, opens.end(), indicator.end) is not None
    )


def _relation_types(extraction: Extraction) -> dict[int, set[str]]:
    """The types of the relations each sentence (by index) is the evidence of."""
    out: dict[int, set[str]] = {}
    for r in extraction.relations:
        out.setdefault(r.sentence, set()).add(r.type)
    return out


def _arranged(
    text: str, claim: Claim, polarity: Polarity, arranged: dict[int, set[str]], opens: bool = True
) -> bool:
    """Whether a claim with a carried voice only states how the field is organised
    (:mod:`kg.extract.arrangements`), neutral, with no speaker of its own: one that opens
    its paragraph (``opens``), or an arrangement that ended before the profile's time
    ("Tot 2015 voerde X …"), wherever it stands.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> claim = N(voice=("r/x",), explicit=False, sentences=[N(index=3)])
    >>> _arranged("De jeugdhulp wordt ingekocht via X.", claim, "neutral", {3: {"purchases-via"}})
    True
    >>> _arranged("De jeugdhulp wordt ingekocht via X.", claim, "negative", {3: {"purchases-via"}})
    False
    >>> bought = {3: {"purchases-via"}}
    >>> _arranged("De jeugdhulp wordt ingekocht via X.", claim, "neutral", bought, False)
    False
    >>> _arranged("Tot 2015 voerde Y de taak uit.", claim, "negative", {}, False)
    True
    """
    if not claim.voice or claim.explicit or getattr(claim, "covered", False):
        return False  # (a closing source covers the arrangement too)
    if ended(text):
        return True
    return (
        opens
        and polarity == "neutral"
        and arrangement(text, (t for s in claim.sentences for t in arranged.get(s.index, ())))
        and pronoun_report(text) is None  # "Volgens hem voert X …": the speaker's account
    )


def _told(claim: Claim, text: str) -> bool:
    """Whether a claim names its speaker or takes one up by a pronoun ("Volgens hem …")."""
    return claim.explicit or pronoun_report(text) is not None


def _concerns(
    doc: Document,
    claim: Claim,
    speakers: tuple[str, ...],
    scope: _Scope,
    extraction: Extraction,
    lexicon,  # noqa: ANN001
) -> tuple[set[str], set[str], list[tuple[str, int]]]:
    """What a claim names, states and denies: its own concerns, its denied and stated problems."""
    text = doc.text
    start, end, mentions = claim.start, claim.end, claim.mentions
    denied = denied_problems(doc, start, end, lexicon, mentions)
    stated = cn.stated(text, start, end)
    concerns = cn.named(text, mentions, speakers, scope.own) - denied
    concerns |= {problem for problem, _ in stated}
    concerns |= cn.voiced(text, start, end, speakers)  # the council lacking insight, in its voice
    # a law named in a list of fields ("voor Wmo, jeugd en participatie") hides none of them
    skip = [(m.start, m.end) for m in mentions if m.kind != "law"]
    concerns |= field_laws(text, start, end, skip)  # "voor jeugd": the Jeugdwet
    concerns |= cn.context(
        text, start, end, mentions, scope.regions, scope.bodies, lexicon, scope.buyers
    ) - set(speakers)
    # the groups named before the claim: those of the document's index that start before it
    concerns |= cn.head_anaphors(text, start, end, mentions, scope.role_index, start) - set(
        speakers
    )
    concerns |= implied_actors(concerns) - set(speakers)  # late budgets: the Rijk's
    # "het werkbedrijf", "de GR", "de samenwerking": the joint body named before
    concerns |= body_anaphors(
        text, start, end, mentions, extraction.mentions, extraction.relations
    ) - set(speakers)
    concerns |= benefit_groups(text, start, end) - set(speakers)  # "mensen in de bijstand"
    # "de vier gemeenten", "haar twee buren": the municipalities just named
    concerns |= counted_municipalities(doc, start, end, extraction.mentions, scope.own)
    concerns -= interviewer_entities(text, start, end, mentions)  # "die de onderzoekers spraken"
    concerns = cn.own_terms(concerns, text, start, end, speakers, denied)  # waits; the accountant
    cn.register(extraction, lexicon, concerns)
    return concerns, denied, stated


def _topics(text: str, claim: Claim, speakers, denied, scope: _Scope, extraction, lexicon):  # noqa: ANN001, ANN202
    """The claim's topics (registered in the extraction) and the problems they stand for."""
    topics = find_topics(
        text,
        claim.start,
        claim.end,
        claim.mentions,
        scope.vocabulary,
        frozenset(denied),
        speakers=frozenset(speakers),
    )
    broader: set[str] = set()
    for topic in topics:
        extraction.topics.setdefault(topic.iri, topic)
        if topic.broader and not cn.topic_denied(text, claim.start, claim.end, topic.label):
            broader.update(topic.broader)  # "armoedebeleid" concerns poverty
            cn.register(extraction, lexicon, topic.broader)
    return topics, broader


def extract_findings(doc: Document, extraction: Extraction, lexicon) -> list[Finding]:  # noqa: ANN001
    """Return one finding per claim of the document's sections.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        Holds the mentions and relations found so far.
    lexicon : kg.extract.Lexicon
        Gives the polarity cues.

    Returns
    -------
    list of Finding
    """
    scope = _scope(extraction, lexicon, doc.text)
    turns = guest_turns(doc)  # a guest's figures in a labelled turn are the guest's account
    findings: list[Finding] = []
    thread = Thread()
    claims = read_claims(doc, extraction.mentions, lexicon)
    ended_voice: tuple[str, ...] = ()  # the carried voice an authors' fact ended
    for k, claim in enumerate(claims):
        speakers = claim.voice or (AUTHORS,)
        start, end, paragraph = claim.start, claim.end, claim.paragraph
        text = doc.text[start:end]
        case = in_case(doc, paragraph, claim.section)
        if case and not own_words(text):
            speakers = (AUTHORS,)  # a case story is told by the authors ("School meldde …")
        cues = claim_cues(doc, start, end, lexicon, claim.mentions)
        polarity = tone_polarity(doc.text, start, end, cues, claim.explicit)
        if findings:  # "bevestigt dit beeld", "valt hem bij": the claim before's; "Bij X ligt
            # dat anders", "spreekt dat tegen": its opposite (:mod:`.debatereplies`)
            polarity = reply(
                doc.text, start, end, polarity, findings[-1].polarity, cues, claim.explicit
            )
        if _QUESTION.match(text) or source_line(text):
            continue  # the interviewer's question ("V: Wat was …?"); a line of sources: no claim
        if announces_data(doc.text, claims, k):
            continue  # "… geeft het volgende beeld:" before a table: the table's caption
        opens = _opens(doc, claims, k, polarity, thread)
        if _arranged(text, claim, polarity, scope.arranged, opens):
            speakers = (AUTHORS,)  # a paragraph on how the field is laid out: the authors'
            ended_voice = claim.voice  # the authors' fact ends the account it interrupts
        elif ended_voice and claim.voice == ended_voice and not _told(claim, text):
            speakers = (AUTHORS,)  # "… valt onder Almere. Het vervoer is een zorgpunt …"
        else:
            ended_voice = ()
        # a reporting centre's count of reports is a finding (:mod:`.centrereports`)
        reported = centre_reports(doc.text, start, end)
        if (
            not case
            and not reported
            and _data_only(text, claim, polarity, cues, scope)
            and not _sourced(doc, claim)
            and not paragraph_scene(doc, paragraph)
            and not in_turn(turns, start)
        ):
            continue  # figures only: recorded as indicators (a case's details are the story)
        concerns, denied, stated = _concerns(doc, claim, speakers, scope, extraction, lexicon)
        concerns = carried_over(text, claim, concerns, speakers, scope.own, thread)
        topics, broader = _topics(doc.text, claim, speakers, denied, scope, extraction, lexicon)
        concerns |= broader
        if reported:  # "Veilig Thuis X ontving 150 meldingen": youth protection
            polarity, concerns = centre_view(text, polarity, concerns)
        concerns = _follow_subject(text, paragraph, concerns, denied, thread)
        concerns |= _counted_teams(text, scope)  # "het aantal teams": the teams counted
        problems = set(filter(is_problem, concerns))
        named_at = [(m.entity, m.start) for m in claim.mentions] + stated
        reports = cn.reported(doc, start, end, polarity, named_at, problems)
        findings.append(_finding(claim, speakers, concerns, polarity, reports, topics))
        if paragraph != thread.paragraph:
            thread.named = Counter()
        thread.named.update(problems)
        thread.previous, thread.paragraph = tuple(sorted(concerns)), paragraph
        thread.text = text
    return paragraph_subjects(doc, extraction, findings)


#: A clause set against what a sentence states: the account it stands in goes on through it.
_SET_AGAINST = re.compile(r"\b(?:maar|echter|hoewel|terwijl)\b", re.IGNORECASE)


def _opens(doc: Document, claims: list[Claim], k: int, polarity: Polarity, thread: Thread) -> bool:
    """Whether the claim ``k`` opens an account for :func:`_arranged`: the first of its
    paragraph (``thread`` holds the paragraph of the claim before), or, inside a paragraph,
    not one a closing attribution covers, nor one that sets a clause against the
    arrangement ("De stichting biedt X, maar …": the account's).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> doc = N(text="De stichting biedt hulp, maar de wachttijd is lang.")
    >>> claim = N(paragraph=1, voice=("r/x",), explicit=False, start=0, end=len(doc.text))
    >>> _opens(doc, [claim], 0, "neutral", N(paragraph=2))  # the first of its paragraph
    True
    >>> _opens(doc, [claim], 0, "neutral", N(paragraph=1))  # "maar": the account goes on
    False
    """
    claim = claims[k]
    text = doc.text[claim.start : claim.end]
    return (
        claim.paragraph != thread.paragraph
        # _arranged reads ``opens`` only for a voiced, not explicit, neutral claim: the
        # costly tests below are skipped for every other (output unchanged)
        or not claim.voice
        or claim.explicit
        or polarity != "neutral"
        or not (
            _covered(claims, k) or closed_over(doc.text, claims, k) or _SET_AGAINST.search(text)
        )
    )


def _covered(claims: list[Claim], k: int) -> bool:
    """Whether a closing attribution later in its paragraph ("…, zegt een beleidsmedewerker.")
    covers the claim ``k``: the next claim of the paragraph that names a speaker closes with
    it and holds the claim's voice.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> plain = N(paragraph=1, explicit=False, voice=("r/x",))
    >>> said = N(paragraph=1, explicit=True, voice=("r/x",), speech=N(trailing=True))
    >>> _covered([plain, said], 0), _covered([plain], 0)
    (True, False)
    """
    claim = claims[k]
    for later in claims[k + 1 :]:
        if later.paragraph != claim.paragraph:
            return False
        if later.explicit:
            return later.speech.trailing and later.voice == claim.voice
    return False


def _sourced(doc: Document, claim: Claim) -> bool:
    """Whether a claim stands in a fact sheet's block headed by its source ("Uit de
    gesprekken met ambtenaren:", :func:`kg.extract.sheetblocks.under_source_heading`): its
    figures are what that source told, so it is a finding.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Uit de gesprekken met teamleden:\\n\\nCaseload: 60 cliënten per coach."
    >>> _sourced(N(text=t, sections=[]), N(start=t.index("Case"), section=None))
    True
    """
    section = claim.section  # numbered from 1
    floor = doc.sections[section - 1].start if section and section <= len(doc.sections) else 0
    return under_source_heading(doc.text, floor, claim.start)


def _counted_teams(text: str, scope: _Scope) -> set[str]:
    """The team group a claim that counts the teams or their people names by its head noun
    ("het aantal teams", "in elk team": :func:`kg.extract.teamcounts.counted_team`): the one
    the document names most often by a compound ("sociale wijkteams")."""
    if (head := counted_team(text)) and (teams := scope.role_index.named(head)):
        return {min(teams, key=lambda e: (-teams[e], e))}
    return set()


def _data_only(text: str, claim: Claim, polarity: Polarity, cues, scope: _Scope) -> bool:  # noqa: ANN001
    """Whether a claim only reports figures (:func:`figures_only`), read against ``scope``."""
    if polarity != "neutral" and reserved_surplus(text, claim.start, cues):
        polarity = "neutral"  # "… een overschot van € 1 miljoen, dat in een reserve is gestort"
    laid_out = {t for s in claim.sentences for t in scope.arranged.get(s.index, ())}
    return figures_only(
        text,
        claim,
        polarity,
        scope.figures,
        scope.own,
        cues,
        scope.sizes,
        laid_out,
        scope.compared,
    )


def _follow_subject(
    text: str, paragraph: int, concerns: set[str], denied: set[str], thread: Thread
) -> set[str]:
    """A claim's concerns with its paragraph's subject: a claim that opens a paragraph or a
    new point sets the subject (``thread``); one that names nothing continues it."""
    if (
        paragraph != thread.paragraph
        or _NEW_POINT.match(text)
        or POINT.match(text)
        or (any(map(is_problem, concerns)) and raises_point(text))  # a new one
    ):
        theme = set(filter(is_problem, concerns))
        thread.theme = theme if len(theme) == 1 else set()  # several: an enumeration
        thread.body = one_body(concerns) if thread.theme else set()
    elif not concerns and not denied and not holds_for_other(text):
        # names nothing: continues its paragraph's subject (in the body it is about)
        concerns |= thread.theme | thread.body
    return concerns


def _finding(claim: Claim, speakers, concerns, polarity: Polarity, reports, topics) -> Finding:  # noqa: ANN001, PLR0913
    """The finding of a claim, its fields in a stable order."""
    return Finding(
        start=claim.start,
        end=claim.end,
        sentences=tuple(s.index for s in claim.sentences),
        speakers=tuple(speakers),
        concerns=tuple(sorted(concerns)),
        polarity=polarity,
        section=claim.section,
        reports=tuple(sorted(reports)),
        topics=tuple(sorted(t.iri for t in topics)),
    )
