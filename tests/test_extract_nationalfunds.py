"""The national government as the giver of a budget named by a "rijks-" compound."""

from __future__ import annotations

import pytest

from kg.extract.nationalfunds import national_funds
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Volgens de wethouder daalt de rijksbijdrage per Wsw-plek elk jaar.", True),
        ("Raadsleden vrezen de krimpende rijksbudgetten na 2018.", True),
        ("De rijksmiddelen voor beschermd wonen zijn volgens ambtenaren te krap.", True),
        ("De gemeente heeft een rijk verenigingsleven en een eigen budget.", False),  # adjective
        ("Het Rijksmuseum trekt volgens de wethouder veel bezoekers.", False),  # no money
    ],
)
def test_a_rijks_compound_of_money_names_the_national_government(sentence, named):
    assert bool(national_funds(sentence, 0, len(sentence))) is named


def test_the_finding_on_the_rijksbijdrage_concerns_the_national_government():
    sentence = "Volgens de wethouder daalt de rijksbijdrage per Wsw-plek elk jaar."
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, "daalt de rijksbijdrage").concerns}
    assert "role/national-government" in concerns
