"""The document model: clean text, title, motto, section tree and sentences.

A profile arrives as text extracted from a PDF: every wrapped line is followed
by an empty line, paragraphs end in a line holding only white space (or a short
line ending a sentence), and a few layout leftovers remain. :func:`parse_profile`
recovers the paragraphs, drops the leftovers, recognises the headings and
returns a :class:`Document` whose ``text`` (the *cleaned text*) is what every
offset in the graph refers to.

Layouts of text typed or saved from a word processor are read too
(:mod:`kg.linebreaks`): footnote markers ("Rivierenland[1]", "Nijverdal¹") and the
rule above the notes leave the cleaned text (listed in ``Document.removed``); a
footnote's number, a bullet and an item number ("1) ") leave their sentence; each row
of a table laid out as text columns is a paragraph of its own, never a heading; and
the "V:" question of a printed interview is no heading.

Cleaned-text layout: title, motto, headings and paragraphs are blocks separated
by a blank line (``"\\n\\n"``); inside a block, wrapped lines are joined with a
single space (or with nothing after a hyphen that splits a compound).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.clockentries import clock_entry
from kg.codedlegend import legend_items
from kg.footnotes import collect_footnotes
from kg.frozen import quick_init
from kg.headingshapes import figure_follows, heading_shape
from kg.linebreaks import (
    ENDED,
    KEY_FIGURE,
    LIST_ITEM,
    LONG_LINE,
    MARK_STARTS,
    heading_depth,
    heading_text,
    join_lines,
    next_texts,
    opens_block,
    whole_words,
)
from kg.pagemarks import mark_page_furniture
from kg.pullquotes import Line as _Line
from kg.pullquotes import mark_pull_quotes as _mark_pull_quotes
from kg.rawlines import PLACEHOLDERS as PLACEHOLDERS
from kg.rawlines import read_layout
from kg.sentences import split_sentences
from kg.titles import title_and_motto
from kg.turnlabels import turn_lines

#: The heading of the section the footnotes of a printed profile are collected in.
NOTES_HEADING = "Noten"
#: Runs of what a normalised heading does not keep (:func:`normalise_heading`).
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class KnownHeading:
    """A heading from the known-heading list (the ontology's themes).

    Attributes
    ----------
    key : str
        Identifier of the theme (its IRI).
    labels : tuple of str
        Labels that match the heading (compared after :func:`normalise_heading`).
    level : int
        1 for a chapter, 2 for a paragraph under it.
    parent : str or None
        Key of the parent heading for level 2.
    """

    key: str
    labels: tuple[str, ...]
    level: int
    parent: str | None = None


@dataclass
class Section:
    """A section of a document.

    Attributes
    ----------
    index : int
        Position in reading order, from 1.
    heading : str
        The heading text as printed.
    level : int
        1 or 2.
    start, end : int
        Span in the cleaned text, from the heading to the end of the section's
        last block (end exclusive).
    heading_end : int
        End of the heading itself.
    theme : str or None
        Key of the known heading it matched, None for an unknown heading.
    parent : int or None
        Index of the parent section.
    """

    index: int
    heading: str
    level: int
    start: int
    end: int
    heading_end: int
    theme: str | None = None
    parent: int | None = None


@quick_init
@dataclass(frozen=True)
class Sentence:
    """A sentence with its span in the cleaned text."""

    index: int
    start: int
    end: int
    section: int | None
    paragraph: int


@quick_init
@dataclass(frozen=True)
class Paragraph:
    """A recovered paragraph with its span in the cleaned text."""

    index: int
    start: int
    end: int
    section: int | None


@dataclass
class Document:
    """A parsed profile.

    Attributes
    ----------
    name : str
        Key of the document (the seed file's stem).
    text : str
        The cleaned text; every offset refers to it.
    title : str
        The municipality's name as printed at the top.
    motto : str or None
        The motto under the title, without quote marks.
    title_span, motto_span : (int, int)
        Where they sit in the cleaned text.
    sections, paragraphs, sentences : list
        The structure, in reading order.
    removed : list of (str, str)
        Layout leftovers dropped, as ``(kind, line)``.
    """

    name: str
    text: str
    title: str
    motto: str | None
    title_span: tuple[int, int]
    motto_span: tuple[int, int] | None
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: The sentences' starts, in order (:meth:`sentence_at`), read once.
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The last sentence that begins at or before ``offset`` (the one holding it: the
        sentences follow each other), or None when ``offset`` lies before the first.

        Examples
        --------
        >>> doc = Document("x", "Een. Twee.", "x", None, (0, 0), None, sentences=[
        ...     Sentence(0, 0, 4, None, 0), Sentence(1, 5, 10, None, 0)])
        >>> doc.sentence_at(6).index, doc.sentence_at(4).index, doc.sentence_at(-1)
        (1, 0, None)
        """
        starts = self._starts
        sentences = self.sentences
        if len(starts) != len(sentences) or (starts and starts[-1] != sentences[-1].start):
            starts[:] = [sentence.start for sentence in sentences]  # read once (again if changed)
        k = bisect_right(starts, offset) - 1
        return sentences[k] if k >= 0 else None

    def sentence_text(self, sentence: Sentence) -> str:
        """Return the text of ``sentence``."""
        return self.text[sentence.start : sentence.end]

    def section_of(self, offset: int) -> Section | None:
        """Return the innermost section holding ``offset``, or None."""
        found = None
        for section in self.sections:
            if section.start <= offset < section.end and (
                found is None or section.level >= found.level
            ):
                found = section
        return found


def normalise_heading(text: str) -> str:
    """Normalise a heading for comparison: case, accents, punctuation, spaces.

    Examples
    --------
    >>> normalise_heading("  Financiën sociaal   domein ")
    'financien sociaal domein'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_ALNUM.sub(" ", ascii_text.lower()).split())


class _HeadingIndex:
    def __init__(self, headings: Iterable[KnownHeading]) -> None:
        self.by_label: dict[str, KnownHeading] = {}
        self.has_children: set[str] = set()
        for heading in headings:
            for label in heading.labels:
                self.by_label.setdefault(normalise_heading(label), heading)
            if heading.parent:
                self.has_children.add(heading.parent)

    def match(self, text: str) -> KnownHeading | None:
        return self.by_label.get(normalise_heading(text))


def parse_profile(text: str, name: str, headings: Iterable[KnownHeading] = ()) -> Document:
    """Parse the text of one profile into a :class:`Document`.

    Parameters
    ----------
    text : str
        The profile as read from disk (line endings ``\\n``).
    name : str
        Key of the document.
    headings : iterable of KnownHeading
        The known-heading list. Lines matching a label become headings at the
        known level; other heading-shaped lines become sections too.

    Returns
    -------
    Document

    Raises
    ------
    ValueError
        If the text holds no line of text at all.

    Examples
    --------
    >>> doc = parse_profile("Stad\\n\\nMotto\\n\\nIntro\\n\\nEen zin. Nog een.\\n", "stad",
    ...                     [KnownHeading("intro", ("Intro",), 1)])
    >>> doc.title, doc.motto, [s.heading for s in doc.sections]
    ('Stad', 'Motto', ['Intro'])
    >>> [doc.sentence_text(s) for s in doc.sentences]
    ['Een zin.', 'Nog een.']
    """
    index = _HeadingIndex(headings)
    lines, removed, pdf = read_layout(text)
    mark_page_furniture(lines, removed, text)
    title, motto, body_start = title_and_motto(lines, lambda text: index.match(text) is not None)
    body: list[_Line | None] = lines[body_start:]
    _mark_pull_quotes(body, removed)
    notes = collect_footnotes(body, removed, text)  # a printed page's notes, set apart
    if "[^" in text:  # a Markdown text's notes ("[^1]: …"), set apart like a printed page's
        notes += [note for kind, note in removed if kind == "footnote"]
        removed[:] = [item for item in removed if item[0] not in ("footnote", "footnote line")]
    blocks = _blocks([line for line in body if line is not None], index, typed=not pdf)
    if notes:
        if not any(b[0] == "h" and normalise_heading(b[1][0]) == "noten" for b in blocks[-1:]):
            blocks.append(("h", [NOTES_HEADING], None, 0))
        blocks += [("p", [note], None, 0) for note in notes]
    return _assemble(name, title, motto, blocks, index, removed)


#: A block: kind ("h" heading, "p" paragraph), its lines, the known heading it matched and
#: the depth its section number gives ("2.1 Beleid": 2), else 0.
_Block = tuple[str, list[str], KnownHeading | None, int]


def _blocks(items: list[_Line], index: _HeadingIndex, typed: bool = False) -> list[_Block]:
    """Group body lines into headings (``"h"``) and paragraphs (``"p"``).

    Parameters
    ----------
    items : list of _Line
        The body lines that were kept (separators included).
    index : _HeadingIndex
        The known headings.
    typed : bool, optional
        Not the PDF export: an item ending in ";" closes before the next item.

    Returns
    -------
    list of (str, list of str, KnownHeading or None, int)
        Kind, lines, the known heading matched and the depth of its section number (or 0).

    Examples
    --------
    >>> from kg.rawlines import read_lines
    >>> lines, _ = read_lines("Wonen\\nDit is een zin over het wonen in de stad.\\n")
    >>> _blocks([x for x in lines if x is not None], _HeadingIndex([]))
    [('h', ['Wonen'], None, 0), ('p', ['Dit is een zin over het wonen in de stad.'], None, 0)]
    """
    widths = sorted(len(line.text) for line in items if line.text)
    width = widths[int(len(widths) * 0.9)] if widths else 80
    blocks: list[_Block] = []
    current: list[str] = []
    prev_ended = True  # the previous line closed a paragraph or sentence

    def flush() -> None:
        if current:
            blocks.append(("p", list(current), None, 0))
            current.clear()

    after = next_texts(texts := [line.text for line in items])
    legend = legend_items(texts)  # "R1 – wethouder": a legend of coded respondents' lines
    turns = turn_lines(texts)  # "Karin: …": a speaker's turn opens a paragraph, no heading
    for pos, line in enumerate(items):
        if not line.text:
            flush()
            prev_ended = True
            continue
        nxt = after[pos]
        if line.columns or pos in legend:
            flush()  # a row of a table laid out as text columns, a legend's line: a block
            blocks.append(("p", [line.text], None, 0))
            prev_ended = True
            continue
        # in typed text, an item that ends in ";" closes before the next item
        closed = prev_ended or (typed and bool(current) and current[-1].endswith(";"))
        if pos in turns or opens_block(line.text, nxt, closed):
            flush()  # a list item or a key figure ends the block before it
            if KEY_FIGURE.match(line.text):
                blocks.append(("p", [line.text], None, 0))
                prev_ended = True
                continue
        text, hashed = _heading_words(line.text, index)
        shape = pos not in turns and (hashed or heading_shape(text, nxt))
        if not shape and figure_follows(nxt) and index.match(text) is not None:
            shape = heading_shape(text, None)  # "Zorggebruik" over "14 maart 2016"
        known = index.match(text) if shape else None  # only a heading's shape reads it
        if shape and (known or hashed or (prev_ended and len(text) < 0.6 * width)):
            flush()
            blocks.append(("h", [text], known, heading_depth(line.text)))
            prev_ended = True
            continue
        current.append(line.text)
        ends_sentence = bool(ENDED.search(line.text))
        if ends_sentence and (
            line.trailing_spaces >= 2 or not 0.75 * width <= len(line.text) <= LONG_LINE
        ):
            flush()
            prev_ended = True
        else:
            prev_ended = ends_sentence
    flush()
    return blocks


#: A Markdown heading: hashes, white space and a word, on a short line.
_HASHED = re.compile(r"#{1,6}\s+\S.{0,98}")


def _heading_words(text: str, index: _HeadingIndex) -> tuple[str, bool]:
    """A line's words as a heading would have them, and whether a Markdown mark makes it
    one whatever follows ("## Inhoud" over a list).

    Examples
    --------
    >>> none = _HeadingIndex([])
    >>> _heading_words("## Inhoud", none), _heading_words("3.1 Wonen", none)
    (('Inhoud', True), ('Wonen', False))
    >>> _heading_words("Bestuur:", _HeadingIndex([KnownHeading("b", ("Bestuur",), 1)]))
    ('Bestuur', False)
    """
    hashed = False
    if text[:1] in MARK_STARTS:
        hashed = _HASHED.fullmatch(text) is not None
        text = heading_text(text)  # "## Bestuur", "3.1 Organisatie": their words
    if text.endswith(":") and index.match(text[:-1]):
        text = text[:-1].rstrip()  # a known heading typed with a colon
    return text, hashed


def _new_section(
    heading: str,
    span: tuple[int, int],
    known: KnownHeading | None,
    level: int,
    current_top: Section | None,
) -> Section:
    """Make the section a heading opens at ``level`` (``index`` 0: the caller numbers it);
    a sub-section's parent is the open top-level section.

    Examples
    --------
    >>> s = _new_section("Wonen", (6, 11), None, 1, None)
    >>> s.level, s.parent, s.end
    (1, None, 11)
    """
    parent = None
    if level == 2 and current_top is not None:
        parent = current_top.index
    start, end = span
    return Section(
        index=0,
        heading=heading,
        level=level,
        start=start,
        end=end,
        heading_end=end,
        theme=known.key if known else None,
        parent=parent,
    )


@cache
def _back_matter() -> dict[str, frozenset[str]]:
    """The headings of a report's back matter (``kg/data/back-matter.toml``), normalised,
    by kind: ``sources`` (lists of sources) and ``prose``."""
    import tomllib

    path = Path(__file__).resolve().parent / "data" / "back-matter.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return {kind: frozenset(map(normalise_heading, table[kind])) for kind in ("sources", "prose")}


def lists_sources(heading: str) -> bool:
    """Whether a section with ``heading`` lists sources ("Bronnen", "Literatuur"): its
    lines name publications and state nothing, so they give no sentences.

    Examples
    --------
    >>> lists_sources("Bronnen"), lists_sources("Literatuurlijst:"), lists_sources("Noten")
    (True, True, False)
    """
    return normalise_heading(heading) in _back_matter()["sources"]


def _level(
    heading: str,
    known: KnownHeading | None,
    depth: int,
    current_top: Section | None,
    index: _HeadingIndex,
) -> int:
    """The level of a section: a known heading's own; 1 for the back matter ("Bronnen",
    "Noten"); the depth of its section number ("2.1": 2, "3": 1); else 2 when the open
    top-level section's theme has sub-sections, 1 otherwise.

    Examples
    --------
    >>> top = _new_section("Bestuur", (0, 7), KnownHeading("b", ("Bestuur",), 1), 1, None)
    >>> index = _HeadingIndex([KnownHeading("s", ("Sturing",), 2, "b")])
    >>> [_level(h, None, d, top, index) for h, d in (("Wonen", 0), ("Bronnen", 0),
    ...                                              ("Wonen", 1), ("Wonen", 2))]
    [2, 1, 1, 2]
    >>> _level("Wonen", None, 3, None, index)
    1
    """
    if known is not None:
        return known.level
    if any(normalise_heading(heading) in kind for kind in _back_matter().values()):
        return 1
    if depth:
        return 2 if depth >= 2 and current_top is not None else 1
    if current_top is not None and current_top.theme in index.has_children:
        return 2
    return 1


def _assemble(
    name: str,
    title: str,
    motto: str | None,
    blocks: list[_Block],
    index: _HeadingIndex,
    removed: list[tuple[str, str]],
) -> Document:
    """Join title, motto and blocks into the cleaned text with its spans.

    Parameters
    ----------
    name : str
        Key of the document.
    title, motto : str, str or None
        From :func:`kg.titles.title_and_motto`.
    blocks : list of (str, list of str, KnownHeading or None, int)
        From :func:`_blocks`.
    index : _HeadingIndex
        The known headings (which themes have sub-sections).
    removed : list of (str, str)
        The dropped lines, kept on the document.

    Returns
    -------
    Document

    Examples
    --------
    >>> doc = _assemble("s", "Stad", None, [("h", ["Wonen"], None, 0),
    ...                 ("p", ["Een zin."], None, 0)], _HeadingIndex([]), [])
    >>> doc.text
    'Stad\\n\\nWonen\\n\\nEen zin.'
    >>> [(s.heading, s.start, s.end) for s in doc.sections]
    [('Wonen', 6, 21)]
    """
    parts: list[str] = []
    offset = 0

    def add(block_text: str) -> tuple[int, int]:
        nonlocal offset
        if parts:
            parts.append("\n\n")
            offset += 2
        start = offset
        parts.append(block_text)
        offset += len(block_text)
        return start, offset

    title_span = add(title)
    motto_span = add(motto) if motto is not None else None

    doc = Document(name, "", title, motto, title_span, motto_span, removed=removed)
    open_sections: dict[int, Section] = {}
    current_top: Section | None = None
    whole = whole_words(line for _, block_lines, _, _ in blocks for line in block_lines)
    for kind, block_lines, known, depth in blocks:
        block_text = join_lines(block_lines, whole)
        start, end = add(block_text)
        if kind == "h":
            level = _level(block_text, known, depth, current_top, index)
            section = _new_section(block_text, (start, end), known, level, current_top)
            section.index = len(doc.sections) + 1
            doc.sections.append(section)
            if section.level == 1:
                current_top = section
                open_sections = {1: section}
            else:
                open_sections[2] = section
            continue
        for section in open_sections.values():
            section.end = end
        section_index = open_sections[max(open_sections)].index if open_sections else None
        paragraph = Paragraph(len(doc.paragraphs) + 1, start, end, section_index)
        doc.paragraphs.append(paragraph)
    doc.text = "".join(parts)
    _split_into_sentences(doc)
    return doc


def _split_into_sentences(doc: Document) -> None:
    """Fill ``doc.sentences`` from its paragraphs; a list item's sentence leaves its bullet
    (or number, or a footnote's number) out, an entry of a live blog its clock time and dash
    ("20:14 – …", :mod:`kg.clockentries`), and a list of sources gives none."""
    silent = {s.index for s in doc.sections if lists_sources(s.heading)}
    for paragraph in doc.paragraphs:
        if silent and paragraph.section in silent:
            continue  # a list of sources states nothing
        item = LIST_ITEM.match(doc.text, paragraph.start)
        begin = item.end() if item else clock_entry(doc.text, paragraph.start)
        for s, e in split_sentences(doc.text, begin, paragraph.end):
            doc.sentences.append(
                Sentence(len(doc.sentences) + 1, s, e, paragraph.section, paragraph.index)
            )
