"""A relation stated in a clause fronted by "tot" and a past moment has ended
(kg.extract.relationpast); invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from kg.extract.relationpast import ended_in, past_clause
from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
WELZIJN = "organisation/stichting-welzijn-noord"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tot 2015 voerde de gemeente de schuldhulpverlening samen met Heerlen uit.",
        "Tot 1 januari 2016 verzorgde Stichting Welzijn Noord de ouderenadvisering voor de"
        " gemeente; die taak is nu bij de wijkteams belegd.",
        "Tot voor kort werkte de gemeente voor de inkoop samen met Heerlen.",
        "Tot 2014 werd de schuldhulpverlening door Stichting Welzijn Noord uitgevoerd.",
    ],
)
def test_a_relation_until_a_past_moment_states_none(sentence):
    found = relations(sentence)
    assert not {r for r in found if HEERLEN in r or WELZIJN in r}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the present tense: the state still holds until then
        (
            "Tot 2018 werkt de gemeente voor de inkoop samen met Heerlen.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        # a party named after the clause about the past keeps its relation
        (
            "Tot 2015 voerde de gemeente de taak zelf uit; sindsdien werkt zij samen met Heerlen.",
            ("cooperates-with", OWN, HEERLEN),
        ),
    ],
)
def test_a_relation_that_holds_is_kept(sentence, expected):
    assert expected in relations(sentence)


def test_the_past_clause_ends_at_a_semicolon():
    s = "Tot 2015 werkte A samen met B; nu werkt A samen met C."
    start, end = past_clause(s, 0, len(s))
    assert s[start:end] == "Tot 2015 werkte A samen met B"


def test_a_relation_with_a_party_named_outside_is_not_in_the_past_clause():
    from kg.extract.model import SentenceMention as M

    a, c = M("m/a", "municipality", 18, 19, "A", 0), M("m/c", "municipality", 51, 52, "C", 0)
    assert ended_in((0, 29), [a], ("m/a",))
    assert not ended_in((0, 29), [a, c], ("m/a", "m/c"))
