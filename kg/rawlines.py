"""The raw lines of a profile, cleaned: white space folded, unprintable characters,
ligatures and footnote markers gone, layout leftovers (placeholders, page numbers,
rules) dropped, the marks of a text typed in Markdown read (:mod:`kg.markdown`).
Split out of :mod:`kg.document`, which groups the lines into blocks.
"""

from __future__ import annotations

from kg.columns import unfold_columns
from kg.linebreaks import (
    FOOTNOTE_CHARS,
    FOOTNOTE_MARK,
    HYPHENS,
    LIGATURES,
    LIGATURES_TEXT,
    PAGE_NUMBER,
    RULE,
    SOFT_HYPHEN,
    has_columns,
    paragraph_gaps,
    pdf_layout,
)
from kg.markdown import looks_like_markdown, plain_lines
from kg.pullquotes import Line as _Line
from kg.tablerows import national_column, restate_row, split_cells

__all__ = ["PLACEHOLDERS", "drop_footnote_marks", "drop_table_headers", "read_layout", "read_lines"]

#: Lines that are layout placeholders, not text (compared case-insensitively).
PLACEHOLDERS = frozenset({"foto", "afbeelding", "figuur", "kader"})
#: The longest placeholder: a longer line is none (``str.lower`` never shortens a text).
_PLACEHOLDER_LONGEST = max(map(len, PLACEHOLDERS))


def read_lines(text: str) -> tuple[list[_Line | None], list[tuple[str, str]]]:
    """Clean the raw lines of a profile and drop placeholders and page numbers.

    Parameters
    ----------
    text : str
        The profile as read from disk.

    Returns
    -------
    lines : list of _Line or None
        One entry per non-empty raw line: None marks a dropped line; a _Line
        knows whether it is a row of a table laid out as text columns
        (:func:`kg.linebreaks.has_columns`); a _Line with empty text is a separator
        (a line holding only white space, which
        the PDF export uses between paragraphs). Empty lines are wrap artefacts,
        unless the text has no such separators (:func:`kg.linebreaks.paragraph_gaps`).
    removed : list of (str, str)
        The dropped lines as (reason, text).

    Examples
    --------
    >>> lines, removed = read_lines("Een\\n\\n  \\n\\n12\\n\\n- 13 -\\n\\nPagina 14 van 20\\n")
    >>> [None if x is None else x.text for x in lines]
    ['Een', '', None, None, None]
    >>> removed
    [('page number', '12'), ('page number', '- 13 -'), ('page number', 'Pagina 14 van 20')]
    >>> lines, removed = read_lines("De regio[1] groeit.\\n________\\n[1] Acht gemeenten.\\n")
    >>> [None if x is None else x.text for x in lines]
    ['De regio groeit.', None, '[1] Acht gemeenten.']
    >>> removed
    [('footnote marker', '[1]'), ('rule', '________')]
    """
    lines, removed, _ = read_layout(text)
    return lines, removed


