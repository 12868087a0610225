"""Recognising municipalities by name anywhere in a profile (kg.extract.municipalities)."""

from __future__ import annotations

import pytest

from kg.extract.municipalities import adjectives, matcher_for
from kg.reference import default_reference
from tests.extract_helpers import extract_text, key

REF = default_reference()


def names(text: str, home: str | None = None) -> list[tuple[str, str]]:
    """``(surface, CBS name)`` of every municipality found in ``text``."""
    found = matcher_for(REF).find(text, home=home)
    return [(f.text, REF.by_code[f.cbs_code].name) for f in found]


def test_bare_name_anywhere_and_at_sentence_start():
    assert names("Venray werkt samen met buurgemeenten. Het werkplein zit in Venlo.") == [
        ("Venray", "Venray"),
        ("Venlo", "Venlo"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Deventerse aanpak", [("Deventerse", "Deventer")]),
        ("de Brunssumse ambtenaren", [("Brunssumse", "Brunssum")]),
        ("het Venrays beleid", [("Venrays", "Venray")]),
        ("de Zwolse wijkteams", [("Zwolse", "Zwolle")]),
        ("de Goese raad", [("Goese", "Goes")]),
        ("de Bossche aanpak", [("Bossche", "'s-Hertogenbosch")]),
        # the long vowel of an open syllable is written double when it closes
        ("de Nijmeegse wethouder", [("Nijmeegse", "Nijmegen")]),
        # a name that is also a word still has an adjective that is none
        ("de Leidse regio en de Delftse raad", [("Leidse", "Leiden"), ("Delftse", "Delft")]),
        ("de Weertse aanpak", [("Weertse", "Weert")]),
    ],
)
def test_adjective_forms(text, expected):
    assert names(text) == expected


def test_no_invented_irregular_adjective():
    # "Zaanse" belongs to the Zaan region, not to the municipality Zaanstad
    assert names("de Zaanse gemeenten") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de gemeente Bergen (L.)", [("Bergen (L.)", "Bergen (L.)")]),
        (
            "in Bergen (NH.) en Laren (NH.)",
            [("Bergen (NH.)", "Bergen (NH.)"), ("Laren (NH.)", "Laren (NH.)")],
        ),
        ("de gemeente 's-Gravenhage", [("'s-Gravenhage", "'s-Gravenhage")]),
        ("de gemeente Den Haag", [("Den Haag", "'s-Gravenhage")]),
        (
            "in Den Bosch en 's-Hertogenbosch",
            [("Den Bosch", "'s-Hertogenbosch"), ("'s-Hertogenbosch", "'s-Hertogenbosch")],
        ),
        (
            "Súdwest-Fryslân en Sudwest Fryslan",
            [("Súdwest-Fryslân", "Súdwest-Fryslân"), ("Sudwest Fryslan", "Súdwest-Fryslân")],
        ),
        ("het sw-bedrijf dat Súdwest- Fryslân heeft", [("Súdwest- Fryslân", "Súdwest-Fryslân")]),
        ("Het Bildt en het Bildt", [("Het Bildt", "het Bildt"), ("het Bildt", "het Bildt")]),
    ],
)
def test_spellings_of_the_reference(text, expected):
    assert names(text) == expected


def test_den_haag_without_gemeente_is_not_the_municipality():
    assert names("Den Haag heeft de gemeenten niet de tijd gegeven.") == []
    assert names("de werkelijkheden in Den Haag en lokaal") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het is best lastig.",
        "Best is een woord.",
        "Buren helpen elkaar.",
        "De buren helpen elkaar.",
        "Een beek stroomt door het dorp.",
        "Putten en putten.",
        "Hoorns en trompetten klinken.",  # the predicative -s form of a word-name is a word
        "De Bergse aanpak.",  # Bergen (L.), Bergen (NH.) or Bergen op Zoom
    ],
)
def test_ambiguous_names_without_place_context_are_not_found(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de gemeenten Best en Son en Breugel", ["Best", "Son en Breugel"]),
        ("de gemeente Buren", ["Buren"]),
        ("Hij woont in Putten.", ["Putten"]),
        ("Zij verhuist naar Ede.", ["Ede"]),
        (
            "samen met Almelo, Borne, Enschede, Hengelo en Lochem",
            ["Almelo", "Borne", "Enschede", "Hengelo (O.)", "Lochem"],
        ),
        ("naar Baarn en Soest", ["Baarn", "Soest"]),
        ("Soest, Baarn en Amersfoort", ["Soest", "Baarn", "Amersfoort"]),
        ("De gemeente grenst aan Landgraaf.", ["Landgraaf"]),
        ("Het dorp grenzen aan Buren en Culemborg.", ["Buren", "Culemborg"]),
    ],
)
def test_ambiguous_names_in_place_context_are_found(text, expected):
    assert [name for _, name in names(text)] == expected


