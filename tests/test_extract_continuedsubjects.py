"""A clause that goes on about the subject before it (:mod:`kg.extract.continuedsubjects`),
read in invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aantal werklozen is de laatste jaren gedaald, maar ligt nog boven het gemiddelde.",
            [("unemployment-rate", "decrease"), ("unemployment-rate", "higher")],
        ),
        (
            "Het aandeel jongeren is gedaald, maar ligt nog boven het landelijk gemiddelde.",
            [("share-under-25", "decrease"), ("share-under-25", "higher")],
        ),
    ],
)
def test_a_clause_without_a_subject_takes_the_measure_before_it(sentence, expected):
    _, extraction = extract_text(sentence)
    assert [(i.measure, i.comparison) for i in extraction.indicators] == expected


def test_a_clause_with_a_subject_of_its_own_keeps_its_own():
    _, extraction = extract_text(
        "Het aandeel ouderen is gestegen, en de werkloosheid is lager dan in de regio."
    )
    assert [i.measure for i in extraction.indicators] == ["share-65-plus", "unemployment-rate"]
