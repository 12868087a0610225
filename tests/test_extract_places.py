"""Open-world places on invented sentences (kg.extract.places)."""

from __future__ import annotations

import pytest

from kg.extract.places import load_place_cues
from tests.extract_helpers import extract_text, key


def places(*paragraphs, title="Teststad"):
    _, ex = extract_text(*paragraphs, title=title)
    return [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het loket zit in Oosterwolde.", [("Oosterwolde", "place/oosterwolde")]),
        (
            "In Vlierveld en Kromhout werken de teams.",
            [("Vlierveld", "place/vlierveld"), ("Kromhout", "place/kromhout")],
        ),
        (
            "De gemeente bestaat uit de kernen Aldeboarn, Nes en Akkrum.",
            [("Aldeboarn", "place/aldeboarn"), ("Nes", "place/nes"), ("Akkrum", "place/akkrum")],
        ),
        (
            "De kerkdorpen Oudewater-Noord en Blauwkapel groeien.",
            [("Oudewater-Noord", "place/oudewater-noord"), ("Blauwkapel", "place/blauwkapel")],
        ),
        (
            "Het gaat goed in Ouderkerk aan de IJssel.",
            [("Ouderkerk aan de IJssel", "place/ouderkerk-aan-de-ijssel")],
        ),
        ("Zij wonen in Nieuw Beerta.", [("Nieuw Beerta", "place/nieuw-beerta")]),
        ("Voor Sneek en omgeving is er een loket.", [("Sneek", "place/sneek")]),
        ("Het werkplein is gevestigd te Delden.", [("Delden", "place/delden")]),
        (  # the former municipalities of a merger
            "De gemeente ontstond uit een fusie van Doornveld, Heidrecht en Bosmaat.",
            [
                ("Doornveld", "place/doornveld"),
                ("Heidrecht", "place/heidrecht"),
                ("Bosmaat", "place/bosmaat"),
            ],
        ),
        ("De voormalige gemeente Bosmaat heeft een loket.", [("Bosmaat", "place/bosmaat")]),
        (
            "Vooral in de kleine kernen (Heidrecht en Bosmaat) is vergrijzing zichtbaar.",
            [("Heidrecht", "place/heidrecht"), ("Bosmaat", "place/bosmaat")],
        ),
        (
            "Het gebiedsteam Heidrecht werkt vanuit het dorpshuis.",
            [("Heidrecht", "place/heidrecht")],
        ),
        ("Doornveld is met 20.000 inwoners de grootste kern.", [("Doornveld", "place/doornveld")]),
        # the residents of a place, a place as origin or span, a list after "waaronder"
        (
            "Inwoners van Bentelo en Hengevelde missen de bus.",
            [("Bentelo", "place/bentelo"), ("Hengevelde", "place/hengevelde")],
        ),
        ("Veel jongeren uit Bentelo vertrekken.", [("Bentelo", "place/bentelo")]),
        ("Het team werkt vanuit Bentelo.", [("Bentelo", "place/bentelo")]),
        (
            "Tussen Kromhout en Vlierveld rijdt een buurtbus.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
        ("In de dorpen rond Kromhout vergrijst het.", [("Kromhout", "place/kromhout")]),
        (
            "De gemeente telt elf kernen, waaronder Kromhout en Vlierveld.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
        (
            "In dorpen als Kromhout en Vlierveld vergrijst het.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
        ("Kromhout is de grootste kern van de gemeente.", [("Kromhout", "place/kromhout")]),
        ("Het loket staat in het centrum van Kromhout.", [("Kromhout", "place/kromhout")]),
        # a list in parentheses opened by an abbreviation; a name with the old genitive
        (
            "De spreekuren in de kleine kernen (bijv. Kromhout en Vlierveld) lopen slecht.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
        ("Een huisarts uit 's-Heerenveld vertelt dat.", [("'s-Heerenveld", "place/s-heerenveld")]),
        ("In ’s-Gravenmoer is een dorpshuis.", [("’s-Gravenmoer", "place/s-gravenmoer")]),
        # a settlement noun opening the sentence; a team's area after its capitalised name
        (
            "Dorpen als Kromhout en Vlierveld trekken toeristen.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
        (
            "Het Gebiedsteam Vlierveld-Oost werkt goed.",
            [("Vlierveld-Oost", "place/vlierveld-oost")],
        ),
        # the former municipalities of a redivision
        (
            "Na de herindeling met Doornveld en Bosmaat is de gemeente groter.",
            [("Doornveld", "place/doornveld"), ("Bosmaat", "place/bosmaat")],
        ),
        (
            "De oude gemeenten Doornveld en Bosmaat hadden een loket.",
            [("Doornveld", "place/doornveld"), ("Bosmaat", "place/bosmaat")],
        ),
        # the settlement type as a plural predicate after a list
        (
            "Kromhout en Vlierveld zijn kleine kerkdorpen.",
            [("Kromhout", "place/kromhout"), ("Vlierveld", "place/vlierveld")],
        ),
    ],
)
def test_a_capitalised_name_in_a_place_context_is_a_place(sentence, expected):
    assert places(sentence) == expected


def test_a_list_with_a_known_municipality_gives_places():
    assert places("Inwoners van Heerlen, Schaesberg en Nieuwenhagen.") == [
        ("Schaesberg", "place/schaesberg"),
        ("Nieuwenhagen", "place/nieuwenhagen"),
    ]


def test_every_occurrence_and_the_adjective_are_mentions_once_a_place_is_known():
    found = places(
        "Huisartsen in Kromhout zien meer ouderen.",
        "Kromhout heeft een buurthuis. De Kromhoutse aanpak werkt.",
    )
    assert found == [("Kromhout", "place/kromhout")] * 2 + [("Kromhoutse", "place/kromhout")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambtenaren werken in OZJT samen.",  # acronym
        "In De praktijk blijkt dat lastig.",  # function word
        "Het geld zit in Wmo-voorzieningen.",  # a law, part of a compound
        "De gemeente werkt samen met Salut in de wijk.",
        "Goor en Delden werken samen.",  # no place context
        "Na de fusie met Careander is de stichting groter.",  # an organisation's merger
        "Het Sociaal Team Kromhout werkt goed.",  # no area team: the name may be the team's
        "Careander en Ludens zijn de grootste aanbieders in de wijken.",  # no settlement noun
        "Het loket zit in Venlo.",  # a municipality, not a new place
        "Zij werken in NedCar.",
        "Het geld komt uit het Gemeentefonds.",  # an article: no place name
        "Tussen UWV en de gemeente is overleg.",  # a known organisation
        "Er zijn partners, waaronder Kromhout.",  # no settlement noun before the list
        "Careander is de grootste aanbieder.",  # no settlement noun in the predicate
        "De gemeente heeft drie wijken (bijv. Wmo en jeugd).",  # known words: no names
        "Het gesprek is ’s avonds.",  # the genitive without a name
    ],
)
def test_no_place(sentence):
    assert places(sentence) == []


def test_a_place_is_not_a_municipality_and_stays_out_of_the_list_of_municipalities():
    _, ex = extract_text("De kern Markelo groeit.")
    entity = next(e for e in ex.entities.values() if e.kind == "place")
    assert (key(entity.iri), entity.label, entity.minted) == ("place/markelo", "Markelo", True)


def test_cues_are_data():
    cues = load_place_cues()
    assert cues.settlement.search("de woonkernen ")
    assert not cues.settlement.search("de Kernen ")
    assert cues.following.match(" en omgeving")
    assert cues.settlement.search("elf kernen, waaronder ")
    assert cues.preposition.search("de bewoners van ") and cues.preposition.search("vanuit ")


def test_the_area_that_closes_an_organisations_name_anchors_no_list():
    # "MEE Limburg" is the regional MEE: "Synthese" after it is no place
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("MEE Limburg en Synthese leveren de cliëntondersteuning.")
    assert "place/synthese" not in {key(m.entity) for m in ex.mentions}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In de kern Almelo wonen de meeste ouderen.", ("Almelo", "place/almelo", "place")),
        ("Het dorp Bergen heeft een eigen huisarts.", ("Bergen", "place/bergen", "place")),
        ("De hoofdkern Borne groeit.", ("Borne", "place/borne", "place")),
        ("De kernen Bentelo, Markelo en Borne vergrijzen.", ("Borne", "place/borne", "place")),
        ("De gemeente Almelo werkt samen.", ("Almelo", "municipality/almelo", "municipality")),
        ("In Almelo staat het loket.", ("Almelo", "municipality/almelo", "municipality")),
        # a city named as a centre municipality is the municipality (gold decision 6)
        (
            "De gemeente hoort bij de regio Twente, met de stad Almelo als centrumgemeente.",
            ("Almelo", "municipality/almelo", "municipality"),
        ),
        (
            "Het hoort bij de regio Twente, waarvan de stad Almelo centrumgemeente is.",
            ("Almelo", "municipality/almelo", "municipality"),
        ),
        # the main town among the kernen is the profile's own municipality's
        ("De stad Almelo telt drie wijken.", ("Almelo", "place/almelo", "place")),
        # another municipality's city is that municipality
        (
            "Veel inwoners werken in de stad Enschede.",
            ("Enschede", "municipality/enschede", "municipality"),
        ),
    ],
)
def test_a_municipality_name_after_a_settlement_noun_is_the_town(sentence, expected):
    _, ex = extract_text(sentence, title="Almelo")
    found = [(m.text, key(m.entity), m.kind) for m in ex.mentions if m.sentence is not None]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zij werken samen in Oost-Twente.", ("Oost-Twente", "region/oost-twente")),
        ("De wachtlijsten in Noord-Veluwe zijn lang.", ("Noord-Veluwe", "region/noord-veluwe")),
        ("Veel ouderen in Noordwest-Fryslân.", ("Noordwest-Fryslân", "region/noordwest-fryslan")),
        ("De zorg in Limburg-Noord is goed.", ("Limburg-Noord", "region/limburg-noord")),
        # a youth-care region written with a space before its compass word
        (
            "Dordrecht is centrumgemeente in Zuid-Holland Zuid.",
            ("Zuid-Holland Zuid", "region/zuid-holland-zuid"),
        ),
        (
            "Zij werken samen in Twente-Achterhoek.",
            ("Twente-Achterhoek", "region/twente-achterhoek"),
        ),
        ("Het loket in Almelo-Borne is open.", ("Almelo-Borne", "region/almelo-borne")),
        ("De Twentse gemeenten en Twente.", ("Twente", "region/twente")),
    ],
)
def test_a_compass_word_before_a_known_area_names_a_part_of_it(sentence, expected):
    _, ex = extract_text(sentence)
    assert expected in [(m.text, key(m.entity)) for m in ex.mentions]
    assert "place/fryslan" not in {key(m.entity) for m in ex.mentions}


