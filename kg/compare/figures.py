"""Indicators as readable values and as charts.

Three charts, each drawn only when the graph holds something to draw:

- next to the national figure: indicators whose sentence gives both the
  municipality's figure and the national one (one chart per unit);
- stated difference from the national average: a figure the text gives as
  more or less than the national average ("4% meer ouderen");
- the same measure in several profiles: a named measure with a figure, in the
  same unit, in two or more of the compared profiles.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from kg.compare.charts import NATIONAL, PALETTE, Bar, Chart, Group, Row
from kg.compare.i18n import REFERENCES, UNITS, text
from kg.compare.model import Comparison, Indicator

UP = ("higher", "more")
DOWN = ("lower", "less")
NATIONAL_REFERENCE = "national average"


def format_number(value: Decimal, lang: str = "en") -> str:
    """``30,000`` / ``2.5`` in English, ``30.000`` / ``2,5`` in Dutch.

    Examples
    --------
    >>> format_number(Decimal("30000.0"), "nl"), format_number(Decimal("2.50"), "en")
    ('30.000', '2.5')
    """
    normal = value.normalize()
    digits = f"{int(normal):,}" if normal == normal.to_integral() else f"{normal:,f}"
    if lang == "nl":
        digits = digits.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return digits


def with_unit(value: Decimal, unit: str | None, lang: str = "en") -> str:
    """A figure with its unit: ``33%``, ``€ 850 per inhabitant``, ``6 months``, ``2×``."""
    number = format_number(value, lang)
    shown = UNITS[lang].get(unit or "", unit or "")
    if unit == "percent":
        return f"{number}%"
    if unit == "ratio":
        return f"{number}×"
    if unit and unit.startswith("EUR"):
        return f"€ {number}{shown[1:]}"
    return f"{number} {shown}".strip()


def format_value(indicator: Indicator, lang: str = "en") -> str:
    """The indicator's figure as the report shows it (``≈`` when approximate); ``""`` if none."""
    if indicator.value is None:
        return ""
    figure = with_unit(indicator.value, indicator.unit, lang)
    return f"≈ {figure}" if indicator.approximate else figure


COMPARISONS = ("higher", "lower", "more", "less", "equal", "increase", "decrease")


def format_comparison(indicator: Indicator, lang: str = "en") -> str:
    """``higher than the national average (29%)``; ``""`` when the text compares nothing."""
    comparison, reference = indicator.comparison, indicator.reference
    ref = REFERENCES[lang].get(reference or "", reference or "")
    if comparison in COMPARISONS:
        shown = text(lang, f"{comparison}_ref", ref=ref) if ref else text(lang, comparison)
    elif comparison:
        shown = f"{comparison} {ref}".strip()
    else:
        shown = text(lang, "ref", ref=ref) if ref else ""
    if indicator.national_value is not None:
        shown += f" ({with_unit(indicator.national_value, indicator.unit, lang)})"
    return shown.strip()


def by_sentence(indicators: tuple[Indicator, ...] | list[Indicator]) -> list[list[Indicator]]:
    """Indicators grouped by the sentence they stand in, in document order."""
    groups: dict[tuple[str, int, int], list[Indicator]] = {}
    for ind in indicators:
        context = ind.context
        groups.setdefault((context.document, context.start, context.end), []).append(ind)
    return list(groups.values())


def colours(comparison: Comparison) -> dict[str, str]:
    """Municipality IRI → its colour in every chart of the report."""
    return {iri: PALETTE[i % len(PALETTE)] for i, iri in enumerate(comparison.iris)}


def _legend(comparison: Comparison, lang: str, national: bool = False) -> tuple:
    colour = colours(comparison)
    items = [(comparison.labels(iri, lang), colour[iri]) for iri in comparison.iris]
    if national:
        items.append((text(lang, "national"), NATIONAL))
    return tuple(items)


def _unit_heading(unit: str | None, lang: str) -> str:
    return {"percent": "%"}.get(unit or "", UNITS[lang].get(unit or "", unit or "")) or "#"


