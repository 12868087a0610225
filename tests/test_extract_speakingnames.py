"""Capitalised words that report as an organisation (kg.extract.speakingnames), on
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.speakingnames import persons_named, proper_use, speaking
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


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Wethouder Dalhuis is tevreden.", "Dalhuis benadrukt dat het goed gaat."),
        ("Dalhuis benadrukt dat het goed gaat.", "Dat zegt wethouder Dalhuis."),
        ("Volgens mevrouw Van Dalhuis loopt het.", "Van Dalhuis vertelt dat het goed gaat."),
    ],
)
def test_a_surname_after_a_title_or_an_honorific_is_no_organisation(paragraphs):
    assert not [k for k in minted(*paragraphs) if k.startswith(("organisation/", "body/"))]


def test_an_organisation_after_a_title_stays_an_organisation():
    got = minted("De directeur van Dalwoon is tevreden.", "Dalwoon geeft aan dat het goed gaat.")
    assert "organisation/dalwoon" in got
    assert "organisation/stichting-dalwoon" in minted(
        "Directeur Stichting Dalwoon is tevreden.", "Stichting Dalwoon geeft aan dat het loopt."
    )


def test_persons_named_reads_the_surname_with_its_particles():
    text = "Volgens wethouder van der Dal loopt het. Burgemeester Dalhuis en raadslid De Wit."
    roles = [
        SentenceMention("r/x", "role", text.index(t), text.index(t) + len(t), t, 0)
        for t in ("wethouder", "Burgemeester", "raadslid")
    ]
    assert persons_named(text, roles) == {"van der Dal", "Dalhuis", "De Wit"}


def test_a_dutch_word_the_profile_writes_as_a_name_speaks_after_volgens():
    got = minted(
        "Volgens Synthese is de vraag naar dagbesteding gestegen.",
        "De directeur van Synthese vertelt dat de wachtlijst groeit.",
    )
    assert "organisation/synthese" in got
    # written once, or also in lower case: an ordinary word
    assert not minted("Volgens Synthese is de vraag naar dagbesteding gestegen.")
    assert not minted(
        "Volgens Synthese is de vraag gestegen.", "Het rapport geeft een synthese van Synthese."
    )


def test_proper_use_counts_no_capital_that_opens_a_sentence():
    assert not proper_use("Synthese is nodig. Volgens Synthese niet.", "Synthese")
    assert proper_use("Dat zegt Synthese. Volgens Synthese niet.", "Synthese")
