"""Vague amounts of a group or of time (:mod:`kg.extract.vagueamounts`)."""

from __future__ import annotations

import pytest

from kg.document import parse_profile
from kg.extract.indicators import extract_indicators
from kg.extract.numbers import find_numbers
from kg.extract.vagueamounts import counts_group, vague_amounts


def _vague(text: str) -> list[tuple[str, str]]:
    return [
        (text[n.start : n.end], n.unit)
        for n in find_numbers(text, 0, len(text))
        if n.form == "vague"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enkele woningcorporaties doen mee.", [("Enkele", "count")]),
        ("Volgens sommige huisartsen is dat zo.", [("sommige", "count")]),
        ("Wie voor meerdere provincies werkt, merkt dat.", [("meerdere", "count")]),
        ("Raadsleden van diverse partijen vragen erom.", [("diverse", "count")]),
        ("Het gaat om veel alleenstaande moeders.", [("veel", "count")]),
        ("Er zijn de vele mantelzorgers.", [("de vele", "count")]),
        ("Weinig werkgevers nemen iemand aan.", [("Weinig", "count")]),
        ("In een aantal buurten is het rustig.", [("een aantal", "count")]),
        ("De meeste scholen doen mee.", [("De meeste", "percent")]),
        # respondents of interviews or a survey: a group of people
        ("De meeste respondenten zijn tevreden.", [("De meeste", "percent")]),
        ("Enkele respondenten noemen de wachttijd.", [("Enkele", "count")]),
        ("Volgens veel respondenten werkt het loket goed.", [("veel", "count")]),
        ("Vrijwel alle respondenten kennen het team.", [("Vrijwel alle", "percent")]),
        ("Vrijwel alle wijkteams werken zo.", [("Vrijwel alle", "percent")]),
        ("Een deel van de ouderen woont alleen.", [("Een deel", "percent")]),
        ("Voor een groeiend deel daarvan geldt dat.", [("een groeiend deel", "percent")]),
        ("Er is een kleine groep die afhaakt.", [("een kleine groep", "count")]),
        ("Mensen wachten maanden op een gesprek.", [("maanden", "months")]),
        ("Dat kan weken vertraging geven.", [("weken", "weeks")]),
        # years without a number, and a year before a bare unit of time
        ("Zij is al jaren actief als vrijwilliger.", [("al jaren", "years")]),
        ("Voor het eerst sinds jaren daalde het.", [("sinds jaren", "years")]),
        ("Mensen melden zich pas na jaren.", [("pas na jaren", "years")]),
        ("Het aantal stijgt na jaren van daling.", []),  # the time a change frames
        ("Pas na de jaren negentig kwam er meer.", []),  # a decade
        ("Men is decennia gewend geweest aan zorg.", [("decennia", "years")]),
        ("De rekeningen werden in 2015 maanden te laat verstuurd.", [("maanden", "months")]),
        # "nauwelijks" (hardly any) and "een paar" / "de paar" (a few) before a group
        ("In de haven zijn nauwelijks banen voor jongeren.", [("nauwelijks", "count")]),
        ("Bedrijven nemen nauwelijks statushouders aan.", [("nauwelijks", "count")]),
        ("Op de avond kwamen nauwelijks bewoners af.", [("nauwelijks", "count")]),
        ("Er zijn nog een paar gezinnen zonder hulp.", [("een paar", "count")]),
        ("Na een paar dure plaatsingen is het geld op.", [("een paar", "count")]),
        ("De paar vrijwilligers die overblijven, doen alles.", [("De paar", "count")]),
        ("Een paar scholen hebben een eigen coach.", [("Een paar", "count")]),
    ],
)
def test_vague_amounts(text, expected):
    assert _vague(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dat klopt voor een deel.",  # the adverb "partly"
        "Geen enkele aanvraag bleef liggen.",  # none, not a vague amount
        "Er is veel ruimte voor maatwerk.",  # a mass noun
        "Zij hebben verschillende visies op zorg.",  # a kind, not a group
        "De verschillende gemeenten werken samen.",  # "different", after an article
        "Er wonen relatief veel ouderen.",  # a comparison, read elsewhere
        "Er is te weinig personeel.",  # a judgement of a level
        "In de eerste maanden van 2016 ging het mis.",  # part of a named year
        "Dat gebeurt de komende weken.",  # a time frame
        "In de jaren negentig groeide de stad.",  # a decade
        "Dat speelde in de decennia na de oorlog.",
        # "nauwelijks" with a mass noun or no noun
        "De teams hebben nauwelijks tijd voor preventie.",
        "Er is nauwelijks meer ruimte in de begroting.",
        "De klachten nemen nauwelijks af.",
    ],
)
def test_not_vague_amounts(text):
    assert _vague(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dat kost een paar honderd euro per jaar.",  # a scale: an amount of money
        "Het duurde een paar jaar voordat het liep.",  # a span of time
        "Zij deden het een paar keer per maand.",  # a frequency
        "Een paar punten vallen op in het rapport.",  # things, no group
    ],
)
def test_a_few_of_no_group_is_no_vague_count(text):
    assert ("een paar", "count") not in [(q.lower(), u) for q, u in _vague(text)]