def national_chart(comparison: Comparison, lang: str = "en") -> Chart | None:
    """Figures given with the national figure beside them, one group per unit."""
    colour = colours(comparison)
    by_unit: dict[str, list[Row]] = defaultdict(list)
    for iri in comparison.iris:
        name = comparison.labels(iri, lang)
        for ind in comparison.indicators[iri]:
            if ind.value is None or ind.national_value is None:
                continue
            bars = (
                Bar(float(ind.value), colour[iri], format_value(ind, lang), name),
                Bar(
                    float(ind.national_value),
                    NATIONAL,
                    with_unit(ind.national_value, ind.unit, lang),
                    text(lang, "national"),
                ),
            )
            by_unit[ind.unit or ""].append(Row(f"{name}: {ind.span.text}", bars, ind.context.text))
    if not by_unit:
        return None
    return Chart(
        text(lang, "chart_national"),
        tuple(Group(_unit_heading(u, lang), tuple(rows)) for u, rows in sorted(by_unit.items())),
        _legend(comparison, lang, national=True),
    )


def stated_difference(ind: Indicator) -> bool:
    """A percentage the text gives as more or less than the national average ("4% meer")."""
    return (
        ind.value is not None
        and ind.national_value is None
        and ind.reference == NATIONAL_REFERENCE
        and ind.unit == "percent"
        and ind.comparison in UP + DOWN
    )


def difference_chart(comparison: Comparison, lang: str = "en") -> Chart | None:
    """Figures stated as more or less than the national average (no national figure given)."""
    colour = colours(comparison)
    rows = []
    for iri in comparison.iris:
        name = comparison.labels(iri, lang)
        for ind in comparison.indicators[iri]:
            if not stated_difference(ind) or ind.value is None:
                continue
            sign = -1 if ind.comparison in DOWN else 1
            shown = ("≈ " if ind.approximate else "") + ("−" if sign < 0 else "+")
            shown += with_unit(ind.value, ind.unit, lang)
            rows.append(
                Row(
                    f"{name}: {ind.span.text}",
                    (Bar(sign * float(ind.value), colour[iri], shown, name),),
                    ind.context.text,
                )
            )
    if not rows:
        return None
    return Chart(
        text(lang, "chart_difference"),
        (Group("", tuple(rows)),),
        _legend(comparison, lang),
        diverging=True,
    )


def side_by_side_charts(comparison: Comparison, lang: str = "en") -> list[Chart]:
    """One chart per measure and unit with figures in two or more compared profiles.

    Only figures of the same measure of the controlled vocabulary (a
    ``kg:Measure`` with a Dutch label) and the same unit stand in one chart, so
    a count of people never stands next to the population and a percentage
    never next to a count. A figure without a measure, and a stated difference
    ("4% meer dan gemiddeld", which has its own chart), is not set side by
    side.
    """
    colour = colours(comparison)
    table: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for iri in comparison.iris:
        for ind in comparison.indicators[iri]:
            if ind.measure is None or ind.value is None or ind.unit is None:
                continue
            named = comparison.labels.names.get(ind.measure, ("", ""))[0]
            if named and not stated_difference(ind):
                table[(ind.measure, ind.unit)].append(ind)
    charts = []
    for (measure, unit), found in sorted(table.items()):
        if len({ind.municipality for ind in found}) < 2:
            continue
        rows = tuple(
            Row(
                f"{comparison.labels(ind.municipality, lang)}: {ind.span.text}",
                (
                    Bar(
                        float(ind.value or 0),
                        colour[ind.municipality],
                        format_value(ind, lang),
                        comparison.labels(ind.municipality, lang),
                    ),
                ),
                ind.context.text,
            )
            for ind in found
        )
        heading = f"{comparison.labels(measure, lang)} ({_unit_heading(unit, lang)})"
        charts.append(
            Chart(
                f"{text(lang, 'chart_side')}: {heading}",
                (Group(heading, rows),),
                _legend(comparison, lang),
            )
        )
    return charts
