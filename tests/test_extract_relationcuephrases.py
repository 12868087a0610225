"""Cues on nouns and set phrases (kg.extract.relationcuephrases), one invented sentence each."""

from __future__ import annotations

import pytest

from kg.extract.relationcuephrases import ROWS
from kg.extract.relationcuerows import ROWS as LATER_ROWS
from kg.extract.relationcues import CUES
from tests.test_extract_relations import OWN, relations

VALLEI = "body/regio-vallei"
WELZIJN = "organisation/stichting-welzijn-noord"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente voert de Participatiewet uit onder de vlag van de Regio Vallei.",
            {("member-of", OWN, VALLEI)},
        ),
        (
            "Onder de vlag van de Regio Vallei werken de gemeenten samen aan de jeugdhulp.",
            {("member-of", OWN, VALLEI)},
        ),
        ("Het lidmaatschap van Regio Vallei kost veel.", {("member-of", OWN, VALLEI)}),
        (
            "De deelname aan de Regio Vallei levert de gemeente veel op.",
            {("member-of", OWN, VALLEI)},
        ),
        # purchasing placed with a party is purchasing, not a task done for the municipality
        ("De inkoop is belegd bij de Regio Vallei.", {("purchases-via", OWN, VALLEI)}),
        (
            "De gemeente voert de inkoop uit via de Regio Vallei.",
            {("purchases-via", OWN, VALLEI)},
        ),
        (
            "De Regio Vallei koopt namens Heerlen en Kerkrade de jeugdhulp in.",
            {
                ("purchases-via", "municipality/heerlen", VALLEI),
                ("purchases-via", "municipality/kerkrade", VALLEI),
                ("purchases-via", OWN, VALLEI),  # a body buying in a profile buys for it too
            },
        ),
        (
            "Stichting Welzijn Noord bedient de inwoners van Heerlen en Kerkrade.",
            {
                ("executes-for", WELZIJN, "municipality/heerlen"),
                ("executes-for", WELZIJN, "municipality/kerkrade"),
            },
        ),
    ],
)
def test_phrase_cues(sentence, expected):
    assert relations(sentence) == expected


def test_no_party_no_membership():
    assert relations("De deelname aan de arbeidsmarkt blijft laag.") == set()


def test_every_trigger_is_a_word_of_its_cue():
    # a sentence is searched for a cue only when it holds one of its triggers
    for pattern, _, _, triggers in ROWS:
        assert triggers
        assert all(word in pattern for t in triggers for word in t.split())


def test_the_rows_stand_before_the_later_rows_in_the_compiled_table():
    patterns = [p.pattern for p, _, _ in CUES]
    at = len(patterns) - len(LATER_ROWS) - len(ROWS)
    assert patterns[at : at + len(ROWS)] == [row[0] for row in ROWS]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forms the cue table already read, kept here with an invented sentence each
        (
            "De gemeente subsidieert Stichting Welzijn Noord.",
            {("related-organisation", OWN, WELZIJN)},
        ),
        (
            "De gemeente financiert Stichting Welzijn Noord voor het jongerenwerk.",
            {("related-organisation", OWN, WELZIJN)},
        ),
        (
            "De gemeente contracteert Stichting Welzijn Noord voor de dagbesteding.",
            {("executes-for", WELZIJN, OWN)},
        ),
        (
            # a framework agreement is a purchasing instrument: buying from the party
            "De gemeente heeft een raamovereenkomst met Stichting Welzijn Noord.",
            {("purchases-via", OWN, WELZIJN)},
        ),
        (
            "Stichting Welzijn Noord is de grootste aanbieder in de gemeente.",
            {("executes-for", WELZIJN, OWN)},
        ),
        (
            "Nu levert Stichting Welzijn Noord de huishoudelijke hulp.",
            {("executes-for", WELZIJN, OWN)},
        ),
        ("Teststad hoort bij de Regio Vallei.", {("member-of", OWN, VALLEI)}),
        (
            "Heerlen, Kerkrade en Teststad zijn lid van de Regio Vallei.",
            {
                ("member-of", "municipality/heerlen", VALLEI),
                ("member-of", "municipality/kerkrade", VALLEI),
                ("member-of", OWN, VALLEI),
            },
        ),
    ],
)
def test_forms_read_by_the_earlier_rows(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn 58 bijstandsuitkeringen per 1.000 inwoners, bijna het dubbele van het"
        " aangrenzende Wierden.",
        "Het aandeel is ongeveer half zo groot als in de stad Zwolle.",
    ],
)
def test_a_multiple_of_another_municipalitys_level_is_a_comparison(sentence):
    found = relations(sentence)
    assert {("compares-with", OWN, f"municipality/{m}") for m in ("wierden", "zwolle")} & found


