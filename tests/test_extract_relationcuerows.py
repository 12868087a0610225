"""The later rows of the relation cue table (kg.extract.relationcuerows): well formed, and
part of the table that kg.extract.relationcues compiles."""

from __future__ import annotations

import re

import pytest

from kg.extract.relationcuerows import NAMED_GROUP, ROWS
from kg.extract.relationcues import CUES, TRIGGERS
from tests.test_extract_relations import relations


def test_every_row_is_in_the_compiled_table_in_order():
    patterns = [p.pattern for p, _, _ in CUES]
    assert patterns[-len(ROWS) :] == [row[0] for row in ROWS]


def test_every_row_has_lower_case_triggers():
    for pattern, _, _, triggers in ROWS:
        assert triggers and all(t == t.lower() for t in triggers), pattern
        assert TRIGGERS[re.compile(pattern, re.IGNORECASE)] == triggers


def test_named_group_takes_a_proper_name_after_a_group_noun():
    m = re.match(NAMED_GROUP, "de arbeidsmarktregio Noordrand", re.IGNORECASE)
    assert m is not None and m.group("pre") == "de arbeidsmarktregio Noordrand"


OWN = "municipality/teststad"
HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"
WELZIJN = "organisation/stichting-welzijn-noord"
KREDIETBANK = "organisation/stichting-kredietbank-noord"
BELGIE = "place/belgie"
DUITSLAND = "place/duitsland"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a location phrase between "ligt" and the border
        ("De gemeente ligt in het noorden, aan de Belgische grens.", ("borders-on", OWN, BELGIE)),
        (
            "Teststad ligt in het zuiden van de provincie, aan de Duitse grens.",
            ("borders-on", OWN, DUITSLAND),
        ),
        (
            "De gemeente ligt in het oosten van het land, tegen de Duitse grens aan.",
            ("borders-on", OWN, DUITSLAND),
        ),
        # a joint service named after its partner
        (
            "Teststad heeft met Heerlen een gezamenlijke sociale dienst.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        ("Met Landgraaf heeft de gemeente een gedeeld loket.", ("cooperates-with", OWN, LANDGRAAF)),
        # a task moved to a party
        (
            "De sociale werkvoorziening is in 2016 overgegaan naar Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Het jongerenwerk is overgeheveld naar Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        # a provider
        (
            "Stichting Welzijn Noord is aanbieder van dagbesteding in de gemeente.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Stichting Welzijn Noord is de grootste zorgaanbieder in de gemeente.",
            ("executes-for", WELZIJN, OWN),
        ),
        # taking a service from a party
        (
            "De gemeente neemt de schuldhulpverlening af bij Stichting Kredietbank Noord.",
            ("purchases-via", OWN, KREDIETBANK),
        ),
        (
            "De budgetcursussen worden afgenomen bij Stichting Kredietbank Noord.",
            ("purchases-via", OWN, KREDIETBANK),
        ),
        # a regional setting with partners
        (
            "In regionaal verband met Heerlen en Landgraaf koopt de gemeente jeugdhulp in.",
            ("cooperates-with", OWN, LANDGRAAF),
        ),
        (
            "De gemeente werkt in intergemeentelijk verband met Heerlen.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        # the parties listed after a colon by their role
        (
            "De gemeente kent drie gecontracteerde aanbieders: Stichting Welzijn Noord, Humanitas"
            " en Zorggroep Noord.",
            ("executes-for", "organisation/zorggroep-noord", OWN),
        ),
        (
            "Heerlen heeft twee zorgaanbieders: Stichting Welzijn Noord en Humanitas.",
            ("executes-for", WELZIJN, HEERLEN),
        ),
        (
            "Samenwerkingspartners: Stichting Welzijn Noord en Humanitas.",
            ("cooperates-with", OWN, "organisation/humanitas"),
        ),
        (
            "De belangrijkste partners zijn: Stichting Welzijn Noord en Humanitas.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        # serving people: done for the municipality when nothing else relates the party
        (
            "Stichting Welzijn Noord ondersteunt inwoners met schulden.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Stichting Welzijn Noord biedt dagbesteding aan inwoners van de gemeente.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Het Leger des Heils biedt de opvang.",
            ("executes-for", "organisation/leger-des-heils", OWN),
        ),
        (
            "Stichting Welzijn Noord begeleidt statushouders voor de gemeente Heerlen.",
            ("executes-for", WELZIJN, HEERLEN),
        ),
        # working in a municipality
        (
            "Stichting Welzijn Noord is actief in Heerlen en Landgraaf.",
            ("executes-for", WELZIJN, LANDGRAAF),
        ),
        (
            "Stichting Welzijn Noord is als welzijnsorganisatie werkzaam in de gemeente.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Stichting Welzijn Noord biedt dagbesteding aan inwoners van Teststad.",
            ("executes-for", WELZIJN, OWN),
        ),
        # answering for a task
        (
            "Stichting Welzijn Noord is verantwoordelijk voor het jongerenwerk.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Stichting Welzijn Noord is sinds 2016 verantwoordelijk voor het jongerenwerk in"
            " Heerlen en Landgraaf.",
            ("executes-for", WELZIJN, LANDGRAAF),
        ),
        # a task carried out through a party
        (
            "Teststad voert de Participatiewet uit via Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        # people referred to a party
        (
            "Voor schuldhulpverlening verwijst de gemeente door naar Stichting Kredietbank Noord.",
            ("executes-for", KREDIETBANK, OWN),
        ),
        (
            "Inwoners met schulden worden doorverwezen naar Stichting Kredietbank Noord.",
            ("executes-for", KREDIETBANK, OWN),
        ),
        # a service used, with a phrase between verb and noun
        (
            "De gemeente maakt voor de nachtelijke crisisdienst gebruik van Stichting Welzijn"
            " Noord.",
            ("depends-on", OWN, WELZIJN),
        ),
    ],
)
def test_a_later_cue_states_its_relation(sentence, expected):
    assert expected in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente ligt niet aan de Duitse grens.",
        "Teststad heeft met Heerlen geen gezamenlijke sociale dienst.",
        "Stichting Welzijn Noord is geen aanbieder van dagbesteding.",
        "Het aantal cliënten neemt af bij Stichting Kredietbank Noord.",
        "In verband met Heerlen is de inkoop later begonnen.",
        "De gemeente werkt niet in regionaal verband met Heerlen.",
        "Stichting Welzijn Noord ondersteunt geen inwoners.",
        "De regeling biedt ondersteuning voor inwoners van Heerlen.",
        "Dit biedt kansen voor Heerlen.",
        "Stichting Welzijn Noord is niet actief in Heerlen.",
        "Stichting Welzijn Noord is niet verantwoordelijk voor het jongerenwerk.",
        "Stichting Welzijn Noord is verantwoordelijk voor het onderzoek naar armoede.",
        "De gemeente is verantwoordelijk voor de jeugdhulp.",
        "De gemeente verwijst niet door naar Stichting Kredietbank Noord.",
        "Stichting Welzijn Noord is actief betrokken bij de wijkteams.",
    ],
)
def test_a_negated_or_unrelated_later_cue_states_none(sentence):
    assert not {r for r in relations(sentence) if OWN in r[1:] and r[0] != "compares-with"}


def test_serving_people_adds_the_task_to_a_stated_relation():
    # a partner of the municipality that serves its people also carries out the task for it
    got = relations(
        "Stichting Welzijn Noord werkt samen met de gemeente en ondersteunt inwoners met schulden."
    )
    assert got == {("cooperates-with", OWN, WELZIJN), ("executes-for", WELZIJN, OWN)}


def test_serving_the_people_of_another_municipality_is_not_for_the_profiles():
    # the people of Heerlen are a beneficiary named, though no party: no relation
    assert (
        relations("Stichting Welzijn Noord biedt dagbesteding aan inwoners van Heerlen.") == set()
    )


def test_answering_for_the_care_of_another_municipalitys_people_is_not_for_the_profiles():
    got = relations(
        "Stichting Welzijn Noord is verantwoordelijk voor de zorg voor inwoners van Heerlen."
    )
    assert got == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Teststad is lid van de Regio Dalland, die de jeugdhulp inkoopt.",
            {
                ("member-of", OWN, "body/regio-dalland"),
                ("purchases-via", OWN, "body/regio-dalland"),
            },
        ),
        (
            "De Regio Dalland, die voor de gemeente de Wmo inkocht, is gegroeid.",
            {("purchases-via", OWN, "body/regio-dalland")},
        ),
        ("De Regio Dalland, die voor de gemeente de Wmo inkocht, is opgeheven.", set()),
        (  # buying together with another party is their cooperation, not a purchase for us
            "De Regio Dalland, die de jeugdhulp samen met Heerlen inkoopt, groeit.",
            {("cooperates-with", "body/regio-dalland", "municipality/heerlen")},
        ),
        (
            "Het werkbedrijf Dalwerk is belast met de uitvoering van de Participatiewet.",
            {("executes-for", "body/dalwerk", OWN)},
        ),
        ("Het werkbedrijf Dalwerk is niet belast met de uitvoering van de Wmo.", set()),
    ],
)
def test_a_relative_clause_that_buys_and_a_body_charged_with_the_work(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente heeft Stichting Welzijn Noord als partner.",
            {("cooperates-with", OWN, WELZIJN)},
        ),
        (
            "De gemeente ziet Heerlen en Landgraaf als belangrijke samenwerkingspartners.",
            {("cooperates-with", OWN, HEERLEN), ("cooperates-with", OWN, LANDGRAAF)},
        ),
        ("De gemeente heeft Heerlen niet als partner.", set()),
    ],
)
def test_a_partner_held(sentence, expected):
    assert relations(sentence) == expected


