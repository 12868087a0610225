"""Membership and lead municipality stated from a group's side (kg.extract.grouplists)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"
VALLEI = "body/regio-vallei"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def members(got, group):
    return {s for t, s, o in got if t == "member-of" and o == group}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei bestaat uit de gemeenten Heerlen, Landgraaf en Teststad.",
        "Tot Regio Vallei behoren Heerlen, Landgraaf en Teststad.",
        "Regio Vallei is een samenwerking tussen Heerlen, Landgraaf en de gemeente.",
        "Regio Vallei, een gemeenschappelijke regeling van Heerlen, Landgraaf en de gemeente,"
        " koopt in.",
        "Regio Vallei is opgericht door Heerlen, Landgraaf en de gemeente.",
        "Regio Vallei is eigendom van Heerlen, Landgraaf en de gemeente.",
        "Regio Vallei is volledig in eigendom van Heerlen, Landgraaf en de gemeente.",
        "Heerlen, Landgraaf en de gemeente vormen samen Regio Vallei.",
        "Samen met Heerlen en Landgraaf vormt de gemeente Regio Vallei.",
    ],
)
def test_a_groups_composition_makes_every_member_a_member(sentence):
    assert members(relations(sentence), VALLEI) == {
        "municipality/heerlen",
        "municipality/landgraaf",
        OWN,
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Regio Vallei, waartoe ook de gemeente behoort, koopt de jeugdhulp in.", {OWN}),
        ("Regio Vallei, waarvan de gemeente deel uitmaakt, koopt in.", {OWN}),
        (
            "Regio Vallei, waarin de gemeente en Heerlen samenwerken, koopt in.",
            {OWN, "municipality/heerlen"},
        ),
    ],
)
def test_a_relative_adverb_clause_names_members(sentence, expected):
    assert members(relations(sentence), VALLEI) == expected


def test_a_negated_composition_gives_no_membership():
    assert not members(relations("Heerlen en Landgraaf vormen niet langer Regio Vallei."), VALLEI)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Heerlen is de centrumgemeente van Regio Vallei.",),
        ("In Regio Vallei is Heerlen centrumgemeente.",),
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "In die regio is Heerlen centrumgemeente.",
        ),
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Heerlen is centrumgemeente voor deze regio.",
        ),
        # "de regio" with no name after it, and "daarin", refer back to the region named last
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Heerlen is centrumgemeente voor beschermd wonen in de regio.",
        ),
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Heerlen is daarin centrumgemeente voor beschermd wonen.",
        ),
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Binnen de regio is Heerlen centrumgemeente.",
        ),
        # a lead role whose sentence names no group leads the group named last
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Heerlen is centrumgemeente voor beschermd wonen.",
        ),
        (
            "De gemeente maakt deel uit van Regio Vallei.",
            "Heerlen is de centrumgemeente.",
        ),
    ],
)
def test_lead_municipality_in_general_dutch(paragraphs):
    assert ("lead-municipality", VALLEI, "municipality/heerlen") in relations(" ".join(paragraphs))


def test_forming_an_unnamed_region_refers_to_the_region_named_last():
    got = relations(
        "De gemeente hoort bij de arbeidsmarktregio Heuvelrand.",
        "Heerlen, Landgraaf en de gemeente vormen samen de regio.",
    )
    assert members(got, "region/arbeidsmarktregio-heuvelrand") == {
        "municipality/heerlen",
        "municipality/landgraaf",
        OWN,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "De regio Kempenland heeft Heerlen als centrumgemeente.",
        "De gemeente hoort bij de regio Kempenland, waarvan Heerlen de centrumgemeente is.",
        "In de regio Kempenland vervult Heerlen de rol van centrumgemeente.",
        # the city named with its noun as the centre municipality (gold decision 6)
        "De gemeente hoort bij de regio Kempenland, met de stad Heerlen als centrumgemeente.",
        "De gemeente hoort bij de regio Kempenland, waarvan de stad Heerlen centrumgemeente is.",
    ],
)
def test_more_ways_to_name_the_lead_municipality(sentence):
    assert ("lead-municipality", "region/kempenland", "municipality/heerlen") in relations(sentence)


def test_bare_gemeente_after_waarin_is_the_profiles_municipality():
    got = relations("Regio Vallei, waarin gemeente en UWV samen werkgevers benaderen, loopt.")
    assert members(got, VALLEI) == {OWN, "organisation/uwv"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Heerlen treedt op als centrumgemeente voor de jeugdregio Heuvelrand.",
        "Heerlen is penvoerder van de jeugdregio Heuvelrand.",
        "Heerlen is sinds 2015 centrumgemeente voor beschermd wonen in de jeugdregio Heuvelrand.",
        "Heerlen is voor beschermd wonen de centrumgemeente van de jeugdregio Heuvelrand.",
        "De centrumgemeente van de jeugdregio Heuvelrand is Heerlen.",
    ],
)
def test_the_lead_municipality_in_its_general_forms(sentence):
    assert ("lead-municipality", "region/jeugdregio-heuvelrand", "municipality/heerlen") in (
        relations(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is aangesloten bij de jeugdregio Heuvelrand; centrumgemeente is Heerlen.",
        "Teststad hoort bij de jeugdregio Heuvelrand, de centrumgemeente is Heerlen.",
        "Teststad werkt samen in de jeugdregio Heuvelrand; Heerlen is centrumgemeente.",
    ],
)
def test_a_lead_in_a_clause_of_its_own_leads_the_group_before_it(sentence):
    assert ("lead-municipality", "region/jeugdregio-heuvelrand", "municipality/heerlen") in (
        relations(sentence)
    )


def test_a_lead_for_a_task_in_a_clause_of_its_own_leads_no_group_before_it():
    got = relations(
        "Teststad is lid van de GGD Heuvelrand; Heerlen is centrumgemeente voor de opvang."
    )
    assert not {r for r in got if r[0] == "lead-municipality"}


def test_a_lead_needs_a_municipality_before_its_role():
    # "kent een centrumgemeente" names no lead
    assert not {t for t, _, _ in relations("Teststad kent een centrumgemeente.")} & {
        "lead-municipality"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "De Regio Vallei, bestaande uit Teststad, Heerlen en Landgraaf, koopt de jeugdhulp in.",
        "In de Regio Vallei zijn Teststad, Heerlen en Landgraaf verenigd.",
    ],
)
def test_a_groups_apposition_or_union_names_its_members(sentence):
    assert members(relations(sentence), VALLEI) == {
        "municipality/heerlen",
        "municipality/landgraaf",
        OWN,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "De Regio Vallei, waar de gemeente onder valt, koopt de jeugdhulp in.",
        "De Regio Vallei, waaronder ook Teststad valt, koopt de jeugdhulp in.",
        "In de Regio Vallei werken acht gemeenten samen, waaronder Teststad.",
    ],
)
def test_falling_under_a_group_is_membership(sentence):
    assert OWN in members(relations(sentence), VALLEI)


def test_waaronder_listing_examples_is_no_membership():
    # "waaronder" lists examples of providers, not members of a group
    got = relations("De gemeente werkt met aanbieders, waaronder Stichting Welzijn Noord.")
    assert not [r for r in got if r[0] == "member-of"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Heerlen is de centrumgemeente.",),  # no group named at all
        ("De gemeente maakt deel uit van Regio Vallei.", "Heerlen is geen centrumgemeente."),
    ],
)
def test_a_bare_lead_role_without_a_group_or_negated_gives_no_lead(paragraphs):
    got = relations(" ".join(paragraphs))
    assert not {r for r in got if r[0] == "lead-municipality"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei, waar Teststad deel van uitmaakt, koopt de jeugdhulp in.",
        "Regio Vallei, waar Teststad lid van is, koopt de jeugdhulp in.",
        "Regio Vallei, waar Teststad bij aangesloten is, koopt de jeugdhulp in.",
        "Regio Vallei, waar Teststad aan deelneemt, koopt de jeugdhulp in.",
    ],
)
def test_a_relative_clause_with_waar_and_a_stranded_preposition_gives_membership(sentence):
    assert ("member-of", OWN, VALLEI) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei, waar Teststad geen deel van uitmaakt, koopt de jeugdhulp in.",
        "Regio Vallei, waarvan Teststad geen deel uitmaakt, koopt de jeugdhulp in.",
        "Regio Vallei, waar veel gemeenten over klagen, koopt de jeugdhulp in.",
    ],
)
def test_a_negated_or_unrelated_relative_clause_gives_no_membership(sentence):
    assert ("member-of", OWN, VALLEI) not in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei is een samenwerkingsverband van alle gemeenten in de provincie.",
        "Regio Vallei is een samenwerkingsverband van de zeven gemeenten in de regio.",
    ],
)
def test_a_group_of_all_municipalities_holds_the_profiles(sentence):
    assert ("member-of", OWN, VALLEI) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei is een samenwerkingsverband van de andere gemeenten.",
        "Regio Vallei bestaat uit de gemeenten Leusden en Woudenberg.",  # named: not the profile's
    ],
)
def test_a_group_of_other_or_named_municipalities_does_not(sentence):
    assert ("member-of", OWN, VALLEI) not in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Teststad heeft samen met Leusden de Regio Vallei opgericht.",
            {OWN, "municipality/leusden"},
        ),
        (
            "De gemeente heeft met Leusden in 2015 Regio Vallei opgericht.",
            {OWN, "municipality/leusden"},
        ),
        (
            "Leusden en Woudenberg hebben Regio Vallei opgericht.",
            {"municipality/leusden", "municipality/woudenberg"},
        ),
        ("Teststad heeft Regio Vallei niet opgericht.", set()),
        ("Regio Vallei is in 2015 opgericht.", set()),
        # set up, or called into being: founding too
        (
            "Samen met Leusden heeft de gemeente Regio Vallei opgezet.",
            {OWN, "municipality/leusden"},
        ),
        (
            "Teststad heeft met Leusden en Woudenberg de Regio Vallei in het leven geroepen.",
            {OWN, "municipality/leusden", "municipality/woudenberg"},
        ),
        ("Teststad heeft Regio Vallei niet opgezet.", set()),
    ],
)
def test_the_founders_of_a_group_are_its_members(sentence, expected):
    assert members(relations(sentence), VALLEI) == expected


def test_a_thing_owned_by_an_organisation_makes_no_member():
    assert relations("Het pand is eigendom van Stichting Welzijn Noord.") == set()


PARKSTAD = "region/parkstad"
HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenten in de regio Parkstad (Heerlen, Landgraaf en Teststad) kopen samen in.",
        "De regio Parkstad (Heerlen, Landgraaf en Teststad) koopt de jeugdhulp in.",
        "De zeven gemeenten van de regio Parkstad, namelijk Heerlen, Landgraaf en Teststad,"
        " werken samen.",
        "Teststad werkt samen met de andere gemeenten in de regio Parkstad: Heerlen en Landgraaf.",
    ],
)
def test_the_municipalities_listed_right_after_a_group_are_its_members(sentence):
    got = {(r.type, key(r.subject), key(r.object)) for r in extract_text(sentence)[1].relations}
    assert {("member-of", HEERLEN, PARKSTAD), ("member-of", LANDGRAAF, PARKSTAD)} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        # one municipality in parentheses is the seat, not the membership
        "Veilig Thuis Parkstad (Heerlen) ontving veel meldingen.",
        # a colon after a group not led by "de gemeenten in" opens no list of members
        "In de regio Parkstad: Heerlen doet mee.",
    ],
)
def test_a_seat_or_a_colon_alone_lists_no_members(sentence):
    got = {(r.type, key(r.subject), key(r.object)) for r in extract_text(sentence)[1].relations}
    assert not {r for r in got if r[0] == "member-of" and r[1] == HEERLEN}


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("De regio Parkstad omvat Heerlen, Landgraaf en Teststad.", (HEERLEN, LANDGRAAF, OWN)),
        ("De regio Parkstad telt zeven gemeenten, waaronder Heerlen en Landgraaf.", (HEERLEN,)),
        (
            "Werkplein Parkstad is een gezamenlijke organisatie van Teststad en Heerlen.",
            (OWN, HEERLEN),
        ),
    ],
)
def test_a_group_enumerating_its_members(sentence, members):
    got = {(r.type, key(r.subject), key(r.object)) for r in extract_text(sentence)[1].relations}
    groups = {o for t, _, o in got if t == "member-of"}
    assert len(groups) == 1
    assert {("member-of", m, next(iter(groups))) for m in members} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "De regio Parkstad omvat niet Heerlen.",
        "Werkplein Parkstad is geen gezamenlijke organisatie van Teststad en Heerlen.",
    ],
)
def test_a_negated_enumeration_gives_no_members(sentence):
    got = {(r.type, key(r.subject), key(r.object)) for r in extract_text(sentence)[1].relations}
    assert not {r for r in got if r[0] == "member-of"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Teststad maakt deel uit van Regio Vallei.", "Leusden is centrumgemeente."),
        ("Teststad maakt deel uit van Regio Vallei. De centrumgemeente is Leusden.",),
        ("Teststad maakt deel uit van Regio Vallei. Centrumgemeente is Leusden.",),
        ("Teststad maakt deel uit van Regio Vallei. Leusden vervult de rol van centrumgemeente.",),
        ("Teststad maakt deel uit van Regio Vallei.", "Leusden treedt op als centrumgemeente."),
    ],
)
def test_a_lead_municipality_with_no_group_named_leads_the_group_named_last(paragraphs):
    assert ("lead-municipality", VALLEI, "municipality/leusden") in relations(*paragraphs)


def test_a_lead_municipality_with_no_group_anywhere_leads_nothing():
    found = set(relations("Voor beschermd wonen is Leusden centrumgemeente."))
    assert not {r for r in found if r[0] == "lead-municipality"}
    # The centre municipality for sheltered housing is one the profile's municipality depends on.
    assert found == {("depends-on", "municipality/teststad", "municipality/leusden")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regio Vallei bestaat uit vier gemeenten: Heerlen, Landgraaf, Leusden en Teststad.",
        "Regio Vallei telt vier gemeenten: Heerlen, Landgraaf, Leusden en Teststad.",
    ],
)
def test_a_groups_members_listed_after_a_colon(sentence):
    assert "municipality/leusden" in members(relations(sentence), VALLEI)


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        (
            "In de jeugdregio Vallei zitten Teststad, Leusden en Woudenberg.",
            "region/jeugdregio-vallei",
            {OWN, "municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "Deelnemers aan Regio Vallei zijn Teststad, Leusden en Woudenberg.",
            VALLEI,
            {OWN, "municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "Teststad zit met Leusden en Woudenberg in Regio Vallei.",
            VALLEI,
            {OWN, "municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "De gemeente is met Leusden verenigd in Regio Vallei.",
            VALLEI,
            {OWN, "municipality/leusden"},
        ),
        (
            "De gemeente is één van de acht deelnemende gemeenten in Regio Vallei.",
            VALLEI,
            {OWN},
        ),
        ("In Regio Vallei zit veel kennis.", VALLEI, set()),
        ("In Regio Vallei zitten Leusden en Woudenberg niet.", VALLEI, set()),
    ],
)
def test_members_seated_in_or_listed_as_participants_of_a_group(sentence, group, expected):
    assert members(relations(sentence), group) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Als centrumgemeente voor Regio Vallei ontvangt Leusden de middelen.",
            {("lead-municipality", VALLEI, "municipality/leusden")},
        ),
        (
            "Leusden is als centrumgemeente verantwoordelijk voor de opvang in Regio Vallei.",
            {("lead-municipality", VALLEI, "municipality/leusden")},
        ),
        # the profile's own municipality does its own tasks: no relation to itself
        ("Teststad is als centrumgemeente verantwoordelijk voor de opvang.", set()),
        ("Teststad voert als centrumgemeente de opvang uit.", set()),
        ("Als gemeente in Regio Vallei ontvangt Leusden weinig middelen.", set()),
    ],
)
def test_a_lead_fronted_or_answering_for_a_task_in_its_group(sentence, expected):
    got = relations(sentence)
    assert {r for r in got if r[0] == "lead-municipality"} == expected
    assert all(s != o for _, s, o in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente hoort samen met Leusden bij Regio Vallei.",
        "De gemeente valt met Leusden onder Regio Vallei.",
    ],
)
def test_belonging_with_a_partner_makes_both_members(sentence):
    assert members(relations(sentence), VALLEI) == {OWN, "municipality/leusden"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "ook": the main clause's subject belongs to the group as well
        (
            "Teststad is centrumgemeente van de jeugdregio Heuvelrand, waartoe ook Heerlen en"
            " Woudenberg behoren.",
            {OWN, "municipality/heerlen", "municipality/woudenberg"},
        ),
        (
            "Heerlen is centrumgemeente van de jeugdregio Heuvelrand, waartoe ook Woudenberg"
            " behoort.",
            {"municipality/heerlen", "municipality/woudenberg"},
        ),
        # without "ook" the listed members only: the lead named only as the centre is no
        # member (gold README)
        (
            "Teststad is centrumgemeente van de jeugdregio Heuvelrand, waartoe Heerlen behoort.",
            {"municipality/heerlen"},
        ),
    ],
)
def test_waartoe_ook_makes_the_main_subject_a_member_too(sentence, expected):
    assert members(relations(sentence), "region/jeugdregio-heuvelrand") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Teststad valt onder de jeugdregio Heuvelrand; centrumgemeente daarvan is Heerlen.", True),
        # a number of municipalities taking part, none named: the profile's is one of them
        ("De inkoop loopt via Regio Vallei, waarin zeventien gemeenten deelnemen.", None),
    ],
)
def test_a_lead_referred_back_and_a_number_of_municipalities_in_a_group(sentence, expected):
    got = relations(sentence)
    if expected:
        assert ("lead-municipality", "region/jeugdregio-heuvelrand", "municipality/heerlen") in got
    else:
        assert OWN in members(got, VALLEI)


def test_other_municipalities_taking_part_make_no_member():
    assert (
        members(relations("Regio Vallei, waarin vijf andere gemeenten samenwerken, loopt."), VALLEI)
        == set()
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject after the verb, its partners after "met"
        (
            "Voor de jeugdhulp vormt Teststad met Heerlen de jeugdregio Heuvelrand.",
            {
                ("member-of", OWN, "region/jeugdregio-heuvelrand"),
                ("member-of", "municipality/heerlen", "region/jeugdregio-heuvelrand"),
            },
        ),
        (
            "Voor de jeugdhulp vormt Teststad met de twaalf andere gemeenten de jeugdregio"
            " Heuvelrand.",
            {("member-of", OWN, "region/jeugdregio-heuvelrand")},
        ),
        # the profile's municipality as the lead: named only as the centre, no member (gold
        # README: "named only as the centre of a region gets lead-municipality and no member-of")
        (
            "Daarnaast is de stad centrumgemeente van de jeugdregio Heuvelrand.",
            {("lead-municipality", "region/jeugdregio-heuvelrand", OWN)},
        ),
        (
            "De gemeente is sinds 2015 centrumgemeente voor de jeugdregio Heuvelrand.",
            {("lead-municipality", "region/jeugdregio-heuvelrand", OWN)},
        ),
    ],
)
def test_an_inverted_founding_subject_and_the_municipality_as_lead(sentence, expected):
    assert relations(sentence) == expected


def test_the_members_of_a_group_pooling_work_in_a_relative_clause_after_a_denial():
    from tests.test_extract_relations import OWN, relations

    found = relations(
        "Teststad maakt geen deel uit van het Werkbedrijf Heuvelrand, waarin Heerlen en "
        "Kerkrade hun re-integratie bundelen."
    )
    members = {(s, o) for kind, s, o in found if kind == "member-of"}
    assert members == {
        ("municipality/heerlen", "body/werkbedrijf-heuvelrand"),
        ("municipality/kerkrade", "body/werkbedrijf-heuvelrand"),
    }
    assert (OWN, "body/werkbedrijf-heuvelrand") not in members


def test_a_relative_clause_after_an_apposition_naming_the_type_of_the_group():
    from tests.test_extract_relations import relations

    found = relations(
        "De bijstand wordt uitgevoerd door Werkbedrijf Heuvelrand, een gemeenschappelijke "
        "regeling waarvan Heerlen de grootste deelnemer is."
    )
    assert ("member-of", "municipality/heerlen", "body/werkbedrijf-heuvelrand") in found


def test_the_abbreviation_of_a_type_noun_before_its_members():
    from tests.test_extract_relations import relations

    found = relations(
        "De bijstand wordt uitgevoerd door de ISD Heuvelrand, een gemeenschappelijke regeling "
        "(GR) van Heerlen en Kerkrade."
    )
    assert {s for kind, s, _ in found if kind == "member-of"} >= {
        "municipality/heerlen",
        "municipality/kerkrade",
    }


def test_an_adverb_between_the_lead_and_its_role():
    from tests.test_extract_relations import relations

    found = relations(
        "Voor beschermd wonen is Heerlen zelf centrumgemeente voor de regio Heuvelrand."
    )
    assert ("lead-municipality", "region/heuvelrand", "municipality/heerlen") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a purchasing organisation of the municipalities of a province is theirs
        "De jeugdhulp wordt ingekocht via de Regio Vallei, de inkooporganisatie van de "
        "Gelderse gemeenten.",
        # an adjective with a hyphen before "gemeenten"
        "De Regio Vallei is een gemeenschappelijke regeling van de zestien Zuid-Limburgse "
        "gemeenten.",
    ],
)
def test_a_joint_organisation_of_the_municipalities_has_the_profiles_as_member(sentence):
    assert OWN in members(relations(sentence), VALLEI)


def test_a_care_organisation_named_after_the_municipalities_is_no_joint_body():
    # only joint types (purchasing, executing, cooperating organisations) make members
    got = relations("Wij werken met de Regio Vallei, de zorgorganisatie van de Gelderse gemeenten.")
    assert OWN not in members(got, VALLEI)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is in de selectie opgenomen om twee redenen: ten eerste als centrumgemeente van"
        " de arbeidsmarktregio Noord-Veluwe, ten tweede vanwege de wijkteams.",
        "In 2014 telde Teststad ruim 81.000 inwoners; daarmee was het de grootste gemeente van de"
        " Veluwe en de centrumgemeente van de arbeidsmarktregio Noord-Veluwe.",
        "Teststad werd in 2015 als centrumgemeente van de arbeidsmarktregio Noord-Veluwe"
        " aangewezen.",
        "Teststad heeft als centrumgemeente van de arbeidsmarktregio Noord-Veluwe een eigen"
        " werkgeversservicepunt.",
    ],
)
def test_the_profiles_municipality_as_the_lead_where_no_other_is_named(sentence):
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    got = {(r.type, key(r.subject), key(r.object)) for r in ex.relations}
    assert (
        "lead-municipality",
        "region/arbeidsmarktregio-noord-veluwe",
        "municipality/teststad",
    ) in got


def test_another_municipality_before_the_lead_is_not_the_profiles():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Ermelo, dat als centrumgemeente van de arbeidsmarktregio Noord-Veluwe optreedt, koopt in."
    )
    leads = {key(r.object) for r in ex.relations if r.type == "lead-municipality"}
    assert "municipality/teststad" not in leads


@pytest.mark.parametrize(
    ("sentence", "group", "partners"),
    [
        (
            "De bijstand wordt verstrekt door Werkbedrijf Heuvelrand, een gemeenschappelijke"
            " regeling met Heerlen en Kerkrade.",
            "body/werkbedrijf-heuvelrand",
            {"municipality/heerlen", "municipality/kerkrade"},
        ),
        (
            "Voor de schuldhulp is de gemeente aangewezen op de ISD Heuvelrand, een"
            " samenwerkingsverband met Landgraaf.",
            "body/isd-heuvelrand",
            {"municipality/landgraaf"},
        ),
        (
            "Teststad is lid van de Sociale Dienst Heuvelrand, een samenwerking met Heerlen,"
            " Kerkrade en Landgraaf.",
            "body/sociale-dienst-heuvelrand",
            {"municipality/heerlen", "municipality/kerkrade", "municipality/landgraaf"},
        ),
        (
            "Het re-integratiewerk ligt bij Werkbedrijf Heuvelrand, een openbare regeling samen"
            " met Kerkrade.",
            "body/werkbedrijf-heuvelrand",
            {"municipality/kerkrade"},
        ),
    ],
)
def test_a_joint_body_with_named_partners_holds_them_and_the_subject(sentence, group, partners):
    assert members(relations(sentence), group) == partners | {OWN}


@pytest.mark.parametrize(
    "sentence",
    [
        "Het werk gaat naar Werkbedrijf Heuvelrand, een bedrijf met 300 medewerkers.",
        # a partner that is no municipality is a partner, not a member
        "Heerlen werkt via de ISD Heuvelrand, een samenwerking met het UWV.",
    ],
)
def test_a_body_with_staff_or_an_organisation_after_met_has_no_members(sentence):
    assert not {r for r in relations(sentence) if r[0] == "member-of"}


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder licht toe dat Heerlen centrumgemeente is voor beschermd wonen en"
        " maatschappelijke opvang in Zuid-Limburg, zodat Teststad afhankelijk is.",
        "Ze vertelt dat Heerlen centrumgemeente is voor de opvang in Zuid-Limburg.",
        "Hij weet dat Heerlen centrumgemeente was van Zuid-Limburg, maar dat dit verandert.",
        "Omdat Heerlen centrumgemeente blijft voor Zuid-Limburg, verandert er weinig.",
    ],
)
def test_the_lead_in_a_subordinate_clause_with_its_verb_after_the_role(sentence):
    assert ("lead-municipality", "region/zuid-limburg", "municipality/heerlen") in relations(
        sentence
    )


def test_a_denied_lead_in_a_subordinate_clause_gives_none():
    got = relations("Ze zegt dat Heerlen geen centrumgemeente is voor Zuid-Limburg.")
    assert not {r for r in got if r[0] == "lead-municipality"}


@pytest.mark.parametrize(
    "lines",
    [
        ("- Jeugdregio Heuvelrand, Heerlen centrumgemeente", "- Inkoop: via de regio"),
        ("Jeugdregio Heuvelrand: Heerlen centrumgemeente", "Wachtlijsten: lang."),
        ("- Jeugdregio Heuvelrand, Heerlen als centrumgemeente", "- Budget: krap"),
        ("Teststad zit in de jeugdregio Heuvelrand; Heerlen is centrumgemeente", "Verder niets."),
    ],
)
def test_a_lead_closing_a_line_of_its_own_leads_the_group_before_it(lines):
    # a slide's or list's line ends without a full stop: the line's end closes the lead clause
    assert ("lead-municipality", "region/jeugdregio-heuvelrand", "municipality/heerlen") in (
        relations(*lines)
    )


def test_a_lead_closing_a_line_needs_the_group_right_before_it():
    got = relations(
        "- Jeugdregio Heuvelrand kent wachtlijsten, Heerlen centrumgemeente", "- Verder."
    )
    assert not {r for r in got if r[0] == "lead-municipality"}