def test_the_municipalities_of_an_area_name_it_as_a_region():
    _, ex = extract_text(
        "De zeven Randstreek-gemeenten kopen samen in. In Randstreek is de werkloosheid hoog.",
        "De Wmo-gemeenten en de Noord-gemeenten doen dat niet.",
    )
    found = [(m.text, key(m.entity)) for m in ex.mentions if m.kind in ("region", "place")]
    assert found == [("Randstreek", "region/randstreek")] * 2


def test_names_after_plural_settlement_noun_and_copula_are_places():
    """ "de grootste kernen zijn A, B en C" lists places, as "kernen, waaronder A" does."""
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De gemeente telt veertig dorpen; de grootste kernen zijn Snits, Boalsert en Wommels."
    )
    assert {"place/snits", "place/boalsert", "place/wommels"} <= {
        key(m.entity) for m in ex.mentions
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De grootste kern is Vlierveld.", [("Vlierveld", "place/vlierveld")]),
        ("Het hoofddorp was Kromhout.", [("Kromhout", "place/kromhout")]),
    ],
)
def test_a_settlement_noun_with_a_copula_before_the_name(sentence, expected):
    assert places(sentence) == expected


def test_a_range_of_villages_after_a_settlement_noun_is_a_list_of_places():
    got = places(
        "De gemeente telt veel dorpen, van Vlierveld en Kromhout tot Blauwkapel, Nes-Oost en"
        " Akkerwolde."
    )
    assert [k for _, k in got] == [
        "place/vlierveld",
        "place/kromhout",
        "place/blauwkapel",
        "place/nes-oost",
        "place/akkerwolde",
    ]


