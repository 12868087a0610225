"""kg.extract.figurechanges: the change a figure is the amount or the new level of."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.figurechanges import change_after, change_before, level_before, reach
from kg.extract.numberform import Number
from kg.extract.numbers import find_numbers
from tests.extract_helpers import extract_text


def _last_figure_change(text: str) -> str | None:
    numbers = find_numbers(text, 0, len(text))
    number = numbers[-1]
    floor = numbers[-2].end if len(numbers) > 1 else 0
    return change_before(text, number.start, reach(text, 0, floor, number.start))


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het aantal huishoudens in de bijstand steeg van 300 naar 450.", "higher"),
        ("Het aantal jeugdigen daalde van 1.100 in 2015 naar 950 in 2016.", "lower"),
        ("Het aantal cliënten met een pgb nam toe tot 310.", "higher"),
        ("Er is een stijging van 10% te zien.", "higher"),
        ("Het aantal is afgenomen met 40 personen.", "lower"),
        ("Er wonen 300 ouderen en 450 jongeren.", None),
        ("Van de 300 cliënten gaan er 40 naar de dagbesteding.", None),
    ],
)
def test_change_before(text, comparison):
    assert _last_figure_change(text) == comparison


def test_reach_stays_at_the_floor_between_two_figures_of_a_list():
    s = "Er wonen 300 ouderen en 450 jongeren."
    assert reach(s, 0, s.index("300") + 3, s.index("450")) == s.index("300") + 3


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("Het aantal cliënten is met 8% gedaald.", "lower"),
        ("Het aantal meldingen is met 12 procent toegenomen.", "higher"),
        ("Het team werkt met 8 mensen.", None),
        ("De uren hulp zijn in 2015 met gemiddeld 30% teruggebracht.", "lower"),
        ("De reserve is in een jaar met 40% geslonken.", "lower"),
    ],
)
def test_change_after(text, comparison):
    number = find_numbers(text, 0, len(text))[0]
    assert number.value is not None and number.value > Decimal(0)
    assert change_after(text, number, number.start, 0, len(text)) == comparison


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aandeel 65-plussers is relatief hoog (23%).", ("higher", None)),
        ("Het aandeel is met name laag (3%).", ("lower", None)),
        ("De werkloosheid ligt lager dan gemiddeld (6,1%).", ("lower", "national average")),
        ("Het aandeel is 23% (2015).", (None, None)),
    ],
)
def test_a_figure_in_brackets_after_its_level_has_the_level_as_comparison(text, expected):
    pos = text.index("(") + 1
    assert level_before(text, 0, pos) == expected


def test_the_years_of_both_levels_in_brackets_keep_the_change_reaching_the_new_level():
    s = "Het aantal cliënten steeg van 1.200 (2014) naar 1.450 (2015)."
    assert reach(s, 0, s.index("1.200") + 5, s.index("1.450")) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aantal cliënten nam af van 1.200 naar 1.050.", "lower"),
        ("Het aandeel ouderen neemt toe, van 18% in 2010 naar 23% in 2015.", "higher"),
        ("De wachttijd liep flink op, van 4 naar 9 weken.", "higher"),
    ],
)
def test_a_separable_verb_of_change_reaches_the_new_level(text, expected):
    old = find_numbers(text, 0, len(text))[0]
    new = find_numbers(text, 0, len(text))[-1]
    assert change_before(text, new.start, reach(text, 0, old.end, new.start)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het aantal meldingen verdubbelde tot 400.", "higher"),
        ("De reserve is gehalveerd tot 2 miljoen.", "lower"),
    ],
)
def test_a_multiple_of_change_reaches_its_new_level(text, expected):
    new = find_numbers(text, 0, len(text))[-1]
    assert change_before(text, new.start, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive after a modal, a finite verb closing a subordinate clause
        ("Het aantal inwoners zal met 10 procent dalen.", "lower"),
        ("De verwachting is dat de kosten met 5 procent stijgen.", "higher"),
        ("Het budget moet met € 2 miljoen afnemen.", "lower"),
        ("Het aantal cliënten zal tot 1.200 toenemen.", "higher"),
        ("Men verwacht dat de bevolking met 3% krimpt.", "lower"),
        ("Uit de cijfers blijkt dat het aantal meldingen met 20% groeide.", "higher"),
    ],
)
def test_a_finite_verb_or_infinitive_of_change_after_its_amount(text, expected):
    number = find_numbers(text, 0, len(text))[0]
    assert change_after(text, number, number.start, 0, len(text)) == expected


def test_the_verb_of_a_relative_clause_is_no_change_of_the_figure():
    text = "Het team werkt met 8 mensen die stijgen in hun rol."
    number = find_numbers(text, 0, len(text))[0]
    assert change_after(text, number, number.start, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Het aantal inwoners zal met 10 procent dalen.", "inhabitants"),
        ("Het aantal cliënten zal tot 1.200 toenemen.", "clients"),
    ],
)
def test_an_infinitive_of_change_is_not_the_counted_noun(text, measure):
    _, extraction = extract_text(text)
    (ind,) = extraction.indicators
    assert ind.measure.rsplit("/", 1)[-1] == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Het aantal inwoners groeit tot 2030 naar verwachting met 3%.", "3%", "higher"),
        ("De uitgaven dalen volgens de prognose met 5%.", "5%", "lower"),
        # a verb of change before a colon is its own clause's
        ("Zij zien het aantal aanmeldingen stijgen: huishoudens met meer dan tien.", "tien", None),
    ],
)
def test_a_verb_of_change_further_before_met_in_its_clause(sentence, figure, expected):
    assert change_before(sentence, sentence.index(figure), 0) == expected


def test_a_particle_before_the_new_level_closes_the_change():
    s = "Het aantal cliënten nam met 12% toe tot 2.400."
    n = Number(s.index("12"), s.index("%") + 1, Decimal(12), "percent", "digits")
    assert change_after(s, n, n.start, 0, len(s)) == "higher"
    s = "Het aantal meldingen nam met 30 af naar 410."
    n = Number(s.index("30"), s.index("30") + 2, Decimal(30), "count", "digits")
    assert change_after(s, n, n.start, 0, len(s)) == "lower"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het tekort zal in 2017 oplopen tot € 2 miljoen.", "higher"),
        ("Het aantal cliënten kan naar verwachting afnemen tot 800.", "lower"),
    ],
)
def test_an_infinitive_of_change_after_a_modal_verb(text, expected):
    assert _last_figure_change(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the joined verb of a subordinate clause, a comma or an average before the new level
        "Het gaat om een caseload die in het eerste jaar opliep tot 45 huishoudens.",
        "Volgens de teamleiders is de caseload flink opgelopen, tot gemiddeld 45 gezinnen.",
        "De wachttijd voor een sociale huurwoning is opgelopen tot gemiddeld drie jaar.",
    ],
)
def test_the_new_level_of_a_change_after_more_words(sentence):
    _, ex = extract_text(sentence)
    assert [i.comparison for i in ex.indicators if i.value is not None] == ["increase"]


def test_a_level_brought_down_to_by_a_decision_is_a_decrease():
    # "teruggebracht", "ingekort", "versoberd" tot/naar a new level: the figure is where it fell to
    _doc, ex = extract_text("Inmiddels is de wachttijd teruggebracht tot gemiddeld tien dagen.")
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(10), "decrease")]


def test_the_old_level_with_an_average_may_stand_between_verb_and_new_level():
    text = "De huishoudelijke hulp is versoberd van gemiddeld vier naar drie uur per week."
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(180), "decrease")]


def test_a_level_named_after_a_participle_of_no_change_has_none():
    _doc, ex = extract_text("De wachttijd is vastgesteld op tien dagen.")
    assert [i.comparison for i in ex.indicators] == [None]
