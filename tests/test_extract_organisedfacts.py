"""Plain facts of how the work is organised (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.organisedfacts import ORGANISING, organised_fact
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "sentence",
    [
        "De teams zijn per gebied aanbesteed.",
        "De jeugdhulp wordt regionaal ingekocht.",
        "Stichting Zorg voert de schuldhulpverlening uit voor vier gemeenten.",
        "Per wijk is een hoofdaannemer verantwoordelijk, die samenwerkt met de thuiszorg.",
        "Sinds 2015 vormen vier sociale wijkteams de toegang tot de zorg.",
        "Sinds 2015 werkt de gemeente met vier sociale wijkteams.",
        "De gemeente neemt geen deel aan de regionale inkoop.",
        "Aan de regionale inkoop van begeleiding neemt Sint Anna niet deel.",
        "Voor 2016 moet de gemeente 80 statushouders huisvesten.",
        "De corporatie moet in 2016 woonruimte bieden aan 75 statushouders.",
        "De adviesraad, die sinds 2015 ook over jeugd adviseert, telt negen leden.",
    ],
)
def test_a_plain_fact_of_organisation(sentence):
    assert organised_fact(sentence)
    assert ORGANISING.search(sentence)  # the pre-check lets every plain fact through


@pytest.mark.parametrize(
    "sentence",
    [
        "De teams zijn per gebied aanbesteed, omdat de wijken verschillen.",  # a reason
        "De teams zijn aanbesteed, maar de contracten lopen af.",  # a clause set against it
        "Ook voert de stichting het opbouwwerk uit.",  # goes on with the account
        "Wmo en jeugd zijn namelijk belegd bij een andere afdeling.",  # an explanation
        "De wachttijden zijn lang.",  # no arrangement
    ],
)
def test_more_than_a_fact_of_organisation(sentence):
    assert not organised_fact(sentence)


def test_a_fact_of_organisation_inside_an_account_is_the_authors_and_the_account_goes_on():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de wijkteams goed werken. De teams zijn per gebied aanbesteed. "
        "De lijnen met de scholen zijn kort."
    )
    assert [key(s) for s in finding_for(doc, ex, "De teams zijn").speakers] == ["role/authors"]
    assert [key(s) for s in finding_for(doc, ex, "De lijnen").speakers] == ["role/civil-servants"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De consulenten werken vanuit het gemeentehuis en voeren de gesprekken zelf.", True),
        ("Het loket zit in het stadskantoor.", True),
        ("Beschermd wonen valt onder Almere als centrumgemeente.", True),
        ("De teams werken vanuit de wijken, wat de drempel verlaagt.", False),  # a comment
        ("Het valt onder de verantwoordelijkheid van de raad.", False),
    ],
)
def test_where_a_service_works_and_to_whom_a_task_falls(sentence, expected):
    assert organised_fact(sentence) is expected