def test_a_municipality_after_a_dutch_word_and_a_hyphen_is_a_village():
    assert places("In de dorpen Nieuw-Amsterdam en Kromhout is een loket.") == [
        ("Nieuw-Amsterdam", "place/nieuw-amsterdam"),
        ("Kromhout", "place/kromhout"),
    ]


def test_a_range_from_a_known_place_lists_the_place_it_runs_to():
    assert places("De buslijn rijdt van Heerlen tot Kromhout en Akkerwolde.") == [
        ("Kromhout", "place/kromhout"),
        ("Akkerwolde", "place/akkerwolde"),
    ]


def test_the_first_word_of_the_profiles_own_name_is_the_municipality():
    _, ex = extract_text(
        "In Capelle groeit het aantal ouderen. Gesprekspartners in Capelle zijn positief.",
        title="Capelle aan den IJssel",
    )
    found = {(m.text, key(m.entity)) for m in ex.mentions if m.text == "Capelle"}
    assert found == {("Capelle", "municipality/capelle-aan-den-ijssel")}
    assert not any(key(iri) == "place/capelle" for iri in ex.entities)


def test_a_name_of_two_places_has_no_short_name():
    _, ex = extract_text("In Son groeit het aantal ouderen.", title="Son en Breugel")
    assert not any(
        key(m.entity) == "municipality/son-en-breugel" for m in ex.mentions if m.text == "Son"
    )


