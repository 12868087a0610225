"""A task an organisation carries out for every municipality by law (statutory-tasks.toml)."""

from __future__ import annotations

import pytest

from kg.extract.relationduties import duty_holders, load_duties
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def test_the_data_file_names_the_svb_and_its_payments():
    duties = dict(load_duties())
    assert duties["organisation/svb"].search("het trekkingsrecht")


@pytest.mark.parametrize(
    "sentence",
    [
        "De uitbetaling van persoonsgebonden budgetten via de SVB verliep rampzalig.",
        "De SVB kreeg de betalingen in het begin niet op orde.",
        "Sinds 2015 loopt die via het trekkingsrecht bij de SVB.",
    ],
)
def test_the_svb_named_with_a_payment_carries_it_out_for_the_municipality(sentence):
    assert ("executes-for", "organisation/svb", OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Met de SVB gaat het inmiddels beter.",
        "De SVB leverde te laat gegevens over de budgetten.",
    ],
)
def test_the_svb_named_without_a_payment_states_no_task(sentence):
    assert ("executes-for", "organisation/svb", OWN) not in relations(sentence)


def test_only_a_party_of_the_sentence_is_a_holder():
    text = "De betalingen liepen vast."
    assert duty_holders(text, 0, len(text), ["id/organisation/cak"], load_duties()) == []


def test_the_cak_collecting_the_own_contribution_does_it_for_the_municipality():
    found = relations("Het CAK, dat de eigen bijdrage voor de Wmo int, is ver weg.")
    assert ("executes-for", "organisation/cak", OWN) in found


def test_the_cak_named_without_its_task_does_nothing_for_the_municipality():
    found = relations("Het CAK is een landelijke organisatie.")
    assert ("executes-for", "organisation/cak", OWN) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Budgethouders klaagden over de trekkingsrechten bij de SVB.",
        "Volgens de ouders betaalde de SVB hun hulpverleners maandenlang niet.",
        "De SVB liet de rekeningen van zorgverleners in 2015 wekenlang liggen.",
        "Veel declaraties bleven bij de SVB maanden op de plank liggen.",
    ],
)
def test_late_or_missed_payments_of_the_svb_are_its_task_for_the_municipality(sentence):
    assert ("executes-for", "organisation/svb", OWN) in relations(sentence)


def test_the_svb_named_with_a_report_and_no_payment_states_no_task():
    assert ("executes-for", "organisation/svb", OWN) not in relations(
        "De SVB stuurde de gemeente een overzicht van het aantal budgethouders."
    )


def test_the_budgets_spending_through_the_svb_is_its_task():
    from kg.extract.relationduties import duty_holders, load_duties

    text = "De rechtmatigheid van de pgb-uitgaven via de SVB kon niet worden vastgesteld."
    assert duty_holders(text, 0, len(text), ["id/organisation/svb"], load_duties()) == [
        "id/organisation/svb"
    ]
    text = "De uitgaven aan jeugdhulp stegen; de SVB leverde gegevens."
    assert duty_holders(text, 0, len(text), ["id/organisation/svb"], load_duties()) == []
