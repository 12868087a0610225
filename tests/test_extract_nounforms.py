"""The word forms the lexicon matcher compares: surface keys, lemmas and singulars."""

from __future__ import annotations

import pytest

from kg.extract import mentions
from kg.extract.nounforms import _is_plural_of, lemma_key, singular, surface_key


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("kinderen", "kind"),  # a plural in -eren the grammars list
        ("jongeren", "jongere"),  # a nominalised comparative
        ("baseren", "baseren"),  # a verb in -eren stays whole
        ("wijkteams", "wijkteam"),  # a compound: its known tail decides
        ("Wmo-raden", "wmo-raad"),  # a hyphenated word: its last part
        ("re-integratietrajecten", "re-integratietraject"),
        ("huisartsen", "huisarts"),
        ("vertrouwen", "vertrouwen"),  # a known word that is its own lemma
        ("verloskundigen", "verloskundige"),  # a nominalised adjective in -kundige
        ("wijkverpleegkundigen", "wijkverpleegkundige"),
    ],
)
def test_singular_of_plural_nouns_and_compounds(plural, expected):
    assert singular(plural) == expected


def test_surface_key_drops_an_apostrophe_ending_only():
    assert [surface_key(w) for w in ("PGB’s", "GGD'en", "zo'n", "Wmo")] == [
        "pgb",
        "ggd",
        "zo'n",
        "wmo",
    ]


def test_lemma_key_reads_the_surface_key():
    assert lemma_key("Ambtenaren") == lemma_key("ambtenaren") == "ambtenaar"


def test_a_regular_plural_ending_with_doubled_or_dropped_letters():
    assert _is_plural_of("categorieën", "categorie")
    assert _is_plural_of("bijdragen", "bijdrage")
    assert _is_plural_of("budgetten", "budget")
    assert _is_plural_of("raden", "raad")
    assert not _is_plural_of("betrokken", "betrekken")


def test_the_matcher_module_reads_the_same_forms():
    """Other readers import these forms from :mod:`kg.extract.mentions`: the same objects."""
    assert mentions.singular is singular
    assert mentions.lemma_key is lemma_key


def test_a_singular_in_en_the_lemmatiser_reads_as_a_plural_stays_whole():
    from kg.extract.nounforms import singular

    assert [singular(w) for w in ("keten", "ketens", "zorgketen", "reden")] == [
        "keten",
        "keten",
        "zorgketen",
        "reden",
    ]


def test_each_form_is_read_once_per_word_and_a_full_table_starts_over():
    from kg.extract.nounforms import _Forms

    read = []
    forms = _Forms(lambda word: read.append(word) or word[::-1], limit=3)
    assert [forms[w] for w in ("ab", "ab", "cd", "ef", "ab")] == ["ba", "ba", "dc", "fe", "ba"]
    assert read == ["ab", "cd", "ef"]
    assert forms["gh"] == "hg" and len(forms) == 1  # the fourth word: the table starts over
    assert singular("Wijkteams") == singular("Wijkteams") == "wijkteam"
