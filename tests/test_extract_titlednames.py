"""Titled names: a person named by title and surname keeps the role first given to them."""

from __future__ import annotations

import pytest

from kg.extract.titlednames import party, titled_name
from tests.extract_helpers import extract_text, key


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("De heer Nijhuis (fractie SP) vraagt naar de wachtlijsten.", "Nijhuis"),
        ("Mevrouw Oude Luttikhuis zegt dat het lang duurt.", "Oude Luttikhuis"),
        ("Mevrouw van der Berg vindt dat onbevredigend.", "van der Berg"),
        ("De wethouder vindt dat onbevredigend.", None),
        ("De heer des huizes is tevreden.", None),
    ],
)
def test_a_titled_name_opening_a_claim(sentence, name):
    found = titled_name(sentence, 0)
    assert (found[0] if found else None) == name


def _voice(doc, ex, fragment: str) -> list[str]:
    (f,) = [f for f in ex.findings if doc.text[f.start : f.end].startswith(fragment)]
    return sorted(key(s) for s in f.speakers)


def test_a_bare_titled_name_speaks_with_the_role_first_given_to_the_person():
    doc, ex = extract_text(
        "Mevrouw Ter Haar (fractie VVD) vindt het tekort op de jeugdhulp zorgelijk. De "
        "ambtenaar licht toe dat de huisartsen de meeste verwijzingen doen. Mevrouw Ter Haar "
        "noemt dat onbevredigend voor de raad."
    )
    assert _voice(doc, ex, "Mevrouw Ter Haar noemt") == ["role/council-members"]


def test_a_titled_name_never_given_a_role_names_no_speaker():
    doc, ex = extract_text(
        "De ambtenaar licht toe dat de huisartsen de meeste verwijzingen doen. Mevrouw Ter "
        "Haar noemt dat onbevredigend voor de raad."
    )
    assert _voice(doc, ex, "Mevrouw Ter Haar noemt") != ["role/council-members"]


def test_a_titled_name_with_a_role_in_brackets_speaks_with_that_role():
    doc, ex = extract_text(
        "De heer Jansen (fractie SP) vraagt naar de wachtlijsten in de jeugd-ggz. De "
        "wethouder antwoordt dat de wachttijd negen weken is."
    )
    assert _voice(doc, ex, "De heer Jansen") == ["role/council-members"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw Jansen (CDA) vraagt of het college de wachtlijst kan verkorten.",
        "De heer Bakker (PvdA) merkt op dat de huisartsen te weinig worden betrokken.",
        "Mevrouw De Wit (GroenLinks) vindt dat de Wmo-raad eerder moet worden gehoord.",
        "De heer Smits (Lokaal Belang Oost) wijst op de lange wachttijden bij de GGD.",
    ],
)
def test_a_member_named_with_a_party_speaks_as_the_council_members(sentence):
    doc, ex = extract_text(sentence)
    assert _voice(doc, ex, sentence[:12]) == ["role/council-members"]


def test_a_local_party_is_read_where_the_minutes_name_members_by_party():
    doc, ex = extract_text(
        "Mevrouw Peters (VVD) vraagt naar de kosten. De heer Vos (Dorpslijst) vindt dat de "
        "wijkteams te groot zijn."
    )
    assert _voice(doc, ex, "De heer Vos") == ["role/council-members"]


def test_a_bracket_naming_an_organisation_is_no_party():
    doc, ex = extract_text("Mevrouw Jansen (GGD) vertelt dat veel ouderen zich eenzaam voelen.")
    assert _voice(doc, ex, "Mevrouw Jansen") != ["role/council-members"]
    assert not party("GGD")
    assert party("Lokaal Belang Venhuizen")


def test_the_groups_a_member_asks_about_do_not_speak():
    doc, ex = extract_text(
        "De heer Nijhuis (fractie SP) vraagt naar de kosten. De heer Nijhuis vraagt waarom de "
        "Wmo-raad en de cliëntenraad niet zijn samengevoegd."
    )
    assert _voice(doc, ex, "De heer Nijhuis vraagt waarom") == ["role/council-members"]
