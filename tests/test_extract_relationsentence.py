"""The sentence the relation rules read (kg.extract.relationsentence), on invented text."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.relationsentence import Sentence
from tests.test_extract_relations import OWN as OWN_KEY
from tests.test_extract_relations import relations

OWN = "id/municipality/teststad"


def _sentence(text: str, *names: tuple[str, str, str]) -> Sentence:
    parties = []
    for name, iri, kind in names:
        start = text.index(name)
        parties.append(SentenceMention(iri, kind, start, start + len(name), name, None))
    return Sentence(text, 0, len(text), parties, OWN)


def test_subject_skips_a_party_inside_a_prepositional_phrase():
    text = "Naast Heerlen is ook Kerkrade lid van de regio."
    sen = _sentence(
        text,
        ("Heerlen", "id/municipality/heerlen", "municipality"),
        ("Kerkrade", "id/municipality/kerkrade", "municipality"),
    )
    assert sen.subject(0, text.index("lid")) == "id/municipality/kerkrade"


def test_subject_is_the_own_municipality_when_none_is_named():
    text = "De gemeente werkt samen met Heerlen."
    sen = _sentence(text, ("Heerlen", "id/municipality/heerlen", "municipality"))
    assert sen.subject(0, text.index("werkt")) == OWN


def test_a_clause_opens_after_a_relative_pronoun():
    text = "Heerlen, die de inkoop doet, werkt samen met Kerkrade."
    sen = _sentence(text)
    assert text[sen.clause_start(text.index("de inkoop")) :].lstrip().startswith("de inkoop")


def test_last_group_prefers_a_group_named_in_the_party():
    text = "De GGD Noordland voert dit voor de hele regio uit."
    sen = _sentence(text, ("GGD Noordland", "id/body/ggd-noordland", "body"))
    sen.previous = [SentenceMention("id/region/noordland", "region", 0, 0, "Noordland", None)]
    group = sen.last_group(len(text), document=True, prefer="region", of="id/body/ggd-noordland")
    assert group is not None and group.entity == "id/region/noordland"


def test_a_provinces_abbreviation_in_parentheses_closes_no_window():
    from tests.test_extract_relations import OWN, relations

    assert relations("Teststad werkt samen met Bergen (L.) en Gennep.") == {
        ("cooperates-with", OWN, "municipality/bergen-l"),
        ("cooperates-with", OWN, "municipality/gennep"),
    }
    assert relations("De regio Dalland bestaat uit Gennep en Bergen (NH).") == {
        ("member-of", "municipality/gennep", "region/dalland"),
        ("member-of", "municipality/bergen-nh", "region/dalland"),
    }


def test_a_type_noun_in_a_list_opens_no_clause():
    from tests.test_extract_relations import OWN, relations

    assert relations("De gemeente werkt samen met de GGD Dalland en het werkbedrijf Dalwerk.") == {
        ("cooperates-with", OWN, "body/ggd-dalland"),
        ("cooperates-with", OWN, "body/dalwerk"),
    }
    # a finite verb after "en" still does
    assert relations("De gemeente werkt samen met Heerlen en werkt aan de regio Dalland.") == {
        ("cooperates-with", OWN, "municipality/heerlen")
    }


def test_a_relative_clause_between_subject_and_verb_keeps_the_subject():
    from tests.test_extract_relations import OWN, relations

    found = relations("Regio Zuid, waarvan Teststad lid is, verzorgt de jeugdgezondheidszorg.")
    assert ("executes-for", "body/regio-zuid", OWN) in found
    assert ("member-of", OWN, "body/regio-zuid") in found


@pytest.mark.parametrize(
    ("sentence", "kept", "gone"),
    [
        (
            "Het Loket Noord, dat de gemeente samen met Heerlen beheert, is druk.",
            ("cooperates-with", OWN_KEY, "municipality/heerlen"),
            ("cooperates-with", "organisation/loket-noord", "municipality/heerlen"),
        ),
        (
            "De ISD Noord, die de gemeente in 2014 samen met Heerlen heeft opgericht, groeit.",
            ("cooperates-with", OWN_KEY, "municipality/heerlen"),
            ("cooperates-with", "body/isd-noord", "municipality/heerlen"),
        ),
        (
            "De ISD Noord, die samen met Heerlen de bijstand uitvoert, is tevreden.",
            ("cooperates-with", "body/isd-noord", "municipality/heerlen"),
            ("cooperates-with", OWN_KEY, "municipality/heerlen"),
        ),
    ],
)
def test_de_gemeente_alone_after_a_relative_pronoun_is_its_subject(sentence, kept, gone):
    found = relations(sentence)
    assert kept in found
    assert gone not in found


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        (
            "De toegang loopt via de wijkteams, waarin medewerkers van de gemeente, "
            "de welzijnsstichting Balans Noord en de GGD samenwerken.",
            "organisation/balans-noord",
        ),
        (
            "In de teams werken medewerkers van de gemeente samen met het maatschappelijk werk, "
            "de woningcorporatie Thuis Oost en MEE.",
            "organisation/thuis-oost",
        ),
        (
            "Het loket, waarin hulpverleners van de gemeente, de zorgorganisatie Zorgkracht "
            "en het UWV samenwerken, opende in 2015.",
            "organisation/zorgkracht",
        ),
        (
            "De gemeente werkt samen met het UWV, de zorginstelling De Brug en Leusden.",
            "organisation/de-brug",
        ),
    ],
)
def test_a_kind_noun_before_a_listed_name_keeps_the_list_open(sentence, partner):
    assert ("cooperates-with", OWN_KEY, partner) in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        (
            "Teststad voert de bijstand uit via Werkbedrijf Noord, dat ook voor Baarn werkt, "
            "en werkt op het servicepunt samen met het UWV.",
            "organisation/uwv",
        ),
        (
            "Teststad koopt de jeugdhulp in via Regio Oost, die ook voor Leusden inkoopt, "
            "en werkt daarnaast samen met Zeist.",
            "municipality/zeist",
        ),
        (
            "De gemeente voert de Wsw uit via Werkbedrijf Zuid, dat ook Baarn bedient, "
            "en heeft afspraken gemaakt met MEE.",
            "organisation/mee",
        ),
        (
            "Teststad hoort bij de GGD Middenland, die ook voor Baarn werkt, en werkt in het "
            "wijkteam samen met Stichting Welzijn Noord.",
            "organisation/stichting-welzijn-noord",
        ),
    ],
)
def test_a_main_clause_after_a_relative_clause_keeps_the_sentence_subject(sentence, partner):
    found = relations(sentence)
    assert ("cooperates-with", OWN_KEY, partner) in found
    assert not {r for r in found if r[0] == "cooperates-with" and r[1] != OWN_KEY}


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad werkt via Werkbedrijf Noord, dat samen met het UWV werkgevers benadert.",
        "De GGD Middenland, die ook voor Baarn werkt en samenwerkt met MEE, is tevreden.",
    ],
)
def test_a_relative_clause_with_its_verb_last_keeps_its_antecedent(sentence):
    assert not {r for r in relations(sentence) if r[0] == "cooperates-with" and r[1] == OWN_KEY}


def test_a_restrictive_relative_clause_on_an_apposition_is_about_the_party():
    text = (
        "Teststad neemt deel aan Werkbedrijf Zuid, de gemeenschappelijke regeling die de Wsw"
        " uitvoert."
    )
    sen = _sentence(text, ("Werkbedrijf Zuid", "id/body/werkbedrijf-zuid", "body"))
    cs = sen.clause_start(text.index("uitvoert"))
    assert text[cs:].lstrip().startswith("de Wsw")
    assert sen.relative_antecedent(cs) == "id/body/werkbedrijf-zuid"
    found = relations(text)
    assert ("executes-for", "body/werkbedrijf-zuid", OWN_KEY) in found
    assert ("member-of", OWN_KEY, "body/werkbedrijf-zuid") in found


def test_a_relative_clause_on_a_capitalised_name_opens_no_clause():
    # "X, de GGD die …": the apposition is itself a name, not a type noun read here
    text = "Teststad werkt samen met Heerlen, een gemeente die zelf geen jeugdhulp inkoopt."
    sen = _sentence(text, ("Heerlen", "id/municipality/heerlen", "municipality"))
    cs = sen.clause_start(text.index("zelf"))
    assert sen.relative_antecedent(cs) == "id/municipality/heerlen"
    text = "Teststad werkt samen met Heerlen, de gemeente waar de opvang staat."
    sen = _sentence(text, ("Heerlen", "id/municipality/heerlen", "municipality"))
    assert sen.relative_antecedent(sen.clause_start(text.index("staat"))) is None
