"""Relations of key-value lines and bracketed sources (kg.extract.relationlabels), on
invented slide and fact-sheet lines."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

GGD = "body/ggd-middenland"
WELZIJN = "organisation/stichting-welzijn-noord"


def lines(*items: str) -> set[tuple[str, str, str]]:
    """The relations of a slide whose lines are ``items``, each a paragraph of its own."""
    return relations(
        "De gemeente in het kort.", "Stand van zaken:", *[f"- {item}" for item in items]
    )


@pytest.mark.parametrize(
    ("line", "doer"),
    [
        ("Jeugdgezondheidszorg: GGD Middenland, ook voor Teststad", GGD),
        ("Uitvoering Wmo: de GGD Middenland (sinds 2015)", GGD),
        ("Schuldhulpverlening: Stichting Welzijn Noord", WELZIJN),
        ("Mantelzorgondersteuning: Stichting Welzijn Noord; tevreden", WELZIJN),
        ("Toegang jeugd: GGD Middenland", GGD),
    ],
)
def test_a_task_line_naming_its_doer_gives_executes_for(line, doer):
    assert ("executes-for", doer, OWN) in lines(line)


def test_a_task_line_names_whom_else_the_doer_works_for_and_its_members():
    got = lines("Jeugdgezondheidszorg: GGD Middenland, ook voor Heerlen en Landgraaf")
    assert {("executes-for", GGD, f"municipality/{m}") for m in ("heerlen", "landgraaf")} <= got
    got = lines("Uitvoering Participatiewet: Werkplein Vallei, van Heerlen, Landgraaf en Teststad")
    assert {
        ("member-of", f"municipality/{m}", "body/werkplein-vallei")
        for m in ("heerlen", "landgraaf", "teststad")
    } <= got


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Inkoop jeugdhulp: Regio Vallei", ("purchases-via", OWN, "body/regio-vallei")),
        ("Bron: GGD Middenland", ("reports-on", GGD, OWN)),
        ("Partners: Stichting Welzijn Noord en Heerlen", ("cooperates-with", OWN, WELZIJN)),
        (
            "Samenwerkingspartners: Heerlen, Landgraaf",
            ("cooperates-with", OWN, "municipality/landgraaf"),
        ),
    ],
)
def test_a_key_of_buying_sources_or_partners_gives_its_own_type(line, expected):
    assert expected in lines(line)


@pytest.mark.parametrize(
    "line",
    [
        # the value is a clause about the party, not its name alone
        "Jeugdgezondheidszorg: GGD Middenland meldt meer wachtlijsten",
        # the key names a party: it speaks or is the subject
        "Stichting Welzijn Noord: GGD Middenland, te weinig overleg",
        # the key names a figure or a judgement
        "Wachttijd: GGD Middenland, zes weken",
        "Knelpunt: GGD Middenland, onbereikbaar",
        # the value names a municipality, no doer
        "Jeugdgezondheidszorg: Heerlen, ook voor Teststad",
    ],
)
def test_a_line_that_names_no_task_and_doer_gives_no_executes_for(line):
    assert not {r for r in lines(line) if r[0] == "executes-for"}


@pytest.mark.parametrize(
    "line",
    [
        "Heerlen en Landgraaf: buurgemeenten aan de overkant van de rivier",
        "Heerlen, Landgraaf: buurgemeenten, samen in het vervoer",
        "Heerlen en Landgraaf: de buren in het oosten",
        "Heerlen en Landgraaf: twee buurgemeenten met een eigen loket",
    ],
)
def test_a_key_naming_municipalities_as_neighbours_borders_on_each(line):
    got = lines(line)
    assert {("borders-on", OWN, f"municipality/{m}") for m in ("heerlen", "landgraaf")} <= got


def test_a_neighbour_line_with_a_cooperation_cooperates_unless_denied():
    got = lines("Heerlen en Landgraaf: buurgemeenten, samenwerking alleen bij het vervoer")
    assert ("cooperates-with", OWN, "municipality/landgraaf") in got
    got = lines("Heerlen en Landgraaf: buurgemeenten, maar geen samenwerking")
    assert not {r for r in got if r[0] == "cooperates-with"}


@pytest.mark.parametrize(
    "line",
    [
        "Heerlen en Landgraaf: wachtlijsten bij de jeugdhulp",
        "Heerlen en Regio Vallei: buurgemeenten",  # a region is no neighbour municipality
        "Vervoer met Heerlen: buurgemeenten",  # the key is more than names
    ],
)
def test_a_key_that_names_no_neighbours_borders_on_none(line):
    assert not {r for r in lines(line) if r[0] == "borders-on"}


@pytest.mark.parametrize(
    "line",
    [
        "Eenzaamheid: 38% van de ouderen voelt zich eenzaam (GGD Middenland, 2016)",
        "Overgewicht bij jongeren 14% (bron: GGD Middenland)",
        "Schulden: 420 huishoudens in beeld (Stichting Welzijn Noord 2015)",
        "Meldingen kindermishandeling: 96 in 2016 (GGD Middenland)",
    ],
)
def test_a_bracketed_source_closing_a_line_with_a_figure_reports_on(line):
    got = lines(line)
    assert {r for r in got if r[0] == "reports-on" and r[2] == OWN} & {
        ("reports-on", GGD, OWN),
        ("reports-on", WELZIJN, OWN),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Eenzaamheid: een groot probleem (GGD Middenland)",  # no figure
        "Overleg met 12 scholen (en de GGD Middenland) loopt goed",  # not closing the line
        "Zorgen over 40 gezinnen (Heerlen, 2016)",  # a municipality is no source here
    ],
)
def test_a_bracket_without_a_figure_or_a_source_reports_nothing(line):
    assert not {r for r in lines(line) if r[0] == "reports-on"}


@pytest.mark.parametrize(
    "line",
    [
        "Anna: Het Werkbedrijf Noord, waarin de gemeenten samenwerken, plaatste 40 mensen.",
        "Pieter: De GGD Middenland, die de screening doet, ziet meer meldingen.",
        "Gast: Stichting Welzijn Noord, waarvan ik directeur ben, heeft een wachtlijst.",
        "Karin: GGD Middenland, dat ook de jeugdzorg doet, is overbelast.",
    ],
)
def test_a_turn_whose_subject_a_relative_clause_follows_states_no_task(line):
    assert not {r for r in lines(line) if r[0] == "executes-for" and r[2] == OWN}


@pytest.mark.parametrize(
    "line",
    [
        "Schuldhulp: Stichting Welzijn Noord, die ook budgetbeheer doet",
        "Jeugdgezondheidszorg: GGD Middenland, dat ook de screening doet, en het CJG",
    ],
)
def test_a_value_with_a_closing_relative_clause_still_names_the_doer(line):
    assert {r for r in lines(line) if r[0] == "executes-for" and r[2] == OWN}
