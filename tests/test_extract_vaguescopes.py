"""Vague amounts inside a comparison without a figure (:mod:`kg.extract.vaguescopes`)."""

from __future__ import annotations

import pytest

from kg.document import parse_profile
from kg.extract.indicators import default_measures
from kg.extract.model import Indicator
from kg.extract.vaguescopes import bare_vague, compared_levels
from tests.extract_helpers import extract_text


def test_bare_vague():
    assert bare_vague(Indicator(0, 5, 0, None, "", None, "percent", approximate=True))
    assert not bare_vague(Indicator(0, 5, 0, None, "", 3, "count"))
    assert not bare_vague(Indicator(0, 5, 0, None, "", None, None, comparison="higher"))


def test_a_vague_amount_does_not_hide_the_comparison_around_it():
    text = "Gemeente\n\nZorg\n\nHet gebruik ligt in een deel van de wijken hoger dan landelijk.\n"
    doc = parse_profile(text, "gemeente")
    start = doc.text.index("een deel")
    part = Indicator(start, start + 8, doc.sentences[0].index, None, "", None, "percent")
    found, levels = compared_levels(doc, [part], default_measures())
    assert found == [part]
    assert [lv.comparison for lv in levels] == ["higher"]


def test_a_vague_amount_of_the_population_does_not_measure_the_population():
    text = "Gemeente\n\nWerk\n\nVeel inwoners werken in de haven.\n"
    doc = parse_profile(text, "gemeente")
    start = doc.text.index("Veel")
    vague = Indicator(start, start + 12, 1, "inhabitants", "", None, "count", approximate=True)
    found, _ = compared_levels(doc, [vague], default_measures())
    assert found[0].measure is None


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Volgens de teams hebben veel gezinnen schulden.", "households"),
        ("Sommige cliënten kregen een naheffing.", "clients"),
        ("Er zijn veel mantelzorgers actief.", "informal-carers"),
        ("Er wonen veel jonge gezinnen in de wijk.", "households"),  # "ge-" is no participle
        ("Veel inwoners werken in de haven.", None),  # a part of the population: commuters
    ],
)
def test_a_vague_count_of_a_counted_group_keeps_its_measure(sentence, measure):
    _, extraction = extract_text(sentence)
    assert [(i.value, i.unit, i.measure) for i in extraction.indicators] == [
        (None, "count", measure)
    ]


def test_a_vague_share_names_no_measured_share():
    text = "Gemeente\n\nJeugd\n\nHet grootste deel van de jongeren krijgt jeugdhulp.\n"
    doc = parse_profile(text, "gemeente")
    start = doc.text.index("Het grootste")
    vague = Indicator(start, start + 16, 1, "share-youth-care", "", None, "percent")
    found, _ = compared_levels(doc, [vague], default_measures())
    assert found[0].measure is None


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("Relatief zijn er veel huishoudens met schulden.", "more"),  # the level's degree
        ("Het dorp telt betrekkelijk veel bijstandsontvangers.", "more"),
        ("Er wonen weinig mensen met een laag inkomen.", "lower"),
        # a like case frames the comparison: no amount of the subject
        ("Zoals in veel kleine gemeenten is het aantal bijstandsgerechtigden laag.", "lower"),
    ],
)
def test_veel_or_weinig_a_level_reads_is_one_observation(sentence, comparison):
    _, extraction = extract_text(sentence)
    assert [(i.value, i.comparison) for i in extraction.indicators] == [(None, comparison)]


def test_a_vague_amount_other_than_a_degree_stays_beside_a_level():
    _, extraction = extract_text("De bevolking krimpt in een deel van de dorpen.")
    found = sorted((i.comparison or "", i.value) for i in extraction.indicators)
    assert found == [("", None), ("decrease", None)]
    assert any(i.qualifier == "een deel" for i in extraction.indicators)


@pytest.mark.parametrize(
    "sentence",
    [
        "In de gemeente lopen weinig re-integratietrajecten.",
        "Gezien het aantal uitkeringen lopen er daarentegen weinig re-integratietrajecten.",
        "Er zijn zeer weinig bezwaarschriften ingediend.",
        "Er zijn weinig banen voor laaggeschoolden.",
    ],
)
def test_few_of_a_countable_group_is_a_vague_count(sentence):
    _doc, ex = extract_text(sentence)
    found = [(i.value, i.unit, i.approximate) for i in ex.indicators]
    assert found == [(None, "count", True)]


def test_a_level_before_few_reads_it_as_its_degree():
    _doc, ex = extract_text("Er wonen relatief weinig mensen met een laag inkomen.")
    assert all(i.unit is None and i.comparison == "lower" for i in ex.indicators)
