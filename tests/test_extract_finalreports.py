"""A group that reports at the end of a contrastive or concessive subordinate clause."""

from __future__ import annotations

import pytest

from kg.extract.finalreports import reports_last
from tests.extract_helpers import extract_text, finding_for, key


def ask(sentence: str, group: str) -> bool:
    """reports_last of the group named ``group`` in ``sentence``."""
    at = sentence.index(group)
    return reports_last(sentence, 0, at, sentence[at + len(group) :])


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Het aantal stijgt, terwijl huisartsen juist op de lange wachttijd wijzen.", "huisartsen"),
        ("Het is onduidelijk, terwijl scholen de ruime verwijzing naar de ggz noemen.", "scholen"),
        ("Hoewel zorgaanbieders al maanden voor de wachttijden waarschuwen, is er weinig gedaan.",
         "zorgaanbieders"),
        ("Het budget volstaat, ofschoon ambtenaren voor 2017 een tekort verwachten.", "ambtenaren"),
    ],
)  # fmt: skip
def test_a_group_reports_with_its_verb_last(sentence, group):
    assert ask(sentence, group)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # a verb of acting, not of reporting
        ("Het stijgt, terwijl huisartsen juist minder naar de ggz doorverwijzen.", "huisartsen"),
        # a clause of cause, not of contrast
        ("Het aantal stijgt, omdat huisartsen op de lange wachttijd wijzen.", "huisartsen"),
        # a condition tells how things go, not who says so
        ("Het stijgt, als huisartsen op de lange wachttijd wijzen.", "huisartsen"),
        # the group is no subject of the clause
        ("Het stijgt, terwijl de kosten voor huisartsen op de wachttijd wijzen.", "huisartsen"),
    ],
)  # fmt: skip
def test_no_report_without_a_final_reporting_verb(sentence, group):
    assert not ask(sentence, group)


def test_the_clause_group_speaks_beside_the_main_clause():
    doc, ex = extract_text(
        "Ambtenaren vinden de kosten hoog, terwijl huisartsen juist op de lange wachttijd wijzen."
    )
    found = finding_for(doc, ex, "terwijl huisartsen")
    assert sorted(key(s) for s in found.speakers) == [
        "role/civil-servants",
        "role/general-practitioners",
    ]
