"""kg.extract.mentionrules: general Dutch rules on top of the lexicon's matches."""

from __future__ import annotations

from kg.extract.mentionrules import STAFF_NOUNS, apposition
from kg.extract.mentions import Mention


def test_an_acronym_in_apposition_gives_its_spelled_out_form():
    text = "Zij werken via de ISD, de intergemeentelijke sociale dienst, samen."
    start = text.index("ISD")
    found = apposition(text, Mention("urn:isd", "body", start, start + 3, "ISD"), len(text))
    assert found is not None
    assert (found.entity, found.kind, found.text) == (
        "urn:isd",
        "body",
        "intergemeentelijke sociale dienst",
    )
    assert text[found.start : found.end] == found.text


def test_letters_that_do_not_match_are_no_apposition():
    text = "via de GGD, de regionale sociale dienst."
    start = text.index("GGD")
    assert apposition(text, Mention("urn:ggd", "body", start, start + 3, "GGD"), len(text)) is None


def test_only_bodies_and_organisations_with_an_acronym_qualify():
    text = "de Wmo, de wet maatschappelijke ondersteuning"
    law = Mention("urn:wmo", "law", 3, 6, "Wmo")
    assert apposition(text, law, len(text)) is None
    body = Mention("urn:x", "body", 3, 6, "Wmo")  # not all capitals: not an acronym
    assert apposition(text, body, len(text)) is None


def test_staff_nouns_are_general_words():
    assert {"medewerker", "medewerkers"} <= STAFF_NOUNS


def test_a_singular_type_noun_before_a_name_yields_to_the_name():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "Woningcorporatie Viverion wijst op de eenzaamheid. "
        "Met de woningcorporaties Parteon en Domijn is afgesproken dat zij signaleren."
    )
    roles = sorted(m.text for m in ex.mentions if m.kind == "role")
    orgs = sorted(m.text for m in ex.mentions if m.kind == "organisation")
    assert "Woningcorporatie" not in roles
    assert "woningcorporaties" in roles
    assert "Viverion" in orgs
