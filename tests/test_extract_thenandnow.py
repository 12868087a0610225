"""kg.extract.thenandnow: a figure of an earlier moment and the later figure, one change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _figures(sentence: str) -> list[tuple]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.unit, i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2014 kreeg 6,2% van de kinderen jeugdhulp; in 2017 was dat 7,5%.",
            (Decimal("7.5"), "percent", "increase", "2014"),
        ),
        (
            "Het aantal klachten bleef nagenoeg gelijk: 52 in 2014 tegen 51 in 2016.",
            (Decimal(51), "count", "equal", "2014"),
        ),
        (
            "Van de 80 plaatsen in 2014 zijn er nu nog 65 over.",
            (Decimal(65), "count", "decrease", "2014"),
        ),
        (
            "In 2014 hield een consulent twee gesprekken per dag, nu zijn het er vier.",
            (Decimal(4), "count", "increase", "2014"),
        ),
    ],
)
def test_the_later_figure_is_one_change_against_the_earlier_year(sentence, expected):
    assert _figures(sentence) == [expected]


def test_a_later_figure_with_a_verb_of_change_keeps_its_direction_and_takes_the_year():
    figures = _figures(
        "In 2014 verwezen huisartsen ongeveer de helft van de kinderen; in 2017 is hun "
        "aandeel gestegen tot 60%."
    )
    assert figures == [(Decimal(60), "percent", "increase", "2014")]


def test_an_earlier_figure_that_changed_itself_stays_and_sets_the_next_moment():
    figures = _figures(
        "In 2014 kregen 500 mensen een maaltijd; na de bezuiniging van 2015 daalde dat aantal "
        "tot 400, om in 2017 weer op te lopen tot 450."
    )
    assert (Decimal(400), "count", "decrease", "2014") in figures
    assert (Decimal(450), "count", "increase", "2015") in figures
    assert all(value != 500 for value, *_ in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        # two moments but two things counted: no pointer back
        "In 2014 werkten 30 consulenten in de teams, in 2016 kwamen 12 nieuwe aanbieders bij.",
        # no moment for the later figure
        "In 2014 hadden 300 inwoners een uitkering en 40 van hen werk.",
    ],
)
def test_figures_of_different_things_or_without_a_later_moment_stay_apart(sentence):
    assert len(_figures(sentence)) == 2


def test_a_change_in_the_same_period_takes_the_start_of_the_period_named_before():
    _, extraction = extract_text(
        "Het aandeel ouderen steeg van 17% in 2014 naar 19% in 2017. Het aandeel jongeren "
        "daalde in dezelfde periode met een procentpunt, tot 27%."
    )
    assert [(i.value, i.comparison, i.reference) for i in extraction.indicators] == [
        (Decimal(19), "increase", "2014"),
        (Decimal(27), "decrease", "2014"),
    ]


def test_a_change_between_two_years_is_set_against_the_first():
    _, extraction = extract_text("Het budget voor de Wmo is tussen 2015 en 2017 met 11% gekort.")
    assert [(i.value, i.comparison, i.reference, i.measure) for i in extraction.indicators] == [
        (Decimal(11), "decrease", "2015", "budget-cut")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the past first, the present after it
        (
            "Vroeger had ik na tien minuten een indicatie, nu zit ik er anderhalf uur.",
            (Decimal(90), "increase", "in the past"),
        ),
        # last year against now
        (
            "Vorig jaar waren het er in Boxtel nog negen, nu zijn het er vier.",
            (Decimal(4), "decrease", "previous year"),
        ),
        # the present first, the past after it
        (
            "Elke cliënt vraagt nu drie formulieren waar vroeger één volstond.",
            (Decimal(3), "increase", "in the past"),
        ),
    ],
)
def test_a_figure_of_the_past_and_one_of_the_present_are_one_change(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a later moment counted from the earlier one, the verb and noun left out
        (
            "In 2013 telde de gemeente 12 wijkcentra, twee jaar later nog 9.",
            (Decimal(9), "decrease", "2013"),
        ),
        # a cut of a year, then a cut of a later one, after a semicolon
        (
            "Begin 2015 stonden er 80 gezinnen op de wachtlijst; eind 2016 nog 45.",
            (Decimal(45), "decrease", "2015"),
        ),
        # a span of years as the earlier moment, "het jaar daarop" as the later
        (
            "In het seizoen 2013-2014 kwamen er 210 vrijwilligers, het jaar daarop 260.",
            (Decimal(260), "increase", "2013-2014"),
        ),
        # a number word after "en" and a later moment
        (
            "Medio 2014 waren er acht consulenten en halverwege 2016 twaalf.",
            (Decimal(12), "increase", "2014"),
        ),
        # the later figure with a verb of change of its own and a pronoun for the subject
        (
            "In 2014 bedroeg de werkloosheid 6,6%; in 2015 liep zij op tot 7,1%.",
            (Decimal("7.1"), "increase", "2014"),
        ),
        (
            "In 2014 telde het steunpunt 400 mantelzorgers; in 2016 liep hun aantal op tot 520.",
            (Decimal(520), "increase", "2014"),
        ),
    ],
)
def test_a_figure_of_a_later_moment_in_a_chronology_is_one_change(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Een jaar later was het aantal klachten gedaald tot 80.", (Decimal(80), "decrease")),
        ("Het jaar daarop nam het aantal meldingen toe tot 140.", (Decimal(140), "increase")),
        ("Een jaar later was het tekort gegroeid tot € 3 miljoen.", (Decimal(3000000), "increase")),
        (
            "Het volgende jaar daalde het aantal gezinnen op de wachtlijst tot 35.",
            (Decimal(35), "decrease"),
        ),
    ],
)
def test_a_change_dated_a_year_later_is_against_the_year_before(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (*expected, "previous year")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twee jaar later werd het loket gesloten.",
        "Een jaar later werd die aanpak uitgebreid naar de dorpen.",
        "Een half jaar later bleek dat de teams het werk nauwelijks aankonden.",
        "Twee jaar later waren er 40 plekken.",
    ],
)
def test_a_later_moment_without_a_change_stays_a_duration(sentence):
    _doc, ex = extract_text(sentence)
    assert any(i.unit in ("years", "months") for i in ex.indicators)


def test_two_figures_of_two_moments_without_a_pointer_stay_two():
    s = "In 2014 kwamen 300 meldingen binnen; in 2015 werden 20 gezinnen uit huis geplaatst."
    assert [i.value for i in extract_text(s)[1].indicators] == [Decimal(300), Decimal(20)]


def test_later_moments_finds_what_the_pattern_finds() -> None:
    """The places tried are only those before a word every match holds: the matches are
    the pattern's own, in any case, spacing and with odd letters (searched whole)."""
    import random

    from kg.extract.thenandnow import RELATIVE_LATER, later_moments

    words = [
        "een", "één", "half", "jaar", "maanden", "weken", "later", "daarna", "erna", "daarop",
        "nadien", "volgende", "daaropvolgende", "het", "HET", "Jaar", "12", "drie", "(", ",",
        "hiernaast", "x-", "\u017f", "\u212a",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(
            rng.choice(words) + rng.choice([" ", "", "  ", "\n"]) for _ in range(rng.randint(1, 10))
        )
        expected = [m.span() for m in RELATIVE_LATER.finditer(text)]
        assert [m.span() for m in later_moments(text)] == expected
    assert [m.group() for m in later_moments("Het jaar daarop en twee  maanden\nlater.")] == [
        "Het jaar daarop",
        "twee  maanden\nlater",
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "comparison", "reference"),
    [
        (
            "De coördinator vertelde dat de pool in 2014 begon met elf vrijwilligers en nu"
            " zeventien telt.",
            17,
            "increase",
            "2014",
        ),
        (
            "In 2015 had de buurtcoach 30 gezinnen in begeleiding, inmiddels 45.",
            45,
            "increase",
            "2015",
        ),
        ("Het loket kreeg in 2016 ruim 600 vragen; nu zijn het er 480.", 480, "decrease", "2016"),
        ("In 2014 waren er acht vaste plekken en tegenwoordig twaalf.", 12, "increase", "2014"),
    ],
)
def test_a_figure_of_now_after_an_earlier_year_is_one_change(
    sentence, value, comparison, reference
):
    _, extraction = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in extraction.indicators] == [
        (Decimal(value), comparison, reference)
    ]


def test_figures_of_two_different_nouns_stay_two():
    _, extraction = extract_text("In 2015 waren er 40 aanvragen en nu 12 consulenten.")
    assert len(extraction.indicators) == 2
