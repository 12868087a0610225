"""A plain statement of how the field is organised (kg.extract.arrangements)."""

from __future__ import annotations

import pytest

from kg.extract.arrangements import ARRANGEMENTS, arrangement, ended


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


@pytest.mark.parametrize(
    "text",
    [
        "Tot 2015 voerde Helmond de schuldhulpverlening samen met Geldrop-Mierlo uit.",
        "Tot 1 januari 2016 verzorgde de dienst ook de Wmo-loketten van Veere.",
        "Tot eind 2014 had de gemeente met Texel een gezamenlijke sociale dienst.",
    ],
)
def test_an_arrangement_that_ended_before_the_profiles_time_is_told_as_ended(text):
    assert ended(text)


@pytest.mark.parametrize(
    "text", ["Tot nu toe gaat het goed.", "Sinds 2015 werkt Helmond samen met Asten."]
)
def test_other_openings_tell_no_ended_arrangement(text):
    assert not ended(text)
