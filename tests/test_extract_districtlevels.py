"""Tests for kg.extract.districtlevels: a share's level in parts of the municipality."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.districtlevels import MUNICIPAL_AVERAGE
from tests.extract_helpers import extract_text


def _observations(sentence: str) -> list[tuple]:
    _, extraction = extract_text(sentence)
    return [
        (
            i.value,
            i.measure.rsplit("/", 1)[-1] if i.measure else None,
            i.comparison,
            i.reference,
        )
        for i in extraction.indicators
    ]


def test_a_figure_in_named_districts_measures_the_share_before_it():
    got = _observations(
        "Ongeveer 12% van de huishoudens heeft een laag inkomen, en in de wijken Noord en "
        "Oost ligt dat aandeel boven de 20%."
    )
    assert got[0][:2] == (Decimal(12), "share-low-income")
    assert got[1][:2] == (Decimal(20), "share-low-income")


def test_a_ratio_in_districts_compares_with_the_municipal_average():
    got = _observations(
        "Bijna 1 op de 10 huishoudens heeft een laag inkomen, en in de wijken Noord en Oost "
        "ligt dat aandeel naar schatting twee keer zo hoog."
    )
    assert got[-1] == (Decimal(2), "share-low-income", "higher", MUNICIPAL_AVERAGE)


def test_a_level_in_villages_compares_with_the_municipal_average():
    got = _observations(
        "Van de inwoners is 24% 65 jaar of ouder; in de dorpen Oosterhuizen en Westerdijk "
        "ligt dat aandeel nog hoger."
    )
    assert (None, "share-65-plus", "higher", MUNICIPAL_AVERAGE) in got


def test_a_figure_of_another_subject_keeps_its_own_reading():
    got = _observations(
        "Ongeveer 12% van de huishoudens heeft een laag inkomen; in de wijken Noord en Oost "
        "wonen 3.000 mensen."
    )
    assert all(r != MUNICIPAL_AVERAGE for *_, r in got)
