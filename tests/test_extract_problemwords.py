"""Problem words that name something other than a problem (kg/extract/problemwords.py)."""

from __future__ import annotations

import pytest

from tests.test_extract_deniedproblems import _problems


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Het team schuldhulpverlening is gehuisvest in het gemeentehuis.", "debts"),
        ("De afdeling inkoop stelt de contracten op.", "european-tendering"),
        ("Het Steunpunt Mantelzorg telt ruim 900 ingeschreven mantelzorgers.", "low-informal-care"),
        ("Het meldpunt schulden is gehuisvest in de bibliotheek.", "debts"),
    ],
)
def test_a_problem_word_naming_a_unit_is_no_concern(sentence, problem):
    assert f"problem/{problem}" not in _problems(sentence)


def test_a_problem_word_after_a_team_that_is_no_name_stays_a_concern():
    assert "problem/debts" in _problems("Het team ziet steeds meer mensen met schulden.")


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        (
            "De raad ontvangt elk kwartaal een monitor met het aantal cliënten, de "
            "wachttijden en de uitgaven.",
            "waiting-lists",
        ),
        (
            "In het dashboard staan onder meer het aantal meldingen, de schulden per "
            "huishouden en de kosten.",
            "debts",
        ),
        (
            "De jaarlijkse rapportage bevat cijfers over het gebruik van de Wmo, de "
            "wachttijden en de tevredenheid.",
            "waiting-lists",
        ),
    ],
)
def test_an_item_a_report_lists_is_no_problem_raised(sentence, problem):
    assert f"problem/{problem}" not in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Uit de monitor blijkt dat de wachttijden voor jeugdhulp oplopen.", "waiting-lists"),
        (
            "De monitor laat zien dat de schulden van jonge gezinnen en de armoede toenemen.",
            "debts",
        ),
    ],
)
def test_a_problem_a_report_shows_stays_a_concern(sentence, problem):
    assert f"problem/{problem}" in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        (
            "Zij klagen over de registratie: elk team houdt een eigen systeem bij, en een "
            "gesprek van een uur levert al gauw een half uur administratie op.",
            "bureaucracy",
        ),
        (
            "De consulenten vinden het overzicht beperkt, en bij veel gezinnen lopen de "
            "wachttijden voor de jeugdhulp op.",
            "waiting-lists",
        ),
    ],
)
def test_a_problem_in_a_clause_after_a_report_word_is_no_listed_item(sentence, problem):
    # a report word ("registratie", "overzicht") and a comma before the problem word, but
    # the word stands in a clause of its own, not as one short item of a list
    assert f"problem/{problem}" in _problems(sentence)


def test_a_report_named_as_source_does_not_make_a_list_of_measures():
    assert "problem/pgb-chaos" in _problems(
        "Volgens de monitor zijn er circa 300 cliënten met een pgb, een derde minder dan in 2014."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds 2015 vormen drie sociale teams de toegang tot Wmo, jeugdhulp en schuldhulp.",
        "Voor sommige taken is een grotere schaal nodig, zoals schuldhulpverlening, "
        "specialistische jeugdzorg en arbeidsmarktbeleid.",
    ],
)
def test_a_service_in_a_list_of_fields_with_a_law_is_no_problem(sentence):
    assert "problem/debts" not in _problems(sentence)


def test_a_problem_joined_to_a_law_without_a_list_stays():
    assert "problem/debts" in _problems(
        "Volgens de consulenten hebben gezinnen met schulden en jeugdhulp te veel hulpverleners."
    )


def test_a_channel_of_buying_is_no_tendering_problem():
    # gold decision 7 (twenty-seventh session): the channel is an arrangement
    assert "problem/european-tendering" not in _problems(
        "Volgens ambtenaren wordt de jeugdhulp ingekocht via het Inkoopbureau Jeugd Teststreek."
    )


def test_buying_through_contracts_stays_a_tendering_problem():
    assert "problem/european-tendering" in _problems(
        "Volgens ambtenaren wordt de begeleiding ingekocht via raamcontracten, maar met lokale "
        "afspraken over de tarieven."
    )