def test_a_neighbour_named_by_an_ambiguous_name_is_recognised():
    found = relations("Het aantal is bijna het dubbele van het aangrenzende Wierden.")
    assert ("borders-on", OWN, "municipality/wierden") in found


def test_a_party_relied_on_named_by_an_ambiguous_name_is_recognised():
    found = relations("Voor beschermd wonen is de gemeente afhankelijk van Assen.")
    assert ("depends-on", OWN, "municipality/assen") in found


def test_the_staff_of_parties_working_together_in_a_team_named_before():
    found = relations(
        "In 2013 begonnen twee proeftuinen, waarin medewerkers van Stichting Welzijn Noord, de"
        " thuiszorg en de gemeente voor het eerst in één team werkten."
    )
    assert ("cooperates-with", OWN, WELZIJN) in found


def test_staff_named_after_waarin_without_working_together_is_no_cooperation():
    found = relations(
        "Er zijn twee loketten, waarin medewerkers van Stichting Welzijn Noord zitten."
    )
    assert ("cooperates-with", OWN, WELZIJN) not in found


def test_a_task_that_lies_with_a_party_is_done_for_the_municipality():
    found = relations(
        "De gemeente voert de Participatiewet zelf uit; de sociale werkvoorziening ligt bij"
        " Werkbedrijf Zuid in Heerlen."
    )
    assert ("executes-for", "body/werkbedrijf-zuid", OWN) in found
    # no task before "ligt bij": nothing is done for the municipality
    assert not relations("Het zwaartepunt ligt bij Stichting Welzijn Noord.")


def test_a_municipality_named_only_as_the_centre_of_a_region_is_no_member():
    found = relations("Daarnaast is de stad centrumgemeente van de arbeidsmarktregio Heuvelrand.")
    region = "region/arbeidsmarktregio-heuvelrand"
    assert ("lead-municipality", region, OWN) in found
    assert ("member-of", OWN, region) not in found


NOORD = "organisation/welzijn-noord"
MEE = "organisation/mee"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count before the staff, the list without repeated "van"
        (
            "De toegang loopt via het wijkteam, waarin ongeveer twintig medewerkers van de"
            " gemeente, Welzijn Noord en MEE samenwerken.",
            {NOORD, MEE},
        ),
        # the preposition repeated before each member, a type noun before a name
        (
            "Het wijkteam, waarin medewerkers van de gemeente, van de welzijnsorganisatie Welzijn"
            " Noord en van MEE samenwerken, telt 28 fte.",
            {NOORD, MEE},
        ),
        # the relative clause second in a coordination ("dat … en waarin …")
        (
            "Het wijkteam, dat de toegang regelt en waarin medewerkers van de gemeente en van"
            " Welzijn Noord samenwerken, telt 28 fte.",
            {NOORD},
        ),
        # past tense, a count in digits, another staff noun
        (
            "Er was een jeugdteam waarin ruim 40 hulpverleners van de gemeente en van MEE"
            " samenwerkten.",
            {MEE},
        ),
    ],
)
def test_staff_of_listed_parties_working_together_in_a_team(sentence, expected):
    found = {o for kind, s, o in relations(sentence) if kind == "cooperates-with" and s == OWN}
    assert expected <= found


HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"
PARKSTAD = "region/parkstad"


@pytest.mark.parametrize(
    "sentence",
    [
        # main clause, the particle "in" before the partners
        "Teststad koopt de jeugdhulp in met Heerlen en Landgraaf.",
        # the partners right after the verb, past tense
        "Teststad kocht sinds 2015 met Heerlen en Landgraaf de jeugdhulp in.",
        # a subordinate clause, the verb last
        "De wethouder zegt dat Teststad de jeugdhulp met Heerlen en Landgraaf inkoopt.",
        # a passive
        "De jeugdhulp wordt met Heerlen en Landgraaf ingekocht.",
        # the partners fronted, the subject after the verb
        "Met Heerlen en Landgraaf koopt Teststad de jeugdhulp in.",
    ],
)
def test_buying_together_with_partners_is_cooperation(sentence):
    found = {o for kind, s, o in relations(sentence) if kind == "cooperates-with" and s == OWN}
    assert {HEERLEN, LANDGRAAF} <= found


def test_a_joint_purchase_in_a_region_runs_via_it_and_its_buyers_are_members():
    found = relations(
        "Teststad koopt de jeugdhulp in met Heerlen en Landgraaf in de regio Parkstad."
    )
    assert {
        ("purchases-via", OWN, PARKSTAD),
        ("member-of", OWN, PARKSTAD),
        ("member-of", HEERLEN, PARKSTAD),
        ("member-of", LANDGRAAF, PARKSTAD),
    } <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Heerlen koopt met geld van het Rijk de hulp in.",
        "Teststad koopt de zorg in met een budget van twee miljoen euro.",
        "Heerlen en Landgraaf kopen hun jeugdhulp in de regio Parkstad in.",
    ],
)
def test_buying_with_money_or_in_an_area_alone_names_no_partner(sentence):
    found = relations(sentence)
    assert not {r for r in found if r[0] == "cooperates-with" or r[2] == PARKSTAD and r[1] == OWN}


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Teststad telt 40 uitkeringen per 1.000 inwoners, bijna het dubbele van buurgemeente"
            " Leusden.",
            "leusden",
        ),
        ("De wachttijd is het dubbele van de buurstad Zeist.", "zeist"),
        ("Schulden: het drievoudige van buurgemeente Heerlen.", "heerlen"),
        (
            "Het aantal meldingen was vorig jaar het dubbele van buurgemeente Amersfoort.",
            "amersfoort",
        ),
    ],
)
def test_a_multiple_of_a_neighbour_named_by_a_bare_noun(sentence, other):
    assert ("compares-with", OWN, f"municipality/{other}") in relations(sentence)


