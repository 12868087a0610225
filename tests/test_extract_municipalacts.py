"""An act of administration by the municipality, told plainly: the authors' fact."""

from __future__ import annotations

import pytest

from kg.extract.municipalacts import acts, municipal_act
from kg.namespaces import CONCEPT
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "after",
    [
        " heeft daarom in 2016 de grens voor het minimabeleid verruimd tot 120%.",
        " heeft voor 2017 een bezuiniging van vier ton op de begeleiding aangekondigd.",
        " deed in 2015 en 2016 een beroep op de vangnetregeling.",
    ],
)
def test_a_measure_in_the_active_perfect_is_an_act(after):
    assert acts(after)


@pytest.mark.parametrize(
    "after",
    [
        " heeft aangekondigd dat de tarieven omlaag gaan.",  # a report
        " heeft de tarieven verlaagd, maar de aanbieders zijn boos.",  # set against
        " heeft volgens de aanbieders de tarieven verlaagd.",  # a source
        " heeft een kindpakket voor gezinnen met weinig geld.",  # no measure
    ],
)
def test_a_report_a_contrast_or_no_measure_is_no_act(after):
    assert not acts(after)


def test_only_the_municipality_its_board_and_council_act_so():
    t = "De woningcorporatie heeft de huren verhoogd."
    assert not municipal_act(t, 0, len(t), CONCEPT + "role/housing-corporations", t[19:])
    t = "De gemeente heeft de huren verhoogd."
    assert municipal_act(t, 0, len(t), None, "")


def test_an_act_of_the_municipality_ends_the_account_before_it():
    doc, ex = extract_text(
        "De schuldhulpverleners zien veel gezinnen met schulden. Zij vinden de regelingen te "
        "karig. De gemeente heeft daarom in 2016 de grens voor het minimabeleid verruimd."
    )
    assert [key(s) for s in finding_for(doc, ex, "De gemeente heeft").speakers] == ["role/authors"]