def test_multi_word_names_match_whole():
    assert names("Hof van Twente, Hollands Kroon en Nuenen, Gerwen en Nederwetten") == [
        ("Hof van Twente", "Hof van Twente"),
        ("Hollands Kroon", "Hollands Kroon"),
        ("Nuenen, Gerwen en Nederwetten", "Nuenen, Gerwen en Nederwetten"),
    ]
    assert names("Midden-Groningen en Bergen op Zoom") == [
        ("Midden-Groningen", "Midden-Groningen"),
        ("Bergen op Zoom", "Bergen op Zoom"),
    ]


def test_parts_of_compounds_provinces_and_regions_are_not_municipalities():
    assert names("het Werkplein Venlo-Venray") == []
    assert names("de provincie Groningen en de regio Amsterdam") == []
    assert names("de Amsterdamse aanpak in Amsterdam-Noord") == [("Amsterdamse", "Amsterdam")]


def test_shared_name_resolved_by_the_home_province():
    venray = "GM0984"
    assert names("met Gennep en Bergen", home=venray)[-1] == ("Bergen", "Bergen (L.)")
    assert names("met Alkmaar en Bergen", home="GM0361")[-1] == ("Bergen", "Bergen (NH.)")
    assert names("met Gennep en Bergen") == [("Gennep", "Gennep")]  # no home: left out


def test_village_names_are_not_municipalities():
    assert names("de kernen Goor, Delden en Markelo; Sneek en Bolsward") == []


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Venray", ["Venrays", "Venrayse"]),
        ("Heerlen", ["Heerlens", "Heerlense", "Heerls", "Heerlse"]),
        ("Oss", ["Osse"]),
    ],
)
def test_adjective_rules(name, forms):
    assert adjectives(name) == sorted(forms)


def test_title_resolves_through_the_reference():
    m = matcher_for(REF)
    assert m.resolve_title("Súdwest-Fryslân").cbs_code == "GM1900"
    assert m.resolve_title("Súdwest- Fryslân").cbs_code == "GM1900"
    assert m.resolve_title("Gemeente Hof van Twente").cbs_code == "GM1735"
    assert m.resolve_title("Zuiderwolde") is None


def test_extractor_mentions_every_municipality_named():
    _, ex = extract_text(
        "Venray werkt samen met Venlo, Horst aan de Maas en Bergen in de regio.",
        "Den Haag weet niet wat er lokaal speelt.",
        title="Venray",
    )
    assert key(ex.municipality.iri) == "municipality/venray"
    munis = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "municipality"]
    assert ("Venlo", "municipality/venlo") in munis
    assert ("Horst aan de Maas", "municipality/horst-aan-de-maas") in munis
    assert ("Bergen", "municipality/bergen-l") in munis
    assert ("Venray", "municipality/venray") in munis
    assert ex.entities[key_iri("municipality/venlo")].label == "Venlo"
    den_haag = [m for m in ex.mentions if m.text == "Den Haag"]
    assert [key(m.entity) for m in den_haag] == ["role/national-government"]


def test_title_is_a_mention_of_the_own_municipality():
    doc, ex = extract_text("De gemeente telt 80.000 inwoners.", title="Súdwest-Fryslân")
    title = [m for m in ex.mentions if m.sentence is None]
    assert [(m.text, key(m.entity)) for m in title] == [
        ("Súdwest-Fryslân", "municipality/sudwest-fryslan")
    ]
    assert not ex.municipality.minted


def key_iri(short: str) -> str:
    from kg.namespaces import expand_key

    return expand_key(short)


def test_own_ambiguous_name_needs_no_context():
    landgraaf = "GM0882"
    assert names("Landgraaf telt veel ouderen.") == []
    assert names("Landgraaf telt veel ouderen.", home=landgraaf) == [("Landgraaf", "Landgraaf")]


