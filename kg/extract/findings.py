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
    the paragraph. An impersonal passive ("wordt als lastig ervaren") is the
    authors', and so is a fact about a group or the municipality: its subject
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
    is data whatever its label names.
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
from kg.extract.carryover import Thread, carried_over, one_body
from kg.extract.claims import POINT, Claim, read_claims
from kg.extract.datarows import data_row
from kg.extract.deniedproblems import denied as denied_problems
from kg.extract.discourse import holds_for_other, is_problem
from kg.extract.findingcues import claim_cues
from kg.extract.implied import follows
from kg.extract.indicators import NATIONAL_SENTENCE
from kg.extract.lawdomains import field_laws
from kg.extract.measuredlevels import judged_by_figures
from kg.extract.model import Extraction, Finding
from kg.extract.paragraphsubject import paragraph_subjects, raises_point
from kg.extract.speakerslots import PEOPLE_SERVED
from kg.extract.taskactors import purchasing_bodies
from kg.extract.tone import polarity as tone_polarity
from kg.extract.topics import TopicVocabulary, find_topics
from kg.extract.voiceforms import QUOTED
from kg.namespaces import CONCEPT
from kg.vocab import Polarity

AUTHORS = CONCEPT + "role/authors"

#: An interviewer's question in a printed interview: "V: Wat was …?", "Vraag: …", "Vraag 2:
#: …", "Interviewer: …" (the label and its colon; "V." may be a person's initial).
_QUESTION = re.compile(
    r"\W{0,2}(?:V|Vraag(?:\s+\d{1,2})?|Interviewer|Interviewster|Interviewers)\s*:\s",
    re.IGNORECASE,
)
#: What turns figures into a claim: a reason, a contrast, an enumeration, a verdict.
_CLAIM_MARKER = re.compile(
    r"[:]|\b(?:omdat|doordat|vanwege|want|dus|daardoor|daarom|maar|echter|wel|gekozen"
    r"|opgenomen|selectie|in\s+lijn|eerste|tweede|derde|dankzij"
    # a cause: "vooral door de groei van …", "als gevolg van …", "te wijten aan …"
    r"|(?:vooral|mede|onder\s+meer|met\s+name|deels|grotendeels|voornamelijk|komt)\s+door"
    r"|als\s+gevolg\s+van|te\s+wijten\s+aan|toe\s+te\s+schrijven\s+aan"
    # a link of cause: "…, wat met de vergrijzing samenhangt", "te maken heeft met …"
    r"|samen(?:hangt|hangen|hing|hingen)|(?:hangt|hangen|hing|hingen)\s+(?:\w+\s+){0,4}?samen"
    r"|te\s+maken\s+(?:heeft|hebben|had|hadden)\s+met|verklaart|verklaard"
    # a named source: "volgens X", "aldus X", "uit de monitor van X blijkt"
    r"|volgens|aldus|blijkt|bleek)\b",
    re.IGNORECASE,
)
#: Kinds of named entities: a figure sentence that names one says more than figures
#: (an organisation named with figures is mostly their source: CBS, the gemeentefonds).
_NAMED_KINDS = frozenset({"municipality", "place", "region", "body"})
#: A place named as the reference of a comparison says nothing beyond the figures: "tegen
#: 12% in Nederland", "twee keer zo veel als in het naburige X", "hoger dan in X", "de
#: grootste gemeente van Drenthe", "onder het Nederlandse gemiddelde" (the country is
#: always the national reference).
_REFERENCE_BEFORE = re.compile(
    r"\b(?:dan|als|tegen|tegenover|ten\s+opzichte\s+van|vergeleken\s+met|in\s+vergelijking\s+met"
    r"|(?:grootste|kleinste|oudste|jongste|armste|rijkste)\s+[a-zà-ÿ]+\s+van)"
    r"\s+(?:(?:in|het|de|heel)\s+)*(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)
_COUNTRY = frozenset({"nederland", "nederlandse"})


def _reference_place(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a claim ``text`` at ``start`` is the place a comparison
    sets the figures against.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Er zijn 52 uitkeringen, twee keer zo veel als in het naburige Hollands Kroon."
    >>> _reference_place(s, 0, N(start=s.index("Hol"), text="Hollands Kroon"))
    True
    >>> s = "Er wonen 9% migranten, vooral in de wijken Paauwenburg en Lammerenburg."
    >>> _reference_place(s, 0, N(start=s.index("Paa"), text="Paauwenburg"))
    False
    """
    if m.text.lower() in _COUNTRY:
        return True
    at = m.start - start
    return _REFERENCE_BEFORE.search(text, max(0, at - 50), at) is not None


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
    #: The types of the relations each sentence is the evidence of.
    arranged: dict[int, set[str]] = field(default_factory=dict)


def _scope(extraction: Extraction, lexicon) -> _Scope:  # noqa: ANN001
    own = extraction.municipality.iri
    return _Scope(
        own=own,
        regions=cn.home_regions(extraction, lexicon, own),
        bodies={
            r.object for r in extraction.relations if r.type == "member-of" and r.subject == own
        },
        figures=sorted(i.start for i in extraction.indicators if i.value is not None),
        sizes=frozenset(i.start for i in extraction.indicators if i.measure == "inhabitants"),
        vocabulary=lexicon.topic_vocabulary or TopicVocabulary({}, {}, frozenset()),
        role_index=cn.RoleIndex(
            m for m in extraction.mentions if m.kind == "role" and m.sentence is not None
        ),
        buyers=purchasing_bodies(extraction, own),
        arranged=_relation_types(extraction),
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
    if not claim.voice or claim.explicit:
        return False
    if ended(text):
        return True
    return (
        opens
        and polarity == "neutral"
        and arrangement(text, (t for s in claim.sentences for t in arranged.get(s.index, ())))
    )


#: What makes an actor group the thing counted: a number or a measure before it ("vier
#: gebiedsteams", "Het aantal huisartsen", "het aandeel aanbieders").
_COUNTED = re.compile(
    r"(?:\d[\d.,]*|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig"
    r"|honderd|duizend|veel|weinig|meer|minder|enkele|alle)|\b(?:aantal|aandeel|percentage"
    r"|deel|helft|derde|kwart)(?:\s+van)?(?:\s+(?:de|het))?)\s+(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)


def _actor_at_work(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a sentence at ``start`` names an actor group (not the
    people served) that the figures do not count: the sentence tells how the work is
    organised ("De gemeente werkt met gebiedsteams in vier gebieden").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "De gemeente werkt met gebiedsteams in vier gebieden."
    >>> _actor_at_work(s, 0, M("c/role/social-team", "role", 22, 34, "gebiedsteams", 0))
    True
    >>> s = "Het aantal huisartsen ligt onder het gemiddelde."
    >>> _actor_at_work(s, 0, M("c/role/general-practitioners", "role", 11, 21, "huisartsen", 0))
    False
    """
    if m.kind != "role" or m.entity.rsplit("/", 1)[-1] in PEOPLE_SERVED:
        return False
    return _COUNTED.search(text[max(0, m.start - start - 40) : m.start - start]) is None


def _figures_only(  # noqa: PLR0913
    text: str,
    claim: Claim,
    polarity: Polarity,
    figures,  # noqa: ANN001
    own: str = "",
    cues=(),  # noqa: ANN001
    sizes: frozenset[int] = frozenset(),
) -> bool:
    """Whether a claim in the authors' voice only reports figures (see the module docstring).

    ``figures`` holds the offsets of the observations with a value, in order; ``cues``
    the claim's tone cues: a claim judged only by the level its figures give or the
    condition of the population they measure reads as neutral here
    (:mod:`kg.extract.measuredlevels`), unless its only figure is the population's size
    (``sizes``: "De gemeente (35.000 inwoners) kent veel armoede" judges).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> claim = N(voice=(), start=0, end=30, mentions=[], speech=N(fact=False))
    >>> _figures_only("Het telt 4% meer ouderen.", claim, "neutral", [9])
    True
    >>> _figures_only("Het telt 4% meer ouderen, maar dat is goed.", claim, "neutral", [9])
    False
    >>> _figures_only("Het telt veel ouderen.", claim, "neutral", [31])
    False
    >>> _figures_only("Werkloosheid: 9,8% (NL 6,9%)", claim, "negative", [14])
    True
    >>> _figures_only("Werkloosheid 9,8% 6,9%", claim, "negative", [13])
    True
    """
    if claim.voice or claim.speech.fact or QUOTED.match(text):
        # a voice, a fact about a group ("De Wmo-raad organiseert …"), or someone's words
        return False
    if data_row(text) and any(map(str.isdigit, text)):
        # a fact box's line ("Werkloosheid: 9,8% (NL 6,9%)") or a table's row of figures
        # ("Werkloosheid 5,9% 7,4%"), whatever its label
        return True
    at = bisect_left(figures, claim.start)  # the first figure from the claim's start on
    counted = at < len(figures) and figures[at] < claim.end
    measured = any(f not in sizes for f in figures[at : bisect_left(figures, claim.end)])
    if polarity != "neutral" and not (measured and judged_by_figures(cues, claim.mentions)):
        return False
    return (
        (counted or NATIONAL_SENTENCE.match(text) is not None)
        and not any(
            m.kind in _NAMED_KINDS
            and m.entity != own
            and not _reference_place(text, claim.start, m)
            for m in claim.mentions
        )
        # an actor group other than the people served: the figure describes how the work
        # is organised ("De gemeente werkt met gebiedsteams in vier gebieden")
        and not any(_actor_at_work(text, claim.start, m) for m in claim.mentions)
        and not _CLAIM_MARKER.search(text)  # the mentions first: a plain test
    )


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
    scope = _scope(extraction, lexicon)
    findings: list[Finding] = []
    thread = Thread()
    for claim in read_claims(doc, extraction.mentions, lexicon):
        speakers = claim.voice or (AUTHORS,)
        start, end, paragraph = claim.start, claim.end, claim.paragraph
        text = doc.text[start:end]
        cues = claim_cues(doc, start, end, lexicon, claim.mentions)
        polarity = tone_polarity(doc.text, start, end, cues, claim.explicit)
        if polarity == "neutral" and findings:
            # "onderzoek bevestigt dit beeld": the claim before's;
            # "Bij X ligt dat anders": its opposite
            polarity = follows(doc.text, start, end, findings[-1].polarity)
        if _QUESTION.match(text):
            continue  # the interviewer's question ("V: Wat was …?"): no claim
        if _arranged(text, claim, polarity, scope.arranged, paragraph != thread.paragraph):
            speakers = (AUTHORS,)  # a paragraph on how the field is laid out: the authors'

        if _figures_only(text, claim, polarity, scope.figures, scope.own, cues, scope.sizes):
            continue  # figures only: recorded as indicators
        concerns, denied, stated = _concerns(doc, claim, speakers, scope, extraction, lexicon)
        concerns = carried_over(text, claim, concerns, speakers, scope.own, thread)
        topics, broader = _topics(doc.text, claim, speakers, denied, scope, extraction, lexicon)
        concerns |= broader
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
        problems = set(filter(is_problem, concerns))
        named_at = [(m.entity, m.start) for m in claim.mentions] + stated
        reports = cn.reported(doc, start, end, polarity, named_at, problems)
        findings.append(
            Finding(
                start=start,
                end=end,
                sentences=tuple(s.index for s in claim.sentences),
                speakers=tuple(speakers),
                concerns=tuple(sorted(concerns)),
                polarity=polarity,
                section=claim.section,
                reports=tuple(sorted(reports)),
                topics=tuple(sorted(t.iri for t in topics)),
            )
        )
        if paragraph != thread.paragraph:
            thread.named = Counter()
        thread.named.update(problems)
        thread.previous, thread.paragraph = tuple(sorted(concerns)), paragraph
        thread.text = text
    return paragraph_subjects(doc, extraction, findings)
