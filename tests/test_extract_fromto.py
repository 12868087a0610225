"""A change stated by its start and end, "van 300 naar 400" (``kg.extract.fromto``), on
invented sentences read as a whole profile would be."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[Decimal | None, str | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [
        (i.value, i.unit, i.comparison, i.measure.rsplit("/", 1)[-1] if i.measure else None)
        for i in extraction.indicators
    ]


_CLIENTS = [(Decimal(400), "count", "increase", "clients")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one change, one observation: the end, with the direction and the start's measure
        ("Het aantal cliënten ging van 300 naar 400.", _CLIENTS),
        (
            "De werkloosheid ging van 4% in 2014 naar 6% in 2016.",
            [(Decimal(6), "percent", "increase", "unemployment-rate")],
        ),
        (
            "Het budget ging van € 2,1 miljoen in 2015 naar € 1,8 miljoen.",
            [(Decimal(1800000), "EUR", "decrease", "budget")],
        ),
        (
            # a count of young people in youth care counts its clients (kg.extract.recipients)
            "Het aantal jongeren met jeugdhulp ging van 450 naar 520.",
            [(Decimal(520), "count", "increase", "clients")],
        ),
        # a word of time after the start ("nu", "destijds") stands where a year may
        (
            "Het aandeel 65-plussers gaat van 20% nu naar 30% in 2030.",
            [(Decimal(30), "percent", "increase", "share-65-plus")],
        ),
        # a bare start takes the end's unit
        (
            "Het aandeel steeg van 40 tot 45 procent.",
            [(Decimal(45), "percent", "increase", None)],
        ),
        # "van … tot …" after a verb of change is a change, not a range
        (
            "Tussen 2014 en 2016 groeide het aantal Wmo-cliënten van 800 tot 1.000.",
            [(Decimal(1000), "count", "increase", "clients")],
        ),
    ],
)
def test_start_and_end_of_a_change(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijden variëren van 3 tot 6 weken.",  # a range: no verb of change
        "De wachttijd bedraagt van drie tot zes weken.",  # a range of a duration
    ],
)
def test_ranges_stay_ranges(sentence):
    assert _read(sentence) == [(Decimal(3), "weeks", None, "waiting-time")]


def test_a_duration_from_to_after_a_verb_of_change_is_a_change():
    assert _read("De wachttijd liep op van drie tot zes weken.") == [
        (Decimal(6), "weeks", "increase", "waiting-time")
    ]


def test_two_figures_without_van_are_two_levels():
    got = _read("Er zijn 300 cliënten en 400 aanvragen.")
    assert [c for _, _, c, _ in got] == [None, None]


def test_after_a_verb_of_change_one_observation_per_figure():
    # the verb's subject is not read a second time as a change without a figure
    got = _read("Het aantal huishoudens in de bijstand steeg van 300 naar 450.")
    assert [(v, c) for v, _, c, _ in got] == [(Decimal(450), "increase")]


def _compared(sentence: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            "Het aandeel ouderen bedraagt 21%, tegen 18% in de provincie.",
            (Decimal(21), "higher", "provincial average"),
        ),
        (
            "De gemeente telt 21% ouderen, tegenover 18% in Gelderland.",
            (Decimal(21), "higher", "provincial average"),
        ),
        (
            "Per 1.000 inwoners zijn er 45 bijstandsuitkeringen, in de regio 38.",
            (Decimal(45), "higher", "regional average"),
        ),
        (
            "De werkloosheid is 5,1%; in vergelijkbare gemeenten is dat 6,3%.",
            (Decimal("5.1"), "lower", "comparable municipalities"),
        ),
        ("Het aandeel is 9%, tegen 9% in de regio.", (Decimal(9), "equal", "regional average")),
        # the rest of the first figure's clause before "tegen"; an average in the province
        (
            "Van de inwoners krijgt 9,4% Wmo-hulp, tegen 7,1% gemiddeld in de provincie.",
            (Decimal("9.4"), "higher", "provincial average"),
        ),
        # a neighbour municipality by its name
        (
            "Per 1.000 inwoners zijn er 68 uitkeringen, tegen 49 in het aangrenzende Appingedam.",
            (Decimal(68), "higher", "appingedam"),
        ),
    ],
)
def test_a_figure_against_another_places_figure(sentence, first):
    got = _compared(sentence)
    assert got[0] == first
    assert got[1][1:] == (None, None)  # the other place's figure compares nothing itself


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn 300 cliënten in de Wmo, 200 in de jeugdhulp.",  # two parts, no place
        "In 2014 waren er 300 cliënten, in 2016 400.",  # two years: no place
        "De gemeente telt 3.200 Wmo-cliënten, 8% van de inwoners.",  # two units
    ],
)
def test_figures_of_no_other_place_compare_nothing(sentence):
    assert [c for _, c, _ in _compared(sentence)] == [None, None]


def test_a_bare_start_takes_the_ends_unit_of_time():
    got = _read("Wel is de doorlooptijd van een aanvraag opgelopen van 4 naar 6 weken.")
    assert [(v, u, c) for v, u, c, _ in got] == [(Decimal(6), "weeks", "increase")]


def test_a_decade_between_start_and_end():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "Het inwonertal liep terug van 48.000 halverwege de jaren tachtig naar 44.100 in 2015."
    )
    assert [(i.measure, i.comparison) for i in ex.indicators][-1] == ("inhabitants", "decrease")


def _quoted(sentence: str) -> list[tuple[str, Decimal | None, str | None]]:
    doc, extraction = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.value, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the start's year is the earlier moment
        (
            "Het aantal cliënten steeg van 780 in 2014 naar ruim 900 eind 2015.",
            ("780 in 2014 naar ruim 900", Decimal(900), "2014"),
        ),
        # the first year of the period, or the year since which it runs
        (
            "Tussen 2005 en 2015 daalde het inwonertal van 109.000 naar 107.000.",
            ("109.000 naar 107.000", Decimal(107000), "2005"),
        ),
        (
            "Sinds 2014 is het aantal trajecten gestegen van 120 naar 150.",
            ("120 naar 150", Decimal(150), "2014"),
        ),
        # the start's year in brackets
        (
            "Het tekort liep op van € 0,6 miljoen (2015) naar € 1,9 miljoen (2016).",
            ("€ 0,6 miljoen (2015) naar € 1,9 miljoen", Decimal(1900000), "2015"),
        ),
        # a year's time after the end: the year before
        (
            "Het aantal thuiszitters daalde van 48 naar 31 in een jaar.",
            ("48 naar 31", Decimal(31), "previous year"),
        ),
        # no moment named: no reference
        ("Het aantal meldingen steeg van 140 naar 165.", ("140 naar 165", Decimal(165), None)),
    ],
)
def test_a_change_is_one_observation_with_its_earlier_moment(sentence, expected):
    assert _quoted(sentence) == [expected]


def test_two_figures_after_van_and_tot_without_change_stay_a_range():
    # "van 3 tot 6 weken" without a verb of change: a range, its lower bound
    assert [v for _, v, _ in _quoted("De wachttijd varieert van 3 tot 6 weken.")] == [Decimal(3)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure set against its own earlier value: one change, the earlier moment its
        # reference, the earlier value no observation of its own
        (
            "De taakstelling is voor 2016 vastgesteld op 142 personen, tegen 61 in 2014.",
            ("142 personen, tegen 61", Decimal(142), "2014"),
        ),
        (
            "Huisartsen namen 46% van de verwijzingen voor hun rekening, tegen 38% vorig jaar.",
            ("46% van de verwijzingen voor hun rekening, tegen 38%", Decimal(46), "previous year"),
        ),
        (
            "Het aantal meldingen daalde tot 900, vergeleken met 1.100 vorig jaar.",
            ("900, vergeleken met 1.100", Decimal(900), "previous year"),
        ),
        # the share's whole clause between the figure and its earlier value
        (
            "Van de cliënten gaf 78% aan dat de hulp het leven had verbeterd, tegen 81% in 2015.",
            ("78% aan dat de hulp het leven had verbeterd, tegen 81%", Decimal(78), "2015"),
        ),
    ],
)
def test_a_figure_against_its_earlier_value_is_one_change(sentence, expected):
    assert _quoted(sentence) == [expected]


def test_a_figure_against_another_places_value_stays_two():
    got = _quoted("Het aandeel ouderen is 21%, tegen 18% in de provincie.")
    assert [v for _, v, _ in got] == [Decimal(21), Decimal(18)]


def test_a_rate_at_the_end_is_the_start_figure_s_rate_and_a_period_after_it_the_moment():
    _, ex = extract_text(
        "Het aantal bijstandsuitkeringen steeg van 24 naar 29 per 1.000 inwoners tussen 2013"
        " en 2016."
    )
    assert [(i.value, i.unit, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal(29), "per 1000 inhabitants", "increase", "2013")
    ]


def test_a_rate_at_the_start_gives_its_unit_to_a_bare_end():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "Het aantal bijstandsuitkeringen steeg van 39 per 1.000 inwoners in 2013 naar 44 in 2016."
    )
    found = [(i.value, i.unit, i.comparison, i.reference) for i in ex.indicators]
    assert found == [(Decimal(44), "per 1000 inhabitants", "increase", "2013")]


def test_a_change_in_hours_is_read_in_minutes_at_both_ends():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "De huishoudelijke hulp werd in 2015 teruggebracht van vier naar drie uur per week."
    )
    found = [(i.value, i.unit, i.comparison) for i in ex.indicators]
    assert found == [(Decimal(180), "minutes", "decrease")]  # four hours: 240 minutes


def test_the_country_after_another_place_is_a_second_comparison_of_the_level():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "Van de inwoners is 23% 65 jaar of ouder, tegen 20% in de provincie en 19% landelijk."
    )
    found = [(i.value, i.comparison, i.reference, i.national_value) for i in ex.indicators]
    assert found == [
        (Decimal(23), "higher", "provincial average", None),
        (Decimal(23), "higher", "national average", Decimal(19)),
        (Decimal(20), None, None, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        # "gemiddeld" before the other area's figure: still that area's, not the country's
        (
            "Van de jongeren krijgt 11% jeugdhulp, tegen gemiddeld 9% in de regio.",
            "regional average",
        ),
        ("Het aandeel ouderen is 21%, tegen gemiddeld 24% in de provincie.", "provincial average"),
        (
            "De werkloosheid bedraagt 6,4%, tegenover gemiddeld 5,1% in de regio.",
            "regional average",
        ),
        (
            "Van de inwoners heeft 8% een Wmo-voorziening, tegen gemiddeld 6% in de hele regio.",
            "regional average",
        ),
    ],
)
def test_an_average_figure_of_another_area_is_that_areas(sentence, reference):
    _, ex = extract_text(sentence)
    levels = [(i.reference, i.national_value) for i in ex.indicators if i.comparison]
    assert levels == [(reference, None)]
    assert len(ex.indicators) == 2  # the area's own figure stays an observation


def test_an_average_figure_of_the_country_stays_national():
    _, ex = extract_text("Van de jongeren krijgt 11% jeugdhulp, tegen gemiddeld 9% in Nederland.")
    assert [(i.reference, i.national_value) for i in ex.indicators] == [("national average", 9)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure's own year between it and its earlier value: one change
        (
            "Aanvragen mantelzorgcompliment: 820 aanvragen in 2016, tegen 640 in 2015.",
            [(Decimal(820), "count", "increase", "2015")],
        ),
        (
            "Er kwamen 530 meldingen in 2016, tegen 610 in 2015.",
            [(Decimal(530), "count", "decrease", "2015")],
        ),
        (
            "Schuldhulp: 215 nieuwe trajecten in 2015, tegenover 190 in 2013.",
            [(Decimal(215), "count", "increase", "2013")],
        ),
        (
            "Het aantal klachten was 48 in 2016, vergeleken met 71 in 2014.",
            [(Decimal(48), "count", "decrease", "2014")],
        ),
    ],
)
def test_a_figure_with_its_year_against_an_earlier_value(sentence, expected):
    _, extraction = extract_text(sentence)
    got = [(i.value, i.unit, i.comparison, i.reference) for i in extraction.indicators]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another place's figure, not an earlier moment: two levels
        "In 2016 waren er 530 meldingen, tegen 610 in de buurgemeente.",
        # a year as the only figure after "tegen": no earlier value
        "Er kwamen 530 meldingen in 2016, tegen de verwachting in.",
    ],
)
def test_no_earlier_value_without_an_earlier_moment(sentence):
    _, extraction = extract_text(sentence)
    assert all(i.comparison not in {"increase", "decrease"} for i in extraction.indicators)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "comparison"),
    [
        (
            "Volgens ouders is de wachttijd opgelopen van vijf tot zes weken naar vier maanden.",
            4,
            "months",
            "increase",
        ),
        ("De wachttijd liep op van drie weken naar twee maanden.", 2, "months", "increase"),
        (
            "De doorlooptijd is teruggebracht van een half jaar naar zes weken.",
            6,
            "weeks",
            "decrease",
        ),
        (
            "De behandeling duurde eerst 10 tot 12 weken, nu is dat gedaald naar acht.",
            None,
            None,
            None,
        ),
    ],
)
def test_a_change_of_a_span_of_time_in_two_units_is_one_change(sentence, value, unit, comparison):
    _, extraction = extract_text(sentence)
    changes = [i for i in extraction.indicators if i.comparison in {"increase", "decrease"}]
    if value is None:  # no "van X naar Y": not read as one change of two units
        assert all(i.unit != "months" for i in extraction.indicators)
        return
    assert [(i.value, i.unit, i.comparison) for i in changes] == [
        (Decimal(value), unit, comparison)
    ]
    assert len(extraction.indicators) == 1