def test_looking_at_municipalities_with_the_verb_last():
    found = relations(
        "De wethouder zegt dat Teststad vaak naar Leusden en Soest kijkt om de eigen cijfers"
        " te vergelijken."
    )
    assert {
        ("compares-with", OWN, "municipality/leusden"),
        ("compares-with", OWN, "municipality/soest"),
    } <= found
    # a verb of looking that is not last in its clause reads nothing here
    assert not any(
        kind == "compares-with"
        for kind, _, _ in relations("Teststad kijkt uit naar de opening in Leusden.")
    )


def test_a_share_of_the_level_of_another_municipality():
    found = relations(
        "Teststad telt 27 uitkeringen per 1.000 inwoners, ongeveer de helft van het niveau in"
        " Leusden."
    )
    assert ("compares-with", "municipality/teststad", "municipality/leusden") in found
    found = relations("Het niveau van de zorg in Leusden is hoog.")
    assert not any(kind == "compares-with" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Jeugdhulpregio: Zuid-Holland Zuid, tien gemeenten.", "region/zuid-holland-zuid"),
        ("Jeugdregio: Regio Vallei.", "body/regio-vallei"),
        ("Zorgregio: Twente, veertien gemeenten.", "region/twente"),
        ("Jeugdregio: Achterhoek.", "region/achterhoek"),
    ],
)
def test_a_region_label_of_a_key_value_line_is_a_membership(sentence, region):
    assert ("member-of", OWN, region) in relations(sentence)


