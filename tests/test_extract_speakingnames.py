"""Capitalised words that report as an organisation (kg.extract.speakingnames), on
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.speakingnames import speaking
from tests.test_extract_organisations import minted


def test_an_unknown_name_before_a_reporting_verb_speaks():
    assert speaking(["Dalwoon"], " geeft aan dat de wachtlijst groeit")
    assert "organisation/dalwoon" in minted("Dalwoon geeft aan dat de wachtlijst groeit.")


def test_dictionary_words_and_municipalities_do_not():
    assert not speaking(["Onderzoek"], " toont aan dat het werkt")
    assert not speaking(["Heerlen"], " geeft aan dat het werkt")


@pytest.mark.parametrize("adverb", ["Hierover", "Daarover", "Daarbij", "Waarover", "Ermee"])
def test_a_pronominal_adverb_opening_an_inverted_report_names_no_one(adverb):
    assert not speaking([adverb], " zegt de wethouder dat het goed gaat")
    assert not minted(f"{adverb} zegt de wethouder dat het goed gaat.")
