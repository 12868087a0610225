"""A plain statement of how the field is organised (kg.extract.arrangements)."""

from __future__ import annotations

import pytest

from kg.extract.arrangements import ARRANGEMENTS, arrangement


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("De jeugdhulp wordt ingekocht via het inkoopbureau van de regio.", {"purchases-via"}),
        ("Voor Wmo en jeugd werkt Helmond met zes wijkteams.", {"cooperates-with"}),
        ("De inwoners van Wehl zijn voor hun zorg op Arnhem gericht.", {"oriented-towards"}),
    ],
)
def test_an_arrangement_without_reason_or_link_is_a_plain_statement(text, types):
    assert arrangement(text, types)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a reason: the account of why, told by whoever told it
        ("Het beheer is belegd bij OZJT, omdat die kennis daar zit.", {"executes-for"}),
        # going on with the account before it
        ("Daarbij komt dat de gemeente aan Lochem grenst.", {"borders-on"}),
        ("Ook werkt de gemeente samen met Soest.", {"cooperates-with"}),
        # a source of figures, a comparison: no arrangement of the field
        ("Het CBS publiceert de aantallen.", {"reports-on"}),
        ("De gemeente vergelijkt zich met Baarn.", {"compares-with"}),
        ("De wachttijd is lang.", set()),
    ],
)
def test_more_than_an_arrangement_is_not_one(text, types):
    assert not arrangement(text, types)


def test_the_types_are_relation_types_of_the_vocabulary():
    from typing import get_args

    from kg.vocab import RelationType

    assert set(get_args(RelationType)) >= ARRANGEMENTS
