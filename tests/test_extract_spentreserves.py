"""A reserve spent: one that runs empty ("is binnen drie jaar op") or is used up ("is binnen
twee jaar uitgeput"), far from its noun or taken up by "Die": a deficit, not a shrinking
budget nor the budget pressure of the claim before it."""

from __future__ import annotations

import re

import pytest

from kg.extract.problemclauses import clause_problems
from kg.extract.spentreserves import exhausted_reserve, spent_reserve
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


def _used_up(text: str, start: int = 0) -> bool:
    words = frozenset(re.findall(r"\w+", text[start:].lower()))
    return exhausted_reserve(text, start, len(text), words) is not None


@pytest.mark.parametrize(
    "text",
    [
        "De reserve bedroeg eind 2016 nog € 1,9 miljoen en is naar verwachting over drie jaar "
        "uitgeput.",
        "De buffer van de gemeente werd in 2015 flink aangevuld en is bij deze uitgaven binnen "
        "een paar jaar opgebruikt.",
        "De reserves voor de jeugdhulp en de Wmo zijn sinds de start van de decentralisaties "
        "bijna leeg.",
    ],
)
def test_a_reserve_far_before_its_used_up_predicate_is_read(text):
    assert _used_up(text)
    found = [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(text)]
    assert "budget-overrun" in found


@pytest.mark.parametrize(
    "text",
    [
        "De reserve is na twee tekortjaren nog lang niet uitgeput.",  # negated
        "De reserve is gevuld, maar de mantelzorgers in de dorpen zijn uitgeput.",  # new clause
        "De reserve bleef gelijk en de wachtlijst werd langer.",  # nothing used up
    ],
)
def test_no_used_up_reserve_is_read_in_near_misses(text):
    assert not _used_up(text)


def test_a_demonstrative_that_takes_up_a_reserve_is_read():
    s = "Het overschot op de Wmo ging naar een reserve. Die is binnen twee jaar uitgeput."
    assert _used_up(s, s.index("Die"))
    t = "Het overschot ging naar de jeugdhulp. Die is binnen twee jaar uitgeput."
    assert not _used_up(t, t.index("Die"))  # "Die" takes up no reserve


def test_the_used_up_reserve_replaces_the_pressure_carried_from_the_claim_before():
    doc, ex = extract_text(
        "Het college verwacht dat de budgetten de komende jaren verder onder druk komen te "
        "staan. De reserve sociaal domein bedroeg eind 2016 nog € 1,9 miljoen en is naar "
        "verwachting binnen twee jaar uitgeput."
    )
    f = finding_for(doc, ex, "binnen twee jaar uitgeput")
    concerns = {key(c) for c in f.concerns}
    assert "problem/budget-overrun" in concerns
    assert "problem/budget-pressure" not in concerns
