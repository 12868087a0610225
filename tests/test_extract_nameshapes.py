"""Word and name shapes of kg.extract.nameshapes, on invented names."""

import pytest

from kg.extract.nameshapes import acronym_of, acronyms_of, is_acronym, is_camel, quoted_end


@pytest.mark.parametrize(("word", "expected"), [("ISD", True), ("GGD", True), ("Salut", False)])
def test_an_acronym_is_a_word_of_capitals(word, expected):
    assert is_acronym(word) is expected


def test_a_brand_word_has_an_inner_capital():
    assert is_camel("NedCar") and not is_camel("IJssel")


def test_the_acronym_of_a_name_skips_connectors():
    assert acronym_of(["Stichting", "Werk", "en", "Inkomen", "Oost"]) == "SWIO"


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Sociale Dienst Zuid-Randmeer", "SDZR"),  # the parts of a hyphenated word
        ("Samenwerkingsverband Zorg Randmeer", "ZR"),  # the type head left out
        ("Stichting Team Oost", "STO"),
    ],
)
def test_a_name_may_be_shortened_in_several_ways(name, acronym):
    assert acronym in acronyms_of(name)


def test_a_two_word_name_keeps_its_first_word():
    assert acronyms_of("Regio Vallei") == ("RV", "RV")


def test_quoted_end_stops_after_the_last_word_inside_the_quotes():
    text = "de stichting 'Samen Sterk' helpt"
    toks = [(14, 19, "Samen"), (20, 25, "Sterk"), (27, 32, "helpt")]
    assert quoted_end(toks, 0, text.index("'", 14)) == 2
    assert quoted_end(toks, 0, len(text)) == 3


def test_a_known_compass_region_is_not_minted_again():
    from kg.extract.model import SentenceMention
    from kg.extract.nameareas import compass_area

    text = "in Noord-Limburg"
    whole = SentenceMention("id/region/noord-limburg", "region", 3, 16, "Noord-Limburg", 0)
    assert not compass_area(text, [(3, 8, "Noord"), (9, 16, "Limburg")], [whole])


def test_common_plurals_and_adverbial_openers():
    from kg.extract.nameshapes import adverbial_opener, common_plural

    assert common_plural("Huisartsenpraktijken") and not common_plural("Humanitas")
    assert adverbial_opener("Bestuurlijk") and not adverbial_opener("Randwerk")


def test_a_verb_after_a_word_ending_like_a_place_adjective_shows_a_noun():
    from kg.extract.nameshapes import adjective_run

    assert not adjective_run("Synthese is groot", [(0, 8, "Synthese")], 8)
    assert adjective_run("Twentse gemeenten", [(0, 7, "Twentse")], 7)


def test_a_comma_before_en_ends_a_group_name():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De zorg is belegd bij de regio Heuvelrand, en Veilig Thuis Heuvelrand is het meldpunt."
    )
    names = {m.text: key(m.entity) for m in ex.mentions}
    assert names.get("regio Heuvelrand") == "region/heuvelrand"
    assert names.get("Veilig Thuis Heuvelrand") == "organisation/veilig-thuis-heuvelrand"


@pytest.mark.parametrize(
    "word",
    [
        "NedCar",
        "IJssel",
        "Gemeente",
        "GGD",
        "wmo",
        "eHealth",
        "a",
        "",
        "OZJT",
        "ZorgSaam",
        "Éénheid",
    ],
)
def test_is_camel_fast_path_is_the_full_test(word):
    """The lower-case rest answers as the pairwise test of every letter."""
    full = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
    assert is_camel(word) is full


def _organisations(sentence: str) -> set[str]:
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    return {key(m.entity) for m in ex.mentions if m.kind in ("organisation", "body")}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "In het wijkteam werken medewerkers van MEE en Welzijn Oost samen.",
            {"organisation/mee", "organisation/welzijn-oost"},
        ),
        (
            "Het CJG en Welzijn Zuid delen een pand.",
            {"organisation/centrum-voor-jeugd-en-gezin", "organisation/welzijn-zuid"},
        ),
        (
            "De gemeente overlegt elke maand met MEE en Welzijn Kanaalstreek.",
            {"organisation/mee", "organisation/welzijn-kanaalstreek"},
        ),
        (
            "Sinds 2016 hebben MEE en Welzijn Noord een gezamenlijk loket.",
            {"organisation/mee", "organisation/welzijn-noord"},
        ),
    ],
)
def test_an_acronym_before_en_is_a_name_of_its_own(sentence, names):
    assert names <= _organisations(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("De gemeente werkt met Zorg en Welzijn Noord.", "organisation/zorg-en-welzijn-noord"),
        (
            "Zij werken met Dienst Werk en Inkomen Oost.",
            "organisation/dienst-werk-en-inkomen-oost",
        ),
    ],
)
def test_two_field_nouns_joined_by_en_stay_one_name(sentence, name):
    assert name in _organisations(sentence)


def _regions(sentence: str) -> set[str]:
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    return {key(m.entity) for m in ex.mentions if m.kind == "region"}


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        (
            "Teststad werkt in de arbeidsmarktregio Zuid-Kennemerland en IJmond samen met het UWV.",
            "region/arbeidsmarktregio-zuid-kennemerland-en-ijmond",
        ),
        (
            "De gemeenten van de jeugdregio Noord en Twente kopen samen in.",
            "region/jeugdregio-noord-en-twente",
        ),
        (
            "Teststad hoort bij de zorgregio Midden en Salland.",
            "region/zorgregio-midden-en-salland",
        ),
        (
            "Teststad valt onder de arbeidsmarktregio Stedendriehoek en Salland.",
            "region/arbeidsmarktregio-stedendriehoek-en-salland",
        ),
    ],
)
def test_a_scaled_region_named_by_two_areas_is_one_name(sentence, region):
    assert region in _regions(sentence)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Teststad werkt in de regio Noord en Zwolle samen.", "municipality/zwolle"),
        (
            "De gemeenten van de jeugdregio Oost en Deventer kopen samen in.",
            "municipality/deventer",
        ),
    ],
)
def test_a_municipality_after_en_ends_the_region_name(sentence, place):
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    assert place in {key(m.entity) for m in ex.mentions}


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is een van de weinige gemeenten in de IJmond met één loket.",
        "Werkgevers in de IJmond willen wel, zeker de grote bedrijven.",
        "De IJmondse gemeenten kopen de jeugdhulp samen in.",
        "Uit de bijdragen blijkt hoe sterk Teststad van de IJmond afhangt.",
    ],
)
def test_the_ijmond_is_a_landstreek(sentence):
    assert "region/ijmond" in _regions(sentence)