def test_a_closing_quotation_mark_is_no_part_of_a_place_name():
    from kg.extract.places import _NAME

    text = "‘Dat is een hele reis voor een kind uit Vlierveld’, zegt een aanbieder."
    assert [m.group() for m in _NAME.finditer(text) if m.group() != "Dat"] == ["Vlierveld"]
    assert _NAME.fullmatch("’s-Gravenpolder") is not None


def test_a_list_before_a_plural_settlement_predicate_is_a_list_of_places():
    assert places(
        "Naast de hoofdkern zijn Vlierveld, Kromhout en Akkerwolde de grootste dorpen."
    ) == [
        ("Vlierveld", "place/vlierveld"),
        ("Kromhout", "place/kromhout"),
        ("Akkerwolde", "place/akkerwolde"),
    ]


def test_a_town_across_the_border_named_with_its_countrys_adjective_is_a_place():
    _, ex = extract_text("Veel inwoners werken in Teststad of in het Belgische Brasschaat.")
    assert ("Brasschaat", "place/brasschaat") in [(m.text, key(m.entity)) for m in ex.mentions]


def test_a_relative_clause_after_a_settlement_noun_lists_places():
    _, ex = extract_text(
        "De gemeente telt een reeks dorpen, waarvan Zuidlaren, Vries en Eelde de grootste zijn."
    )
    places = {m.text for m in ex.mentions if key(m.entity).startswith("place/")}
    assert {"Zuidlaren", "Vries", "Eelde"} <= places


