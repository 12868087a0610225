"""Small horizontal bar charts as inline SVG, written by hand.

No plotting library: the charts are a few rectangles and labels, so writing
the SVG directly keeps the report light, deterministic (no ids, dates or
metadata) and styled by the page's own CSS. All text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

#: Colour-blind-safe colours (Okabe-Ito) for the compared municipalities, in order.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
#: Colour of the national figure.
NATIONAL = "#8c8c8c"

WIDTH = 580
#: Approximate width of one character of chart text, for laying out labels.
CHAR = 7.4
#: Height of a line of the legend when it wraps.
LEGEND_LINE = 16
BAR_HEIGHT = 13
BAR_GAP = 3
ROW_GAP = 9
HEADING = 20
LABEL_CHARS = 34


@dataclass(frozen=True)
class Bar:
    """One bar: its value, colour, the text printed after it and its tooltip."""

    value: float
    colour: str
    text: str
    title: str = ""


@dataclass(frozen=True)
class Row:
    """A labelled row of one or more bars."""

    label: str
    bars: tuple[Bar, ...]
    title: str = ""


@dataclass(frozen=True)
class Group:
    """Rows under an optional heading (one measure, one unit …)."""

    heading: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Chart:
    """A chart: groups of rows, a legend, and whether bars diverge from zero."""

    title: str
    groups: tuple[Group, ...]
    legend: tuple[tuple[str, str], ...] = ()
    diverging: bool = False
    notes: tuple[str, ...] = field(default=())


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _num(value: float) -> str:
    """Coordinates with at most one decimal, no trailing zeros (stable output)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def render_svg(chart: Chart) -> str:
    """The chart as an ``<svg>`` element (inline in HTML; styled by class names).

    Examples
    --------
    >>> svg = render_svg(Chart("T", (Group("", (Row("a<b", (Bar(2, "#000", "2"),)),)),)))
    >>> svg.startswith('<svg class="kg-chart"') and "a&lt;b" in svg
    True
    """
    bars = [b for g in chart.groups for r in g.rows for b in r.bars]
    labels = [_short(r.label) for g in chart.groups for r in g.rows]
    top = max((abs(b.value) for b in bars), default=0.0) or 1.0
    label_width = min(max((len(t) for t in labels), default=0) * CHAR + 14, WIDTH * 0.48)
    value_room = max((len(b.text) for b in bars), default=0) * (CHAR + 0.8) + 12
    if chart.diverging:
        half = (WIDTH - label_width - 2 * value_room) / 2
        zero = label_width + value_room + half
    else:
        half = WIDTH - label_width - value_room
        zero = label_width
    parts: list[str] = []
    y = 6.0
    if chart.legend:
        legend, y = _legend_svg(chart.legend, float(label_width), y)
        parts += legend
        y += 26
    top_y = y
    for group in chart.groups:
        if group.heading:
            parts.append(
                f'<text class="kg-chart-heading" x="0" y="{_num(y + 13)}">'
                f"{escape(_short(group.heading, 90))}</text>"
            )
            y += HEADING
        for row in group.rows:
            height = len(row.bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
            tip = f"<title>{escape(row.title or row.label)}</title>"
            parts.append(
                f'<g class="kg-chart-row">{tip}'
                f'<text class="kg-chart-label" x="{_num(label_width - 10)}" '
                f'y="{_num(y + height / 2 + 4)}" text-anchor="end">'
                f"{escape(_short(row.label))}</text>"
            )
            for index, bar in enumerate(row.bars):
                by = y + index * (BAR_HEIGHT + BAR_GAP)
                length = abs(bar.value) / top * half
                x0 = zero - length if bar.value < 0 else zero
                parts.append(
                    f'<rect x="{_num(x0)}" y="{_num(by)}" width="{_num(max(length, 1.5))}" '
                    f'height="{BAR_HEIGHT}" rx="2" fill="{escape(bar.colour)}">'
                    f"<title>{escape(bar.title or bar.text)}</title></rect>"
                )
                if bar.value < 0:
                    tx, anchor = x0 - 5, "end"
                else:
                    tx, anchor = x0 + length + 5, "start"
                parts.append(
                    f'<text class="kg-chart-value" x="{_num(tx)}" y="{_num(by + 10.5)}" '
                    f'text-anchor="{anchor}">{escape(bar.text)}</text>'
                )
            parts.append("</g>")
            y += height + ROW_GAP
        y += 4
    total = y + 2
    axis = (
        f'<line class="kg-chart-axis" x1="{_num(zero)}" y1="{_num(top_y - 2)}" '
        f'x2="{_num(zero)}" y2="{_num(total - 6)}"/>'
    )
    return (
        f'<svg class="kg-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {_num(total)}" width="{WIDTH}" height="{_num(total)}" '
        f'aria-label="{escape(chart.title)}"><title>{escape(chart.title)}</title>'
        f"{axis}{''.join(parts)}</svg>"
    )


def _legend_svg(legend: Sequence[tuple[str, str]], x: float, y: float) -> tuple[list[str], float]:
    """The legend's swatches and names from ``(x, y)``, on as many lines as the width needs.

    Parameters
    ----------
    legend : sequence of (str, str)
        Name and colour of each series.
    x, y : float
        Where the first swatch starts; a line that would pass :data:`WIDTH` goes on
        below, from the same ``x``.

    Returns
    -------
    parts : list of str
        SVG fragments.
    y : float
        The top of the last line.

    Examples
    --------
    >>> _legend_svg([("a&b", "#000")], 0.0, 6.0)[0][0].endswith(">a&amp;b</text>")
    True
    >>> _legend_svg([("Midden-Groningen", "#000")] * 5, 270.0, 6.0)[1]  # two names a line
    38.0
    """
    parts = []
    start = x
    for name, colour in legend:
        step = 30 + CHAR * len(name)
        if x > start and x + step - 13 > WIDTH:  # the last name needs no gap after it
            x, y = start, y + LEGEND_LINE
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="12" height="12" rx="2" '
            f'fill="{escape(colour)}"/>'
            f'<text class="kg-chart-legend" x="{_num(x + 17)}" y="{_num(y + 10.5)}">'
            f"{escape(name)}</text>"
        )
        x += step
    return parts, y
