"""Tests of kg.extract.acronymsubjects: a subject named by an acronym no mention covers."""

from __future__ import annotations

import pytest

from kg.extract.acronymsubjects import acronym_subject
from kg.extract.model import SentenceMention

_TEXT = "Het werk ligt bij Werkplein ISD Noord. De ISD werkt voor A. Met ISD werkt A."
_ISD = SentenceMention("body/werkplein-isd-noord", "body", 18, 37, "Werkplein ISD Noord", 0)


def test_the_party_whose_name_holds_the_acronym():
    a = _TEXT.index("De ISD")
    assert acronym_subject(_TEXT, a, a + 7, [], [_ISD]) == "body/werkplein-isd-noord"


def test_no_such_party_is_an_unknown_subject():
    a = _TEXT.index("De ISD")
    assert acronym_subject(_TEXT, a, a + 7, [], []) == ""


def test_a_covered_or_prepositional_acronym_is_left_alone():
    a = _TEXT.index("De ISD")
    assert acronym_subject(_TEXT, a, a + 7, [(a + 3, a + 6)], [_ISD]) is None
    a = _TEXT.index("Met ISD")
    assert acronym_subject(_TEXT, a, a + 8, [], [_ISD]) is None


def test_a_demonstrative_refers_to_the_last_body():
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Noord groeit. Deze dienst werkt voor A. Het werkt ook voor B."
    isd = SentenceMention("body/isd-noord", "body", 3, 12, "ISD Noord", 0)
    a = text.index("Deze")
    assert referred_subject(text, a, a + 12, [isd]) == "body/isd-noord"
    h = text.index("Het")
    assert referred_subject(text, h, h + 4, [isd]) == ""  # named without "het"
    assert referred_subject(text, 0, 3, [isd]) is None


def test_het_before_a_noun_in_schap_is_an_article():
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Noord groeit. Het lidmaatschap van de regio kost veel."
    isd = SentenceMention("body/isd-noord", "body", 3, 12, "ISD Noord", 0)
    h = text.index("Het")
    assert referred_subject(text, h, h + 4, [isd]) is None  # no pronoun: no subject read


def test_a_bare_die_refers_to_the_body_named_last_else_a_municipality():
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Noord werkt voor Heerlen. Die werkt ook voor Kerkrade."
    isd = SentenceMention("body/isd-noord", "body", 3, 12, "ISD Noord", 0)
    heerlen = SentenceMention("municipality/heerlen", "municipality", 24, 31, "Heerlen", 0)
    d = text.index("Die")
    assert referred_subject(text, d, d + 4, [isd, heerlen]) == "body/isd-noord"
    assert referred_subject(text, d, d + 4, [heerlen]) == "municipality/heerlen"
    assert referred_subject(text, d, d + 4, []) == ""


def test_deze_gemeenten_is_a_group_not_the_municipality_named_last():
    from tests.test_extract_relations import OWN, relations

    found = relations(
        "Teststad werkt samen met Heerlen en Landgraaf. Deze gemeenten kopen de jeugdhulp"
        " samen in via de Regio Dalland."
    )
    assert ("purchases-via", "municipality/landgraaf", "body/regio-dalland") not in found
    assert ("purchases-via", OWN, "body/regio-dalland") in found


def test_zij_with_a_singular_verb_is_the_body_named_last():
    from tests.test_extract_relations import OWN, relations

    found = relations(
        "De gemeente is aangesloten bij de ISD Dalland. Zij voert de bijstand uit voor"
        " Teststad en Heerlen."
    )
    assert found == {
        ("member-of", OWN, "body/isd-dalland"),
        ("executes-for", "body/isd-dalland", OWN),
        ("executes-for", "body/isd-dalland", "municipality/heerlen"),
    }


def test_zij_with_a_plural_verb_is_no_one_party():
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Dalland groeit. Zij werken samen met A."
    isd = SentenceMention("body/isd-dalland", "body", 3, 14, "ISD Dalland", 0)
    assert referred_subject(text, 23, 27, [isd]) is None
    text = "De ISD Dalland groeit. Zij werkt samen met A."
    assert referred_subject(text, 23, 27, [isd]) == "body/isd-dalland"


@pytest.mark.parametrize(
    "second",
    [
        "Zij doet dat ook voor A.",
        "Zij gaat over de schuldhulp van A.",
        "Zij staat ook A bij.",
        "Zij ziet in A dezelfde groei.",
    ],
)
def test_zij_with_a_singular_verb_of_a_vowel_stem_is_the_body_named_last(second):
    # "doet", "gaat", "staat", "ziet": singular verbs whose stem ends in a vowel
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Dalland groeit. " + second
    isd = SentenceMention("body/isd-dalland", "body", 3, 14, "ISD Dalland", 0)
    assert referred_subject(text, 23, 27, [isd]) == "body/isd-dalland"


@pytest.mark.parametrize("second", ["Zij doen dat ook voor A.", "Zij gaan over A.", "Zij zien A."])
def test_zij_with_a_plural_verb_of_a_vowel_stem_is_no_one_party(second):
    from kg.extract.acronymsubjects import referred_subject

    text = "De ISD Dalland groeit. " + second
    isd = SentenceMention("body/isd-dalland", "body", 3, 14, "ISD Dalland", 0)
    assert referred_subject(text, 23, 27, [isd]) is None


def test_zij_that_does_it_too_is_not_the_municipality():
    from tests.test_extract_relations import OWN, relations

    found = relations(
        "Stichting Welzijn Noord voert de schuldhulp uit. Zij doet dat ook voor Heerlen."
    )
    assert ("executes-for", "organisation/stichting-welzijn-noord", "municipality/heerlen") in found
    assert ("executes-for", OWN, "municipality/heerlen") not in found
