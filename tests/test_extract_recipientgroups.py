"""People named by their benefit (kg/extract/recipientgroups.py), on invented sentences."""

from __future__ import annotations

from kg.extract.recipientgroups import BENEFIT_RECIPIENTS, benefit_groups


def _groups(text: str) -> set[str]:
    return benefit_groups(text, 0, len(text))


def test_people_named_by_their_benefit_are_the_benefit_recipients():
    for text in (
        "De adviesraad mist de stem van ouderen met een uitkering.",
        "Volgens de consulenten vinden jongeren uit de bijstand moeilijk een leerplek.",
        "Alleenstaanden in de bijstand lopen vaker schulden op.",
        "Het college wil huishoudens met een bijstandsuitkering beter bereiken.",
        "Een bouwbedrijf nam drie mensen uit de WW in dienst.",
    ):
        assert _groups(text) == {BENEFIT_RECIPIENTS}, text


def test_the_benefit_alone_names_no_group():
    for text in (
        "Het aantal uitkeringen steeg in 2016 met 5%.",
        "De bijstand kost de gemeente meer dan begroot.",
        "De kosten in de bijstand lopen op.",
        "Een uitkering is voor velen een vangnet.",
    ):
        assert _groups(text) == set(), text


def test_only_the_claims_span_is_read():
    text = "Inwoners met een uitkering krijgen hulp. De wachttijd is kort."
    assert benefit_groups(text, text.index("De wachttijd"), len(text)) == set()


def test_a_group_that_is_a_problem_of_its_own_stays_that_group():
    assert _groups("Statushouders met een uitkering vinden moeilijk werk.") == set()
