"""A reserve that runs empty ("is binnen drie jaar op"): a deficit, not a shrinking budget."""

from __future__ import annotations

import re

import pytest

from kg.extract.problemclauses import clause_problems
from kg.extract.spentreserves import spent_reserve
from tests.extract_helpers import extract_text, finding_for, key


def _spent(text: str) -> bool:
    words = frozenset(re.findall(r"\w+", text.lower()))
    return spent_reserve(text, 0, len(text), words) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De reserve voor de Wmo is bij dit tempo binnen twee jaar op.", True),
        ("Als de uitgaven zo doorgaan, is de reserve over een paar jaren op.", True),
        ("Volgens de controller raken de reserves van de gemeente snel op.", True),
        ("Het weerstandsvermogen is na twee tegenvallende jaren al grotendeels op.", True),
        ("De reservepositie is eind dit jaar vrijwel op, zegt de wethouder.", True),
        ("De reserve wordt op 1 januari opnieuw berekend.", False),
        ("De algemene reserve groeit jaar op jaar.", False),
        ("De reserve is ruim, maar de wachtlijst loopt snel op.", False),
        ("De kosten lopen snel op.", False),
    ],
)
def test_a_reserve_that_is_op_after_a_time_or_degree_runs_empty(text, expected):
    assert _spent(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "De reserve daalde van € 5,1 miljoen naar € 3,8 miljoen en is zo binnen vier jaar op.",
        "De buffer van de gemeente is gedaald en is bij deze uitgaven binnen een paar jaar op.",
        "De reserves slinken en zijn volgens de raad dan snel op.",
        "Het weerstandsvermogen is gedaald en is straks op.",
    ],
)
def test_a_reserve_that_shrinks_and_runs_empty_is_a_deficit_alone(text):
    found = [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(text)]
    assert "budget-overrun" in found
    assert "budget-pressure" not in found


@pytest.mark.parametrize(
    "text",
    [
        "De reserve is sinds 2015 gedaald tot € 2 miljoen.",
        "De buffers slinken door de lagere rijksbijdrage.",
    ],
)
def test_a_reserve_that_only_shrinks_stays_budget_pressure(text):
    found = [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(text)]
    assert found == ["budget-pressure"]


def test_the_finding_of_a_spent_reserve_has_the_deficit_as_concern():
    doc, ex = extract_text(
        "Volgens de wethouder is de reserve sociaal domein bij deze uitgaven binnen twee jaar op."
    )
    f = finding_for(doc, ex, "binnen twee jaar op")
    concerns = {key(c) for c in f.concerns}
    assert "problem/budget-overrun" in concerns
    assert "problem/budget-pressure" not in concerns