def test_a_region_label_with_its_centre_states_the_lead_only():
    found = relations("Arbeidsmarktregio: Drechtsteden, met Dordrecht als centrumgemeente.")
    assert (
        "lead-municipality",
        "region/arbeidsmarktregio-drechtsteden",
        "municipality/dordrecht",
    ) in found
    assert not any(kind == "member-of" for kind, _, _ in found)


def test_a_label_about_the_region_is_no_membership():
    found = relations("Samenwerking in de regio: Leusden en Heerlen zijn partners.")
    assert not any(kind == "member-of" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "executor"),
    [
        (
            "Werkbedrijf Noordwerk biedt beschut werk aan ongeveer 60 mensen.",
            "body/werkbedrijf-noordwerk",
        ),
        (
            "Stichting Opstap biedt twintig leerwerkplekken aan jongeren.",
            "organisation/stichting-opstap",
        ),
        ("Het sw-bedrijf Noordwerk biedt ruim 100 beschutte werkplekken.", "body/noordwerk"),
        (
            "Stichting Opstap biedt werkervaringsplaatsen aan statushouders.",
            "organisation/stichting-opstap",
        ),
    ],
)
def test_offering_sheltered_work_or_work_places_is_a_task_for_the_municipality(sentence, executor):
    assert ("executes-for", executor, "municipality/teststad") in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Werkbedrijf Noordwerk biedt werk aan.",  # plain work: an employer, no task
        "Stichting Opstap biedt geen werkplekken meer aan.",  # denied
    ],
)
def test_plain_or_denied_work_is_no_task(sentence):
    assert not [r for r in relations(sentence) if r[0] == "executes-for"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 ging de uitvoering van de Wmo over naar Stichting Welzijn Noord.",
        "De toegang tot de Wmo gaat per 1 januari over naar Stichting Welzijn Noord.",
        "Per 2016 gingen de taken van het steunpunt over naar Stichting Welzijn Noord.",
        "De huisbezoeken gaan in 2017 over naar Stichting Welzijn Noord, zo besloot de raad.",
    ],
)
def test_a_task_that_goes_over_to_a_party_is_carried_out_by_it(sentence):
    assert ("executes-for", WELZIJN, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gesprek gaat over naar de toekomst van Stichting Welzijn Noord.",
        "De wethouder gaat over de begroting naar Stichting Welzijn Noord.",
        "Stichting Welzijn Noord gaat over de inloop, niet over de dagbesteding.",
    ],
)
def test_going_over_without_a_party_after_naar_gives_no_execution(sentence):
    assert ("executes-for", WELZIJN, OWN) not in relations(sentence)


def test_a_task_carried_out_in_a_named_body_is_done_by_it():
    found = relations(
        "De Participatiewet voeren wij samen met Heerlen uit in het Werkplein Heuvelland."
    )
    assert ("executes-for", "body/werkplein-heuvelland", OWN) in found


def test_a_task_carried_out_in_the_neighbourhoods_names_no_executor():
    found = relations("De gemeente voert de Wmo uit in de wijken.")
    assert not {r for r in found if r[0] == "executes-for"}
