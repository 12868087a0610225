"""Setbacks in plain words: work redone, a long wait before help, a count stalled
(invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.setbacks import setback


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # work that had to be done again
        ("De gemeente moest daarna ongeveer 700 indicaties opnieuw bekijken.", True),
        ("De nieuwe regels dwongen het team om alle dossiers opnieuw te beoordelen.", True),
        ("Daardoor moesten de ambtenaren de verordening twee keer schrijven.", True),
        ("Opnieuw moesten de consulenten alle cliënten bellen.", True),
        # a comparison or a frequency is no repetition of work
        ("De corporatie moest 150 huishoudens huisvesten, twee keer zo veel als toen.", False),
        ("De raad moest twee keer per jaar een rapportage krijgen.", False),
        # a wait before help came
        ("Een moeder wachtte zes maanden thuis voordat er hulp kwam.", True),
        ("Achterstanden van twee maanden worden gemeld voordat het misgaat.", False),
        # a count that stalled or is still short
        ("Het aantal banen bleef in 2016 steken op vijf.", True),
        ("Van de tien geplande plekken zijn er pas 3 ingevuld.", True),
        # short of what was meant, not of a forecast
        ("Dat is minder dan een derde van wat de provincie vraagt.", True),
        ("Er kwamen minder aanmeldingen binnen dan verwacht.", False),
        # "pas" before a time is a delay (lateness), no count
        ("Het wijkteam bestaat pas twee jaar.", False),
        ("Het team werkt sinds 2015 in alle wijken.", False),
    ],
)
def test_setback(sentence, expected):
    assert setback(sentence, 0, len(sentence)) is expected


def test_redone_work_is_negative_when_nothing_else_judges():
    assert polarity_of("De gemeente moest daarna 700 beschikkingen opnieuw bekijken.") == "negative"


def test_a_judged_claim_is_left_to_its_judgement():
    # the repetition is read only when no word judges; here "goed" does
    s = "De gemeente moest alle dossiers opnieuw bekijken en dat ging goed."
    assert polarity_of(s) != "negative"


def test_a_result_short_of_its_aim_is_negative():
    s = "In 2016 werden 40 jongeren aan werk geholpen, minder dan de 60 die waren voorgenomen."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a target filled only in part: fewer filled than the target named
        ("Van de taakstelling van 25 beschutte werkplekken zijn er negen ingevuld.", True),
        ("Van de taakstelling van 18 plekken waren er eind 2016 7 ingevuld.", True),
        ("Van de 40 geplande woningen zijn er in 2016 30 gerealiseerd.", True),
        # the whole target filled, or no target named (a share of a group)
        ("Van de taakstelling van 12 plekken waren er eind 2016 12 ingevuld.", False),
        ("Van de 300 cliënten zijn er 40 geplaatst.", False),
    ],
)
def test_target_filled_in_part(sentence, expected):
    assert setback(sentence, 0, len(sentence)) is expected


def test_a_target_filled_in_part_is_negative():
    s = "Van de taakstelling van 25 beschutte werkplekken waren er eind 2016 negen ingevuld."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # the aim named in a relative clause after the count
        "Van de 30 werkplekken die het werkbedrijf zich had voorgenomen, zijn er achttien bezet.",
        "Van de 60 trajecten die de gemeente had gepland, waren er in december 41 gerealiseerd.",
        # an expected or intended count set against a smaller outcome
        "De wethouder rekende op 200 nieuwe vrijwilligers; uiteindelijk waren het er 120.",
        "Het college had voor 2016 zestig plaatsingen voorgenomen, maar het werden er 35.",
        "De directeur verwachtte dat 80 mensen zouden uitstromen; eind 2016 waren het er 55.",
    ],
)
def test_result_short_of_its_aim_is_negative(sentence):
    assert setback(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # the outcome reaches or passes what was expected
        "De consulenten verwachtten 40 aanvragen; in juni waren het er al 60.",
        "Van de 30 werkplekken die het werkbedrijf zich had voorgenomen, zijn er 30 bezet.",
        # no aim: a share of a group
        "Van de 200 cliënten die zich in 2016 meldden, zijn er 40 geplaatst.",
        # no count expected, a year is no target
        "In 2015 verwachtte de gemeente veel aanvragen; in 2016 waren het er 300.",
    ],
)
def test_no_shortfall_without_a_smaller_result(sentence):
    assert not setback(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a number set as a task in a relative clause ("moest", "zou" with its infinitive)
        "Van de acht woningen die de corporatie in 2016 zou opleveren, zijn er drie opgeleverd.",
        "Van de 20 statushouders die Hoogstad vorig jaar moest huisvesten, waren er 14 gehuisvest.",
        "Van de tien plekken die het leerbedrijf moet realiseren, zijn er volgens haar zes bezet.",
        "Van de 15 starterswoningen die de gemeente zou bouwen, waren er eind mei vijf gebouwd.",
    ],
)
def test_a_task_filled_in_part_is_negative(sentence):
    assert setback(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # the task filled in full, or the relative clause names no task
        "Van de acht woningen die de corporatie in 2016 zou opleveren, zijn er acht opgeleverd.",
        "Van de 40 gezinnen die zich bij het team meldden, zijn er 12 geplaatst.",
    ],
)
def test_a_task_filled_in_full_is_no_setback(sentence):
    assert not setback(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a perfect of "moeten": what someone was made to do
        "De stichting heeft voor de nieuwe contracten een extra administrateur moeten aannemen.",
        "Wij hebben er twee consulenten bij moeten zetten, alleen voor de declaraties.",
        "De aanbieders hebben sinds 2016 een korting van acht procent moeten slikken.",
        "Het buurthuis heeft in de zomer drie maanden moeten sluiten.",
    ],
)
def test_a_burden_borne_is_a_setback(sentence):
    assert setback(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # a counterfactual ("had … moeten") is read elsewhere; a "moeten" of its own clause
        "De gemeente had de raad eerder moeten informeren.",
        "De wethouder heeft gezegd dat de dorpen zelf moeten kiezen.",
        "Zij hebben de indruk dat ouders vaker moeten betalen.",
        # a burden denied
        "Het team heeft nooit extra mensen moeten inhuren.",
        # "moeten" without a perfect
        "De teams moeten in 2017 twee nieuwe collega's aannemen.",
    ],
)
def test_no_burden_without_a_perfect_of_moeten(sentence):
    assert not setback(sentence, 0, len(sentence))