def test_a_multiple_of_an_earlier_year_is_no_comparison():
    found = relations("Het aantal aanvragen is het dubbele van vorig jaar.")
    assert not any(kind == "compares-with" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Bijstand: 18 uitkeringen per 1.000 inwoners, de helft van buurstad Zeist.", "zeist"),
        ("Een derde van Teststad woont in de dorpen.", None),  # its own municipality
        ("Het aantal meldingen is ongeveer een kwart van buurgemeente Leusden.", "leusden"),
        ("Met 300 cliënten heeft Teststad minder dan de helft van Heerlen.", "heerlen"),
        ("Schulden: ruim een derde van het aangrenzende Kerkrade.", "kerkrade"),
    ],
)
def test_a_fraction_of_another_municipalitys_level_compares_with_it(sentence, other):
    found = {o for kind, _, o in relations(sentence) if kind == "compares-with"}
    assert found == ({f"municipality/{other}"} if other else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "De helft van de inwoners is ouder dan 65 jaar.",
        "Een derde van het budget gaat naar de jeugdhulp.",
        "Ruim een kwart van de jongeren zit in de bijstand.",
        "De helft van vorig jaar bleef over.",
    ],
)
def test_a_fraction_of_no_named_municipality_compares_with_none(sentence):
    assert not any(kind == "compares-with" for kind, _, _ in relations(sentence))


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("De wachttijd ligt hoger dan in buurstad Zeist.", "zeist"),
        ("Veel jongeren werken in buurstad Amersfoort.", "amersfoort"),
        ("Met buurstad Heerlen deelt Teststad een meldpunt.", "heerlen"),
        ("Bijstand: 2% hoger dan buurstad Leusden", "leusden"),
    ],
)
def test_a_town_next_door_borders_on_the_municipality(sentence, other):
    assert ("borders-on", OWN, f"municipality/{other}") in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Toegang via vier wijkteams, samen 30 medewerkers van de gemeente, Stichting Welzijn"
        " Noord en MEE.",
        "De gemeente heeft drie gebiedsteams ingericht, met samen ongeveer 25 medewerkers van"
        " gemeente, MEE en Stichting Welzijn Noord.",
        "- Twee sociale teams: 18 consulenten van de gemeente, MEE en Stichting Welzijn Noord",
        "Er zijn vijf dorpsteams met twaalf hulpverleners van de gemeente en Stichting Welzijn"
        " Noord; MEE schuift aan.",
    ],
)
def test_a_teams_composition_without_a_verb_makes_its_organisations_execute(sentence):
    assert ("executes-for", WELZIJN, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Medewerkers van de gemeente en Stichting Welzijn Noord vinden de regels te streng.",
        "Volgens medewerkers van de gemeente en Stichting Welzijn Noord gaat het goed.",
        "De medewerkers van de gemeente, niet die van Stichting Welzijn Noord, voeren de"
        " gesprekken.",
    ],
)
def test_staff_who_speak_or_act_are_no_composition(sentence):
    assert ("executes-for", WELZIJN, OWN) not in relations(sentence)


def test_a_composition_whose_staff_work_together_stays_a_cooperation():
    got = relations(
        "De toegang loopt via het sociaal team, waarin ongeveer twintig medewerkers van de"
        " gemeente, Stichting Welzijn Noord en MEE samenwerken."
    )
    assert ("cooperates-with", OWN, WELZIJN) in got
    assert ("executes-for", WELZIJN, OWN) not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Zij vertelt dat in het team medewerkers van de gemeente, MEE en Humanitas"
            " samenwerken.",
            {
                ("cooperates-with", OWN, "organisation/mee"),
                ("cooperates-with", OWN, "organisation/humanitas"),
            },
        ),
        (
            "Hij zegt dat in elk wijkteam professionals van Stichting Welzijn Noord en MEE goed"
            " samenwerken.",
            {("cooperates-with", OWN, WELZIJN), ("cooperates-with", OWN, "organisation/mee")},
        ),
        (
            "Volgens haar is het prettig dat in ons jeugdteam hulpverleners van MEE en de"
            " gemeente samenwerken.",
            {("cooperates-with", OWN, "organisation/mee")},
        ),
        (
            "Bekend is dat in het sociaal team medewerkers van Humanitas en MEE nauw samenwerken.",
            {
                ("cooperates-with", OWN, "organisation/mee"),
                ("cooperates-with", OWN, "organisation/humanitas"),
            },
        ),
    ],
)
def test_staff_working_together_in_a_team_verb_last(sentence, expected):
    assert expected <= relations(sentence)


def test_staff_in_a_team_without_working_together_is_no_cooperation():
    found = relations("Zij vertelt dat in het team medewerkers van MEE zitten.")
    assert ("cooperates-with", OWN, "organisation/mee") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal uitkeringen is klein: minder dan de helft van het cijfer van Amersfoort.",
        "Het aandeel ouderen is een derde van dat van Amersfoort.",
    ],
)
def test_a_fraction_of_anothers_named_figure_compares_with_it(sentence):
    assert ("compares-with", OWN, "municipality/amersfoort") in relations(sentence)


def test_a_fraction_of_a_figure_without_a_municipality_compares_nothing():
    found = relations("Het aantal is de helft van het cijfer van vorig jaar, zegt Amersfoort.")
    assert ("compares-with", OWN, "municipality/amersfoort") not in found
