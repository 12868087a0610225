"""kg.compare.charts: hand-written SVG bar charts, scaled, escaped and deterministic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kg.compare.charts import LABEL_CHARS, Bar, Chart, Group, Row, render_svg

SVG = "{http://www.w3.org/2000/svg}"


def chart(diverging: bool = False) -> Chart:
    rows = (
        Row("Brunssum", (Bar(10, "#000", "10%"), Bar(-5, "#111", "-5%"))),
        Row("x" * (LABEL_CHARS + 10), (Bar(2.5, "#222", "2.5"),)),
    )
    groups = (Group("Measure & unit", rows),)
    return Chart("Wachtlijst <jeugd>", groups, (("A", "#000"),), diverging)


def widths(svg: str) -> list[float]:
    root = ET.fromstring(svg)
    return [float(r.get("width")) for r in root.iter(SVG + "rect") if r.get("height") == "13"]


def test_the_svg_is_well_formed_and_escaped():
    svg = render_svg(chart())
    root = ET.fromstring(svg)  # raises on bad XML or unescaped text
    assert root.get("aria-label") == "Wachtlijst <jeugd>"
    assert "Measure &amp; unit" in svg and "<jeugd>" not in svg


def test_bars_are_scaled_to_the_largest_absolute_value():
    lengths = widths(render_svg(chart()))
    assert lengths[0] == max(lengths)
    assert abs(lengths[1] / lengths[0] - 0.5) < 0.01
    assert abs(lengths[2] / lengths[0] - 0.25) < 0.01


def test_long_labels_are_shortened_with_an_ellipsis():
    labels = [t.text for t in ET.fromstring(render_svg(chart())).iter(SVG + "text")]
    long = [t for t in labels if t and t.startswith("xxx")]
    assert long and all(len(t) <= LABEL_CHARS and t.endswith("…") for t in long)


def test_a_diverging_chart_puts_zero_in_the_middle_and_negatives_left_of_it():
    svg = render_svg(chart(diverging=True))
    axis = float(re.search(r'class="kg-chart-axis" x1="([\d.]+)"', svg).group(1))
    rects = [r for r in ET.fromstring(svg).iter(SVG + "rect") if r.get("height") == "13"]
    negative = rects[1]
    assert float(negative.get("x")) + float(negative.get("width")) == axis
    assert float(rects[0].get("x")) == axis


def test_same_chart_same_bytes():
    assert render_svg(chart()) == render_svg(chart())


def test_a_legend_too_wide_for_the_chart_wraps_inside_it():
    import re

    from kg.compare.charts import WIDTH, Bar, Chart, Group, Row, render_svg

    names = ("Borsele", "Gouda", "Midden-Groningen", "landelijk")
    legend = tuple((name, "#000") for name in names)
    row = Row("Een gemeente met een lang label hier", (Bar(2, "#000", "2%"),))
    svg = render_svg(Chart("T", (Group("", (row,)),), legend=legend))
    xs = [float(x) for x in re.findall(r'class="kg-chart-legend" x="([\d.]+)"', svg)]
    assert len(xs) == 4
    assert all(x + 7.4 * len(name) <= WIDTH for x, name in zip(xs, names, strict=True))
