"""Joint work stated around a group, a list or a relative clause (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stichting Sterk Huis, waarmee de gemeente samenwerkt, biedt opvang.",
            {
                ("cooperates-with", OWN, "organisation/stichting-sterk-huis"),
                # the antecedent is the subject of "biedt opvang", as in "Stichting Sterk Huis
                # biedt opvang." (the relative clause between them is set off by commas)
                ("executes-for", "organisation/stichting-sterk-huis", OWN),
            },
        ),
        (  # a named subject in the relative clause
            "Regio Vallei, waarmee Leusden afspraken heeft gemaakt, koopt in.",
            {
                ("cooperates-with", "municipality/leusden", "body/regio-vallei"),
                # the antecedent is the subject of "koopt in", as in "Regio Vallei koopt in."
                ("purchases-via", "municipality/teststad", "body/regio-vallei"),
            },
        ),
        (  # a seat in a group's board: membership
            "Regio Vallei, waarin Leusden en Woudenberg zitting hebben, koopt in.",
            {
                ("member-of", "municipality/leusden", "body/regio-vallei"),
                ("member-of", "municipality/woudenberg", "body/regio-vallei"),
                ("purchases-via", "municipality/teststad", "body/regio-vallei"),
            },
        ),
    ],
)
def test_a_relative_clause_states_a_relation_with_its_antecedent(sentence, expected):
    assert relations(sentence) == expected


def test_a_negated_relative_clause_states_none():
    assert relations("Stichting Sterk Huis, waarmee de gemeente niet samenwerkt, helpt.") == set()


def test_a_relative_clause_without_a_cooperation_word_states_none():
    assert relations("Stichting Sterk Huis, waarmee de gemeente begon, helpt.") == set()


def test_coordinated_parties_with_a_joint_body_cooperate():
    assert relations("Teststad en Leusden hebben een gezamenlijke sociale dienst.") == {
        ("cooperates-with", OWN, "municipality/leusden")
    }


def test_members_within_a_named_group_stay_members():
    assert relations("In Regio Vallei werken Leusden en Woudenberg samen.") >= {
        ("member-of", "municipality/leusden", "body/regio-vallei"),
        ("member-of", "municipality/woudenberg", "body/regio-vallei"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "De ISD Heuvelland, waaraan de gemeente de uitvoering heeft overgedragen, kampt met"
        " tekorten.",
        "De ISD Heuvelland, waarbij de gemeente de bijstand heeft ondergebracht, kampt met"
        " tekorten.",
    ],
)
def test_a_task_handed_to_the_antecedent_of_a_relative_clause(sentence):
    assert ("executes-for", "body/isd-heuvelland", OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad werkt in Regio Vallei samen met de andere gemeenten.",
        "Teststad werkt binnen Regio Vallei nauw samen met Leusden.",
    ],
)
def test_working_together_in_a_group_is_membership_of_it(sentence):
    assert ("member-of", OWN, "body/regio-vallei") in relations(sentence)


def test_not_working_together_in_a_group_is_no_membership():
    got = relations("Teststad werkt in Regio Vallei niet samen met Leusden.")
    assert ("member-of", OWN, "body/regio-vallei") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "In Regio Vallei werken de gemeenten samen bij de inkoop.",
        "De gemeenten in Regio Vallei werken samen op het gebied van jeugd.",
        "De zeven gemeenten van Regio Vallei kopen de jeugdhulp gezamenlijk in.",
    ],
)
def test_the_municipalities_of_a_group_working_together_hold_the_profiles(sentence):
    assert ("member-of", OWN, "body/regio-vallei") in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De andere gemeenten in Regio Vallei werken samen.",
        "De gemeenten in Regio Vallei werken niet samen.",
    ],
)
def test_other_or_not_working_municipalities_of_a_group_do_not(sentence):
    assert ("member-of", OWN, "body/regio-vallei") not in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stichting Welzijn Noord en Teststad hebben een convenant gesloten.",
            ("cooperates-with", OWN, "organisation/stichting-welzijn-noord"),
        ),
        (
            "Woningcorporatie Woonbron en de gemeente hebben prestatieafspraken gemaakt.",
            ("cooperates-with", OWN, "organisation/woonbron"),
        ),
        (
            "De gemeente en woningcorporatie Woonbron zijn overeengekomen dat huurachterstanden"
            " worden gemeld.",
            ("cooperates-with", OWN, "organisation/woonbron"),
        ),
        (
            "Teststad en Heerlen delen een sociale dienst.",
            ("cooperates-with", OWN, "municipality/heerlen"),
        ),
        ("Heerlen en Landgraaf overleggen maandelijks.", ("cooperates-with", HEERLEN, LANDGRAAF)),
    ],
)
def test_coordinated_subjects_of_a_joint_act_work_together(sentence, expected):
    assert expected in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heerlen en Landgraaf hebben geen afspraken gemaakt.",
        # the list after "met" names the partners of an unnamed subject, not two partners
        "Met Stichting Welzijn Noord en Heerlen is afgesproken dat de wachttijd daalt.",
        # the partner after "met" is read by the cue
        "Heerlen en Landgraaf hebben afspraken gemaakt met Stichting Welzijn Noord.",
        # a passive with its agent: the agents act together, not the subjects
        "Heerlen en Landgraaf worden door de provincie gezamenlijk gefinancierd.",
        # the list after "met" names the subject's partners: "samen" pairs none of them
        "Met Heerlen, Landgraaf en Kerkrade werkt de gemeente samen in de regio.",
    ],
)
def test_a_negated_or_prepositional_list_gives_no_joint_act(sentence):
    assert ("cooperates-with", HEERLEN, LANDGRAAF) not in relations(sentence)
    assert ("cooperates-with", "organisation/stichting-welzijn-noord", HEERLEN) not in relations(
        sentence
    )


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "In de regio Heuvelrand wordt samengewerkt met Heerlen en Landgraaf.",
            {OWN, HEERLEN, LANDGRAAF},
        ),
        ("Binnen de GR Heuvelrand wordt nauw samengewerkt.", {OWN}),
        (
            "Met de buurgemeenten Heerlen en Landgraaf wordt samengewerkt in de regio Heuvelrand.",
            {OWN, HEERLEN, LANDGRAAF},
        ),
    ],
)
def test_a_passive_cooperation_in_a_group_makes_every_party_a_member(sentence, members):
    got = {s for kind, s, _ in relations(sentence) if kind == "member-of"}
    assert got == members


def test_a_negated_passive_cooperation_in_a_group_states_none():
    assert relations("In de regio Heuvelrand wordt niet samengewerkt.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De ISD Heuvelrand, waar de gemeente bij is aangesloten, voert de bijstand uit.",
            ("member-of", OWN, "body/isd-heuvelrand"),
        ),
        (
            "Het UWV, waarmee de gemeente het werkgeversservicepunt deelt, is tevreden.",
            ("cooperates-with", OWN, "organisation/uwv"),
        ),
    ],
)
def test_a_relative_clause_of_joining_or_sharing(sentence, expected):
    assert expected in relations(sentence)


def test_both_and_is_a_list_gap():
    from kg.extract.jointwork import LIST_GAP

    assert LIST_GAP.match(" als ") and LIST_GAP.match(" als ook de ")
    assert not LIST_GAP.match(" als centrumgemeente ")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De Regio Dalland, waar de gemeente haar inkoop heeft belegd, groeit.",
            {("purchases-via", OWN, "body/regio-dalland")},
        ),
        (
            "De Regio Dalland, via welke de gemeente de jeugdhulp inkoopt, groeit.",
            {("purchases-via", OWN, "body/regio-dalland")},
        ),
        (
            "Stichting Dalzorg, waar de gemeente het welzijnswerk heeft ondergebracht, groeit.",
            {("executes-for", "organisation/stichting-dalzorg", OWN)},
        ),
        (
            "Stichting Dalzorg, met wie de gemeente afspraken heeft, groeit.",
            {("cooperates-with", OWN, "organisation/stichting-dalzorg")},
        ),
        ("Stichting Dalzorg, met wie de gemeente geen afspraken heeft, groeit.", set()),
        # "via wie" with no buying states no purchase
        ("Stichting Dalzorg, via wie de gemeente inwoners bereikt, groeit.", set()),
    ],
)
def test_relative_clauses_of_buying_placing_and_agreeing(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Met de buurgemeenten Heerlen en Landgraaf werkt Teststad samen.",
        "Met de Limburgse gemeenten Heerlen en Landgraaf werkt Teststad samen op leerplicht.",
    ],
)
def test_a_fronted_list_after_met_and_its_noun_names_partners_not_each_others(sentence):
    got = relations(sentence)
    assert ("cooperates-with", OWN, HEERLEN) in got
    assert ("cooperates-with", HEERLEN, LANDGRAAF) not in got


HEUVELRAND = "region/arbeidsmarktregio-heuvelrand"


@pytest.mark.parametrize(
    ("sentence", "group", "members"),
    [
        (
            "Teststad is centrumgemeente van de arbeidsmarktregio Heuvelrand, waarin ook Leusden,"
            " Heerlen en Landgraaf zitten.",
            HEUVELRAND,
            ("teststad", "leusden", "heerlen", "landgraaf"),
        ),
        (
            "Teststad valt onder de Regio Vallei, waarin ook Leusden en Heerlen zitten.",
            "body/regio-vallei",
            ("teststad", "leusden", "heerlen"),
        ),
        (
            "De gemeente hoort bij de arbeidsmarktregio Heuvelrand, waarin verder Leusden en"
            " Heerlen zitten.",
            HEUVELRAND,
            ("leusden", "heerlen"),
        ),
        (
            "De gemeente is lid van de Regio Vallei, waarin ook de gemeente Leusden zit.",
            "body/regio-vallei",
            ("teststad", "leusden"),
        ),
    ],
)
def test_parties_that_sit_in_a_group_are_its_members(sentence, group, members):
    found = relations(sentence)
    assert {("member-of", f"municipality/{m}", group) for m in members} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad heeft een loket in de Regio Vallei, waarin de wachtkamer zit.",
        "Het college overlegt in de Regio Vallei, waarin Leusden en Heerlen niet zitten.",
        # what all municipalities have sits there, not the municipalities
        "Teststad heeft een loket in de Regio Vallei, waarin de kantoren van alle gemeenten"
        " zitten.",
        "De raad praat over de Regio Vallei, waarin niet alle gemeenten zitting hebben.",
    ],
)
def test_sitting_without_a_party_or_denied_is_no_membership(sentence):
    assert not any(kind == "member-of" for kind, _, _ in relations(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Besluiten worden voorbereid in de Regio Vallei, waarin raadsleden van alle zes gemeenten"
        " zitten.",
        "Het beleid wordt afgestemd in de Regio Vallei, waarin wethouders van alle gemeenten"
        " zitting hebben.",
        "De plannen komen uit de Regio Vallei, waarin alle Utrechtse gemeenten vertegenwoordigd"
        " zijn.",
        "Over de jeugdhulp praat de wethouder in de Regio Vallei, waarin bestuurders van alle"
        " gemeenten van de regio zitten.",
    ],
)
def test_all_municipalities_seated_in_a_group_include_the_profiles(sentence):
    # "alle (N) gemeenten", themselves or by their representatives, include the profile's
    assert ("member-of", OWN, "body/regio-vallei") in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Stichting Welzijn Noord en het UWV hebben wekelijks overleg over werkzoekenden.",
            ("organisation/stichting-welzijn-noord", "organisation/uwv"),
        ),
        (
            "Het UWV en Werkbedrijf Noord houden elke maand een gezamenlijk casusoverleg.",
            ("organisation/uwv", "body/werkbedrijf-noord"),
        ),
        (
            "Heerlen en Landgraaf voerden in 2016 regelmatig bestuurlijk overleg over de"
            " jeugdhulp.",
            (HEERLEN, LANDGRAAF),
        ),
        (
            "Stichting Welzijn Noord en de gemeente hadden vorig jaar vaak overleg.",
            (OWN, "organisation/stichting-welzijn-noord"),
        ),
    ],
)
def test_coordinated_subjects_that_hold_a_meeting_cooperate(sentence, pair):
    # holding a meeting together ("hebben / houden / voeren … overleg") is a joint act
    assert ("cooperates-with", *pair) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Welzijn Noord en het UWV hebben geen overleg meer.",
        # the parties are where others meet, not the subjects
        "Bij Stichting Welzijn Noord en het UWV hebben de wijkteams wekelijks overleg.",
        # one subject only
        "Stichting Welzijn Noord heeft wekelijks overleg over werkzoekenden.",
    ],
)
def test_a_meeting_without_coordinated_subjects_is_no_cooperation(sentence):
    assert not {r for r in relations(sentence) if r[0] == "cooperates-with"}
