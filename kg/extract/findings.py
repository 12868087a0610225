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
    voice unless it names its own speaker; a new section starts in the authors' voice, and
    so does a paragraph that opens by describing an actor group ("Hulpverleners
    zijn vrij …") unless that same group is named as the speaker further on in
    the paragraph. An impersonal passive ("wordt als lastig ervaren") is the
    authors'. An attribution that closes a sentence ("…, zo vertellen
    ambtenaren", "… aldus de wethouder") also covers the sentences before it in
    its paragraph that name no speaker of their own; a quotation ("“…”, zegt
    een beleidsmedewerker") covers only itself.
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
    and opens with a reference back ("Dat …", "Ze …", "Deze groep …") is about
    what the claim before it was about.
Polarity
    Counts of positive and negative cue words (the polarity concepts' hidden
    labels in the ontology); a named problem counts as negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.document import Document, Sentence
from kg.extract import negation as neg
from kg.extract.indicators import NATIONAL_SENTENCE
from kg.extract.model import Extraction, Finding, SentenceMention
from kg.extract.speakers import IMPERSONAL, QUOTED, Speech, detect
from kg.extract.tone import Cue, names_lack
from kg.extract.tone import polarity as tone_polarity
from kg.extract.topics import TopicVocabulary, find_topics
from kg.namespaces import CONCEPT

AUTHORS = CONCEPT + "role/authors"

_ANAPHOR = re.compile(
    r"^\W*(?:dat|dit|die|deze|daardoor|daarom|daarbij|daarmee|hierdoor|hierbij|ze|zij)\b"
    r"|^\W*(?:\S+\s+){0,5}?(?:daarvan|daarom|daardoor|deze\s+\w+|dit\s+beeld|die)\b",
    re.IGNORECASE,
)
#: What turns figures into a claim: a reason, a contrast, an enumeration, a verdict.
_CLAIM_MARKER = re.compile(
    r"[:;]|\b(?:omdat|doordat|vanwege|want|dus|daardoor|daarom|maar|echter|wel|gekozen"
    r"|opgenomen|selectie|in\s+lijn|eerste|tweede|derde)\b",
    re.IGNORECASE,
)
_REGIONAL = re.compile(r"\bregio(?:nale?|naal)?\b", re.IGNORECASE)
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
    cues = [
        Cue(c.start, c.end, 1 if c.entity.endswith("/positive") else -1)
        for c in lexicon.cue_matcher.find(doc.text, start, end)
        if c.entity.endswith(("/positive", "/negative"))
    ]
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


def _reported(doc: Document, start: int, end: int, polarity: str, mentions, problems) -> set[str]:  # noqa: ANN001
    """Problems the claim reports: stated in a negative or mixed claim, not supposed."""
    if polarity not in ("negative", "mixed"):
        return set()
    spans = neg.clauses(doc.text, start, end)
    return {
        m.entity
        for m in mentions
        if m.entity in problems and not neg.hypothetical(doc.text, neg.clause_of(spans, m.start))
    }


def _assign_voices(doc: Document, claims: list[_Claim]) -> None:
    voice: tuple[str, ...] = ()
    voices: set[tuple[str, ...]] = set()  # the voices heard so far in the section
    section = paragraph = None
    opener: str | None = None  # the actor group a paragraph opened by describing
    para_start = 0
    for k, claim in enumerate(claims):
        text = doc.text[claim.start : claim.end]
        if claim.section != section:
            section, voice, voices = claim.section, (), set()
        if claim.paragraph != paragraph:
            paragraph, opener, para_start = claim.paragraph, None, k
            if len(voices) >= 2:
                voice = ()  # several groups spoke: the section is ordered by topic, not by voice
            if not claim.explicit and claim.speech.subject is not None:
                voice, opener = (), claim.speech.subject
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
        elif IMPERSONAL.search(text):
            voice = ()
        claim.voice = voice
        if voice:
            voices.add(voice)


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

    def kind_of(iri: str) -> str | None:
        entity = extraction.entities.get(iri) or lexicon.entities.get(iri)
        return entity.kind if entity is not None else None

    regions = sorted(
        r.object
        for r in extraction.relations
        if r.type == "member-of" and r.subject == own and kind_of(r.object) == "region"
    )
    claims = []
    for unit in _segment(doc):
        mentions = [m for s in unit for m in by_sentence.get(s.index, [])]
        speeches = [detect(doc.text, s.start, s.end, by_sentence.get(s.index, [])) for s in unit]
        named = tuple(sorted({sp for x in speeches for sp in x.speakers}))
        speech = Speech(named, any(x.trailing for x in speeches), speeches[0].subject)
        claims.append(_Claim(unit, mentions, speech, bool(named)))
    _assign_voices(doc, claims)
    figures = [i for i in extraction.indicators if i.value is not None]
    vocab = lexicon.topic_vocabulary or TopicVocabulary({}, {}, frozenset())

    findings: list[Finding] = []
    previous: tuple[str, ...] = ()
    previous_paragraph = None
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
        concerns = {m.entity for m in claim.mentions if m.entity != own} - denied
        if regions and _REGIONAL.search(text):
            concerns.update(regions)
        concerns -= set(speakers)
        if not claim.mentions and claim.paragraph == previous_paragraph and _ANAPHOR.search(text):
            concerns = set(previous) - set(speakers)
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
                for problem in topic.broader:  # the graph needs its kind
                    if problem in lexicon.entities:
                        extraction.entities.setdefault(problem, lexicon.entities[problem])
        problems = {c for c in concerns if "/problem/" in c}
        reports = _reported(doc, claim.start, claim.end, polarity, claim.mentions, problems)
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
