"""Names paired with their acronyms and grouped into entities (kg.extract.namegroups)."""

from __future__ import annotations

from kg.extract.namegroups import Name, entities_of, join_acronyms, name_label
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
