"""A reserve kept, filled or counted on is its own subject, not its paragraph's deficit."""

from __future__ import annotations

import pytest

from kg.extract.keptreserves import kept_reserve
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het geld dat op de Wmo overbleef, is in een reserve gestort.", True),
        ("De raad stortte het overschot in de reserve sociaal domein.", True),
        ("Volgens de controller is de buffer nodig voor tegenvallers in de komende jaren.", True),
        ("De wethouder verwacht dat de reserve tot 2019 toereikend is.", True),
        ("Een fractie vraagt of er in de reserves nog geld over is.", True),
        ("Een reserve geeft de gemeente rust, zeggen ambtenaren.", True),
        ("De reserve is nodig om het tekort op de jeugdhulp te dekken.", False),
        ("De buffer is nodig en is bij deze groei binnen een jaar op.", False),
        ("De reserve werd in 2016 voor een groot deel aangesproken.", False),
        ("Het overschot is teruggegaan naar de algemene middelen.", False),
        ("Er is meer geld nodig voor de jeugdhulp.", False),
    ],
)
def test_a_reserve_filled_needed_or_sufficient_is_kept(text, expected):
    assert kept_reserve(text) is expected


def test_a_kept_reserve_takes_no_deficit_from_its_paragraph():
    doc, ex = extract_text(
        "De jeugdhulp kende in 2015 een tekort van € 1 miljoen. Ook in 2016 was er een tekort "
        "op de jeugdhulp. Het college verwacht voor 2017 opnieuw een tekort. "
        "De wethouder rekent erop dat de reserve tot 2019 toereikend is."
    )
    f = finding_for(doc, ex, "toereikend")
    assert "problem/budget-overrun" not in {key(c) for c in f.concerns}


def test_a_spent_reserve_keeps_the_deficit():
    doc, ex = extract_text(
        "De jeugdhulp kende in 2015 een tekort van € 1 miljoen. "
        "Dat tekort is uit de reserve sociaal domein gedekt."
    )
    f = finding_for(doc, ex, "gedekt")
    assert "problem/budget-overrun" in {key(c) for c in f.concerns}


def test_every_reserve_noun_holds_a_gate_stem():
    """The plain gate before the words are read is exact: each noun holds one of its stems."""
    from kg.extract.keptreserves import _NOUNS, _STEMS

    assert all(any(stem in noun for stem in _STEMS) for noun in _NOUNS)