def test_counts_group_reads_compounds_and_person_suffixes():
    assert counts_group("zorgaanbieders") and counts_group("buurtbewoners")
    assert counts_group("werkzoekenden") and counts_group("regio's")
    assert not counts_group("cijfers") and not counts_group("disciplines")


def test_a_vague_amount_is_an_indicator_without_value():
    text = "Gemeente\n\nZorg\n\nEnkele zorgaanbieders stoppen ermee.\n"
    doc = parse_profile(text, "gemeente")
    found = extract_indicators(doc, None)  # type: ignore[arg-type]
    vague = [i for i in found if i.qualifier == "Enkele"]
    assert len(vague) == 1
    assert vague[0].value is None and vague[0].unit == "count" and vague[0].approximate
    assert doc.text[vague[0].start : vague[0].end] == "Enkele zorgaanbieders"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er zijn veel mantelzorgers actief.", "veel"),  # "zijn" the verb
        ("Dat zijn weinig maatschappelijke initiatieven.", "weinig"),
        ("Veel jeugdigen wachten op hulp.", "Veel"),
    ],
)
def test_a_quantifier_after_the_verb_zijn_or_before_new_groups(text, expected):
    def scan(pattern):
        return pattern.finditer(text)

    assert [n.qualifier for n in vague_amounts(scan, text, 0)] == [expected]


def test_a_possessive_zijn_before_verschillende_is_no_amount():
    text = "De wethouder noemt zijn verschillende functies."
    assert vague_amounts(lambda pattern: pattern.finditer(text), text, 0) == []


def test_a_growing_group_is_a_vague_count_that_grows():
    # settled gold decision 14: "een groeiende groep X" is one indicator, count and increase
    from tests.extract_helpers import extract_text

    _doc, ex = extract_text("Daarnaast is er een groeiende groep bijstandsgerechtigden.")
    found = [(i.unit, i.approximate, i.qualifier, i.comparison) for i in ex.indicators]
    assert found == [("count", True, "een groeiende groep", "increase")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er kwamen dertig ouders; veel van hen hadden schulden.", "veel van"),
        ("Sommigen van ons werken hier al jaren.", "Sommigen van"),
        ("Het team telt twaalf leden en enkelen van hen zijn parttime.", "enkelen van"),
        ("Er meldden zich vijftig jongeren, de meesten zonder diploma.", "de meesten"),
        ("De meesten van hen wonen alleen.", "De meesten van"),
    ],
)
def test_a_quantifier_standing_for_a_group_named_before_is_a_vague_share(text, expected):
    found = [
        (n.qualifier, n.unit)
        for n in vague_amounts(lambda pattern: pattern.finditer(text), text, 0)
        if n.unit == "percent"
    ]
    assert found == [(expected, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "Veel van hun tijd gaat op aan registratie.",  # a possessive, a mass noun
        "Hij sprak met de meeste aandacht over zorg.",
    ],
)
def test_a_possessive_or_a_mass_noun_after_the_quantifier_is_no_share_of_people(text):
    found = vague_amounts(lambda pattern: pattern.finditer(text), text, 0)
    assert [n for n in found if n.unit == "percent"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veel ouders melden zich, maar sommigen haken af.", "sommigen"),
        ("In 2016 wachtten velen weken op een beschikking.", "velen"),
        ("Enkelen gingen terug naar hun oude aanbieder.", "Enkelen"),
        ("De jongeren kregen een plek; sommigen pas na een jaar.", "sommigen"),
    ],
)
def test_a_nominalised_quantifier_of_people_alone_is_a_vague_count(text, expected):
    found = [
        (n.qualifier, n.unit)
        for n in vague_amounts(lambda pattern: pattern.finditer(text), text, 0)
        if n.qualifier and n.qualifier.lower() == expected.lower()
    ]
    assert found == [(expected, "count")]