def test_name_holding_a_province_is_the_municipality_in_running_text():
    # "Fryslân" (the province) inside "Súdwest-Fryslân" must not win over the longer name
    _, ex = extract_text(
        "In Súdwest-Fryslân is de zorg dichtbij. De provincie Fryslân helpt.",
        title="Súdwest-Fryslân",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.sentence is not None]
    assert ("Súdwest-Fryslân", "municipality/sudwest-fryslan") in found
    assert ("Fryslân", "place/fryslan") not in found
    assert any(k == "place/fryslan" for _, k in found)  # "provincie Fryslân"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij werken in de Fryske Marren.", [("Fryske Marren", "De Fryske Marren")]),
        ("Ook de Ronde Venen doet mee.", [("Ronde Venen", "De Ronde Venen")]),
        ("In De Wolden en Ronde Venen.", [("De Wolden", "De Wolden")]),
        ("het Edam-Volendamse beleid", [("Edam-Volendamse", "Edam-Volendam")]),
        ("de Súdwest-Fryslânse dorpen", [("Súdwest-Fryslânse", "Súdwest-Fryslân")]),
        ("de ronde venen", []),  # the name's own words keep their capitals
    ],
)
def test_an_article_in_lower_case_and_the_adjective_of_a_hyphenated_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teststad grenst aan Bergen (L).", "municipality/bergen-l"),
        ("Teststad grenst aan Bergen (Limburg).", "municipality/bergen-l"),
        ("Teststad grenst aan Bergen (NH).", "municipality/bergen-nh"),
        ("Teststad grenst aan Bergen (Noord-Holland).", "municipality/bergen-nh"),
    ],
)
def test_the_bergens_without_the_cbs_full_stop_or_with_the_province(text, expected):
    _, ex = extract_text(text)
    assert expected in {key(m.entity) for m in ex.mentions}


@pytest.mark.parametrize(
    "text",
    [
        # a name that is also a Dutch word, capitalised where a word is written small
        "De raad van Kampen besloot anders.",
        "Zwolle koos voor wijkteams; Kampen koos voor één team.",
        "Het aandeel is hoger dan Kampen haalt.",
        "Inwoners zijn eerder gericht op Kampen.",
        "Ook werken naast Kampen andere gemeenten mee.",
    ],
)
def test_an_ambiguous_name_capitalised_inside_the_sentence(text):
    assert ("Kampen", "Kampen") in names(text)


@pytest.mark.parametrize(
    "text",
    ["Veel gezinnen kampen met schulden.", "Kampen met schulden doen veel gezinnen."],
)
def test_the_word_stays_a_word(text):
    assert not [n for n in names(text) if n[1] == "Kampen"]


@pytest.mark.parametrize(
    "text",
    [
        "Veel forensen werken in Leiden en Den Haag.",
        "De jeugdhulp wordt ingekocht samen met onder meer Den Haag, Delft en Zoetermeer.",
        "Voor de maatschappelijke opvang is Den Haag centrumgemeente.",
        "De regio werkt met Den Haag als centrumgemeente.",
    ],
)
def test_den_haag_listed_with_municipalities_or_as_centre_is_the_city(text):
    found = matcher_for(REF).find(text)
    haag = [f for f in found if f.text == "Den Haag"]
    assert [REF.by_code[f.cbs_code].name for f in haag] == ["'s-Gravenhage"]
    assert haag[0].after_gemeente  # sure enough to win over the national government


def test_den_haag_beside_the_profiles_own_municipality_stays_the_state():
    # "tussen Den Haag en Teststad": the state set against the municipality
    assert names("De afstand tussen Den Haag en Delft is groot.", home="GM0503") == [
        ("Delft", "Delft")
    ]
    assert names("Den Haag laat de gemeenten in de steek.") == []


def test_a_list_with_den_haag_makes_a_city_name_that_is_also_a_word_a_place():
    _, ex = extract_text(
        "De bewoners zijn voor werk vooral op Den Haag en Delft gericht.", title="Rijswijk"
    )
    munis = {(m.text, key(m.entity)) for m in ex.mentions if m.kind == "municipality"}
    assert {("Den Haag", "municipality/s-gravenhage"), ("Delft", "municipality/delft")} <= munis
    assert not [m for m in ex.mentions if key(m.entity) == "role/national-government"]


def test_a_name_that_is_also_a_word_is_a_place_before_centrumgemeente():
    assert names("Voor de opvang is Delft centrumgemeente.") == [("Delft", "Delft")]
    assert names("Het college wil delft niet.") == []


def test_haagse_before_a_part_of_the_city_is_the_city_else_the_state():
    found = matcher_for(REF).find("een forensengemeente aan de rand van de Haagse agglomeratie")
    assert [(f.text, REF.by_code[f.cbs_code].name) for f in found] == [("Haagse", "'s-Gravenhage")]
    assert names("De Haagse regels sluiten slecht aan op de lokale praktijk.") == []
    _, ex = extract_text("Het dorp ligt aan de rand van de Haagse agglomeratie.", title="Rijswijk")
    haagse = [key(m.entity) for m in ex.mentions if m.text == "Haagse"]
    assert haagse == ["municipality/s-gravenhage"]
