"""A fact the writers state, then confirmed by a named group in a clause of its own."""

from __future__ import annotations

import pytest

from kg.extract.confirmedfacts import AUTHORS, confirmed_at, with_writers
from kg.namespaces import CONCEPT
from tests.extract_helpers import extract_text, finding_for, key

GP = CONCEPT + "role/general-practitioners"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aantal kinderen in armoede groeit, en de schuldhulpverleners herkennen dat.",
            ["role/authors", "role/debt-counsellors"],
        ),
        (
            "De wachttijd voor de jeugd-ggz is opgelopen tot vier maanden; "
            "de huisartsen bevestigen dit.",
            ["role/authors", "role/general-practitioners"],
        ),
        (
            "Veel ouderen wonen alleen in een te groot huis, en ook de ouderenadviseurs "
            "beamen dat.",
            ["role/authors", "role/ouderenadviseur"],
        ),
        (
            "De vraag naar huishoudelijke hulp stijgt elk jaar, en de Wmo-raad "
            "onderschrijft dat beeld.",
            ["role/authors", "role/wmo-council"],
        ),
    ],
)
def test_a_confirmed_fact_has_the_writers_and_the_group(sentence, expected):
    doc, ex = extract_text(sentence)
    found = finding_for(doc, ex, sentence[:30])
    assert sorted(key(s) for s in found.speakers) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the group opens the sentence: it alone speaks
        ("De huisartsen herkennen dat beeld niet.", ["role/general-practitioners"]),
        # the fact has a speaker of its own: no writers
        (
            "De wethouder vindt de kosten te hoog, en de raadsleden beamen dat.",
            ["role/alderman", "role/council-members"],
        ),
        # an object of its own, not a confirmation of the fact before
        (
            "De kosten stijgen, en de huisartsen herkennen de signalen van armoede niet.",
            ["role/general-practitioners"],
        ),
    ],
)
def test_no_writers_join_where_no_fact_is_confirmed(sentence, expected):
    doc, ex = extract_text(sentence)
    found = finding_for(doc, ex, sentence[:25])
    assert sorted(key(s) for s in found.speakers) == expected


def test_confirmed_at_finds_the_closing_clause():
    s = "Het aantal daklozen groeit; de GGD bevestigt dit."
    assert s[confirmed_at(s) :] == "; de GGD bevestigt dit."
    assert confirmed_at("Het aantal daklozen groeit, en dat bevestigt de krant niet.") is None
    assert confirmed_at("Het aantal daklozen groeit.") is None


def test_with_writers_keeps_a_fact_with_a_speaker():
    s = "De huisartsen zien meer jongeren, en de scholen herkennen dat."
    assert with_writers(s, s.index("huisartsen"), [GP]) == [GP]
    t = "Er zijn meer jongeren, en de huisartsen herkennen dat."
    assert with_writers(t, t.index("huisartsen"), [GP]) == [GP, AUTHORS]


def test_the_group_not_the_writers_goes_on_speaking():
    first = "Het aantal jongeren met jeugdhulp stijgt, en de huisartsen herkennen dat."
    then = "Zij zeggen dat ouders vaak pas laat hulp vragen."
    doc, ex = extract_text(first + " " + then)
    found = finding_for(doc, ex, "Zij zeggen")
    assert [key(s) for s in found.speakers] == ["role/general-practitioners"]
