"""Names paired with their acronyms and grouped into entities (kg.extract.namegroups)."""

from __future__ import annotations

import pytest

from kg.extract.namegroups import Name, entities_of, join_acronyms, name_label, plain_names
from kg.namespaces import short_key


def test_name_label_collapses_space_and_slash():
    assert name_label("Zaanstreek /  Waterland", "") == "Zaanstreek-Waterland"


def test_acronym_in_parentheses_is_a_label():
    text = "De Sociale Dienst Oostland (SDO) helpt."
    name = Name(3, 26, "Sociale Dienst Oostland", "body", ("Sociale Dienst Oostland",))
    (joined,) = join_acronyms(text, [name])
    assert joined.labels == ("Sociale Dienst Oostland", "SDO")


def test_acronym_and_apposition_are_one_name():
    text = "OZJT, de Organisatie voor Zorg en Jeugdhulp Twente"
    acronym = Name(0, 4, "OZJT", "organisation", ("OZJT",))
    long = Name(9, 50, "Organisatie voor Zorg en Jeugdhulp Twente", "organisation", (text[9:],))
    (joined,) = join_acronyms(text, [acronym, long])
    assert joined.name == "OZJT" and text[9:] in joined.labels


def test_spelled_acronym_alone_is_the_same_entity():
    names = [
        Name(0, 23, "Sociale Dienst Oostland", "body", ("Sociale Dienst Oostland", "SDO")),
        Name(40, 43, "SDO", "organisation", ("SDO",)),
    ]
    grouped = entities_of(names)
    assert [short_key(iri) for iri in grouped] == ["body/sociale-dienst-oostland"]


def test_regio_capitalised_and_the_region_named_by_its_type_noun_are_one_node():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Heerlen is centrumgemeente van de regio Dalland. Heerlen werkt samen met Landgraaf"
        " in de Regio Dalland."
    )
    groups = {key(m.entity) for m in ex.mentions if m.kind in ("region", "body")}
    assert groups == {"region/dalland"}


def test_a_short_name_is_the_one_longer_name_it_opens():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De gemeente maakt deel uit van Werkzaak Dalland. Volgens de consulenten van Werkzaak"
        " gaat het goed."
    )
    # a name with no type word that a municipality is part of is a body (a joint service)
    named = {(m.text, key(m.entity)) for m in ex.mentions if m.kind in ("organisation", "body")}
    assert named == {
        ("Werkzaak Dalland", "body/werkzaak-dalland"),
        ("Werkzaak", "body/werkzaak-dalland"),
    }


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Stichting Zonnedal Oost", "Stichting Zonnedal"),
        ("Stichting Lindeboom Zuidkust", "Stichting Lindeboom"),
        ("Vereniging Buurtkracht Noord", "Vereniging Buurtkracht"),
        ("Stichting Welzijn Heuvelrug Midden", "Stichting Welzijn Heuvelrug"),
    ],
)
def test_a_name_of_several_words_opening_the_one_longer_name_is_that_name(full, short):
    names = [
        Name(0, len(full), full, "organisation", (full,)),
        Name(100, 100 + len(short), short, "organisation", (short,)),
    ]
    grouped = entities_of(names)
    assert len(grouped) == 1 and short in next(iter(grouped.values()))[1]


def test_a_short_name_opening_two_longer_names_stays_apart():
    names = [
        Name(0, 23, "Stichting Zonnedal Oost", "organisation", ("Stichting Zonnedal Oost",)),
        Name(40, 63, "Stichting Zonnedal West", "organisation", ("Stichting Zonnedal West",)),
        Name(80, 98, "Stichting Zonnedal", "organisation", ("Stichting Zonnedal",)),
    ]
    assert len(entities_of(names)) == 3


def test_a_region_named_after_a_town_leaves_the_bare_name_to_the_town():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Veel inwoners werken in Alkmaar. Het meldpunt van de regio Alkmaar is druk bezet."
    )
    found = {(m.text, key(m.entity)) for m in ex.mentions}
    assert ("Alkmaar", "municipality/alkmaar") in found
    assert ("regio Alkmaar", "region/alkmaar") in found
    assert ("Alkmaar", "region/alkmaar") not in found


def _matched_by(text: str, name: str) -> tuple[str, ...]:
    names = [Name(0, len(name), name, "organisation", (name,))]
    ((_, match),) = plain_names(text, entities_of(names)).values()
    return match


def test_a_foundation_is_matched_by_its_proper_name_without_the_legal_form():
    text = "Stichting Zonnekracht helpt. Eenzaamheid wordt door Zonnekracht niet gezien."
    assert _matched_by(text, "Stichting Zonnekracht") == ("Stichting Zonnekracht", "Zonnekracht")
    text = "Vereniging Dorpskracht helpt; een vrijwilliger van Dorpskracht vertelt."
    assert "Dorpskracht" in _matched_by(text, "Vereniging Dorpskracht")


def test_a_common_word_or_a_longer_name_is_no_plain_name():
    text = "Stichting Thuiszorg helpt. De thuiszorg komt vaker."  # written in lower case
    assert _matched_by(text, "Stichting Thuiszorg") == ("Stichting Thuiszorg",)
    text = "Stichting Impuls helpt. Impuls is er voor iedereen."  # a dictionary word
    assert _matched_by(text, "Stichting Impuls") == ("Stichting Impuls",)
    text = "Stichting Welzijn Oost helpt."  # more than one word after the legal form
    assert _matched_by(text, "Stichting Welzijn Oost") == ("Stichting Welzijn Oost",)


def test_the_acronym_of_a_type_of_body_alone_names_no_body():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De gemeenten zijn lid van een GR. Die is Werkbedrijf Oostland genoemd. De raad"
        " vindt de GR ver weg."
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions]
    assert not [entity for _, entity in found if entity == "body/gr"]
    # "de GR" refers back to the body named before it, as "de gemeenschappelijke regeling"
    assert ("GR", "body/werkbedrijf-oostland") in found


@pytest.mark.parametrize(
    ("text", "name", "plain"),
    [
        (
            "Stichting Haarlem Effect helpt. Volgens Haarlem Effect gaat het goed.",
            "Stichting Haarlem Effect",
            "Haarlem Effect",
        ),
        (
            "Stichting Leusden Vooruit helpt. Leusden Vooruit telt 40 vrijwilligers.",
            "Stichting Leusden Vooruit",
            "Leusden Vooruit",
        ),
        (
            "Vereniging Zeist Samen helpt. Zeist Samen organiseert de inloop.",
            "Vereniging Zeist Samen",
            "Zeist Samen",
        ),
        (
            "Stichting Heerlen Actief helpt. Ook Heerlen Actief ziet het.",
            "Stichting Heerlen Actief",
            "Heerlen Actief",
        ),
    ],
)
def test_a_two_word_name_that_opens_with_a_proper_name_is_a_plain_name(text, name, plain):
    assert plain in _matched_by(text, name)
