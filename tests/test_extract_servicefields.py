"""A difficulty named as the field of a service is no difficulty stated (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.servicefields import field_of_service


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the problem names what the service is for
        ("Het steunpunt is in de gemeente het meldpunt bij huiselijk geweld.", "neutral"),
        (
            "De gemeente heeft een apart team voor de meer complexe problematiek van gezinnen.",
            "neutral",
        ),
        ("De bibliotheek biedt een cursus tegen laaggeletterdheid aan.", "neutral"),
        # what the claim says of the service still counts
        ("De hulp bij schulden komt vaak te laat.", "negative"),
        # a problem the claim states stays a difficulty
        ("Er is een wachtlijst voor de dagbesteding.", "negative"),
    ],
)
def test_a_problem_as_the_field_of_a_service(sentence, expected):
    assert polarity_of(sentence) == expected


def test_field_of_service_needs_a_service_noun_right_before_its_preposition():
    assert field_of_service(["de", "schuldhulp", "bij"])
    assert field_of_service(["een", "training", "voor", "de"])
    assert not field_of_service(["zorgen", "over"])
    assert not field_of_service(["een", "tekort", "bij", "de", "meeste", "zware", "lichte"])
    assert not field_of_service(["bij"])
