"""Tests for kg.extract.relationsayings: a named organisation that states a figure."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.relationsayings import stated_figures
from tests.test_extract_relations import OWN, relations


def _party(text: str, name: str, kind: str = "organisation") -> SentenceMention:
    start = text.index(name)
    return SentenceMention(f"x/{name.lower()}", kind, start, start + len(name), name, 0)


def _run(text: str, name: str, figure: str, kind: str = "organisation") -> list:
    a = text.index(figure)
    return stated_figures(
        text, 0, len(text), [_party(text, name, kind)], "m/x", [(a, a + len(figure))]
    )


def test_opinion_with_a_duration_in_the_dat_clause_gives_reports_on() -> None:
    text = (
        "De woningcorporatie Woonwijzer is van mening dat de wachttijd, inmiddels ruim "
        "vier jaar, de doorstroming belemmert."
    )
    assert _run(text, "Woonwijzer", "ruim vier jaar") == [("reports-on", "x/woonwijzer", "m/x")]


def test_generic_function_speaks_for_the_organisation() -> None:
    text = "De directeur van Woonwijzer antwoordt dat de corporatie 80 statushouders huisvest."
    assert _run(text, "Woonwijzer", "80 statushouders") == [("reports-on", "x/woonwijzer", "m/x")]


def test_a_role_before_the_organisation_gives_none() -> None:
    text = "Een schuldhulpverlener van de Kredietbank meldt dat 60 mensen wachten."
    assert _run(text, "Kredietbank", "60 mensen") == []


def test_a_vague_amount_gives_none() -> None:
    text = "Het UWV stelt dat veel inwoners naar elders pendelen."
    assert _run(text, "UWV", "veel inwoners") == []


def test_a_party_that_does_not_open_its_clause_gives_none() -> None:
    text = "Volgens de wethouder heeft Woonwijzer gemeld dat 40 huurders een achterstand hebben."
    assert _run(text, "Woonwijzer", "40 huurders") == []


def test_a_negated_statement_gives_none() -> None:
    text = "De corporatie Woonwijzer meldt dat er geen 40 huurders meer wachten."
    assert _run(text, "Woonwijzer", "40 huurders") == []


def test_a_place_or_municipality_is_no_source_here() -> None:
    text = "Gemeente Ergens meldt dat 40 huurders wachten."
    assert _run(text, "Ergens", "40 huurders", kind="municipality") == []


def test_a_figure_after_the_said_clause_gives_none() -> None:
    text = "Stichting Noord zegt dat het goed gaat, maar de wachtlijst telt 90 gezinnen."
    assert _run(text, "Noord", "90 gezinnen") == []


def test_a_figure_about_its_own_staff_gives_none() -> None:
    text = "Stichting Noord meldt dat zij vorig jaar drie nieuwe medewerkers aannam."
    assert _run(text, "Noord", "drie") == []


def test_a_confirmation_with_a_quotation_after_a_colon_gives_reports_on() -> None:
    text = (
        "Een directeur van Woonwijzer beaamt dat: ‘We moeten dit jaar 80 statushouders huisvesten."
    )
    assert _run(text, "Woonwijzer", "80 statushouders") == [("reports-on", "x/woonwijzer", "m/x")]


def test_a_quotation_closed_by_a_generic_function_gives_reports_on() -> None:
    text = "‘Onze wachtlijst is opgelopen tot vier jaar’, zegt een woonconsulent van Woonwijzer."
    assert _run(text, "Woonwijzer", "vier jaar") == [("reports-on", "x/woonwijzer", "m/x")]


def test_a_quotation_closed_by_a_role_gives_none() -> None:
    text = "‘De wachtlijst is opgelopen tot vier maanden’, zegt een schuldhulpverlener van Plan."
    assert _run(text, "Plan", "vier maanden") == []


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        # a level against a reference, in the "dat"-clause of a named organisation
        (
            "Het UWV stelt dat werkgevers hier meer banen voor laaggeschoolden bieden dan elders"
            " in de regio.",
            "organisation/uwv",
        ),
        (
            "De GGD Zuid waarschuwt dat eenzaamheid hier vaker voorkomt dan gemiddeld.",
            "body/ggd-zuid",
        ),
        (
            "Woningcorporatie Woonzorg zegt dat de wachttijden langer zijn dan in de"
            " buurgemeenten.",
            "organisation/woonzorg",
        ),
        # a multiple in a verb, also after a colon that elaborates what is said
        (
            "Stichting Welzijn Noord meldt dat de vraag naar huisbezoeken is verdubbeld.",
            "organisation/stichting-welzijn-noord",
        ),
        (
            "Het UWV stelt dat werkgevers weer mensen zoeken: het aantal vacatures verdubbelde.",
            "organisation/uwv",
        ),
    ],
)
def test_a_level_against_a_reference_is_a_figure_said(sentence, party):
    assert ("reports-on", party, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het UWV stelt dat het goed gaat met de werkgevers.",
        "Woningcorporatie Woonzorg zegt dat de wachttijd langer is dan vorig jaar.",  # a trend
    ],
)
def test_no_level_no_report(sentence):
    assert not {r for r in relations(sentence) if r[0] == "reports-on"}


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "De directeur van Woonstichting Rijnhof vertelt dat de corporatie dit jaar ruim"
            " 70 statushouders moet huisvesten.",
            "organisation/woonstichting-rijnhof",
        ),
        (
            "Stichting Welzijn Oost legt uit dat er 120 vrijwilligers actief zijn.",
            "organisation/stichting-welzijn-oost",
        ),
        (
            "De woordvoerder van het UWV merkte op dat 300 mensen een uitkering kregen.",
            "organisation/uwv",
        ),
        (
            "Woningcorporatie De Vaart constateert dat de wachttijd inmiddels vier jaar bedraagt.",
            "organisation/de-vaart",
        ),
        (
            "Stichting Welzijn Oost vertelde dat zestig gezinnen op de wachtlijst staan.",
            "organisation/stichting-welzijn-oost",
        ),
    ],
)
def test_telling_explaining_or_noting_a_figure_gives_reports_on(sentence, party):
    assert ("reports-on", party, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Welzijn Oost vertelt dat het goed gaat met de vrijwilligers.",  # no figure
        "Een consulent van Stichting Welzijn Oost vertelt dat 40 gezinnen wachten.",  # a role
        "Stichting Welzijn Oost vertelt niet dat 40 gezinnen wachten.",  # negated
    ],
)
def test_telling_without_a_figure_or_by_a_role_gives_none(sentence):
    assert not {r for r in relations(sentence) if r[0] == "reports-on"}
