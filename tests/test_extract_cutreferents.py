"""A cut named by its noun alone refers to the household help named before it."""

from __future__ import annotations

from tests.extract_helpers import extract_text, finding_for, key


def _concerns(fragment: str, *paragraphs: str) -> set[str]:
    doc, ex = extract_text(*paragraphs)
    return {key(c) for c in finding_for(doc, ex, fragment).concerns}


def test_de_korting_after_household_help_is_the_household_help_cut():
    got = _concerns(
        "tegen de korting",
        "Sinds 2016 krijgen cliënten minder uren huishoudelijke hulp.",
        "De cliëntenraad protesteert al jaren tegen de korting.",
    )
    assert "problem/household-help-cuts" in got
    assert "problem/budget-pressure" not in got


def test_de_korting_without_household_help_stays_budget_pressure():
    got = _concerns(
        "tegen de korting",
        "Het Rijk verlaagde het budget voor de jeugdhulp.",
        "De cliëntenraad protesteert al jaren tegen de korting.",
    )
    assert "problem/household-help-cuts" not in got


def test_a_cut_with_its_own_complement_is_not_read_back():
    got = _concerns(
        "korting op het macrobudget",
        "Sinds 2016 krijgen cliënten minder uren huishoudelijke hulp.",
        "Ambtenaren wijzen op de korting op het macrobudget.",
    )
    assert "problem/household-help-cuts" not in got
