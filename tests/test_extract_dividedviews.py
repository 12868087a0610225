"""Tests for kg.extract.dividedviews: divided views, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import dividedviews


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # topic first, the divided group after the verb: two-sided
        ("Over de regio zijn raadsleden verdeeld.", "mixed"),
        ("Over de inkoop waren de wethouders sterk verdeeld.", "mixed"),
        ("Over de rol van de raad zijn de meningen verdeeld.", "mixed"),
        # views split over a cause explain it: no verdict
        ("Over de oorzaak van dat tekort lopen de meningen uiteen.", "neutral"),
        ("De meningen over de redenen van de stijging zijn verdeeld.", "neutral"),
    ],
)
def test_divided_views(sentence, expected):
    assert polarity_of(sentence) == expected


def test_fronted_reads_only_a_stated_division():
    s = "Over de regio zijn raadsleden niet verdeeld."
    assert not dividedviews.fronted(s, 0, len(s))
    s = "Over het jaar is het budget verdeeld over drie teams."
    assert not dividedviews.fronted(s, 0, len(s))
    s = "Het budget is verdeeld."
    assert not dividedviews.fronted(s, 0, len(s))


def test_about_cause_needs_a_cause_as_topic():
    s = "Over de oorzaak zijn de meningen verdeeld."
    assert dividedviews.about_cause(s, 0, len(s))
    s = "Over de samenwerking zijn de meningen verdeeld."
    assert not dividedviews.about_cause(s, 0, len(s))
