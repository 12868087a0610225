"""Profiles typed in Markdown: their marks read as the layout they stand for.

A profile written in a Markdown editor (or converted to Markdown from a word
processor) marks its headings with hashes ("## Bestuur"), its emphasis with
asterisks or underscores ("**Tiel**", "_goed_"), its numbered lists with "1. ",
its quotes with "> ", its links as "[tekst](adres)" and its tables with pipes::

    | Indicator    | Tiel  | Nederland |
    |--------------|-------|-----------|
    | Werkloosheid | 8,1%  | 7,4%      |

:func:`plain_lines` turns such raw lines into the layout the rest of the document
model reads: emphasis, quote marks, link targets and escapes leave the text; a
numbered item's "1. " becomes "1) ", the item mark :data:`kg.linebreaks.LIST_ITEM`
knows (a "1. " at a line's start is otherwise read as a numbered heading); a table
row keeps its cells apart by three spaces, so that it is a row of a table laid out
as text columns (:func:`kg.linebreaks.has_columns`, one paragraph per row); the
table's header row names columns and states nothing, and leaves the text with the
rule under it. Hashes of headings stay: :func:`kg.linebreaks.heading_text` reads them.

Only a text that :func:`looks_like_markdown` is read so: an asterisk or an
underscore in another profile is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.tablerows import national_column, restate_row

__all__ = ["looks_like_markdown", "plain_lines"]

#: A Markdown heading: one to six hashes, a space and a word.
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+\S", re.MULTILINE)
#: The rule under a pipe table's header: cells of dashes, colons for the alignment.
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
#: The same rule anywhere in a text (a text holding one is Markdown).
_TABLE_RULE_LINE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE)
#: A row of a pipe table: opens (after white space) with a pipe, or holds two.
_TABLE_ROW = re.compile(r"^\s*\|.*\||^[^|]+\|[^|]+\|")
#: Strong emphasis and emphasis: the marks around a run that opens and closes with a
#: character that is no white space; an underscore only between non-word characters
#: ("jeugd_ggz" keeps its underscore).
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
#: A footnote's marker ("[^1]") or the opening of its note ("[^1]: ").
_FOOTNOTE = re.compile(r"\[\^(\d{1,2})\](?::)?")
#: A link or an image: its text stays, its address goes.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
#: A numbered item of a list ("1. ", "12. "), its number kept.
_ORDERED_ITEM = re.compile(r"^(\s*)(\d{1,2})\.\s+(?=\S)")
#: Front matter: a block of "key: value" lines between "---" lines at a text's start.
_FRONT_MATTER = re.compile(
    r"---[ \t]*\n(?:[\w-]+:.*\n|[ \t]+.*\n|-[ \t].*\n)*(?:---|\.\.\.)[ \t]*(?:\n|$)"
)
#: A first-level heading ("# Tiel"), and the title field of front matter.
_TITLE_LINE = re.compile(r" {0,3}#\s+\S")
_TITLE_FIELD = re.compile(r"title:\s*(.+?)\s*")
#: A line of text underlined with "=" (a heading typed in the setext style).
_SETEXT_TITLE = re.compile(r"^[^\s=].*\n=+[ \t]*$", re.MULTILINE)
#: A line that is an HTML comment, or opens or closes one.
_COMMENT_OPEN, _COMMENT_CLOSE = re.compile(r"\s*<!--"), re.compile(r".*-->\s*$")
#: A line that is an image alone ("![Foto van het gemeentehuis](foto.jpg)"): a placeholder.
_IMAGE_LINE = re.compile(r"\s*!\[([^\]]*)\]\([^)]*\)\s*")
#: A quoted line's marks ("> ", ">> ").
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
#: A backslash escape of a Markdown mark ("\*", "\_", "\#").
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
#: Where an escaped mark is kept while the patterns run: a private-use character.
_HIDDEN = 0xF0000


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is typed in Markdown: it has a heading marked with hashes or the
    rule of a pipe table.

    Examples
    --------
    >>> looks_like_markdown("# Tiel\\n\\n## Bestuur\\n\\nDe raad.\\n")
    True
    >>> looks_like_markdown("Tiel\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n")
    True
    >>> looks_like_markdown("Tiel\\n\\nDe raad zegt *niets*. Zie 3 * 4.\\n")
    False
    >>> looks_like_markdown("Tiel\\n====\\n\\nDe raad.\\n")  # a heading underlined
    True
    >>> looks_like_markdown("---\\ntitle: Profiel Tiel\\n---\\n\\nTiel\\n")  # front matter
    True
    """
    # one fast scan for each mark before a pattern runs over the whole text
    if "#" in text and _ATX_HEADING.search(text) is not None:
        return True
    if text.startswith("---") and _FRONT_MATTER.match(text) is not None:
        return True
    if "\n==" in text and _SETEXT_TITLE.search(text) is not None:
        return True
    return "|" in text and _TABLE_RULE_LINE.search(text) is not None