def read_layout(text: str) -> tuple[list[_Line | None], list[tuple[str, str]], bool]:
    """:func:`read_lines`, and whether the text has the PDF export's layout
    (:func:`kg.linebreaks.pdf_layout`).

    Examples
    --------
    >>> read_layout("Een\\n\\nzin.\\n\\n \\n\\nNog\\n\\n")[2], read_layout("Een zin.\\n")[2]
    (True, False)
    """
    removed: list[tuple[str, str]] = []
    lines: list[_Line | None] = []
    raws = text.split("\n")
    unfolded = unfold_columns(raws, text)  # a page printed in two columns, read column by column
    if unfolded is not raws:
        raws, text = unfolded, "\n".join(unfolded)
    pdf = pdf_layout(raws)
    gaps = frozenset() if pdf else paragraph_gaps(raws, pdf=False)
    dropped: dict[int, tuple[str, str]] = {}
    # a table laid out as columns: a tab or a run of spaces somewhere
    columns = "   " in text or "\t" in text or "\xa0" in text
    markdown = looks_like_markdown(text)
    if markdown:
        raws, dropped = plain_lines(raws)  # its marks as the layout they stand for
        columns = True  # a pipe table's cells now stand apart by three spaces
    ligatures = any(ligature in text for ligature in LIGATURES_TEXT)
    hyphens = "\u2010" in text or "\u2011" in text
    footnotes = FOOTNOTE_CHARS.search(text) is not None and (
        FOOTNOTE_MARK.search(text) is not None or (markdown and "[^" in text)  # "[^1]"
    )
    for pos, raw in enumerate(raws):
        if not raw:
            if pos in gaps:
                lines.append(_Line(raw, ""))
            continue
        if dropped and pos in dropped:
            removed.append(dropped[pos])
            lines.append(None)
            continue
        # str.split() splits at every white space, the no-break space and tab among it
        clean = " ".join(raw.split())
        if not clean.isprintable():
            broken = clean.endswith(SOFT_HYPHEN)  # a word broken at the line's end
            clean = "".join(ch for ch in clean if ch.isprintable())
            clean += SOFT_HYPHEN if broken and clean else ""  # joined on (join_lines)
        if hyphens:
            clean = clean.translate(HYPHENS)  # "jeugd‐" (U+2010) as "jeugd-"
        if ligatures:
            clean = clean.translate(LIGATURES)  # "ﬁnanciën" from a PDF: "financiën"
        if footnotes:
            clean = drop_footnote_marks(clean, removed)
        if not clean:
            lines.append(_Line(raw, ""))
        elif len(clean) <= _PLACEHOLDER_LONGEST and clean.lower() in PLACEHOLDERS:
            removed.append(("placeholder", clean))
            lines.append(None)
        elif PAGE_NUMBER.match(clean):
            removed.append(("page number", clean))
            lines.append(None)
        elif RULE.fullmatch(clean):
            removed.append(("rule", clean))
            lines.append(None)
        else:
            lines.append(_Line(raw, clean, columns and has_columns(raw)))
    if columns:
        drop_table_headers(lines, removed)
    return lines, removed, pdf


def drop_table_headers(lines: list[_Line | None], removed: list[tuple[str, str]]) -> None:
    """Drop the header row of each table laid out as text columns: a row without a figure
    right above a row with one ("Indicator   Ede   Nederland" over "Werkloosheid   5,9%
    7,4%"). It names the columns and states nothing; each other row is a paragraph, with
    the national figure in brackets when the header names the national column
    (:func:`kg.tablerows.restate_row`).

    Examples
    --------
    >>> lines, removed = read_lines("Indicator   Stad   Land\\nWerkloosheid   9%   7%\\n")
    >>> [None if x is None else x.text for x in lines], removed
    ([None, 'Werkloosheid 9% (Land 7%)'], [('table header', 'Indicator Stad Land')])
    >>> lines, removed = read_lines("Indicator   Stad   Regio\\nWerkloosheid   9%   8%\\n")
    >>> [None if x is None else x.text for x in lines]
    [None, 'Werkloosheid 9% 8%']
    """
    rows = [(at, line) for at, line in enumerate(lines) if line is not None and line.columns]
    for pos, ((at, line), (after, below)) in enumerate(zip(rows, rows[1:], strict=False)):
        if (
            after == at + 1
            and not any(ch.isdigit() for ch in line.text)
            and any(ch.isdigit() for ch in below.text)
        ):
            removed.append(("table header", line.text))
            lines[at] = None
            header = split_cells(line.raw)
            if national_column(header) is None and national_column(["", *header]) is None:
                continue
            last = at
            for next_at, row in rows[pos + 1 :]:
                if next_at != last + 1:
                    break  # the table ends
                last = next_at
                row.text = restate_row(header, split_cells(row.raw)) or row.text


def drop_footnote_marks(clean: str, removed: list[tuple[str, str]]) -> str:
    """``clean`` without its footnote markers ("Rivierenland[1]"), each noted in ``removed``.

    Examples
    --------
    >>> notes: list[tuple[str, str]] = []
    >>> drop_footnote_marks("De regio² groeit[3]. Een woning van 50 m².", notes)
    'De regio groeit. Een woning van 50 m².'
    >>> notes
    [('footnote marker', '²'), ('footnote marker', '[3]')]
    """
    marks = FOOTNOTE_MARK.findall(clean)
    if not marks:
        return clean
    removed.extend(("footnote marker", mark) for mark in marks)
    return " ".join(FOOTNOTE_MARK.sub("", clean).split())
