"""A counted group ("de vier gemeenten", "haar twee buren") points back to the municipalities
just named (kg.extract.countedgroups), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, finding_for, key


def concerns_of(fragment, *paragraphs):
    doc, ex = extract_text(*paragraphs)
    return sorted(key(c) for c in finding_for(doc, ex, fragment).concerns)


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "Met Bernheze, Landerd en Boxmeer overlegt de gemeente over een fusie. Een "
            "beleidsmedewerker noemt die fusie onvermijdelijk, omdat de vier gemeenten samen "
            "klein zijn.",
            "onvermijdelijk",
            ["municipality/bernheze", "municipality/boxmeer", "municipality/landerd"],
        ),
        (
            "Teststad ligt tussen Gouda en Woerden. Ambtenaren vinden de samenwerking met haar "
            "twee buren moeizaam.",
            "moeizaam",
            ["municipality/gouda", "municipality/woerden"],
        ),
        (
            "De gemeente deelt een loket met Epe en Heerde. Raadsleden vinden dat de drie "
            "gemeenten te weinig van elkaar leren.",
            "van elkaar leren",
            ["municipality/epe", "municipality/heerde"],
        ),
        (
            "Sinds 2015 werkt Teststad met Urk en Dronten. Volgens de wethouder zijn deze 3 "
            "gemeenten het vaak oneens.",
            "oneens",
            ["municipality/dronten", "municipality/urk"],
        ),
    ],
)
def test_a_counted_group_is_the_municipalities_named_before(paragraph, fragment, expected):
    assert [k for k in concerns_of(fragment, paragraph) if k.startswith("municipality")] == (
        expected
    )


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (  # the count does not fit: four named, five counted
            "Met Bernheze, Landerd en Boxmeer overlegt de gemeente over een fusie. Een "
            "beleidsmedewerker vindt dat de vijf gemeenten te verschillend zijn.",
            "te verschillend",
        ),
        (  # the group is named after the phrase
            "Teststad werkt samen met Gouda en Woerden. Ambtenaren vinden dat de drie "
            "gemeenten van Midden-Holland te traag beslissen.",
            "te traag",
        ),
        (  # the neighbours are the others: the own municipality is no neighbour
            "Teststad werkt samen met Gouda. Ambtenaren vinden de samenwerking met haar twee "
            "buren moeizaam.",
            "moeizaam",
        ),
    ],
)
def test_no_municipality_from_a_count_that_does_not_fit(paragraph, fragment):
    found = concerns_of(fragment, paragraph)
    assert not [k for k in found if k.startswith("municipality")]


def test_a_count_in_another_paragraph_points_back_to_nothing():
    found = concerns_of(
        "te verschillend",
        "De gemeente werkt samen met Gouda en Woerden.",
        "Ambtenaren vinden dat de drie gemeenten te verschillend zijn.",
    )
    assert not [k for k in found if k.startswith("municipality")]


def test_a_count_in_a_sentence_naming_a_joint_body_is_its_membership():
    found = concerns_of(
        "namens de drie gemeenten",
        "De gemeente werkt samen met Gouda en Woerden. De jeugdhulp wordt ingekocht via het "
        "Inkoopbureau Jeugd Midden-Holland, dat namens de drie gemeenten de contracten sluit.",
    )
    assert not [k for k in found if k.startswith("municipality")]


def test_a_count_after_a_sentence_naming_a_region_is_its_membership():
    found = concerns_of(
        "te verschillend",
        "Teststad vormt met Gouda en Woerden de regio Midden-Holland. Ambtenaren vinden dat "
        "de drie gemeenten te verschillend zijn.",
    )
    assert not [k for k in found if k.startswith("municipality")]
