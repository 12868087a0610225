"""A length of time in a sentence about waiting is a waiting time
(:mod:`kg.extract.figurewaits`), read in invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _measures(sentence: str) -> list[str | None]:
    _, extraction = extract_text(sentence)
    return [
        i.measure.rsplit("/", 1)[-1] if i.measure else None
        for i in extraction.indicators
        if i.value is not None
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the waiting named in the clause before
        "Van wachtlijsten is geen sprake: een aanvraag wordt binnen zes weken afgehandeld.",
        "Er is wel enige wachttijd: een eerste gesprek volgt binnen drie weken.",
        # a finite verb of waiting, how long a step takes
        "Een gezin wacht gemiddeld negen weken op een eerste gesprek.",
        "Het vervolg kan soms zes tot acht weken duren.",
        "Volgens de consulenten duurt het zeven weken voordat een intake plaatsvindt.",
        # in years too: a home of the housing association
        "De wachttijd voor een sociale huurwoning is opgelopen tot ruim zes jaar.",
        "Een sociale huurwoning vraagt een inschrijfduur van gemiddeld ruim zeven jaar.",
        # hearing nothing for a while: waiting for a response
        "'Ik meld het en hoor twee weken niets,' zegt een huisarts.",
        # clients waiting for their budget's payment wait for the service
        "In 2015 wachtten sommige budgethouders drie maanden op hun geld.",
    ],
)
def test_a_length_of_time_about_waiting_is_a_waiting_time(sentence):
    assert _measures(sentence) == ["waiting-time"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a norm or the law's term is the standard, not the wait
        "De wachttijd loopt op, terwijl de gemeente een termijn van vier weken hanteert.",
        "Het duurt lang, terwijl de wet daarvoor vier weken geeft.",
        # providers waiting for their money: a delay of payment
        "Aanbieders wachtten drie maanden op hun geld.",
        "Het ging mis bij zorgverleners die maandenlang op hun geld wachtten.",
        # the waiting in a later clause is not this figure's
        "We hadden een half jaar om alles te regelen, en de helft ging op aan wachten.",
        # no waiting at all
        "Het project liep twee jaar.",
        "Ze hoorde dat het project twee jaar liep maar niets opleverde.",
    ],
)
def test_other_lengths_of_time_are_no_waiting_time(sentence):
    assert "waiting-time" not in _measures(sentence)


def _references(sentence: str) -> list[str | None]:
    _, extraction = extract_text(sentence)
    return [i.reference for i in extraction.indicators if i.value is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd liep op tot zeven weken, terwijl de gemeente zichzelf een norm van drie "
        "weken heeft gesteld.",
        "In het najaar liep de wachttijd op tot zes weken, terwijl de gemeente zelf een termijn "
        "van vier weken hanteert.",
        "Een eerste huisbezoek volgt gemiddeld binnen acht werkdagen; de norm is vijf.",
    ],
)
def test_a_figure_set_against_the_municipalitys_own_norm(sentence):
    assert _references(sentence)[0] == "municipal norm"


def test_a_norm_of_another_clause_with_its_own_figure_is_not_this_ones():
    got = _references(
        "Er zijn 300 aanvragen en de wachttijd is acht weken, terwijl de gemeente een norm van "
        "vier weken hanteert."
    )
    assert got[0] is None


def test_an_hour_of_waiting_is_a_waiting_time_in_minutes():
    _doc, ex = extract_text("Wie de taxi belt, wacht soms een uur.")
    found = [(i.value, i.unit, i.measure) for i in ex.indicators]
    assert found == [(60, "minutes", "waiting-time")]


def test_hours_a_trip_takes_are_no_waiting_time():
    _doc, ex = extract_text("Een rit naar het ziekenhuis kan anderhalf uur duren.")
    assert [(i.unit, i.measure) for i in ex.indicators] == [("minutes", None)]


def test_a_time_within_which_a_request_is_handled_is_a_waiting_time():
    _doc, ex = extract_text(
        "Volgens de wijkteams worden meldingen binnen een week opgepakt, en komt er binnen "
        "twee dagen iemand langs."
    )
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [
        (1, "weeks", "waiting-time"),
        (2, "days", "waiting-time"),
    ]


def test_a_legal_term_of_handling_stays_no_waiting_time():
    _doc, ex = extract_text(
        "Een aanvraag moet binnen de wettelijke termijn van zes weken worden beoordeeld."
    )
    assert [i.measure for i in ex.indicators] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consulenten zeggen dat het keukentafelgesprek gemiddeld binnen twee weken plaatsvindt.",
        "Een eerste huisbezoek volgt gemiddeld binnen acht werkdagen.",
        "Volgens de jeugdartsen is de hulp meestal binnen een maand gestart.",
        "Een traplift wordt binnen zes weken geregeld.",
    ],
)
def test_a_time_within_which_a_talk_visit_or_help_follows_is_a_waiting_time(sentence):
    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == ["waiting-time"]


def test_a_load_against_a_norm_with_its_figure_is_higher_than_the_municipal_norm():
    from decimal import Decimal

    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het gaat om gemiddeld 140 dossiers, tegen een norm van 100.")
    found = [(i.value, i.comparison, i.reference) for i in ex.indicators]
    assert found == [(Decimal(140), "higher", "municipal norm"), (Decimal(100), None, None)]


def test_the_figure_of_a_norm_has_no_measure():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "De caseload per consulent ligt tussen de 60 en 70 huishoudens, tegen een norm van 45."
    )
    norm = [i for i in ex.indicators if i.value == 45]
    assert [i.measure for i in norm] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone came, a referral or a plan followed "binnen" a span of days or weeks
        "Het sociaal team kwam binnen een week, dat had ik nooit verwacht.",
        "Een huisarts kan zijn patiënten nu binnen een week doorverwijzen.",
        "De raad vraagt om bij elke aanmelding binnen vier weken een plan te maken.",
        # only after a span: "pas na"
        "Een intake bij de jeugd-ggz is pas na tien tot twaalf weken mogelijk.",
    ],
)
def test_a_response_within_or_only_after_a_span_is_a_waiting_time(sentence):
    assert _measures(sentence) == ["waiting-time"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Binnen twee jaar kwam er een nieuw beleidsplan.",  # a year's horizon of a plan
        "Na tien weken kwam de beschikking van het UWV.",  # no "pas": a moment
    ],
)
def test_a_horizon_or_a_moment_is_no_waiting_time(sentence):
    assert _measures(sentence) == [None]
