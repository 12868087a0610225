"""Findings: one claim per sentence, with speaker, subjects and polarity.

Speaker
    An actor group named next to a reporting verb ("Ambtenaren vertellen",
    "geven raadsleden aan", "zo stellen zij"), or after "volgens" / "aldus".
    Within a paragraph the voice carries over to the following sentences until
    another speaker is named; a sentence with no voice in reach is the authors'.
Concerns
    Every entity named in the sentence except the speakers and the profile's
    own municipality.
Polarity
    Counts of positive and negative cue words (the polarity concepts' hidden
    labels in the ontology); a named problem counts as negative.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.model import Extraction, Finding, SentenceMention
from kg.namespaces import CONCEPT

AUTHORS = CONCEPT + "role/authors"

#: Reporting verbs (stems, matched at word start) that mark the speaker.
REPORTING = (
    r"vertel|geeft|geven|gaf|stel|vind|vindt|vond|ervaa?r|zie|ziet|zien|meen|verkla|oordel"
    r"|zegg|zeg|spre|beschrij|del|herken|erken|voeg|neem|nem|constat|onderken|is trots"
    r"|zijn trots|ben|bevestig|waarschuw|wijs|wijz|noem|benadruk|merk|denk|verwacht|bespre"
    r"|onderhoud|hor|voel|heb|heeft|hebben|zijn tevreden|is positief|zijn positief|staan|staat"
)
_REPORT_AFTER = re.compile(rf"^\s*(?:{REPORTING})\w*", re.IGNORECASE)
_REPORT_BEFORE = re.compile(
    rf"(?:\b(?:zo|dat)\s+)?\b(?:{REPORTING})\w*(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE
)
_VOLGENS = re.compile(r"\b(?:volgens|aldus|vanuit|van de kant van)\s+(?:de\s+|het\s+)?$", re.I)
_PRONOUN_SPEAKER = re.compile(
    rf"\b(?:zo\s+)?(?:{REPORTING})\w*\s+(?:zij|ze|men)\b|\b(?:zij|ze|men)\s+(?:{REPORTING})\w*",
    re.IGNORECASE,
)

#: Role kinds that can speak.
_SPEAKING_KINDS = frozenset({"role"})


def _speakers_in(doc: Document, sentence_start: int, mentions: list[SentenceMention]) -> list[str]:
    speakers: list[str] = []
    roles = [m for m in mentions if m.kind in _SPEAKING_KINDS]
    for i, m in enumerate(roles):
        before = doc.text[max(sentence_start, m.start - 40) : m.start]
        after = doc.text[m.end : m.end + 30]
        # "Raadsleden en de wethouder ... delen": a coordinated group shares the verb.
        group_end = m.end
        j = i + 1
        while j < len(roles) and re.fullmatch(
            r"\s*(?:,|en|,\s*en)\s*(?:de|het)?\s*", doc.text[group_end : roles[j].start]
        ):
            group_end = roles[j].end
            j += 1
        after_group = doc.text[group_end : group_end + 30]
        starts_sentence = not doc.text[sentence_start : m.start].strip(" ‘’“”'\"(").replace(
            "De ", ""
        ).replace("Het ", "").strip() or re.fullmatch(
            r"\s*(?:De|Het|Ook|Ook de|Verder|Ook leden van het|Leden van het)?\s*",
            doc.text[sentence_start : m.start],
        )
        if (
            _VOLGENS.search(before)
            or _REPORT_BEFORE.search(before)
            or (starts_sentence and (_REPORT_AFTER.match(after) or _REPORT_AFTER.match(after_group)))
            or _REPORT_AFTER.match(after_group) and i == 0 and starts_sentence
        ):
            speakers.append(m.entity)
            for k in range(i + 1, j):
                speakers.append(roles[k].entity)
    return sorted(set(speakers))


def _polarity(doc: Document, start: int, end: int, lexicon, mentions) -> str:  # noqa: ANN001
    positive = negative = 0
    for cue in lexicon.cue_matcher.find(doc.text, start, end):
        if cue.entity.endswith("/positive"):
            positive += 1
        elif cue.entity.endswith("/negative"):
            negative += 1
    negative += sum(1 for m in mentions if m.kind == "problem")
    if positive and negative:
        return "mixed"
    if positive:
        return "positive"
    if negative:
        return "negative"
    return "neutral"


def extract_findings(doc: Document, extraction: Extraction, lexicon) -> list[Finding]:  # noqa: ANN001
    """Return one finding per sentence of the document's sections.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        Holds the mentions found so far.
    lexicon : kg.extract.Lexicon
        Gives the polarity cues.

    Returns
    -------
    list of Finding
    """
    by_sentence: dict[int, list[SentenceMention]] = {}
    for m in extraction.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    own = extraction.municipality.iri
    findings: list[Finding] = []
    voice: list[str] = []
    paragraph = None
    for sentence in doc.sentences:
        if sentence.paragraph != paragraph:
            paragraph, voice = sentence.paragraph, []
        mentions = by_sentence.get(sentence.index, [])
        named = _speakers_in(doc, sentence.start, mentions)
        text = doc.text[sentence.start : sentence.end]
        if named:
            voice = named
        elif not voice and _PRONOUN_SPEAKER.search(text):
            voice = []
        speakers = tuple(voice) if voice else (AUTHORS,)
        concerns = tuple(
            sorted({m.entity for m in mentions if m.entity not in speakers and m.entity != own})
        )
        findings.append(
            Finding(
                start=sentence.start,
                end=sentence.end,
                sentences=(sentence.index,),
                speakers=speakers,
                concerns=concerns,
                polarity=_polarity(doc, sentence.start, sentence.end, lexicon, mentions),
                section=sentence.section,
            )
        )
    return findings
