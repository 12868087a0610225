"""Dutch word classes by form and context (kg.extract.dutchwords)."""

from __future__ import annotations

from kg.extract import dutchwords as dw


def _nouns(text: str) -> list[str]:
    words = dw.tokens(text)
    return [w for k, (_, _, w) in enumerate(words) if dw.is_noun(words, k, text)]


def test_participles_and_present_tenses_are_verbs_agent_nouns_are_not():
    assert all(dw.is_verb(w) for w in ("aanbesteed", "weggewerkt", "inkoopt", "doorgegeven"))
    assert not any(dw.is_verb(w) for w in ("schuldhulpverlener", "wachtlijst", "gezondheid"))


def test_plurals_the_lemmatiser_leaves_are_made_singular():
    pairs = {
        "brieven": "brief",
        "tarieven": "tarief",
        "verzorgingshuizen": "verzorgingshuis",
        "wijkcentra": "wijkcentrum",
        "vaardigheden": "vaardigheid",
        "wachtlijsten": "wachtlijst",
    }
    assert {w: dw.noun_singular(w) for w in pairs} == pairs
    assert dw.noun_singular("vertrouwen") == "vertrouwen"  # its own lemma


def test_nouns_by_suffix_plural_number_and_coordination():
    assert _nouns("Zij noemen contractmanagement en 1.100 huishoudens") == [
        "contractmanagement",
        "huishoudens",
    ]
    assert "problematiek" in _nouns("Zij verschillen in omvang en problematiek.")
    assert _nouns("Zij werken hard.") == []  # no opener, no suffix, an infinitive form


def test_infinitives_and_verb_stems():
    words = dw.tokens("Zij gaan werken aan een proef, maar de opkomst ligt laag.")
    index = {w: k for k, (_, _, w) in enumerate(words)}
    assert dw.is_infinitive(words, index["werken"])
    assert dw.stem_noun(words, index["proef"]) and not dw.stem_noun(words, index["ligt"])


def test_proper_names_abbreviations_and_their_compounds():
    assert dw.is_proper("Salut", 10, 0) and not dw.is_proper("Salut", 0, 0)  # sentence start
    assert not dw.is_proper("HHT-middelen", 10, 0) and not dw.is_proper("Wmo-voorzieningen", 10, 0)


def test_gender_from_the_text_and_the_common_list():
    known = dw.het_nouns("Het regionaal zorggebruik daalt.")
    assert "zorggebruik" in known and "overleg" in known  # the text; kg/data/het-nouns.txt
    assert dw.is_neuter("wijkteam", known) and not dw.is_neuter("wachtlijst", known)
    assert dw.undeclined("toekomstige") == "toekomstig"
    assert "overleg" in dw.read_list("het-nouns.txt")


def test_participles_of_separable_verbs_and_infinitives_after_te_are_verbs():
    assert [dw.is_participle(w) for w in ("opgezet", "aangeboden", "gebied", "omgeving")] == [
        True,
        True,
        False,
        False,
    ]
    words = dw.tokens("de stad is te groot om signalen op te vangen")
    assert [w for k, (_, _, w) in enumerate(words) if dw.after_te(words, k)] == ["vangen"]


def test_a_number_before_a_word_is_found_back_from_the_word():
    text = "Het gaat om 1.100 huishoudens. Zij wachten\n"
    at = text.index("huishoudens")
    assert dw.after_number(text, 0, at) and dw.after_number(text, text.index("1.1"), at)
    assert not dw.after_number(text, 0, text.index("Zij"))  # a full stop, not a number
    assert not dw.after_number("700cliënten", 0, 3)  # no space between
    assert dw.infinitive("afhandelen") and not dw.infinitive("huishoudens")


def test_the_words_taken_from_the_runs_are_those_the_pattern_reads() -> None:
    """A document's words are taken from its runs of word characters (read first)."""
    import random

    from kg.extract.dutchwords import WORD
    from kg.extract.sentencecache import RUN, _read_whole, clear, whole

    rng = random.Random(5)
    for letters in ("ab Zé9-_. xß1", "a1- é", "a’'²μ_é\n Ÿ1-", "aB-1 ", "a-1"):
        for _ in range(3000):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
            clear()
            whole(RUN, text)
            assert whole(WORD, text) == _read_whole(WORD, text, False), text


def test_a_compound_singular_follows_its_head_s_stem_change():
    from kg.extract.dutchwords import noun_singular

    assert noun_singular("werkbedrijven") == "werkbedrijf"
    assert noun_singular("jeugdarts") == "jeugdarts"
    assert noun_singular("wachtlijsten") == "wachtlijst"


def test_the_plural_leden_of_a_compound_in_lid_is_made_singular_but_not_geleden_or_verleden():
    from kg.extract.dutchwords import noun_singular

    assert [noun_singular(w) for w in ("raadsleden", "commissieleden", "teamleden")] == [
        "raadslid",
        "commissielid",
        "teamlid",
    ]
    words = ("leden", "geleden", "verleden", "overleden", "verkleden")
    assert [noun_singular(w) for w in words] == [
        "leden",
        "geleden",
        "verleden",
        "overleden",
        "verkleden",
    ]


def test_a_noun_in_e_before_a_preposition_dan_or_an_auxiliary_is_a_noun():
    s = "Het valt in een andere grootteklasse dan de buurgemeenten."
    ws = dw.tokens(s)
    assert dw.is_noun(ws, 5, s)
    s = "De grootteklasse van de gemeente is bepalend; de jonge mensen blijven."
    ws = dw.tokens(s)
    assert dw.is_noun(ws, 1, s)
    assert not dw.is_noun(ws, 8, s)  # "jonge" before its noun stays an adjective


def test_a_verb_after_a_fronted_year_is_no_noun_stem():
    assert not dw.stem_noun(dw.tokens("Over 2015 bleef er een overschot over"), 1)
    assert dw.stem_noun(dw.tokens("Over de proef"), 2)


def test_a_nominalised_adjective_in_loos_has_its_inflected_singular():
    from kg.extract.dutchwords import noun_singular

    assert noun_singular("thuislozen") == "thuisloze"
    assert noun_singular("werklozen") == "werkloze"
    assert noun_singular("lozen") == "lozen"  # the verb, too short for a compound