@pytest.mark.parametrize(
    "sentence",
    [
        "De stad heeft vijf dorpen eromheen: Zuidlaren, Vries en Eelde.",
        "De gemeente telt drie kernen: Zuidlaren, Vries en Eelde.",
    ],
)
def test_a_colon_after_a_settlement_noun_opens_a_list_of_places(sentence):
    _, ex = extract_text(sentence)
    places = {m.text for m in ex.mentions if key(m.entity).startswith("place/")}
    assert {"Zuidlaren", "Vries", "Eelde"} <= places


def test_a_labour_market_regions_name_after_in_is_that_region_not_a_village():
    _, ex = extract_text(
        "Teststad is centrumgemeente voor beschermd wonen in Haaglanden.",
        "Het aandeel is even hoog als gemiddeld in Holland Rijnland.",
    )
    found = {(key(m.entity), m.text) for m in ex.mentions}
    assert ("region/haaglanden", "Haaglanden") in found
    assert ("region/holland-rijnland", "Holland Rijnland") in found
    assert not any(k.startswith("place/") for k, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aan de overkant van de Lange Vliet ligt een dorp met een eigen huisarts.",
            [("Lange Vliet", "place/lange-vliet")],
        ),
        (
            "Veel banen zitten aan de andere kant van het Zoutwater.",
            [("Zoutwater", "place/zoutwater")],
        ),
        (
            "Wie aan de overkant van de Brede Geul woont, reist een uur naar het loket.",
            [("Brede Geul", "place/brede-geul")],
        ),
        (
            "De buren aan de overkant van het Veenmeer kopen de jeugdhulp apart in.",
            [("Veenmeer", "place/veenmeer")],
        ),
    ],
)
def test_the_far_side_of_a_named_water_or_area_is_a_place(sentence, expected):
    assert places(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De buurten uit de jaren zeventig, zoals de Bloemhof en de Hoge Akker, vergrijzen.",
            [("Bloemhof", "place/bloemhof"), ("Hoge Akker", "place/hoge-akker")],
        ),
        (
            "Wijken als de Vogelzang en het Oude Veld kennen veel armoede.",
            [("Vogelzang", "place/vogelzang"), ("Oude Veld", "place/oude-veld")],
        ),
        (
            "In de dorpen, zoals het Laar, is de burenhulp sterk.",
            [("Laar", "place/laar")],
        ),
        (
            "De wijken met de meeste schulden, waaronder de Rietlanden, krijgen een eigen team.",
            [("Rietlanden", "place/rietlanden")],
        ),
    ],
)
def test_names_with_the_article_after_a_settlement_noun_are_places(sentence, expected):
    assert places(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Aan de kant van de zorgaanbieders is het beeld gemengd.",
        "De ritten tussen Teststad en de Peelgemeenten zijn lang.",
        "De teams werken met de huisartsen en de Raad samen.",
        "De wijkteams werken, zoals de Raad wil, vanuit een wijkgebouw.",
    ],
)
def test_no_place_from_an_article_list_or_a_side(sentence):
    assert places(sentence) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hoi Piet, Almelo werkt samen met Hengelo en Enschede.",
        "Beste Anna, Deventer en Zutphen delen een loket.",
        "Hallo Sanne, Breda, Etten-Leur en Zundert kopen samen in.",
        "Lieve Kees, Goes werkt met Borsele en Kapelle samen.",
        "Dag Marloes, vanmiddag was ik in Zwolle bij de wethouder.",
    ],
)
def test_a_greeting_and_the_name_it_addresses_are_no_place(paragraph):
    """ "Hoi Piet, Almelo …": no list of places, the one addressed."""
    assert not [text for text, _ in places(paragraph) if text.split()[0] in GREETINGS]


GREETINGS = {"Hoi", "Beste", "Hallo", "Lieve", "Dag"}


def test_a_place_after_a_greeting_stays_a_place():
    """A place after "in" in a sentence that opens with a greeting stays a place."""
    assert ("Ommeren", "place/ommeren") in places("Hoi Piet, vanmiddag was ik in Ommeren.")
