"""kg.compare.figures: which indicators the compare report sets side by side."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.compare.figures import format_comparison, side_by_side_charts, stated_difference
from kg.compare.model import Comparison, Indicator, Labels, Municipality, Span

ID = "https://w3id.org/kg-decentralisatie/id/"
MEASURE = "https://w3id.org/kg-decentralisatie/concept/measure/"
TOWN_A, TOWN_B = ID + "municipality/a", ID + "municipality/b"


def _ind(town, measure, value, unit, n, **kw):
    span = Span(town.rsplit("/", 1)[-1], n, n + 5, f"figure {n}")
    return Indicator(f"{ID}observation/{n}", town, measure, span, Decimal(value), unit, **kw)


def _comparison(a, b):
    names = {TOWN_A: ("A", "A"), TOWN_B: ("B", "B")}
    names[MEASURE + "inhabitants"] = ("aantal inwoners", "inhabitants")
    names[MEASURE + "share-65-plus"] = ("aandeel 65-plussers", "share aged 65 and over")
    labels = Labels(names, {TOWN_A: "municipality", TOWN_B: "municipality"})
    towns = (Municipality(TOWN_A, None, 0, len(a), 0), Municipality(TOWN_B, None, 0, len(b), 0))
    return Comparison(towns, labels, {}, {TOWN_A: a, TOWN_B: b}, {}, {})


def test_a_count_of_people_is_never_charted_against_the_population():
    a = (
        _ind(TOWN_A, MEASURE + "inhabitants", 30000, "count", 1),
        _ind(TOWN_A, None, 2, "count", 2),  # "twee inwoners kwamen": no measure
    )
    b = (_ind(TOWN_B, MEASURE + "inhabitants", 21000, "count", 3),)
    charts = side_by_side_charts(_comparison(a, b))
    assert len(charts) == 1
    values = [bar.value for g in charts[0].groups for r in g.rows for bar in r.bars]
    assert sorted(values) == [21000.0, 30000.0]


def test_same_measure_in_two_units_gives_two_charts_or_none():
    a = (_ind(TOWN_A, MEASURE + "share-65-plus", 21, "percent", 1),)
    b = (_ind(TOWN_B, MEASURE + "share-65-plus", 5000, "count", 2),)
    assert side_by_side_charts(_comparison(a, b)) == []


def test_a_stated_difference_is_not_set_beside_a_level():
    diff = _ind(
        TOWN_A,
        MEASURE + "share-65-plus",
        4,
        "percent",
        1,
        comparison="more",
        reference="national average",
    )
    level = _ind(TOWN_B, MEASURE + "share-65-plus", 18, "percent", 2)
    assert stated_difference(diff) and not stated_difference(level)
    assert side_by_side_charts(_comparison((diff,), (level,))) == []
    other = _ind(TOWN_A, MEASURE + "share-65-plus", 21, "percent", 3)
    charts = side_by_side_charts(_comparison((diff, other), (level,)))
    assert [bar.value for g in charts[0].groups for r in g.rows for bar in r.bars] == [21.0, 18.0]


def test_a_measure_without_a_vocabulary_label_is_not_charted():
    a = (_ind(TOWN_A, MEASURE + "unknown", 3, "count", 1),)
    b = (_ind(TOWN_B, MEASURE + "unknown", 4, "count", 2),)
    assert side_by_side_charts(_comparison(a, b)) == []


def test_a_change_over_time_reads_as_a_change_and_is_no_stated_difference():
    rise = _ind(TOWN_A, None, 40, "percent", 1, comparison="increase", reference="previous year")
    fall = _ind(TOWN_A, None, 3, "count", 2, comparison="decrease")
    assert format_comparison(rise) == "increased compared with the year before"
    assert format_comparison(fall, "nl") == "gedaald"
    assert not stated_difference(rise)
    assert not stated_difference(
        _ind(TOWN_A, None, 4, "percent", 3, comparison="increase", reference="national average")
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_reference_the_extractor_writes_reads_in_the_reports_language(lang):
    from kg.compare.i18n import REFERENCES

    written = {
        "national average",
        "comparable municipalities",
        "other municipalities",
        "region",
        "province",
        "previous year",
        "expected",
        "plan",
        "budget",
    }
    assert written <= set(REFERENCES[lang])
    if lang == "nl":
        assert not [v for v in REFERENCES[lang].values() if v in written]


def test_a_rate_per_thousand_inhabitants_is_never_charted_against_a_count():
    names_measure = MEASURE + "benefit-recipients"
    a = (_ind(TOWN_A, names_measure, 52, "per 1000 inhabitants", 1),)
    b = (_ind(TOWN_B, names_measure, 1400, "count", 2),)
    comparison = _comparison(a, b)
    comparison.labels.names[names_measure] = ("aantal bijstandsuitkeringen", "benefit recipients")
    assert side_by_side_charts(comparison) == []
    c = (_ind(TOWN_B, names_measure, 38, "per 1000 inhabitants", 3),)
    comparison = _comparison(a, c)
    comparison.labels.names[names_measure] = ("aantal bijstandsuitkeringen", "benefit recipients")
    [chart] = side_by_side_charts(comparison)
    assert "per 1,000 inhabitants" in chart.title
