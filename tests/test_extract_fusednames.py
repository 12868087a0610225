"""A type head fused with a number is a name of the head's kind (kg.extract.fusednames);
invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from kg.extract.fusednames import fused_head
from kg.extract.organisationcues import load_cues
from tests.extract_helpers import extract_text, key


def minted(sentence):
    _, ex = extract_text(sentence)
    return {(m.text, key(m.entity)) for m in ex.mentions}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a verb of sharing, no cue word before it
        (
            "Met Heerlen deelt de gemeente bovendien Servicepunt42.",
            ("Servicepunt42", "body/servicepunt42"),
        ),
        # the source of a statement
        (
            "Volgens Werkplein12 vinden steeds meer mensen werk.",
            ("Werkplein12", "body/werkplein12"),
        ),
        # in a list with a municipality
        ("Teststad en Servicepunt42 maken afspraken.", ("Servicepunt42", "body/servicepunt42")),
        # the object of a main clause, another head
        ("De gemeente steunt sinds 2016 Regio8 met geld.", ("Regio8", "body/regio8")),
    ],
)
def test_a_head_fused_with_a_number_is_a_body(sentence, expected):
    assert expected in minted(sentence)


@pytest.mark.parametrize("word", ["Wmo2015", "servicepunt42", "Servicepunt", "Jeugd2020"])
def test_no_type_head_or_no_capital_gives_no_name(word):
    assert fused_head(word, load_cues().leading_heads) is None