def test_a_nominalised_quantifier_with_van_hen_is_a_share_not_a_count():
    text = "Sommigen van hen wonen alleen."
    found = vague_amounts(lambda pattern: pattern.finditer(text), text, 0)
    assert [(n.qualifier, n.unit) for n in found] == [("Sommigen van", "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het team telt dertig consulenten, van wie een deel parttime werkt.",
            [("van wie een deel", "percent")],
        ),
        (
            "Er zijn 200 vrijwilligers, waarvan een groot deel ouder is dan zeventig.",
            [("waarvan een groot deel", "percent")],
        ),
        (
            "Zij spraken veertig ouders, van wie een klein deel klaagde over de wachttijd.",
            [("van wie een klein deel", "percent")],
        ),
        (
            "De stichting begeleidt statushouders, waarvan een groeiend deel werk vindt.",
            [("waarvan een groeiend deel", "percent")],
        ),
    ],
)
def test_a_part_of_the_group_a_relative_pronoun_points_back_to(text, expected):
    assert _vague(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het project is waarvan men zegt dat het voor een deel klaar is.",  # "partly"
        "Van wie dat deel van het werk doet, weten we weinig.",  # no "een" before "deel"
        "Het budget, waarvan een deel van de kosten regionaal is, groeide.",  # _PART's
    ],
)
def test_no_relative_part_of_a_group(text):
    assert [q for q, _ in _vague(text) if q.lower().startswith(("van wie", "waarvan"))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wijkverpleegkundige ziet dat veel ouderen te lang thuis blijven wonen.", "veel"),
        ("Het is een opleiding die weinig werkzoekenden afmaken.", "weinig"),
        ("De coach merkt dat sommige jongeren afhaken na een maand.", "sommige"),
        ("Het blijkt dat enkele aanbieders de tarieven te laag vinden.", "enkele"),
    ],
)
def test_a_quantifier_after_a_conjunction_or_relative_dat_die(text, expected):
    def scan(pattern):
        return pattern.finditer(text)

    assert [n.qualifier for n in vague_amounts(scan, text, 0)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Die verschillende teams werken elk op hun eigen manier.",  # "die": a demonstrative
        "Die diverse aanbieders leveren elk iets anders.",  # "die": a demonstrative
        "Hij vond dat veel geld naar overhead ging.",  # a mass noun
    ],
)
def test_dat_die_before_other_quantifiers_or_mass_nouns_is_no_amount(text):
    def scan(pattern):
        return pattern.finditer(text)

    assert vague_amounts(scan, text, 0) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Na de sluiting van de fabriek belandde een groep oud-werknemers in de bijstand.",
            "een groep",
        ),
        ("Een groep ouders schreef de raad een brief.", "Een groep"),
        ("Sinds de zomer helpt een groep vrijwilligers bij de voedselbank.", "een groep"),
        ("De wethouder sprak met een groep huurders uit de wijk.", "een groep"),
    ],
)
def test_a_bare_group_of_people_is_a_vague_count(text, expected):
    def scan(pattern):
        return pattern.finditer(text)

    assert [(n.qualifier, n.unit) for n in vague_amounts(scan, text, 0)] == [(expected, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om een groep die moeilijk te bereiken is.",  # no noun of its own
        "Zij vormen samen een groep apart.",
        "Er is een groep gestart rond rouwverwerking.",  # no countable group after it
        "De groep jongeren komt elke week samen.",  # an article, no amount
    ],
)
def test_a_group_without_a_countable_noun_or_with_an_article_is_no_amount(text):
    def scan(pattern):
        return pattern.finditer(text)

    assert vague_amounts(scan, text, 0) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente bestaat uit een reeks dorpen aan de rivier.", [("een reeks", "count")]),
        ("Rond de stad ligt een reeks kleine kernen.", [("een reeks", "count")]),
        ("Het gebied telt een reeks wijken en dorpen.", [("een reeks", "count")]),
        ("Een reeks gemeenten koopt samen in.", [("Een reeks", "count")]),
    ],
)
def test_a_row_of_places_is_a_vague_count(text, expected):
    assert _vague(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente hield een reeks themabijeenkomsten.",
        "Er volgde een reeks maatregelen om de kosten te beperken.",
    ],
)
def test_a_row_of_events_or_measures_is_no_amount(text):
    assert _vague(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dat blijkt uit bijna elk gesprek met de teams.", [("bijna elk gesprek", "percent")]),
        ("Volgens vrijwel iedereen werkt de toegang goed.", [("vrijwel iedereen", "percent")]),
        ("Vrijwel ieder dorp heeft een eigen huisarts.", [("Vrijwel ieder dorp", "percent")]),
        (
            "Bij nagenoeg elke aanvraag ontbreekt een formulier.",
            [("nagenoeg elke aanvraag", "percent")],
        ),
    ],
)
def test_nearly_every_one_of_a_group_is_a_vague_share(text, expected):
    assert _vague(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het team komt bijna elke week bijeen.",
        "Elk gesprek begint met een kop koffie.",
        "Bijna iedere dag belt er wel iemand.",
    ],
)
def test_every_without_nearly_or_a_span_of_time_is_no_vague_share(text):
    assert [v for v in _vague(text) if v[1] == "percent"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Op het platteland woont een oudere soms kilometers van de dichtstbijzijnde apotheek.",
        "De dagbesteding ligt kilometers verderop, in de volgende kern.",
        "Ouders moeten voor de jeugd-ggz kilometers rijden naar de stad.",
        "De twee locaties liggen kilometers uit elkaar.",
    ],
)
def test_a_bare_kilometers_of_a_distance_is_a_vague_distance(text):
    assert _vague(text) == [("kilometers", "km")]


@pytest.mark.parametrize(
    "text",
    [
        "De vervoerder rekent met kilometers en niet met ritten.",
        "De eerste kilometers van de route zijn vlak.",
        "Het vervoer kost per rit twintig kilometers van de buskaart.",
    ],
)
def test_kilometers_without_a_distance_or_after_a_number_is_no_vague_distance(text):
    assert ("kilometers", "km") not in _vague(text)
