"""Relation forms of general Dutch, one invented sentence each (kg.extract.relationforms and
the cues it reads in kg.extract.relationcues); none is taken from a profile."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"
WELZIJN = "organisation/stichting-welzijn-noord"
ISD = "body/isd-heuvelland"
VALLEI = "body/regio-vallei"
JEUGDREGIO = "region/jeugdregio-heuvelrand"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # cooperation
        ("Er is regelmatig overleg met Heerlen over de inkoop.", ("cooperates-with", OWN, HEERLEN)),
        ("De gemeente voert overleg met Heerlen.", ("cooperates-with", OWN, HEERLEN)),
        ("De sociale dienst wordt gedeeld met Heerlen.", ("cooperates-with", OWN, HEERLEN)),
        ("Met Heerlen deelt de gemeente een sociale dienst.", ("cooperates-with", OWN, HEERLEN)),
        ("Met Heerlen heeft de gemeente een convenant.", ("cooperates-with", OWN, HEERLEN)),
        ("Met Heerlen heeft de gemeente regelmatig overleg.", ("cooperates-with", OWN, HEERLEN)),
        # all word orders of the separable verb "samenwerken", and contacts with a party
        (
            "Ambtenaren vertellen dat de gemeente nauw met Heerlen samenwerkt.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        ("Met Heerlen werkt de gemeente al jaren nauw samen.", ("cooperates-with", OWN, HEERLEN)),
        ("Met Heerlen zijn de contacten goed.", ("cooperates-with", OWN, HEERLEN)),
        ("Met Heerlen zijn de lijnen kort.", ("cooperates-with", OWN, HEERLEN)),
        # a task done for the municipality, the verb ending a relative clause that closes
        # before an ended act of others ("opgezegd" belongs to the main clause)
        (
            "Sinds de eigen bijdrage, die het CAK voor de gemeente int, hebben cliënten hun hulp"
            " opgezegd.",
            ("executes-for", "organisation/cak", OWN),
        ),
        (
            "Ambtenaren zeggen dat Stichting Welzijn Noord de ouderenadvisering voor de gemeente"
            " uitvoert.",
            ("executes-for", WELZIJN, OWN),
        ),
        # delegation with the party before the participle
        (
            "De gemeente heeft de taak aan Stichting Welzijn Noord gegund.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("De taak is aan Regio Vallei overgedragen.", ("executes-for", VALLEI, OWN)),
        # the lead municipality acting "as" the centre of a group is one of its members (a
        # municipality named only as the centre is not: test_extract_relationcuephrases)
        (
            "Als centrumgemeente van de jeugdregio Heuvelrand werkt Teststad samen met Heerlen.",
            ("member-of", OWN, JEUGDREGIO),
        ),
        # the lead named in a relative clause about the group
        (
            "De jeugdhulp wordt ingekocht via Regio Vallei, waarvoor Heerlen als centrumgemeente"
            " optreedt.",
            ("lead-municipality", VALLEI, HEERLEN),
        ),
        (
            "De jeugdhulp wordt ingekocht via Regio Vallei, waarvoor Teststad als penvoerder"
            " optreedt.",
            ("lead-municipality", VALLEI, OWN),
        ),
        # sharing a service with the partner named before the verb (an acronym's article
        # starts the object: "de ISD het Werkplein")
        (
            "Het UWV, dat met Regio Vallei het Werkplein in Teststad deelt, is tevreden.",
            ("cooperates-with", "organisation/uwv", VALLEI),
        ),
        (
            "Het UWV, dat met de ISD Heuvelland het Werkplein deelt, is tevreden.",
            ("cooperates-with", "organisation/uwv", ISD),
        ),
        # collecting money as a task done for the municipality
        (
            "Beleidsmedewerkers wijzen op het CAK, dat de eigen bijdragen int.",
            ("executes-for", "organisation/cak", OWN),
        ),
        # a body falling under the group before it; the municipality joins the group only
        (
            "Teststad is aangesloten bij de GGD Middenland, waaronder ook Veilig Thuis Noord valt.",
            ("member-of", "organisation/veilig-thuis-noord", "body/ggd-middenland"),
        ),
        # a team's staff: the municipality's, then the other employers without "van"; a
        # generalist is staff of a social team
        (
            "De toegang loopt via wijkteams, waarin medewerkers van de gemeente, Stichting"
            " Welzijn Noord en enkele zorgaanbieders samenwerken.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        (
            "In de wijkteams werken generalisten van Stichting Welzijn Noord, de thuiszorg en de"
            " gemeente samen.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        # tied to another organisation, either order
        (
            "Veilig Thuis Noord is aan de GGD Middenland verbonden.",
            ("related-organisation", "organisation/veilig-thuis-noord", "body/ggd-middenland"),
        ),
        (
            "Veilig Thuis Noord is verbonden aan de GGD Middenland.",
            ("related-organisation", "organisation/veilig-thuis-noord", "body/ggd-middenland"),
        ),
        # the complement before the adjective or verb that ends the clause
        ("Voor de opvang is Teststad van Heerlen afhankelijk.", ("depends-on", OWN, HEERLEN)),
        (
            "De jeugdhulp wordt ingekocht via Stichting Welzijn Noord, dat onder Regio Vallei"
            " valt.",
            ("member-of", WELZIJN, VALLEI),
        ),
        # a comparison with an adverbial between verb and partner
        (
            "Ambtenaren vergelijken Teststad zelf het liefst met Heerlen.",
            ("compares-with", OWN, HEERLEN),
        ),
        # the desk after "bij" at the end of its clause
        (
            "Ouders zeggen dat een kind pas na maanden bij Stichting Welzijn Noord terecht kan.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Inwoners kunnen voor schuldhulp bij Stichting Welzijn Noord terecht.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("Stichting Welzijn Noord is een belangrijke partner.", ("cooperates-with", OWN, WELZIJN)),
        (
            "De samenwerking tussen Teststad en Heerlen verloopt goed.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        (
            "De gemeente maakt prestatieafspraken met Stichting Welzijn Noord.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        (
            "De gemeente heeft een dienstverleningsovereenkomst met Stichting Welzijn Noord.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        (
            "De gemeente is een samenwerking aangegaan met Stichting Welzijn Noord.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        (
            # a make-up (tests/gold/README.md, thirty-ninth session, decision 1)
            "In het sociaal team zitten medewerkers van Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        # membership
        ("De gemeente zit in de jeugdregio Heuvelrand.", ("member-of", OWN, JEUGDREGIO)),
        ("Teststad ligt in de jeugdregio Heuvelrand.", ("member-of", OWN, JEUGDREGIO)),
        (
            "Teststad valt voor de jeugdhulp in de jeugdregio Heuvelrand.",
            ("member-of", OWN, JEUGDREGIO),
        ),
        (
            "Teststad is de grootste gemeente van de jeugdregio Heuvelrand.",
            ("member-of", OWN, JEUGDREGIO),
        ),
        (
            "Teststad is een van de gemeenten die de Regio Vallei vormen.",
            ("member-of", OWN, VALLEI),
        ),
        # execution
        (
            "Stichting Welzijn Noord voert het maatschappelijk werk uit.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Stichting Welzijn Noord verzorgt de mantelzorgondersteuning.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("Stichting Welzijn Noord levert de huishoudelijke hulp.", ("executes-for", WELZIJN, OWN)),
        (
            "Stichting Welzijn Noord, die het maatschappelijk werk uitvoert, heeft een wachtlijst.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "De ISD Heuvelland voert de Participatiewet uit namens de gemeente.",
            ("executes-for", ISD, OWN),
        ),
        (
            "Namens de gemeente voert de ISD Heuvelland de Participatiewet uit.",
            ("executes-for", ISD, OWN),
        ),
        (
            "In opdracht van de gemeente verzorgt Stichting Welzijn Noord het jongerenwerk.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("De gemeente heeft de ISD Heuvelland gemandateerd.", ("executes-for", ISD, OWN)),
        ("De ISD Heuvelland is gemandateerd voor de bijstand.", ("executes-for", ISD, OWN)),
        (
            "Stichting Welzijn Noord is door Heerlen gecontracteerd.",
            ("executes-for", WELZIJN, HEERLEN),
        ),
        (
            "Stichting Welzijn Noord is een van de gecontracteerde aanbieders.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "De ISD Heuvelland is verantwoordelijk voor de uitvoering van de Participatiewet.",
            ("executes-for", ISD, OWN),
        ),
        (
            "Stichting Welzijn Noord heeft van de gemeente de opdracht gekregen.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("De toegang is in handen van Stichting Welzijn Noord.", ("executes-for", WELZIJN, OWN)),
        ("De uitvoering gebeurt door de ISD Heuvelland.", ("executes-for", ISD, OWN)),
        ("De Participatiewet is ondergebracht in de ISD Heuvelland.", ("executes-for", ISD, OWN)),
        (
            "Het wijkteam wordt aangestuurd door Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "Heerlen voert als centrumgemeente het beschermd wonen uit.",
            ("executes-for", HEERLEN, OWN),
        ),
        # purchasing
        (
            "De inkoop van de jeugdhulp gebeurt door de Regio Vallei.",
            ("purchases-via", OWN, VALLEI),
        ),
        ("De Regio Vallei verzorgt de inkoop van de jeugdhulp.", ("purchases-via", OWN, VALLEI)),
        ("De Regio Vallei koopt de jeugdhulp in voor de gemeente.", ("purchases-via", OWN, VALLEI)),
        # dependence, borders, comparison
        ("De gemeente steunt op de Regio Vallei.", ("depends-on", OWN, VALLEI)),
        ("De gemeente doet een beroep op de Regio Vallei.", ("depends-on", OWN, VALLEI)),
        ("Heerlen is een buurgemeente.", ("borders-on", OWN, HEERLEN)),
        ("Teststad ligt tegen Heerlen aan.", ("borders-on", OWN, HEERLEN)),
        ("Aan de oostkant grenst Teststad aan Heerlen.", ("borders-on", OWN, HEERLEN)),
        ("Teststad is omringd door Heerlen en Landgraaf.", ("borders-on", OWN, LANDGRAAF)),
        ("De kosten liggen lager dan in Heerlen.", ("compares-with", OWN, HEERLEN)),
        ("Anders dan in Heerlen is er geen wachtlijst.", ("compares-with", OWN, HEERLEN)),
        ("Net als Heerlen kent Teststad een sociaal team.", ("compares-with", OWN, HEERLEN)),
        (
            "De gemeente is afhankelijk van de inzet van Stichting Welzijn Noord.",
            ("depends-on", OWN, WELZIJN),
        ),
        (
            "Er wordt veel samengewerkt tussen Teststad en Heerlen.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        (
            "Stichting Welzijn Noord is de uitvoeringsorganisatie van de gemeente.",
            ("executes-for", WELZIJN, OWN),
        ),
        ("De ISD Heuvelland fungeert als uitvoerder.", ("executes-for", ISD, OWN)),
        ("De gemeente sluit zich aan bij de Regio Vallei.", ("member-of", OWN, VALLEI)),
        ("Teststad is in 2016 toegetreden tot de Regio Vallei.", ("member-of", OWN, VALLEI)),
        (
            "De gemeente heeft zitting in het algemeen bestuur van de Regio Vallei.",
            ("member-of", OWN, VALLEI),
        ),
        (
            "Stichting Welzijn Noord ondersteunt de gemeente bij de mantelzorg.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        (
            "In nauwe samenspraak met Heerlen is een plan gemaakt.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        ("Teststad ligt direct naast Heerlen.", ("borders-on", OWN, HEERLEN)),
    ],
)
def test_a_general_form_states_its_relation(sentence, expected):
    assert expected in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente werkt niet langer samen met Heerlen.",
        "De gemeente stopt met de samenwerking met Heerlen.",
        "De samenwerking met Heerlen is beëindigd.",
        "De gemeente heeft de samenwerking met Heerlen opgezegd.",
        "Er is geen overleg met Heerlen.",
        "De gemeente zit niet in de jeugdregio Heuvelrand.",
        "De ISD Heuvelland voert de Participatiewet niet meer uit.",
        "Stichting Welzijn Noord is geen partner.",
        # a beneficiary named that is no party: no relation to the municipality
        "Stichting Welzijn Noord voert het jongerenwerk uit voor de inwoners van Heerlen.",
        # research is not a task done for someone
        "Stichting Welzijn Noord voert een onderzoek uit.",
        # a place named after "ligt in" is no group
        "Teststad ligt in Limburg.",
        # the residents of a municipality are not that municipality
        "De gemeente is afhankelijk van de inwoners van Heerlen.",
        "De kosten zijn anders dan verwacht.",
        # a copula or an auxiliary before "voor de gemeente" states no task
        "Volgens Stichting Welzijn Noord is dat voor de gemeente duur.",
        "Het UWV zegt dat het tekort voor de gemeente is gegroeid.",
    ],
)
def test_a_negated_or_ended_form_states_none(sentence):
    assert relations(sentence) == set()


def test_a_fronted_principal_is_not_the_executor():
    got = relations(
        "In opdracht van de gemeente verzorgt Stichting Welzijn Noord het jongerenwerk."
    )
    assert ("executes-for", OWN, WELZIJN) not in got


def test_a_membership_in_the_same_sentence_keeps_the_implicit_task():
    # the ISD is the municipality's joint service and carries out its task: both, as the
    # gold reads "Het Werkplein X, een samenwerking van A, B en C met het UWV, verzorgt …"
    got = relations(
        "De ISD Heuvelland, de sociale dienst van de gemeenten Teststad en Heerlen, voert de"
        " Participatiewet uit."
    )
    assert ("member-of", OWN, ISD) in got
    assert ("executes-for", ISD, OWN) in got


def test_an_executor_related_in_another_sentence_still_does_its_task():
    # a partner of the municipality may also carry out its task ("De stichting levert de
    # helft van de formatie" after a cooperation with it: both, as the gold reads it)
    got = relations(
        "Teststad werkt samen met de ISD Heuvelland. De ISD Heuvelland voert de"
        " Participatiewet uit."
    )
    assert ("cooperates-with", OWN, ISD) in got
    assert ("executes-for", ISD, OWN) in got


def test_a_cooperation_between_two_other_parties_leaves_the_municipality_out():
    got = relations("De samenwerking tussen Heerlen en Landgraaf verloopt goed.")
    assert got == {("cooperates-with", HEERLEN, LANDGRAAF)}


def test_a_comparison_reads_only_the_names_right_after_dan():
    # "meer dan" followed by a figure is no comparison with a municipality
    assert relations("Meer dan 30 procent van de inwoners van Heerlen werkt in Teststad.") == set()


FIRST = "De gemeente maakt deel uit van de Regio Vallei."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Die regio bestaat uit Teststad, Heerlen en Landgraaf.", ("member-of", LANDGRAAF, VALLEI)),
        ("Deze regeling koopt de jeugdhulp in voor de gemeente.", ("purchases-via", OWN, VALLEI)),
        ("De regio koopt de jeugdhulp in voor de gemeente.", ("purchases-via", OWN, VALLEI)),
        ("Ook Heerlen en Landgraaf zijn daarbij aangesloten.", ("member-of", HEERLEN, VALLEI)),
        ("Daarin zitten ook Heerlen en Landgraaf.", ("member-of", LANDGRAAF, VALLEI)),
        ("Daarbinnen is Heerlen centrumgemeente.", ("lead-municipality", VALLEI, HEERLEN)),
    ],
)
def test_a_group_referred_back_to_is_the_group_named_last(second, expected):
    assert expected in relations(f"{FIRST} {second}")


@pytest.mark.parametrize(
    "second",
    [
        "Heerlen is daarbij niet aangesloten.",
        "Daarin zit Heerlen niet.",
        "In die regio is de werkloosheid hoog.",
    ],
)
def test_a_group_referred_back_to_in_a_denial_or_no_cue_gives_nothing_new(second):
    assert relations(f"{FIRST} {second}") == {("member-of", OWN, VALLEI)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei koopt voor alle gemeenten de jeugdhulp in.",
        "Regio Vallei koopt de jeugdhulp in voor de zeven gemeenten.",
        "Regio Vallei koopt voor alle Twentse gemeenten de jeugdhulp in.",
    ],
)
def test_buying_for_all_municipalities_is_buying_for_the_profiles(sentence):
    assert ("purchases-via", OWN, VALLEI) in relations(sentence)


def test_buying_for_the_other_municipalities_is_not_for_the_profiles():
    got = relations("Regio Vallei koopt de jeugdhulp in voor de andere gemeenten.")
    assert ("purchases-via", OWN, VALLEI) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Welzijn Noord voert in opdracht van Heerlen het jongerenwerk uit.",
        "Stichting Welzijn Noord voert het jongerenwerk uit in opdracht van Heerlen.",
        "Namens Heerlen verzorgt Stichting Welzijn Noord de toegang.",
    ],
)
def test_a_named_principal_leaves_the_municipality_out(sentence):
    got = relations(sentence)
    assert ("executes-for", WELZIJN, HEERLEN) in got
    assert ("executes-for", WELZIJN, OWN) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Belangrijke partners zijn Stichting Welzijn Noord en Heerlen.",
        "Belangrijke samenwerkingspartners zijn onder meer Stichting Welzijn Noord en Heerlen.",
        "Stichting Welzijn Noord en Heerlen zijn belangrijke partners.",
    ],
)
def test_every_partner_named_in_a_list_works_with_the_municipality(sentence):
    got = {(s, o) for kind, s, o in relations(sentence) if kind == "cooperates-with"}
    assert {frozenset(pair) for pair in got} == {
        frozenset({OWN, WELZIJN}),
        frozenset({OWN, HEERLEN}),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Belangrijke partners zijn niet Stichting Welzijn Noord en Heerlen.",
        "Partners zijn er genoeg.",
    ],
)
def test_partners_denied_or_unnamed_state_no_cooperation(sentence):
    assert relations(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De regio Heuvelrand koopt de jeugdhulp in.", ("purchases-via", OWN, "region/heuvelrand")),
        ("Regio Vallei koopt sinds 2015 de begeleiding in.", ("purchases-via", OWN, VALLEI)),
        (
            "Het Inkoopbureau Heuvelrand koopt de begeleiding in.",
            ("purchases-via", OWN, "body/inkoopbureau-heuvelrand"),
        ),
        (
            "Heerlen koopt als centrumgemeente de specialistische jeugdhulp in.",
            ("purchases-via", OWN, HEERLEN),
        ),
        # the subject after the verb when an adverb opens the sentence
        ("Tegenwoordig koopt Regio Vallei de jeugdhulp in.", ("purchases-via", OWN, VALLEI)),
    ],
)
def test_a_group_that_buys_for_no_one_named_buys_for_the_municipality(sentence, expected):
    assert expected in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heerlen koopt de jeugdhulp zelf in.",
        "Heerlen koopt de jeugdhulp in.",  # another municipality buys for itself
        "Stichting Welzijn Noord koopt materialen in.",
        "De regio Heuvelrand koopt de jeugdhulp niet meer in.",
    ],
)
def test_a_party_that_buys_for_itself_gives_no_purchase(sentence):
    assert not {r for r in relations(sentence) if r[0] == "purchases-via"}


def test_the_providers_named_after_their_role_work_for_the_municipality():
    got = relations("De gecontracteerde zorgaanbieders zijn onder meer Careaz en Pluryn.")
    assert got == {
        ("executes-for", "organisation/careaz", OWN),
        ("executes-for", "organisation/pluryn", OWN),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De uitvoerder van het welzijnswerk is Stichting Welzijn Noord.",
            {("executes-for", WELZIJN, OWN)},
        ),
        (
            "Opdrachtnemer voor het jongerenwerk is Stichting Welzijn Noord.",
            {("executes-for", WELZIJN, OWN)},
        ),
        ("De uitvoerder van het welzijnswerk is tevreden.", set()),
        (
            "Heerlen is de penvoerende gemeente in de regio Heuvelrand.",
            {("lead-municipality", "region/heuvelrand", HEERLEN)},
        ),
        ("Heerlen is niet langer de penvoerende gemeente van de regio Heuvelrand.", set()),
    ],
)
def test_an_executor_or_lead_named_after_its_role(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "niet alleen …, maar ook …" adds a partner, it denies none
        (
            "De gemeente werkt niet alleen samen met Heerlen, maar ook met Landgraaf.",
            {("cooperates-with", OWN, HEERLEN), ("cooperates-with", OWN, LANDGRAAF)},
        ),
        (
            "De gemeente is niet alleen lid van de ISD Heuvelland, maar ook van Regio Vallei.",
            {("member-of", OWN, ISD), ("member-of", OWN, VALLEI)},
        ),
        # a partner denied after "en niet" is left out
        (
            "De gemeente werkt sinds 2015 samen met Heerlen en niet meer met Landgraaf.",
            {("cooperates-with", OWN, HEERLEN)},
        ),
        # a cooperation that failed states none
        ("Een samenwerking met Heerlen kwam niet van de grond.", set()),
        ("De samenwerking met Heerlen is mislukt.", set()),
    ],
)
def test_added_denied_and_failed_partners(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gecertificeerde instellingen zijn de William Schrikker Groep en Jeugdbescherming"
            " Oost.",
            {
                ("executes-for", "organisation/william-schrikker-groep", OWN),
                ("executes-for", "organisation/jeugdbescherming-oost", OWN),
            },
        ),
        (
            "De gemeente werkt voor de leerplicht samen in het RBL Heuvelrand.",
            {("member-of", OWN, "organisation/rbl-heuvelrand")},
        ),
    ],
)
def test_certified_institutions_and_the_group_a_cooperation_is_in(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De gemeente kijkt naar de aanpak van Heerlen.", {("compares-with", OWN, HEERLEN)}),
        (
            "De uitgaven zijn lager dan in omliggende gemeenten als Heerlen en Landgraaf.",
            {("compares-with", OWN, HEERLEN), ("compares-with", OWN, LANDGRAAF)},
        ),
        # a client of another municipality is no comparison with it
        ("De gemeente kijkt naar een cliënt van Heerlen.", set()),
    ],
)
def test_comparisons_through_a_partys_work_or_a_list_of_examples(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De gemeente heeft de ISD Heuvelland hard nodig.", {("depends-on", OWN, ISD)}),
        ("Heerlen heeft Stichting Welzijn Noord nodig.", {("depends-on", HEERLEN, WELZIJN)}),
        ("De gemeente kan niet zonder de ISD Heuvelland.", {("depends-on", OWN, ISD)}),
        ("De gemeente heeft de ISD Heuvelland niet nodig.", set()),
        ("De gemeente heeft meer geld nodig.", set()),
    ],
)
def test_a_party_needed_or_not_to_be_done_without_is_depended_on(sentence, expected):
    assert relations(sentence) == expected


def test_a_purchase_via_a_party_fronted_before_the_participle():
    assert relations("Via de ISD Heuvelland wordt de jeugdhulp ingekocht.") == {
        ("purchases-via", OWN, ISD)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Het wijkteam valt onder verantwoordelijkheid van Stichting Welzijn Noord.",
        "De wijkteams zijn gepositioneerd bij Stichting Welzijn Noord.",
        "Het sociaal team wordt aangestuurd vanuit Stichting Welzijn Noord.",
    ],
)
def test_a_team_run_from_or_placed_with_an_organisation(sentence):
    assert relations(sentence) == {("executes-for", WELZIJN, OWN)}


def test_a_task_under_the_municipalitys_own_responsibility_relates_nothing():
    assert relations("Het wijkteam valt onder verantwoordelijkheid van de gemeente.") == set()


def test_on_behalf_of_a_list_of_municipalities():
    assert relations(
        "Namens Heerlen, Kerkrade en Teststad voert Regio Vallei de leerplicht uit."
    ) == {
        ("executes-for", VALLEI, HEERLEN),
        ("executes-for", VALLEI, "municipality/kerkrade"),
        ("executes-for", VALLEI, OWN),
    }


def test_both_and_coordinates_the_subjects():
    assert relations("Zowel Heerlen als Kerkrade zijn aangesloten bij de Regio Vallei.") == {
        ("member-of", HEERLEN, VALLEI),
        ("member-of", "municipality/kerkrade", VALLEI),
    }


def test_helping_people_is_work_for_the_municipality():
    assert relations("Voedselbank Heuvelland helpt steeds meer gezinnen.") == {
        ("executes-for", "organisation/voedselbank-heuvelland", OWN)
    }
    assert relations("Dat helpt de gemeente niet.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted adverbial puts the subject after the finite verb
        (
            "Sinds 2015 werkt Heerlen samen met Kerkrade.",
            {("cooperates-with", HEERLEN, "municipality/kerkrade")},
        ),
        (
            "Sinds januari maakt Heerlen deel uit van de Regio Vallei.",
            {("member-of", HEERLEN, VALLEI)},
        ),
        ("Vanaf 2017 neemt Heerlen deel aan de Regio Vallei.", {("member-of", HEERLEN, VALLEI)}),
        (
            "Sinds 2015 maken Heerlen en Kerkrade deel uit van de Regio Vallei.",
            {("member-of", HEERLEN, VALLEI), ("member-of", "municipality/kerkrade", VALLEI)},
        ),
        (
            "Daarnaast koopt Heerlen de jeugdhulp in via de Regio Vallei.",
            {("purchases-via", HEERLEN, VALLEI)},
        ),
        # the municipality stays the subject when it is named
        (
            "Daarnaast koopt de gemeente via de Regio Vallei in.",
            {("purchases-via", OWN, VALLEI)},
        ),
        (
            "Sinds 2015 maakt de gemeente met Heerlen deel uit van de Regio Vallei.",
            {("member-of", HEERLEN, VALLEI), ("member-of", OWN, VALLEI)},
        ),
    ],
)
def test_fronted_adverbial_before_the_subject(sentence, expected):
    assert relations(sentence) == expected


def test_buying_on_behalf_of_a_list_is_purchasing_via_the_buyer():
    assert relations("Namens Heerlen en Teststad koopt Regio Vallei de jeugdhulp in.") == {
        ("purchases-via", HEERLEN, VALLEI),
        ("purchases-via", OWN, VALLEI),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente is ook centrumgemeente voor de omliggende gemeenten in Zuidoost-Drenthe.",
            {("lead-municipality", "region/zuidoost-drenthe", OWN)},
        ),
        (
            "Heerlen is centrumgemeente voor de gemeenten in de regio Dalland.",
            {("lead-municipality", "region/dalland", HEERLEN)},
        ),
        ("Heerlen is geen centrumgemeente voor de gemeenten in de regio Dalland.", set()),
    ],
)
def test_lead_for_the_municipalities_of_an_area(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    ("second", "lead"),
    [
        ("De centrumgemeente Heerlen koopt beschermd wonen in.", True),
        ("Heerlen, de centrumgemeente, koopt beschermd wonen in.", True),
        ("De gemeente is geen centrumgemeente Heerlen.", False),
    ],
)
def test_a_lead_named_in_apposition_leads_the_group_named_last(second, lead):
    found = relations(f"Teststad is aangesloten bij de Regio Vallei. {second}")
    assert (("lead-municipality", VALLEI, HEERLEN) in found) is lead


def test_work_for_the_municipalities_named_before_is_done_for_each():
    got = relations(
        "De Werkdienst Heuvelland, een gemeenschappelijke regeling van Teststad, Heerlen en"
        " Leusden, voert de Participatiewet uit voor de drie gemeenten."
    )
    assert {(t, o) for t, s, o in got if t == "executes-for"} == {
        ("executes-for", OWN),
        ("executes-for", HEERLEN),
        ("executes-for", "municipality/leusden"),
    }


def test_a_body_falling_under_a_group_is_not_joined_by_the_municipality():
    found = relations(
        "Teststad is aangesloten bij de GGD Middenland, waaronder ook Veilig Thuis Noord valt."
    )
    assert ("member-of", OWN, "organisation/veilig-thuis-noord") not in found
    assert ("member-of", OWN, "body/ggd-middenland") in found


def test_a_named_body_described_as_a_cooperation_gives_its_partners_membership_only():
    got = relations(
        "Het Werkplein Lander, een samenwerking van Teststad, Ommen en Tiel met het UWV,"
        " verzorgt de dienstverlening aan werkgevers."
    )
    assert ("member-of", "municipality/ommen", "body/werkplein-lander") in got
    assert not {r for r in got if r[0] == "cooperates-with"}


def test_a_team_described_as_a_cooperation_still_relates_its_partners():
    got = relations("Het sociaal team is een samenwerking van MEE, Tactus en de gemeente.")
    assert ("cooperates-with", OWN, "organisation/mee") in got
