"""Figure-less levels in set phrases (:mod:`kg.extract.figureidioms`), read in invented
sentences."""

from __future__ import annotations

import pytest

from kg.extract.figureidioms import fronted_degrees, lagging_on, left_over
from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.measure, i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Naar verhouding wonen er veel 65-plussers in de kernen.",
            ("share-65-plus", "more", None),
        ),
        (
            "Verhoudingsgewijs leven er weinig jongeren in het dorp.",
            ("share-under-25", "lower", None),
        ),
        (
            "Meer dan gemiddeld wonen er ouderen in het buitengebied.",
            ("share-65-plus", "more", "national average"),
        ),
        ("Relatief zijn er veel huishoudens met schulden.", (None, "more", None)),
    ],
)
def test_a_degree_put_first_states_a_level(sentence, expected):
    found = _read(sentence)
    assert len(found) == 1
    if expected[0] is None:
        assert found[0][1:] == expected[1:]
    else:
        assert found[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatief zijn er veel vragen over de regels.",  # no group counted
        "Naar verhouding is het werk zwaar.",
        "In verhouding hebben zij veel tijd.",
    ],
)
def test_a_fronted_degree_without_a_group_is_none(sentence):
    assert fronted_degrees(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente blijft achter bij de provincie wat betreft de arbeidsparticipatie.",
            ("labour-participation", "lower", "provincial average"),
        ),
        (
            "Qua werkgelegenheid loopt de gemeente achter op het landelijk gemiddelde.",
            (None, "lower", "national average"),
        ),
        (
            "Wat de arbeidsparticipatie betreft blijft de gemeente achter.",
            ("labour-participation", "lower", None),
        ),
    ],
)
def test_a_place_lagging_behind_on_a_quantity_states_its_low_level(sentence, expected):
    assert _read(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wat betreft de planning blijft het project achter.",  # no quantity
        "De gemeente blijft achter met de invoering van het beleid.",
    ],
)
def test_lagging_behind_on_no_quantity_is_none(sentence):
    assert lagging_on(sentence, 0, len(sentence)) == []


def test_ageing_named_as_a_trait_is_no_observation():
    # no ageing level; "veel kleine kernen" is a vague amount of places (value null)
    _, extraction = extract_text("Het is een vergrijsde gemeente met veel kleine kernen.")
    found = [(i.measure, i.comparison, i.value, i.unit, i.qualifier) for i in extraction.indicators]
    assert found == [(None, None, None, "count", "veel")]


def test_money_left_over_is_a_surplus():
    s = "In 2016 hield de gemeente geld over."
    assert [c.subject for c in left_over(s, 0, len(s))] == ["overschot"]
