"""A province named like its capital, read as the area (kg.extract.provinceplaces)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def _found(sentence: str) -> list[tuple[str, str]]:
    _, ex = extract_text(sentence, title="Hengelo")
    return [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Als Utrechtse gemeente koopt zij jeugdhulp in.", ("Utrechtse", "place/utrecht")),
        ("Zij valt onder een Utrechtse jeugdregio.", ("Utrechtse", "place/utrecht")),
        ("Zij ligt op de grens van Utrecht en Gelderland.", ("Utrecht", "place/utrecht")),
    ],
)
def test_the_province_is_meant_where_the_text_speaks_of_its_area(sentence, expected):
    assert expected in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Veel jongeren studeren in Utrecht.", ("Utrecht", "municipality/utrecht")),
        ("Het Utrechtse stadhuis is groot.", ("Utrechtse", "municipality/utrecht")),
    ],
)
def test_the_city_stays_the_municipality(sentence, expected):
    assert expected in _found(sentence)


def test_the_attributive_groninger_before_gemeenten_is_the_province():
    _, ex = extract_text("Het bureau koopt in voor alle 23 Groninger gemeenten.")
    assert ("Groninger", "place/groningen") in {(m.text, key(m.entity)) for m in ex.mentions}