def plain_lines(raws: Sequence[str]) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The raw lines of a Markdown text as the layout they stand for.

    Parameters
    ----------
    raws : sequence of str
        The raw lines (line endings removed).

    Returns
    -------
    lines : list of str
        As many lines as ``raws``: each without its emphasis, quote marks, link
        addresses and escapes; a numbered item's mark as "1) "; a table row's cells
        apart by three spaces, its national figure in brackets when the header names
        the national column (:func:`_restate_rows`).
    dropped : dict of int to (str, str)
        The lines that leave the text, by index, as ``(reason, text)``: a table's
        header row and the rule under it; a footnote's text (``[^1]: …`` and the
        indented lines that go on with it) as ``("footnote", "[1] …")`` on its first
        line and ``("footnote line", …)`` on the others, to be set apart as notes.

    Examples
    --------
    >>> lines, dropped = plain_lines(["| Indicator | Tiel |", "|---|---|",
    ...                               "| Werkloosheid | 8,1% |", "", "1. de **korte** tijd;"])
    >>> lines[2], lines[4]
    ('Werkloosheid   8,1%', '1) de korte tijd;')
    >>> sorted(dropped.items())
    [(0, ('table header', 'Indicator Tiel')), (1, ('table rule', '|---|---|'))]
    """
    lines = [plain_line(raw) for raw in raws]
    dropped: dict[int, tuple[str, str]] = {}
    _drop_contents(raws, lines, dropped)
    _drop_layout(raws, lines, dropped)
    if any("[^" in raw for raw in raws):
        _take_notes(raws, lines, dropped)
    for pos, raw in enumerate(raws):
        if _TABLE_RULE.match(raw) is None:
            continue
        dropped[pos] = ("table rule", raw.strip())
        if pos and _TABLE_ROW.match(raws[pos - 1]) and pos - 1 not in dropped:
            dropped[pos - 1] = ("table header", " ".join(lines[pos - 1].split()))
            _restate_rows(raws, lines, pos - 1)
    return lines, dropped


def _drop_layout(
    raws: Sequence[str], lines: list[str], dropped: dict[int, tuple[str, str]]
) -> None:
    """Note in ``dropped`` what a Markdown text holds for its tools, not its readers:
    front matter at its start (its title stays, as the first line, when no "# " heading
    gives one), HTML comments and images alone on their lines.

    Examples
    --------
    >>> raws = ["---", "title: Profiel Tiel", "---", "# Tiel", "<!-- concept -->",
    ...         "![Foto](a.jpg)", "De raad."]
    >>> dropped = {}
    >>> _drop_layout(raws, list(raws), dropped)
    >>> sorted(dropped.items())  # doctest: +NORMALIZE_WHITESPACE
    [(0, ('front matter', '---')), (1, ('front matter', 'title: Profiel Tiel')),
     (2, ('front matter', '---')), (4, ('comment', '<!-- concept -->')),
     (5, ('placeholder', 'Foto'))]
    >>> raws, dropped = ["---", "title: 'Profiel Tiel'", "---", "## Bestuur"], {}
    >>> lines = list(raws)
    >>> _drop_layout(raws, lines, dropped)
    >>> lines[1], sorted(dropped)
    ('Profiel Tiel', [0, 2])
    """
    if raws and raws[0].startswith("---"):
        front = _FRONT_MATTER.match("\n".join(raws[:60]) + "\n")
        titled = any(_TITLE_LINE.match(raw) for raw in raws)
        for pos in range(front.group().count("\n") if front else 0):
            if not titled and (title := _TITLE_FIELD.fullmatch(raws[pos])) is not None:
                lines[pos] = title.group(1).strip("\"'")  # the title, with no heading for it
                titled = True
                continue
            dropped[pos] = ("front matter", raws[pos].strip())
    comment = False
    for pos, raw in enumerate(raws):
        if "<!--" in raw and _COMMENT_OPEN.match(raw):
            comment = True
        if comment:
            dropped[pos] = ("comment", raw.strip())
            comment = _COMMENT_CLOSE.match(raw) is None
        elif "![" in raw and (image := _IMAGE_LINE.fullmatch(raw)) is not None:
            dropped[pos] = ("placeholder", image.group(1))


def _restate_rows(raws: Sequence[str], lines: list[str], header: int) -> None:
    """Give the rows of the pipe table whose header row is ``raws[header]`` their national
    figure in brackets when the header names the national column
    (:func:`kg.tablerows.restate_row`); a row keeps a gap of three spaces after its
    label, so that it stays a row of its own.

    Examples
    --------
    >>> raws = ["| | Tiel | Nederland |", "|---|---|---|", "| Werkloosheid | 8,1% | 6,9% |"]
    >>> lines = [plain_line(raw) for raw in raws]
    >>> _restate_rows(raws, lines, 0)
    >>> lines[2]
    'Werkloosheid   8,1% (Nederland 6,9%)'
    """
    cells = [" ".join(cell.split()) for cell in raws[header].strip().strip("|").split("|")]
    if national_column(cells) is None:
        return
    for pos in range(header + 2, len(raws)):
        if not _TABLE_ROW.match(raws[pos]):
            break
        row = [" ".join(cell.split()) for cell in raws[pos].strip().strip("|").split("|")]
        restated = restate_row(cells, row)
        if restated is not None and row[0]:
            lines[pos] = row[0] + "   " + restated[len(row[0]) + 1 :]


#: The opening of a footnote's text: "[^1]: " at a line's start (up to three spaces in).
_NOTE_OPENING = re.compile(r" {0,3}\[\^\d{1,2}\]:")


def _take_notes(
    raws: Sequence[str], lines: Sequence[str], dropped: dict[int, tuple[str, str]]
) -> None:
    """Note each footnote's text (its opening line and the indented lines that go on with
    it) in ``dropped``.

    Examples
    --------
    >>> raws = ["De regio.[^1]", "", "[^1]: Acht", "    gemeenten.", "Slot."]
    >>> dropped = {}
    >>> _take_notes(raws, [plain_line(r) for r in raws], dropped)
    >>> sorted(dropped.items())
    [(2, ('footnote', '[1] Acht gemeenten.')), (3, ('footnote line', 'gemeenten.'))]
    """
    pos = 0
    while pos < len(raws):
        if _NOTE_OPENING.match(raws[pos]) is None or pos in dropped:
            pos += 1
            continue
        first, parts = pos, [lines[pos].strip()]
        pos += 1
        while pos < len(raws) and raws[pos][:1].isspace() and raws[pos].strip():
            parts.append(lines[pos].strip())
            dropped[pos] = ("footnote line", lines[pos].strip())
            pos += 1
        dropped[first] = ("footnote", " ".join(parts))


#: An item of a list that is only a link inside the document: an entry of a table of
#: contents ("- [Bestuur](#bestuur)").
_CONTENTS_ENTRY = re.compile(r"\s*(?:[-*+]|\d{1,2}[.)])\s+\[[^\]]+\]\(#[^)\s]*\)\s*")
#: The heading over a table of contents.
_CONTENTS_HEADING = re.compile(r"\s*#{1,6}\s+(?:inhoud|inhoudsopgave|inhoudstafel)\s*:?\s*", re.I)


def _drop_contents(
    raws: Sequence[str], lines: Sequence[str], dropped: dict[int, tuple[str, str]]
) -> None:
    """Note the entries of a table of contents (items that only link inside the document)
    and the heading over them in ``dropped``.

    Examples
    --------
    >>> raws = ["## Inhoud", "", "- [Bestuur](#bestuur)", "  - [Zorg](#zorg)", "Tekst."]
    >>> dropped = {}
    >>> _drop_contents(raws, [plain_line(r) for r in raws], dropped)
    >>> sorted(dropped.items())
    [(0, ('contents', 'Inhoud')), (2, ('contents', '- Bestuur')), (3, ('contents', '- Zorg'))]
    """
    if "](#" not in "".join(raws):
        return
    entries = [pos for pos, raw in enumerate(raws) if _CONTENTS_ENTRY.fullmatch(raw)]
    for pos in entries:
        dropped[pos] = ("contents", lines[pos].strip())
    if entries:
        before = entries[0] - 1
        while before >= 0 and not raws[before].strip():
            before -= 1
        if before >= 0 and _CONTENTS_HEADING.fullmatch(raws[before]):
            dropped[before] = ("contents", raws[before].strip().lstrip("#").strip())


def plain_line(raw: str) -> str:
    """One raw line without its Markdown marks (see :func:`plain_lines`).

    Examples
    --------
    >>> plain_line("**Tiel** is *duidelijk* _goed_ in jeugd_ggz")
    'Tiel is duidelijk goed in jeugd_ggz'
    >>> plain_line("> Zie [het rapport](https://example.org/r.pdf) \\\\*niet\\\\*")
    'Zie het rapport *niet*'
    >>> plain_line("| Inwoners | 41.500 | |"), plain_line("2. De raad")
    ('Inwoners   41.500', '2) De raad')
    >>> plain_line("- een *lijst*"), plain_line("* een punt")
    ('- een lijst', '* een punt')
    >>> plain_line("Het tekort.[^1]"), plain_line("[^1]: Bron: CBS.")
    ('Het tekort.[1]', '[1] Bron: CBS.')
    """
    line = raw
    escaped = "\\" in line
    if escaped:  # an escaped mark is a character: hidden from the patterns below
        line = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
    if ">" in line:
        line = _QUOTE.sub("", line, count=1)
    if "[^" in line:  # a footnote's marker or note ("[^1]: Bron …") as a footnote block has it
        line = _FOOTNOTE.sub(r"[\1]", line)
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "*" in line or "_" in line:
        line = _STRONG.sub(r"\2", line)
        line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    if line[:1].isdigit() or line[:1].isspace():
        line = _ORDERED_ITEM.sub(r"\1\2) ", line, count=1)
    if "|" in line and _TABLE_ROW.match(line):
        cells = [" ".join(cell.split()) for cell in line.strip().strip("|").split("|")]
        line = "   ".join(cell for cell in cells if cell)
    if escaped:
        line = "".join(
            chr(ord(ch) - _HIDDEN) if _HIDDEN <= ord(ch) < _HIDDEN + 128 else ch for ch in line
        )
    return line
