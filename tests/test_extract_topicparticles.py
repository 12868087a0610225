"""Tests for kg.extract.topicparticles: procedures named by a split verb."""

import pytest

from kg.extract.dutchwords import tokens
from kg.extract.topicparticles import SEPARATED, separated_noun, separated_verbs


def _noun(sentence: str, word: str) -> str | None:
    words = tokens(sentence)
    (k,) = [i for i, w in enumerate(words) if w[2] == word]
    return separated_noun(words, k, sentence)


@pytest.mark.parametrize(
    ("sentence", "verb", "noun"),
    [
        ("De gemeente koopt de jeugdhulp in via de regio.", "koopt", "inkoop"),
        ("De acht gemeenten kopen de specialistische jeugdhulp samen in.", "kopen", "inkoop"),
        ("Dat bureau koopt in voor alle dertien gemeenten.", "koopt", "inkoop"),
        ("Het college stuurt op een beperkt aantal indicatoren.", "stuurt", "sturing"),
        ("Raadsleden willen op hoofdlijnen sturen.", "sturen", "sturing"),
        ("We betalen mee, maar we sturen niet mee.", "sturen", "sturing"),
        ("De gemeente stuurde in het najaar bij, zegt de wethouder.", "stuurde", "bijsturing"),
    ],
)
def test_a_split_particle_or_preposition_in_the_clause_names_the_procedure(sentence, verb, noun):
    assert _noun(sentence, verb) == noun


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("De gemeente koopt zorg in de regio.", "koopt"),  # "in" a preposition with its phrase
        ("Inwoners kopen hun boodschappen in Goes.", "kopen"),
        ("De wethouder stuurt op 1 november een overzicht.", "stuurt"),  # a date
        (
            "De wethouder stuurt de raad een brief, op verzoek van de commissie.",
            "stuurt",
        ),  # another clause
        ("Het college stuurt de raad een brief.", "stuurt"),
    ],
)
def test_no_procedure_without_the_particle_in_the_clause(sentence, verb):
    assert _noun(sentence, verb) is None


def test_the_table_is_the_data_file():
    assert separated_verbs() is separated_verbs() and separated_verbs() == SEPARATED
    assert ("op", "sturing", False) in SEPARATED["stuurt"]
