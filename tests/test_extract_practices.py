"""kg.extract.practices: a counted "praktijk" is a general practice."""

from __future__ import annotations

import pytest

from kg.extract.mentions import Mention
from kg.extract.practices import counted_practices
from tests.extract_helpers import extract_text, key

GP = Mention("role/general-practitioners", "role", 0, 0, "")


def _practices(text):
    return [m.text for m in counted_practices(text, 0, len(text), [], GP)]


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 2016 werken in vier praktijken praktijkondersteuners jeugd.",
        "In 12 praktijken is afgesproken dat de POH doorverwijst.",
        "Een praktijk in het dorp merkt dat de wachttijd oploopt.",
    ],
)
def test_a_practice_after_a_numeral_is_read(text):
    assert len(_practices(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In de praktijk blijkt dat lastig.",  # the idiom: in practice
        "Dat kan tot een andere praktijk leiden.",  # an adjective between
        "Goede praktijken worden gedeeld.",  # best practices: an adjective
        "Zij vertalen de wet in lokale praktijken.",
        "Hun praktijk staat in Zuid.",  # "hun" before the plural only
    ],
)
def test_an_uncounted_practice_is_not(text):
    assert _practices(text) == []


def test_a_practice_inside_a_known_mention_is_left_to_it():
    text = "In twee praktijken werkt een POH."
    inside = Mention("role/x", "role", 8, 18, "praktijken")
    assert counted_practices(text, 0, len(text), [inside], GP) == []


def test_the_document_must_name_general_practitioners():
    named = "De huisartsen zijn tevreden. In vier praktijken werkt een praktijkondersteuner."
    unnamed = "De scholen zijn tevreden. In vier praktijken werkt een praktijkondersteuner."

    def read(text):
        return {(key(m.entity), m.text) for m in extract_text(text)[1].mentions}

    assert ("role/general-practitioners", "praktijken") in read(named)
    assert ("role/general-practitioners", "praktijken") not in read(unnamed)


@pytest.mark.parametrize(
    "text",
    [
        "In een aantal praktijken draait een proef met een POH jeugd.",
        "Sinds 2016 werkt in enkele praktijken een praktijkondersteuner.",
        "In verschillende praktijken is een spreekuur gestart.",
        "Alle praktijken hebben nu een POH-GGZ.",
        "Zij willen een praktijkondersteuner jeugd in hun praktijken.",
    ],
)
def test_practices_after_a_vague_quantity_or_hun_are_general_practices(text):
    # the settlement of the thirty-seventh session (gold README, point 5)
    assert len(_practices(text)) == 1
