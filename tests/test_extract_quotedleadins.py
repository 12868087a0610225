"""Tests for kg.extract.quotedleadins: a judgement leading into a quotation is its speaker's."""

from __future__ import annotations

from kg.extract.quotedleadins import trailing_quotation
from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_quotation_named_after_it_trails_its_attribution():
    assert trailing_quotation("‘Het loopt’, vertelt een teamleider van het sociaal team.")
    assert trailing_quotation("“Het kost tijd”, aldus de wethouder.")
    assert not trailing_quotation("De wethouder: ‘Het loopt.’")
    assert not trailing_quotation("‘Het loopt.’ Dat zegt de wethouder.")


def test_a_judging_lead_in_is_the_quoted_speakers():
    doc, ex = extract_text(
        "Ook het CAK krijgt kritiek. ‘Onze cliënten wachten maanden op hun rekening’, zegt "
        "de voorzitter van de Wmo-raad."
    )
    assert _voice(doc, ex, "krijgt kritiek") == ["role/wmo-council"]
    assert "role/wmo-council" not in [key(c) for c in finding_for(doc, ex, "CAK").concerns]


def test_a_neutral_fact_before_the_quotation_stays_the_authors():
    doc, ex = extract_text(
        "De corporatie moet dit jaar ruim 60 statushouders huisvesten. ‘Wij doen dat graag, "
        "maar onze wachtlijst is opgelopen tot vijf jaar’, zegt de directeur van de corporatie."
    )
    assert _voice(doc, ex, "huisvesten") == ["role/authors"]


def test_a_lead_in_before_a_quotation_named_before_it_is_not_covered():
    doc, ex = extract_text(
        "Ook het CAK krijgt kritiek. Een wethouder: ‘Onze cliënten wachten maanden op hun "
        "rekening.’"
    )
    assert _voice(doc, ex, "krijgt kritiek") == ["role/authors"]


def test_a_policy_stated_before_a_quotation_closed_with_zo_and_a_verb_is_the_speakers():
    assert trailing_quotation("“Wie kan werken, werkt”, zo vat de wethouder het beleid samen.")
    doc, ex = extract_text(
        "Teststad kiest nadrukkelijk voor werk als eerste stap. “Wie kan werken, gaat aan het "
        "werk”, zo vat de wethouder van Werk en Inkomen het beleid samen."
    )
    assert _voice(doc, ex, "kiest nadrukkelijk") == ["role/alderman"]


def test_a_neutral_lead_in_on_how_the_field_is_laid_out_stays_the_authors():
    doc, ex = extract_text(
        "De sociale werkvoorziening ligt bij Weener XL in Den Bosch. ‘Wij zien vooral mensen "
        "met een grote afstand tot werk’, zegt een klantmanager."
    )
    assert _voice(doc, ex, "Weener XL") == ["role/authors"]
