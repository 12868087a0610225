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
    authors'. An attribution that closes a sentence ("…, zo vertellen
    ambtenaren", "… aldus de wethouder") also covers the sentences before it in
    its paragraph that name no speaker of their own; a quotation ("“…”, zegt
    een beleidsmedewerker") covers only itself: it illustrates the account it
    interrupts, whose voice goes on after it.
Figures only
    A sentence in the authors' voice that reports figures and nothing else
    (no speaker, no named problem, no evaluative cue, no reason, contrast or
    enumeration: "Het telt 4% meer ouderen dan gemiddeld …") is data: its
    numbers are indicator observations and it is not a finding. A comparison
    without a figure ("… is lager") is the authors' verdict and stays a finding.
Concerns
    Every entity and problem named in the claim except its speakers and the
    profile's own municipality; a mention of "de regio" / "regionaal" stands
    for the region the municipality is a member of. A claim that names nothing
    (no entity, no region, no problem stated by a clause: "Deze relaties in de
    regio …" is about the region) and opens with a reference back ("Dat …",
    "Ze …", "Deze groep …") is about what the claim before it was about. Any
    other claim that names nothing but its speaker continues the subject of its
    paragraph: the one problem its
    first claim (the topic sentence) names ("De huishoudelijke hulp was het
    onderwerp …" makes the cuts in household help the concern of "De Wmo-raad
    is kritischer."), unless it denies a problem; a claim that adds a new
    point ("Daar komt bij …", "Bovendien …", "Een ander punt …") ends that
    subject (its own single problem, if any, takes over). A pronominal adverb
    ("De gemeente heeft hierin een rol") refers back like "Dat …". Not concerns: residents
    counted by a figure ("35.000 inwoners" is the population's size) and the
    class noun of a named speaker ("Woningcorporatie Viverion wijst …").
Polarity
    Counts of positive and negative cue words (the polarity concepts' hidden
    labels in the ontology); a named problem counts as negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.document import Document, Sentence
from kg.extract import negation as neg
from kg.extract.direction import judged_levels
from kg.extract.indicators import NATIONAL_SENTENCE
from kg.extract.model import Extraction, Finding, SentenceMention
from kg.extract.problemclauses import clause_predicates
from kg.extract.speakers import (
    IMPERSONAL,
    PRONOUN_REPORT,
    QUOTED,
    Speech,
    detect,
    heading_voice,
)
from kg.extract.tone import Cue, names_lack, separated_cues
from kg.extract.tone import polarity as tone_polarity
from kg.extract.topics import TopicVocabulary, find_topics
from kg.namespaces import CONCEPT

AUTHORS = CONCEPT + "role/authors"

_ANAPHOR = re.compile(
    r"^\W*(?:dat|dit|die|deze|daardoor|daarom|daarbij|daarmee|hierdoor|hierbij|ze|zij)\b"
    r"|^\W*(?:\S+\s+){0,5}?(?:daarvan|daarom|daardoor|deze\s+\w+|dit\s+beeld|die"
    r"|hierin|daarin|hierover|daarover|hiervan|hiermee|hieraan|daaraan)\b",
    re.IGNORECASE,
)
#: What turns figures into a claim: a reason, a contrast, an enumeration, a verdict.
_CLAIM_MARKER = re.compile(
    r"[:;]|\b(?:omdat|doordat|vanwege|want|dus|daardoor|daarom|maar|echter|wel|gekozen"
    r"|opgenomen|selectie|in\s+lijn|eerste|tweede|derde)\b",
    re.IGNORECASE,
)
_LABOUR_MARKET = re.compile(r"arbeidsmarktregio\b", re.IGNORECASE)
_REGIONAL = re.compile(r"\bregio(?:nale?|naal)?\b", re.IGNORECASE)
#: A population size given as an attribute ("(bijna 35.000 inwoners)", "met ruim 150.000
#: inwoners") or a share ("de helft van de inwoners"), before the counted noun; a count
#: that is the clause's subject ("er wonen 30.000 inwoners") is not one.
_COUNTED = re.compile(
    r"(?:(?:\(|\bmet\s+)(?:[a-z]+\s+){0,3}\d[\d.,]*"
    r"|(?:\d[\d.,]*\s*%|procent|helft|derde|kwart)\s+van\s+(?:de|alle))\s+$",
    re.IGNORECASE,
)
#: The residents: a population size or share is a measure, not the claim's subject.
_RESIDENTS = CONCEPT + "role/residents"
_COOPERATION = re.compile(r"\bsamenwerk", re.IGNORECASE)
_COOPERATION_IN = re.compile(r"\bsamenwerking\s+(?:in|binnen)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
#: A paragraph that opens by going on with the account before it: a pronoun or a
#: connective of addition ("Zij …", "Daarnaast …", "Ook …", "Verder …").
_CONTINUES = re.compile(
    r"^\W*(?:zij|ze|hij|daarnaast|verder|bovendien|ook|tevens|evenmin|daarbij|eveneens)\b",
    re.IGNORECASE,
)
#: A sentence that names a point of concern ("Een aandachtspunt vormt …", "Een zorg die
#: … terugkomt, is …") and one that adds the next point of the same list ("Een tweede
#: zorgpunt zijn …", "Een derde zorg betreft …").
_POINT_NOUN = (
    r"(?:\w+\s+)?(?:zorg|zorgpunt|aandachtspunt|knelpunt|pijnpunt|punt\s+van\s+zorg|probleem"
    r"|struikelblok|uitdaging|risico)\b"
)
_POINT = re.compile(rf"^\W*(?:een|het)\s+(?:eerste\s+)?{_POINT_NOUN}", re.IGNORECASE)
_NEXT_POINT = re.compile(
    rf"^\W*(?:een|het)\s+(?:tweede|derde|vierde|vijfde|volgende|laatste|ander|andere)\s+"
    rf"{_POINT_NOUN}",
    re.IGNORECASE,
)
#: One member of a group tells its story ("Een thuiszorgorganisatie vertelt …", "Eén
#: raadslid zegt …"): an example within the account the text is giving.
_ONE_OF = re.compile(r"^\W*(?:een|één|eén)\s+(?:van\s+de\s+)?", re.I)
_ADJECTIVES = re.compile(r"(?:[a-zà-ÿ]+e\s+){0,2}")


def _one_member(text: str, start: int, mentions: list[SentenceMention], speakers) -> bool:  # noqa: ANN001
    """Whether a sentence at ``start`` opens with one member of its speaker: "Een raadslid …".

    Examples
    --------
    >>> m = SentenceMention("role/x", "role", 4, 12, "raadslid", 0)
    >>> _one_member("Een raadslid vertelt dat het goed gaat.", 0, [m], ("role/x",))
    True
    >>> m = SentenceMention("role/x", "role", 13, 23, "raadsleden", 0)
    >>> _one_member("Een zorg die raadsleden noemen, is geld.", 0, [m], ("role/x",))
    False
    """
    one = _ONE_OF.match(text)
    return one is not None and any(
        m.entity in speakers and _ADJECTIVES.fullmatch(text[one.end() : m.start - start])
        for m in mentions
    )


#: A claim that adds a new point to its paragraph ("Daar komt bij …", "Bovendien …"):
#: it ends the subject of the paragraph's topic sentence.
_NEW_POINT = re.compile(
    r"^\W*(?:daar\s+komt\s+bij|daarnaast|bovendien|verder|tevens"
    r"|een\s+(?:ander|andere|tweede|derde|volgende)\b|ten\s+(?:tweede|derde))\b",
    re.IGNORECASE,
)
_ANNOUNCES = re.compile(r"(?:\bals\s+volgt(?:\s+uit)?\.|:)\s*$", re.IGNORECASE)


@dataclass
class _Claim:
    sentences: list[Sentence]
    mentions: list[SentenceMention] = field(default_factory=list)
    speech: Speech = field(default_factory=Speech)
    explicit: bool = False
    voice: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def paragraph(self) -> int:
        return self.sentences[0].paragraph

    @property
    def section(self) -> int | None:
        return self.sentences[0].section


def _segment(doc: Document) -> list[list[Sentence]]:
    """Group sentences into claims (a quotation or an announcement joins two)."""
    units: list[list[Sentence]] = []
    i = 0
    sentences = doc.sentences
    while i < len(sentences):
        unit = [sentences[i]]
        while i + 1 < len(sentences) and sentences[i + 1].paragraph == unit[-1].paragraph:
            text = doc.text[unit[-1].start : unit[-1].end]
            nxt = doc.text[sentences[i + 1].start : sentences[i + 1].end]
            open_quote = text.count("“") > text.count("”") and "”" in nxt
            if not (open_quote or _ANNOUNCES.search(text)):
                break
            i += 1
            unit.append(sentences[i])
        units.append(unit)
        i += 1
    return units


def _cues(doc: Document, start: int, end: int, lexicon, mentions) -> list[Cue]:  # noqa: ANN001
    """The tone cues and problem mentions of a claim, for :func:`kg.extract.tone.polarity`."""
    signs = {"/positive": 1, "/negative": -1, "/mixed": 0}
    cues = [
        Cue(c.start, c.end, signs[c.entity[c.entity.rindex("/") :]])
        for c in lexicon.cue_matcher.find(doc.text, start, end)
        if c.entity.endswith(tuple(signs))
    ] + separated_cues(doc.text, start, end, lexicon.cues, lexicon.separable)
    # a quantity judged by its level: "een hoge redzaamheid", "de werkloosheid daalt"
    cues += [Cue(a, b, sign) for a, b, sign in judged_levels(doc.text, start, end)]
    for m in mentions:
        if m.kind == "problem":
            # a label naming the difficulty counts when stated; one naming the
            # subject ("beschut werk") only when negated or diminished, as a lack
            subject = _names_subject(doc.text, m, lexicon)
            cues.append(Cue(m.start, m.end, -1, problem=True, subject=subject))
    return cues


def _names_subject(text: str, mention, lexicon) -> bool:  # noqa: ANN001
    """Whether a problem mention names its subject ("inkoop", "mantelzorg"), not a difficulty.

    Such labels are the problems' ``skos:hiddenLabel`` (``ontology/problems.ttl``):
    a text names a service or a group without judging it, so the mention is a
    concern of the claim but no negative cue.
    """
    matcher = getattr(lexicon, "subject_matcher", None)
    if matcher is None:
        return False
    return any(
        (s.start, s.end, s.entity) == (mention.start, mention.end, mention.entity)
        for s in matcher.find(text, mention.start, mention.end)
    )


def _named(text: str, mentions, speakers: tuple[str, ...], own: str) -> set[str]:  # noqa: ANN001
    """The entities and problems a claim's mentions name, without what is no concern.

    Not concerns: the speakers and the profile's own municipality, the residents
    counted by a figure (the population's size) and a role noun right before a
    speaker's name (its class: "Woningcorporatie Viverion").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Woningcorporatie Viverion (12.000 inwoners) noemt wachtlijsten."
    >>> ms = [SentenceMention("r/corp", "role", 0, 16, "Woningcorporatie", 0),
    ...       SentenceMention("o/viverion", "organisation", 17, 25, "Viverion", 0),
    ...       SentenceMention(_RESIDENTS, "role", 34, 42, "inwoners", 0),
    ...       SentenceMention("p/wait", "problem", 50, 62, "wachtlijsten", 0)]
    >>> sorted(_named(text, ms, ("o/viverion",), "m/own"))
    ['p/wait']
    """
    heads = {m.start for m in mentions if m.entity in speakers}
    out = set()
    for m in mentions:
        if m.entity == own or m.entity in speakers:
            continue
        if m.entity == _RESIDENTS and _COUNTED.search(text[max(0, m.start - 30) : m.start]):
            continue
        if m.kind == "role" and any(
            0 < s - m.end <= 2 and text[m.end : s].isspace() for s in heads
        ):
            continue  # "Woningcorporatie Viverion": the speaker's class noun
        out.add(m.entity)
    return out


def _body_cooperation(text: str, start: int, end: int, mentions, bodies, lexicon) -> set[str]:  # noqa: ANN001
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
    >>> sorted(_body_cooperation(text, 0, len(text), ms, set(), lex))
    ['p/regional']
    >>> other = "Met OZJT gaat het goed."  # no cooperation named
    >>> sorted(_body_cooperation(other, 0, len(other), ms, set(), lex))
    []
    """
    if not _COOPERATION.search(text, start, end):
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


def _context(text: str, claim: _Claim, regions: list[str], bodies: set[str], lexicon) -> set[str]:  # noqa: ANN001
    """What a claim is about by its context.

    The home region for "de regio" / "regionaal"; regional cooperation for "de
    samenwerking in X" (see :func:`_body_cooperation`).
    """
    found = set(regions) if regions and _REGIONAL.search(text, claim.start, claim.end) else set()
    return found | _body_cooperation(text, claim.start, claim.end, claim.mentions, bodies, lexicon)


def _register(extraction: Extraction, lexicon, concerns) -> None:  # noqa: ANN001
    """Add the problems among ``concerns`` to the extraction's entities (for their kind)."""
    for iri in sorted(concerns):
        if "/problem/" in iri and iri in lexicon.entities:
            extraction.entities.setdefault(iri, lexicon.entities[iri])


def _home_regions(extraction: Extraction, lexicon, own: str) -> list[str]:  # noqa: ANN001
    """The regions "de regio" stands for: those the municipality is a member of.

    A labour-market region ("arbeidsmarktregio …") covers work and income
    only; when the municipality is a member of anything else (a youth-care
    region, a shared body), "de regio" is not the labour-market region.
    """

    def entity(iri: str):  # noqa: ANN202
        return extraction.entities.get(iri) or lexicon.entities.get(iri)

    member = sorted(
        r.object
        for r in extraction.relations
        if r.type == "member-of" and r.subject == own and entity(r.object) is not None
    )
    regions = [r for r in member if entity(r).kind == "region"]
    labour = [r for r in regions if _LABOUR_MARKET.match(entity(r).label)]
    return regions if len(labour) == len(member) else [r for r in regions if r not in labour]


def _denied(doc: Document, start: int, end: int, lexicon, mentions) -> set[str]:  # noqa: ANN001
    """Problems the claim denies: negated (unless they name a lack) or "not seen as a problem"."""
    text = doc.text
    spans = neg.clauses(text, start, end)
    denied = set()
    for m in mentions:
        if m.kind != "problem":
            continue
        clause = neg.clause_of(spans, m.start)
        label = lexicon.entities[m.entity].label if m.entity in lexicon.entities else ""
        if (neg.negated(text, clause, m.start, m.end) and not names_lack(label)) or (
            neg.not_a_problem(text, *clause)
        ):
            denied.add(m.entity)
    return denied


def _stated(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Problems the claim states by subject and predicate, unless negated, with their offsets.

    See :mod:`kg.extract.problemclauses`.

    Examples
    --------
    >>> s = "De tarieven zijn verlaagd. De budgetten zijn niet gekort."
    >>> [(p.rsplit("/", 1)[-1], at) for p, at in _stated(s, 0, 26)]
    [('budget-pressure', 3)]
    >>> _stated(s, 27, len(s))
    []
    >>> _stated("De capaciteit is onvoldoende.", 0, 29)[0][0].rsplit("/", 1)[-1]
    'capacity-shortage'
    """
    spans = neg.clauses(text, start, end)
    out = []
    for m in clause_predicates(text, start, end):
        clause = neg.clause_of(spans, m.start)
        scope = clause if m.negation_from is None else (m.negation_from, clause[1])
        if not (neg.negated(text, scope, m.predicate, m.end) or neg.not_a_problem(text, *clause)):
            out.append((m.problem, m.start))
    return out


def _topic_denied(text: str, start: int, end: int, label: str) -> bool:
    """Whether the claim negates the topic ``label`` ("een eenzaamheidsaanpak is er niet").

    The topic is found by its last word's stem (the label is a lemma).

    Examples
    --------
    >>> s = "Een eenzaamheidsaanpak is er niet."
    >>> _topic_denied(s, 0, len(s), "eenzaamheidsaanpak")
    True
    """
    head = label.split()[-1]
    at = text.lower().find(head[: max(4, len(head) - 2)], start, end)
    if at < 0:
        return False
    clause = neg.clause_of(neg.clauses(text, start, end), at)
    return neg.negated(text, clause, at, at + len(head)) or neg.not_a_problem(text, *clause)


def _reported(doc: Document, start: int, end: int, polarity: str, named, problems) -> set[str]:  # noqa: ANN001
    """Problems the claim reports: stated in a negative or mixed claim, not supposed.

    ``named`` holds ``(entity, offset)`` pairs: the claim's mentions and the
    problems it states by subject and predicate (a problem carried over from
    the paragraph is a concern, not a report).
    """
    if polarity not in ("negative", "mixed"):
        return set()
    spans = neg.clauses(doc.text, start, end)
    return {
        entity
        for entity, at in named
        if entity in problems and not neg.hypothetical(doc.text, neg.clause_of(spans, at))
    }


def _assign_voices(
    doc: Document, claims: list[_Claim], floors: dict[int, tuple[str, ...]] | None = None
) -> None:
    floors = floors or {}
    floor: tuple[str, ...] = ()  # the groups the section's heading gives the floor to
    voice: tuple[str, ...] = ()
    voices: set[tuple[str, ...]] = set()  # the voices heard so far in the section
    named: tuple[str, ...] = ()  # the voice named last in the section
    point: tuple[str, ...] | None = None  # the voice of the section's last point of concern
    section = paragraph = None
    opener: str | None = None  # the actor group a paragraph opened by describing
    para_start = 0
    for k, claim in enumerate(claims):
        text = doc.text[claim.start : claim.end]
        if claim.section != section:
            section, voices, named, point = claim.section, set(), (), None
            floor = voice = floors.get(claim.section, ()) if claim.section is not None else ()
        if claim.paragraph != paragraph:
            paragraph, opener, para_start = claim.paragraph, None, k
            if len(voices) >= 2 and not _CONTINUES.match(text):
                voice = floor  # several groups spoke: the section is ordered by topic, not by voice
            if not claim.explicit and claim.speech.subject is not None:
                voice = floor if claim.speech.subject in floor else ()
                opener = claim.speech.subject
        carried = voice  # the account this claim continues
        if claim.explicit:
            voice = claim.speech.speakers
            # a closing attribution covers the sentences before it, a quotation only itself
            if claim.speech.trailing and not QUOTED.match(text):
                j = k - 1
                while j >= para_start and not claims[j].explicit:
                    claims[j].voice = voice
                    j -= 1
            elif opener is not None and voice == (opener,):
                for j in range(para_start, k):
                    if not claims[j].explicit:
                        claims[j].voice = voice
            opener = None  # only the paragraph's first named speaker can be its opener
        elif _NEXT_POINT.match(text) and point is not None:
            voice = point  # the next point of a list keeps the voice that opened it
        elif IMPERSONAL.search(text):
            voice = ()
        elif not voice and named and (said := PRONOUN_REPORT.search(text)):
            voice = named  # "zo stellen zij": the group named last
            if said.start() > len(text) // 2:  # closing: it covers the paragraph before it
                for j in range(para_start, k):
                    if not claims[j].explicit:
                        claims[j].voice = voice
        claim.voice = voice
        if voice:
            voices.add(voice)
        if claim.explicit:
            named = voice
        if _POINT.match(text) and not _NEXT_POINT.match(text):
            point = voice
        example = QUOTED.match(text) or _one_member(
            text, claim.start, claim.mentions, claim.speech.speakers
        )
        if claim.explicit and carried and example:
            voice = carried  # a quotation or one member's story illustrates the account


def _floors(doc: Document, lexicon) -> dict[int, tuple[str, ...]]:  # noqa: ANN001
    """The groups each section's heading gives the floor to ("Ervaringen van huisartsen").

    A heading of the profiles' own outline ("Bestuur", "Organisatie") names a theme,
    not a voice.
    """
    out = {}
    for section in doc.sections:
        if section.theme is not None:
            continue
        found = lexicon.matcher.find(doc.text, section.start, section.heading_end)
        rel = [replace(m, start=m.start - section.start, end=m.end - section.start) for m in found]
        if voice := heading_voice(section.heading, rel):
            out[section.index] = voice
    return out


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
    by_sentence: dict[int, list[SentenceMention]] = {}
    for m in extraction.mentions:
        if m.sentence is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    own = extraction.municipality.iri
    regions = _home_regions(extraction, lexicon, own)
    bodies = {r.object for r in extraction.relations if r.type == "member-of" and r.subject == own}
    claims = []
    for unit in _segment(doc):
        mentions = [m for s in unit for m in by_sentence.get(s.index, [])]
        speeches = [detect(doc.text, s.start, s.end, by_sentence.get(s.index, [])) for s in unit]
        named = tuple(sorted({sp for x in speeches for sp in x.speakers}))
        speech = Speech(named, any(x.trailing for x in speeches), speeches[0].subject)
        claims.append(_Claim(unit, mentions, speech, bool(named)))
    _assign_voices(doc, claims, _floors(doc, lexicon))
    figures = [i for i in extraction.indicators if i.value is not None]
    vocab = lexicon.topic_vocabulary or TopicVocabulary({}, {}, frozenset())

    findings: list[Finding] = []
    previous: tuple[str, ...] = ()
    previous_paragraph = None
    theme: set[str] = set()  # the problem of the paragraph's topic sentence
    for claim in claims:
        speakers = claim.voice or (AUTHORS,)
        text = doc.text[claim.start : claim.end]
        cues = _cues(doc, claim.start, claim.end, lexicon, claim.mentions)
        polarity = tone_polarity(doc.text, claim.start, claim.end, cues)
        if (
            not claim.voice
            and polarity == "neutral"
            and (
                any(claim.start <= i.start < claim.end for i in figures)
                or NATIONAL_SENTENCE.match(text)
            )
            and not _CLAIM_MARKER.search(text)
        ):
            continue  # figures only: recorded as indicators
        denied = _denied(doc, claim.start, claim.end, lexicon, claim.mentions)
        stated = _stated(doc.text, claim.start, claim.end)
        concerns = _named(doc.text, claim.mentions, speakers, own) - denied
        concerns |= {problem for problem, _ in stated}
        concerns |= _context(doc.text, claim, regions, bodies, lexicon) - set(speakers)
        _register(extraction, lexicon, concerns)
        if (
            not concerns
            and not claim.mentions
            and claim.paragraph == previous_paragraph
            and _ANAPHOR.search(text)
        ):
            concerns = set(previous) - set(speakers)  # "in de regio" is named, not referred to
        topics = find_topics(
            doc.text,
            claim.start,
            claim.end,
            claim.mentions,
            vocab,
            frozenset(denied),
            speakers=frozenset(speakers),
        )
        for topic in topics:
            extraction.topics.setdefault(topic.iri, topic)
            if topic.broader and not _topic_denied(doc.text, claim.start, claim.end, topic.label):
                concerns.update(topic.broader)  # "armoedebeleid" concerns poverty
                _register(extraction, lexicon, topic.broader)
        if claim.paragraph != previous_paragraph or _NEW_POINT.match(text):
            theme = {c for c in concerns if "/problem/" in c}
            theme = theme if len(theme) == 1 else set()  # several: an enumeration
        elif not concerns and not denied:
            concerns |= theme  # names nothing: continues its paragraph's subject
        problems = {c for c in concerns if "/problem/" in c}
        named_at = [(m.entity, m.start) for m in claim.mentions] + stated
        reports = _reported(doc, claim.start, claim.end, polarity, named_at, problems)
        findings.append(
            Finding(
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
        )
        previous, previous_paragraph = tuple(sorted(concerns)), claim.paragraph
    return findings
