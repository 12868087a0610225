"""A change stated in an "als"-clause is a condition, no observation (kg/extract/ifclauses.py)."""

from __future__ import annotations

import pytest

from kg.extract.ifclauses import in_if_clause
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "word", "inside"),
    [
        ("De reserve is eind 2017 op als de groei van de jeugdhulp aanhoudt.", "groei", True),
        ("Als er meer meldingen komen, groeit de wachtlijst.", "meldingen", True),
        ("Als er meer meldingen komen, groeit de wachtlijst.", "groeit", False),
        ("Het gebruik is even hoog als het landelijk gemiddelde en stijgt.", "stijgt", False),
        ("Zowel de gemeente als de aanbieders zien de vraag stijgen.", "stijgen", False),
        ("Tiel is als grootste gemeente de trekker en de kosten stijgen.", "stijgen", False),
    ],
)
def test_the_clause_a_conditional_als_opens(sentence, word, inside):
    assert in_if_clause(sentence, sentence.index(word)) is inside


def test_a_change_in_an_if_clause_gives_no_indicator():
    _, ex = extract_text(
        "Volgens de controller is de reserve eind 2017 op als de groei van de jeugdhulp aanhoudt."
    )
    assert ex.indicators == []


def test_a_change_in_the_main_clause_before_an_if_clause_stays():
    _, ex = extract_text("De kosten stijgen als de vraag groeit.")
    assert [i.comparison for i in ex.indicators] == ["increase"]
