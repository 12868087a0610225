"""Compounds whose last part makes them part of a proper name (kg.extract.namecompounds)."""

from __future__ import annotations

import pytest

from kg.extract.namecompounds import is_name_compound, name_compound_endings


@pytest.mark.parametrize(
    "word",
    [
        "Woningstichting",
        "Inkoopbureau",
        "Werkgeversservicepunt",
        "Werkplein",
        "Mantelzorgsteunpunt",
        "Vrijwilligerscentrale",
        "Metropoolregio",
    ],
)
def test_a_legal_form_or_an_office_ends_a_name_compound(word):
    assert is_name_compound(word)


@pytest.mark.parametrize(
    "word", ["Woningcorporatie", "Welzijnsorganisatie", "Stichting", "Bureau", "Zorgaanbieder"]
)
def test_a_describing_noun_or_a_simple_head_is_none(word):
    assert not is_name_compound(word)


def test_the_endings_are_data():
    assert {"stichting", "bureau", "punt"} <= set(name_compound_endings())


def test_the_rest_of_a_compound_named_body_is_a_label_unless_it_is_a_known_area():
    from kg.extract.model import SentenceMention
    from kg.extract.namecompounds import extra_labels

    text = "Werkplein Noordkust"
    run = [(0, 9, "Werkplein"), (10, 19, "Noordkust")]
    assert extra_labels(text, run, 0, 0, 19, "head") == ("Noordkust",)
    area = SentenceMention("region/noordkust", "region", 10, 19, "Noordkust", 0)
    assert extra_labels(text, run, 0, 0, 19, "head", [area]) == ()
