"""A reserve used up ("is binnen twee jaar uitgeput"), far from its noun or taken up by
"Die": a deficit, not the budget pressure of the claim before it."""

from __future__ import annotations

import re

import pytest

from kg.extract.exhaustedreserves import exhausted_reserve
from kg.extract.problemclauses import clause_problems
from tests.extract_helpers import extract_text, finding_for, key


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
