"""Coded respondents: a legend maps codes to people, and the codes then speak for them.

A profile that keeps its interviewees anonymous lists them once by code, each on a line
of its own (:mod:`kg.codedlegend`: "R1 – wethouder Zorg en Welzijn", "R6 – directeur
Stichting Samen Ommen"), and cites them by that code afterwards: as the subject ("R4
stelt dat …", "R2 en R7 wijzen erop …"), after "volgens" ("Volgens R2 …"), closing a
quotation ("…, zegt R3.") or in brackets after a sentence ("… (R1, R4, R6).").

Legend
    Each line gives its code the role or organisation it names: the first actor its
    description names, except that a generic function ("directeur", "manager",
    "voorzitter", the function nouns of :data:`kg.extract.speechcues.FUNCTION_NOUN`)
    speaks as the organisation or body it heads. A bracketed qualifier that names
    the same group again ("raadslid (oppositie)") is no mention of its own. The lines
    are no findings, and neither is the line that opens the list ("In de tekst
    verwijzen we naar hen met een code:").
Codes
    A code is an anaphoric label, like a pronoun: no mention, no concern, no entity.
    Where the extractor took it for a speaker, the speaker is the group the legend
    gives it (several codes: several speakers); a bracketed list of codes that closes a
    sentence names the sentence's speakers, also where its subject is "De meeste
    respondenten" or nobody. Every claim of a respondent carries its code, so a
    code's voice is not carried into a sentence that names no code: such a sentence
    is the authors'. A relation with a code is one of the organisation the code
    stands for (none for a role).

The gold standard's settled decision (sixteenth batch, decision 1) reads codes so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.codedlegend import CODE, code_key, legend_code
from kg.document import Document
from kg.extract.model import Entity, Extraction, Finding, SentenceMention
from kg.extract.speechcues import FUNCTION_NOUN
from kg.namespaces import CONCEPT, ID, slugify

AUTHORS = CONCEPT + "role/authors"
#: The kinds of entity a legend's line can name as the person's voice.
_VOICES = ("role", "organisation", "body")
#: A generic function heading a description ("directeur Stichting X").
_FUNCTION = re.compile(rf"(?:{FUNCTION_NOUN})\b", re.IGNORECASE)
#: A bracketed list of codes closing a sentence: "(R1, R4, R6).", "(R2 en R9)".
_CLOSING = re.compile(
    rf"\(\s*({CODE}(?:\s*(?:,|en|&)\s*{CODE})*)\s*\)\W*$",
)
_ONE_CODE = re.compile(rf"(?<!\w){CODE}(?!\w)")


#: A legend's line: its span and the code it opens with.
Line = tuple[int, int, str]


@dataclass(frozen=True)
class Legend:
    """What a document's legend of codes says.

    Attributes
    ----------
    voices : dict of str to str
        Code key (:func:`kg.codedlegend.code_key`) → the IRI of the group it stands for.
    lines : tuple of (int, int)
        The spans of the legend's lines (and of the line that opens it).
    """

    voices: dict[str, str]
    lines: tuple[tuple[int, int], ...]

    def holds(self, start: int, end: int) -> bool:
        """Whether the span lies in one of the legend's lines.

        Examples
        --------
        >>> Legend({}, ((10, 20),)).holds(12, 20), Legend({}, ((10, 20),)).holds(5, 12)
        (True, False)
        """
        return any(a <= start and end <= b for a, b in self.lines)


def legend_lines(doc: Document) -> list[Line]:
    """The lines of the document's legend of codes: paragraphs that open with a code
    (:func:`kg.codedlegend.legend_code`), two at least (else none).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile(_EXAMPLE, "s")
    >>> [code for _, _, code in legend_lines(doc)]
    ['R1', 'R2']
    """
    lines = [
        (p.start, p.end, code)
        for p in doc.paragraphs
        if (code := legend_code(doc.text[p.start : p.end])) is not None
    ]
    return lines if len(lines) >= 2 else []


#: A small profile with a legend, for the examples.
_EXAMPLE = (
    "Stad\n\nIntro\n\nWe spraken met:\n\nR1 – teamleider Zorg\nR2 – directeur Stichting X\n"
    "\nZorg\n\nHet gaat goed, zegt R1.\n"
)


def read_legend(doc: Document, lines: list[Line], mentions: list[SentenceMention]) -> Legend:
    """The legend the ``lines`` make: each code gets the group :func:`line_voice` reads from
    the mentions in its line."""
    voices: dict[str, str] = {}
    spans = [(start, end) for start, end, _ in lines]
    for start, end, code in lines:
        inside = [m for m in mentions if start + len(code) <= m.start and m.end <= end]
        voice = line_voice(doc.text, start + len(code), inside)
        if voice is not None:
            voices[code_key(code)] = voice
    opener = doc.sentence_at(lines[0][0] - 1)
    if opener is not None and doc.text[opener.start : opener.end].rstrip().endswith(":"):
        spans.append((opener.start, opener.end))
    return Legend(voices, tuple(spans))


def line_voice(text: str, at: int, mentions: list[SentenceMention]) -> str | None:
    """The group a legend line's description (from ``at``) names: its first actor, or the
    organisation or body a generic function ("directeur", "voorzitter") heads.

    Examples
    --------
    >>> t = "R6 – directeur Stichting Samen Ommen"
    >>> org = SentenceMention("organisation/ssa", "organisation", 15, 36, "Stichting …", 1)
    >>> line_voice(t, 2, [org])
    'organisation/ssa'
    >>> t = "R9 – voorzitter Adviesraad"
    >>> chair = SentenceMention("role/voorzitter", "role", 5, 15, "voorzitter", 1)
    >>> body = SentenceMention("role/wmo-council", "role", 16, 26, "Adviesraad", 1)
    >>> line_voice(t, 2, [chair, body])
    'role/wmo-council'
    >>> t = "R3 – huisarts in Ommen"
    >>> gp = SentenceMention("role/gp", "role", 5, 13, "huisarts", 1)
    >>> line_voice(t, 2, [gp]), line_voice(t, 2, [])
    ('role/gp', None)
    """
    actors = sorted((m for m in mentions if m.kind in _VOICES), key=lambda m: m.start)
    actors = [m for m in actors if not _ONE_CODE.fullmatch(m.text)]
    if not actors:
        return None
    first = actors[0]
    if _FUNCTION.fullmatch(first.text) and len(actors) > 1:
        return actors[1].entity  # "voorzitter Adviesraad …": the body it heads
    return first.entity


def legend_functions(text: str, lines: list[Line]) -> list[tuple[str, int, int]]:
    """The function nouns that open the descriptions of a legend's ``lines`` ("teamleider"
    in "R4 – teamleider Team Samenleving"), generic functions left out: ``(noun in lower
    case, start, end)``. Each names the group the respondent belongs to, not the type of a
    name after it.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile(_EXAMPLE, "s")
    >>> [noun for noun, _, _ in legend_functions(doc.text, legend_lines(doc))]
    ['teamleider']
    """
    out: list[tuple[str, int, int]] = []
    for start, _, code in lines:
        word = _FIRST_WORD.match(text, start + len(code))
        if word and not _FUNCTION.fullmatch(word.group(1)):
            out.append((word.group(1).lower(), word.start(1), word.end(1)))
    return out


#: The first word of a description after its code and separator: a noun in lower case.
_FIRST_WORD = re.compile(r"\W*([a-zà-ÿ]{4,})\b")


def kept_functions(
    text: str,
    lines: list[Line],
    before: list[SentenceMention],
    after: list[SentenceMention],
    listed: list[tuple[str, int, int]] | None = None,
) -> list[SentenceMention]:
    """``after`` (the mentions once type nouns were dropped from ``before``) with the function
    nouns of a legend's ``lines`` (:func:`legend_functions`) and of a list of codes after
    colons (``listed``) back: "teamleider Team Samenleving" names the person's function,
    not what the team is."""
    spans = {(a, b) for _, a, b in legend_functions(text, lines) + (listed or [])}
    back = [m for m in before if (m.start, m.end) in spans and m not in after]
    return sorted(after + back, key=lambda m: (m.start, m.end, m.entity)) if back else after


def with_codes(
    doc: Document, lines: list[Line], mentions: list[SentenceMention]
) -> tuple[list[SentenceMention], list[Entity]]:
    """``mentions`` with every code of the legend's ``lines`` cited in a sentence, where no
    mention covers it, as the mention of a stand-in organisation named by the code (read
    like any name that speaks: "G2 stelt …", "Volgens G2 …"; :func:`resolve_codes` later
    puts the code's group in its place), and the stand-ins made.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile(_EXAMPLE, "s")
    >>> found, made = with_codes(doc, legend_lines(doc), [])
    >>> [(m.text, m.entity.rsplit("/", 1)[-1]) for m in found], [e.label for e in made]
    ([('R1', 'r1'), ('R2', 'r2'), ('R1', 'r1')], ['R1', 'R2'])
    """
    keys = {code_key(code) for _, _, code in lines}
    taken = [(m.start, m.end) for m in mentions]
    added: list[SentenceMention] = []
    made: dict[str, Entity] = {}
    for sentence in doc.sentences:
        for found in _ONE_CODE.finditer(doc.text, sentence.start, sentence.end):
            if code_key(found.group()) not in keys:
                continue
            a, b = found.span()
            if any(s < b and a < e for s, e in taken):
                continue
            iri = ID + "organisation/" + slugify(found.group())
            entity = made.setdefault(iri, Entity(iri, "organisation", found.group(), minted=True))
            added.append(SentenceMention(iri, "organisation", a, b, entity.label, sentence.index))
    if not added:
        return mentions, []
    return sorted(mentions + added, key=lambda m: (m.start, m.end, m.entity)), list(made.values())


def resolve_codes(doc: Document, lines: list[Line], extraction: Extraction) -> None:
    """Read the document's codes through its legend (:func:`read_legend`), in place."""
    legend = read_legend(doc, lines, extraction.mentions)
    codes = {
        m.entity: code_key(m.text)
        for m in extraction.mentions
        if _ONE_CODE.fullmatch(m.text) and code_key(m.text) in legend.voices
    }
    extraction.mentions = _mentions(extraction.mentions, codes, legend)
    voices = {iri: legend.voices[key] for iri, key in codes.items()}
    extraction.findings = [
        _finding(doc.text, f, voices, legend)
        for f in extraction.findings
        if not legend.holds(f.start, f.end)
    ]
    relations = []
    for r in extraction.relations:
        subject, object_ = voices.get(r.subject, r.subject), voices.get(r.object, r.object)
        if _is_role(r.subject, subject, voices) or _is_role(r.object, object_, voices):
            continue  # a code for a role: no party to a relation
        if subject != object_:
            relations.append(replace(r, subject=subject, object=object_))
    extraction.relations = relations
    for iri in codes:
        extraction.entities.pop(iri, None)


def _is_role(iri: str, resolved: str, voices: dict[str, str]) -> bool:
    """Whether ``iri`` is a code's stand-in ``resolved`` (through ``voices``) to a role."""
    return iri in voices and "/role/" in resolved


def _mentions(
    mentions: list[SentenceMention], codes: dict[str, str], legend: Legend
) -> list[SentenceMention]:
    """The mentions without the codes, nor a bracketed qualifier in a legend line that names
    the group named before it in the line ("raadslid (oppositie)")."""
    out: list[SentenceMention] = []
    for m in mentions:
        if m.entity in codes:
            continue
        if (
            out
            and out[-1].entity == m.entity
            and out[-1].sentence == m.sentence
            and legend.holds(m.start, m.end)
        ):
            continue  # the same group again in one line of the legend
        out.append(m)
    return out


def _finding(text: str, finding: Finding, voices: dict[str, str], legend: Legend) -> Finding:
    """A finding with its codes read: speakers through the legend, a closing bracketed list
    of codes as its speakers, a code's voice not carried over a sentence without one."""
    quote = text[finding.start : finding.end]
    speakers = set(finding.speakers)
    closing = _CLOSING.search(quote) if "(" in quote else None
    if closing is not None:
        named = {
            legend.voices[k]
            for c in _ONE_CODE.findall(closing.group(1))
            if (k := code_key(c)) in legend.voices
        }
        # the codes cited before the brackets speak too ("R2 vindt … (R2, R4).")
        cited = {code_key(c) for c in _ONE_CODE.findall(quote, 0, closing.start())}
        coded = {legend.voices[k] for k in cited if k in legend.voices}
        speakers = named | coded if named else speakers
    elif speakers & voices.keys():
        cited = {code_key(c) for c in _ONE_CODE.findall(quote)}
        if not cited & legend.voices.keys():
            speakers = {AUTHORS}  # a code's voice carried into a sentence naming none
    speakers = {voices.get(s, s) for s in speakers}
    concerns = set(finding.concerns) - voices.keys() - speakers
    if speakers == set(finding.speakers) and concerns == set(finding.concerns):
        return finding
    return replace(finding, speakers=tuple(sorted(speakers)), concerns=tuple(sorted(concerns)))
