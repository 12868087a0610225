"""kg.extract.pointchanges: a change in percentage points folds into the level beside it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _figures(sentence: str) -> list[tuple]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.unit, i.comparison) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aandeel ouderen steeg in vijf jaar met drie procentpunten, tot 24%.",
            (Decimal(24), "percent", "increase"),
        ),
        (
            "Volgens de monitor rookt 21% van de jongeren, vier procentpunten minder dan bij de "
            "vorige meting.",
            (Decimal(21), "percent", "decrease"),
        ),
        (
            "De arbeidsparticipatie is 61%, twee procentpunten meer dan in de regio.",
            (Decimal(61), "percent", "higher"),
        ),
    ],
)
def test_the_level_takes_the_direction_of_its_points(sentence, expected):
    figures = _figures(sentence)
    assert expected in figures
    assert all(unit != "percentage points" for _, unit, _ in figures)


def test_points_with_no_level_beside_them_stay():
    figures = _figures("Het aandeel jongeren in de bijstand daalde met twee procentpunten.")
    assert [unit for _, unit, _ in figures] == ["percentage points"]
