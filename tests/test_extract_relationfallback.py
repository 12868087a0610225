"""Tests of kg.extract.relationfallback: organisations as a source of money or an employer."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def _relations(sentence: str) -> set[tuple[str, str, str]]:
    _, ex = extract_text(sentence)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def test_a_subsidised_organisation_is_related():
    got = _relations("De gemeente subsidieert Stichting Welzijn Oost.")
    assert (
        "related-organisation",
        "municipality/teststad",
        "organisation/stichting-welzijn-oost",
    ) in got


def test_a_negated_clause_relates_nothing():
    got = _relations("Stichting Welzijn Oost krijgt geen subsidie meer.")
    assert not {r for r in got if r[0] == "related-organisation"}


def test_collector_of_the_own_contribution_is_no_source_of_money():
    """The party that charges clients their own contribution ("eigen bijdrage") pays the
    municipality nothing: no fallback relation; a contribution from a party still is one."""
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "De eigen bijdragen worden door het Incassobureau Noord pas maanden later geïnd."
    )
    assert not [r for r in ex.relations if r.type == "related-organisation"]
    _, ex = extract_text("Het Fonds Noord levert een bijdrage aan het jongerenwerk.")
    assert {key(r.object) for r in ex.relations if r.type == "related-organisation"} == {
        "organisation/fonds-noord"
    }


def test_unrelated_relates_only_parties_nothing_else_relates():
    from kg.extract.model import Relation
    from kg.extract.relationfallback import unrelated

    relations = {("member-of", "m", "b/joint"): Relation("member-of", "m", "b/joint", 0, 5, 0)}
    span = (10, 20, 1)
    unrelated(relations, "m", [("o/care", span)], [("o/care", span), ("o/fund", span)])
    assert set(relations) == {
        ("member-of", "m", "b/joint"),
        ("executes-for", "o/care", "m"),  # the task, and no money fallback after it
        ("related-organisation", "m", "o/fund"),
    }


def test_a_task_is_done_for_the_municipality_also_by_a_party_related_otherwise():
    from kg.extract.model import Relation
    from kg.extract.relationfallback import unrelated

    relations = {
        ("cooperates-with", "m", "o/care"): Relation("cooperates-with", "m", "o/care", 0, 5, 0)
    }
    unrelated(relations, "m", [("o/care", (10, 20, 1))], [])
    assert ("executes-for", "o/care", "m") in relations


def test_a_source_of_figures_still_executes_the_task_it_carries_out():
    got = _relations(
        "Volgens de monitor van de GGD Heuvelrand is 12% van de jongeren somber. "
        "De GGD Heuvelrand voert de jeugdgezondheidszorg uit."
    )
    assert ("executes-for", "body/ggd-heuvelrand", "municipality/teststad") in got
    assert ("reports-on", "body/ggd-heuvelrand", "municipality/teststad") in got


def test_an_employer_is_related_but_a_party_that_speaks_of_employers_is_not():
    employer = _relations("Stichting Welzijn Oost is de grootste werkgever van de stad.")
    assert (
        "related-organisation",
        "municipality/teststad",
        "organisation/stichting-welzijn-oost",
    ) in employer
    about = _relations("Stichting Welzijn Oost is positief over de samenwerking met werkgevers.")
    assert not [r for r in about if r[0] == "related-organisation"]


def test_a_body_financed_by_the_municipalities_is_related():
    got = _relations("De GGD Noord wordt door alle gemeenten samen gefinancierd.")
    assert ("related-organisation", "municipality/teststad", "body/ggd-noord") in got


def test_a_call_on_a_scheme_of_money_relates_the_body_that_holds_it():
    # gold README, twenty-ninth session, decision 1: money from a named national body
    got = _relations("De gemeente heeft een beroep gedaan op de vangnetregeling van het UWV.")
    assert ("related-organisation", "municipality/teststad", "organisation/uwv") in got
    assert not {r for r in got if r[0] == "depends-on"}


def test_a_call_on_an_organisation_itself_is_dependence():
    got = _relations("De gemeente doet een beroep op het UWV.")
    assert ("depends-on", "municipality/teststad", "organisation/uwv") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad ontving in 2016 ongeveer € 500,- per inwoner uit het gemeentefonds.",
        "Uit het gemeentefonds kreeg de gemeente in 2015 ruim € 30 miljoen voor de jeugdhulp.",
        "De gemeente krijgt jaarlijks € 12 miljoen uit het gemeentefonds voor de jeugdhulp.",
        "Per inwoner ontving de gemeente in 2015 ruim € 600,- voor de drie wetten uit het"
        " gemeentefonds, iets meer dan gemiddeld.",
    ],
)
def test_a_fund_named_as_the_source_is_related_in_any_tense(sentence):
    got = _relations(sentence)
    assert ("related-organisation", "municipality/teststad", "organisation/gemeentefonds") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Veilig Thuis Noord ontving in 2015 twee keer zoveel meldingen als voorzien.",
        "Stichting Welzijn Oost ontving vorig jaar veel vragen over mantelzorg.",
    ],
)
def test_receiving_reports_is_no_source_of_money(sentence):
    assert not {r for r in _relations(sentence) if r[0] == "related-organisation"}
