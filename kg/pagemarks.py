"""What a printed page adds to a profile's text: running headers and footers, the table
of contents.

Text extracted from a PDF keeps what the layout printed on every page: a header
("Profiel Oldambt", the title again), a footer with the page number ("Decentralisaties
in beeld | 3"), and at the front a table of contents whose entries end in page numbers
("2.1 Beleid en sturing ....... 3"). None of it is the profile's text: it would become
headings and sentences. :func:`mark_page_furniture` drops these lines (as ``None``, like
:func:`kg.rawlines.read_lines` drops a lone page number) and notes each in ``removed``.

A running line is recognised by repetition, never by its words:

- where the text keeps its page breaks (form feeds, as ``pdftotext`` writes them), a line
  among the first or last two lines of a page whose text, its numbers aside, stands
  there on at least two pages and two fifths of them;
- without page breaks, a short line that recurs at least three times, the same but for
  a number at its start or end that grows each time (the page number);
- a line that repeats the title's municipality name ("PROFIEL OLDAMBT" under the title
  "Profiel Oldambt") at least twice after it.

Where the page break cut a sentence ("Volgens de" at a page's foot, "wethouder werkt
dat goed" at the next page's top), the empty lines around the dropped ones go too, so
that the paragraph goes on.

A table of contents is the run of lines after a line "Inhoud" ("Inhoudsopgave") that end
in a page number, with or without dot leaders, or a run of three or more lines with dot
leaders and a page number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

from kg.linebreaks import ENDED
from kg.titles import municipality_name, same_name

__all__ = ["mark_page_furniture"]

#: The longest running line: a header or a footer is one short line.
_RUNNING_MAX = 80
#: Share of the pages a running line stands on (and at least two of them).
_RUNNING_SHARE = 0.4
#: Lines of a page's top and bottom where a running line stands.
_PAGE_EDGE = 2
#: A line that names the table of contents.
_CONTENTS = re.compile(r"(?:inhoud|inhoudsopgave|inhoudstafel)\s*:?", re.IGNORECASE)
#: What a text holding a table of contents holds somewhere: its label, or dot leaders
#: (leaders of other characters follow a label).
_CONTENTS_HINTS = ("Inhoud", "INHOUD", "....")
#: An entry of a table of contents: words, then dot leaders or white space, and the page.
_ENTRY = re.compile(r"\S.*?(?:\s*[.·…_]{2,}\s*|\s+)\d{1,3}")
#: An entry with dot leaders.
_LEADERS = re.compile(r"\S.*?[.·…_]{4,}\s*\d{1,3}")
_NUMBERS = re.compile(r"\d+")
#: A page number at a line's start or end (a footer's "Gemeenten in beeld | 3").
_PAGE_AT_EDGE = re.compile(r"^(\d{1,3})\b(?![.,]\d)|(?<![.,]\d)(?<!\d[.,])\b(\d{1,3})$")


class _PageLine(Protocol):
    @property
    def raw(self) -> str: ...

    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_PageLine)


def mark_page_furniture(lines: list[L | None], removed: list[tuple[str, str]], text: str) -> None:
    """Drop the table of contents and the running headers and footers of ``lines``.

    Parameters
    ----------
    lines : list of lines or None
        From :func:`kg.rawlines.read_lines` (each with ``raw`` and ``text``); a
        dropped line becomes None. The first line of text (the title) stays.
    removed : list of (str, str)
        Each dropped line is added as ``("contents", text)`` or ``("running line", text)``.
    text : str
        The whole text the lines come from: what it lacks (a form feed, a word
        "Inhoud", dot leaders, the title's name at a line's end) is not looked for line
        by line.

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> raws = ["Profiel Stad", "Inhoud", "1 Bestuur ..... 2", "2 Zorg ..... 3",
    ...         "\\fProfiel Stad", "1 Bestuur", "De raad.", "Stad in beeld | 2",
    ...         "\\fProfiel Stad", "2 Zorg", "Het loket.", "Stad in beeld | 3"]
    >>> lines = [Line(raw=r, text=r.strip()) for r in raws]
    >>> removed = []
    >>> mark_page_furniture(lines, removed, "\\n".join(raws))
    >>> [line.text for line in lines if line is not None]
    ['Profiel Stad', '1 Bestuur', 'De raad.', '2 Zorg', 'Het loket.']
    >>> sorted(set(removed))[:3]
    [('contents', '1 Bestuur ..... 2'), ('contents', '2 Zorg ..... 3'), ('contents', 'Inhoud')]
    >>> sorted({text for kind, text in removed if kind == "running line"})
    ['Profiel Stad', 'Stad in beeld | 2', 'Stad in beeld | 3']
    """
    first = next((line for line in lines if line is not None and line.text), None)
    if first is None:
        return
    name = municipality_name(first.text)
    contents = _may_hold_contents(text)
    pages = "\f" in text
    footers = not pages and _may_hold_footers(lines)
    repeats_named = _lines_naming(text, name) >= 3  # the title and two more
    if contents or pages or footers or repeats_named:
        _mark_furniture(lines, removed, name, contents, pages, repeats_named)
    if not pages and sum(kind == "page number" for kind, _ in removed) >= 2:
        _drop(lines, _beside_page_numbers(lines), "running line", removed)
    if None in lines:
        _bridge_page_breaks(lines)


def _mark_furniture(
    lines: list[L | None],
    removed: list[tuple[str, str]],
    name: str,
    contents: bool,
    pages: bool,
    repeats_named: bool,
) -> None:
    """:func:`mark_page_furniture` line by line, for the kinds the text may hold."""
    texts = [i for i, line in enumerate(lines) if line is not None and line.text]
    if contents:
        _drop(lines, _contents(lines, texts[1:]), "contents", removed)
        texts = [i for i in texts if lines[i] is not None]
    running = set(_running(lines, texts[1:], pages))
    if running and len(texts) > 2 and _heads_the_title(lines, texts, running):
        running.add(texts[0])  # the first page's header, above the title
    if repeats_named:
        wanted = name.casefold()
        repeats = [
            i
            for i in texts[1:]
            if wanted in _text(lines, i).casefold()
            and _may_run(lines[i])
            and same_name(_text(lines, i), name)
            and not (i == texts[1] and _text(lines, i) == name)  # the title under a header
        ]
        if len(repeats) >= 2:
            running.update(repeats)
    _drop(lines, sorted(running), "running line", removed)


def _heads_the_title(
    lines: Sequence[_PageLine | None], texts: Sequence[int], running: set[int]
) -> bool:
    """Whether the first line of text is the running header of the first page, not the
    title: a running line has its words (figures aside) and it holds the next line's
    ("Sociaal domein 2016 – Meppel" over "Meppel").

    >>> from types import SimpleNamespace as Line
    >>> texts = ["Zorg 2016 – Stad", "Stad", "Tekst.", "Zorg 2016 – Stad", "Meer."]
    >>> lines = [Line(raw=t, text=t) for t in texts]
    >>> _heads_the_title(lines, range(5), {3}), _heads_the_title(lines, range(5), {4})
    (True, False)
    """
    if texts[1] in running:
        return False  # the title repeated at the top of the next page
    first, second = _text(lines, texts[0]), _text(lines, texts[1])
    key = _NUMBERS.sub("#", first).casefold()
    if not any(_NUMBERS.sub("#", _text(lines, at)).casefold() == key for at in running):
        return False
    return re.search(rf"(?<!\w){re.escape(second.casefold())}(?!\w)", first.casefold()) is not None


_DIGITS = frozenset("0123456789")


def _may_hold_footers(lines: Sequence[_PageLine | None]) -> bool:
    """Whether three or more ``lines`` are the same but for a number at their end or start
    (a footer's page number); only the lines a digit ends or opens are read further.

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> texts = ["Een", "Stad | 1", "Twee", "Stad | 2", "Drie", "Stad | 3"]
    >>> _may_hold_footers([Line(raw=t, text=t) for t in texts])
    True
    >>> texts = ["In 2015 waren er 12", "en in 2016 13", "klanten."]
    >>> _may_hold_footers([Line(raw=t, text=t) for t in texts])
    False
    """
    edged = [
        line.text
        for line in lines
        if line is not None and (line.text[-1:] in _DIGITS or line.text[:1] in _DIGITS)
    ]
    if len(edged) < 3:
        return False
    counts = Counter(
        " ".join(_NUMBERS.sub("#", text).casefold().split())
        for text in edged
        if len(text) <= _RUNNING_MAX and _PAGE_AT_EDGE.search(text)
    )
    return any(count >= 3 for count in counts.values())


def _beside_page_numbers(lines: Sequence[_PageLine | None]) -> list[int]:
    """The places of a short line that stands three times or more, each time next to a
    dropped line (a page number), as a running header or footer with its page number on
    a line of its own does; a sentence (a line that ends one) never runs.

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> texts = ["Stad", "Kop 2016", None, "De raad.", "Kop 2016", None, "Kop 2016", "Slot"]
    >>> lines = [None if t is None else Line(raw=t, text=t) for t in texts]
    >>> _beside_page_numbers(lines)
    [1, 4, 6]
    >>> lines[7] = Line(raw="Kop 2016", text="Kop 2016")  # once not beside a page number
    >>> _beside_page_numbers(lines)
    []
    """
    counts = Counter(
        line.text
        for line in lines[1:]
        if line is not None and _may_run(line) and not ENDED.search(line.text)
    )
    wanted = {text for text, count in counts.items() if count >= 3}
    if not wanted:
        return []
    places: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        if at and line is not None and line.text in wanted:
            places.setdefault(line.text, []).append(at)
    return sorted(
        at
        for group in places.values()
        if all(_dropped_beside(lines, at) for at in group)
        for at in group
    )


def _dropped_beside(lines: Sequence[_PageLine | None], at: int) -> bool:
    """Whether the nearest line of text before or after line ``at`` (empty lines
    skipped) is a dropped one."""
    for step in (-1, 1):
        pos = at + step
        while 0 <= pos < len(lines) and (line := lines[pos]) is not None and not line.text:
            pos += step
        if 0 <= pos < len(lines) and lines[pos] is None:
            return True
    return False


def _lines_naming(text: str, name: str) -> int:
    """How many lines of ``text`` end with ``name`` (in its case or in capitals), as a
    title or a header repeating it does.

    Examples
    --------
    >>> _lines_naming("Stad\\nDe Stad groeit.\\nPROFIEL STAD  \\nProfiel Stad", "Stad")
    3
    """
    if not name:
        return 0
    pattern = rf"(?:{re.escape(name)}|{re.escape(name.upper())})[ \t\r]*$"
    return len(re.findall(pattern, text, re.MULTILINE))


def _bridge_page_breaks(lines: list[L | None]) -> None:
    """Join a sentence a page break cut: where dropped lines (a footer, a header, a page
    number) and an empty line stand between a line that ends no sentence and one that
    goes on in lower case, the empty lines go too (they ended no paragraph).

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> lines = [Line(raw="Volgens de", text="Volgens de"), Line(raw="", text=""), None,
    ...          Line(raw="", text=""), Line(raw="wethouder wel.", text="wethouder wel.")]
    >>> _bridge_page_breaks(lines)
    >>> [None if x is None else x.text for x in lines]
    ['Volgens de', None, None, None, 'wethouder wel.']
    """
    at = -1
    while True:
        try:
            at = lines.index(None, at + 1)  # the first of a run of dropped lines
        except ValueError:
            return
        if at and lines[at - 1] is None:
            continue
        before = at - 1
        while before >= 0 and not _text(lines, before):
            before -= 1
        after = at + 1
        while after < len(lines) and not _text(lines, after):
            after += 1
        if before < 0 or after >= len(lines):
            continue
        last, going_on = lines[before], lines[after]
        assert last is not None and going_on is not None
        if not ENDED.search(last.text) and going_on.text[:1].islower():
            for i in range(before + 1, after):
                lines[i] = None
            at = after


def _may_hold_contents(text: str) -> bool:
    """Whether ``text`` may hold a table of contents (a substring test per hint: the lines
    are read only when one is there)."""
    return any(hint in text for hint in _CONTENTS_HINTS)


def _text(lines: Sequence[_PageLine | None], at: int) -> str:
    line = lines[at]
    return line.text if line is not None else ""


def _may_run(line: _PageLine | None) -> bool:
    return line is not None and 0 < len(line.text) <= _RUNNING_MAX


def _drop(
    lines: list[L | None], places: Sequence[int], kind: str, removed: list[tuple[str, str]]
) -> None:
    for at in places:
        line = lines[at]
        if line is not None:
            removed.append((kind, line.text))
            lines[at] = None


def _contents(lines: Sequence[_PageLine | None], texts: Sequence[int]) -> list[int]:
    """The places of the table of contents among the lines ``texts`` (after the title).

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> raws = ["Inhoudsopgave", "Inleiding 2", "Bestuur 3", "Tekst over 2015 en verder."]
    >>> _contents([Line(raw=r, text=r) for r in raws], range(4))
    [0, 1, 2]
    """
    for pos, at in enumerate(texts):
        if _CONTENTS.fullmatch(_text(lines, at)):
            run = [at] + _entries(lines, texts[pos + 1 :], _ENTRY)
            return run if len(run) >= 3 else []
    for pos, at in enumerate(texts):
        if _LEADERS.fullmatch(_text(lines, at)):
            run = _entries(lines, texts[pos:], _LEADERS)
            return run if len(run) >= 3 else []
    return []


def _entries(
    lines: Sequence[_PageLine | None], texts: Sequence[int], entry: re.Pattern[str]
) -> list[int]:
    """The leading run of ``texts`` that are entries, up to a page break."""
    run: list[int] = []
    for at in texts:
        line = lines[at]
        assert line is not None
        if (run and "\f" in line.raw) or not entry.fullmatch(line.text):
            break
        run.append(at)
    return run


def _pages(lines: Sequence[_PageLine | None], texts: Sequence[int]) -> Iterator[list[int]]:
    """The lines ``texts`` page by page (a form feed in a raw line opens a page)."""
    page: list[int] = []
    for at in range(texts[0], len(lines)) if texts else ():
        line = lines[at]
        if line is not None and "\f" in line.raw and page:
            yield page
            page = []
        if line is not None and line.text:
            page.append(at)
    if page:
        yield page


def _running(lines: Sequence[_PageLine | None], texts: Sequence[int], pages: bool) -> list[int]:
    """The places of running headers and footers among the lines ``texts`` (``pages``:
    the text keeps its page breaks)."""

    def key(at: int) -> str:
        return " ".join(_NUMBERS.sub("#", _text(lines, at)).casefold().split())

    if pages:
        paged = list(_pages(lines, texts))
        edges = [
            [at for at in page[:_PAGE_EDGE] + page[-_PAGE_EDGE:] if _may_run(lines[at])]
            for page in paged
        ]
        counts = Counter(k for edge in edges for k in {key(at) for at in edge})
        least = max(2, _RUNNING_SHARE * len(paged))
        return sorted({at for edge in edges for at in edge if counts[key(at)] >= least})
    groups: dict[str, list[tuple[int, int]]] = {}
    for at in texts:
        line = lines[at]
        assert line is not None
        edge = line.text[:1] + line.text[-1:]  # a page number stands at one end
        if (
            (edge[:1].isdigit() or edge[1:].isdigit())
            and len(line.text) <= _RUNNING_MAX
            and (page := _PAGE_AT_EDGE.search(line.text))
        ):
            groups.setdefault(key(at), []).append((at, int(page.group(1) or page.group(2))))
    found: list[int] = []
    for group in groups.values():
        numbers = [page for _, page in group]
        if len(group) >= 3 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False)):
            found += [at for at, _ in group]
    return sorted(found)
