"""Indicator parsing on small synthetic sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.vaguescopes import bare_vague
from tests.extract_helpers import extract_text


def indicators(sentence):
    doc, ex = extract_text(sentence)
    return doc, ex.indicators


def only(sentence):
    doc, found = indicators(sentence)
    assert len(found) == 1, [(doc.text[i.start : i.end], i.value) for i in found]
    return doc, found[0]


def test_approximate_count_with_qualifier():
    doc, ind = only("Er wonen iets minder dan 30.000 inwoners.")
    assert (ind.value, ind.unit, ind.approximate) == (Decimal(30000), "count", True)
    assert ind.qualifier == "iets minder dan"
    assert doc.text[ind.start : ind.end].startswith("iets minder dan 30.000")


def test_ton_is_a_hundred_thousand_euro():
    _, ind = only("Op het budget moet volgend jaar al 8 ton bezuinigd worden.")
    assert (ind.value, ind.unit) == (Decimal(800000), "EUR")


def test_euro_per_inhabitant_with_dash():
    _, ind = only("Dat is ongeveer € 850,- per inwoner.")
    assert (ind.value, ind.unit, ind.approximate) == (Decimal(850), "EUR per inhabitant", True)


def test_national_value_after_tegenover():
    _, ind = only("Het aandeel is 4% tegenover 12% landelijk.")
    assert (ind.value, ind.unit) == (Decimal(4), "percent")
    assert ind.national_value == Decimal(12)
    assert (ind.comparison, ind.reference) == ("lower", "national average")


def test_national_values_in_the_next_sentence():
    doc, ex = extract_text(
        "De gemeente bestaat voor 33% uit jongeren en voor 15% uit ouderen. "
        "De landelijke percentages zijn 29% en 18%."
    )
    got = {(i.value, i.national_value, i.comparison) for i in ex.indicators}
    assert got == {
        (Decimal(33), Decimal(29), "higher"),
        (Decimal(15), Decimal(18), "lower"),
    }


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Er zijn uiteindelijk twee inwoners op af gekomen.", Decimal(2), "count"),
        ("Het aantal ligt twee maal zo hoog als gebruikelijk.", Decimal(2), "ratio"),
        ("Veertig jaar lang is het zo gegaan.", Decimal(40), "years"),
        ("Een half jaar lang is dat geprobeerd.", Decimal(6), "months"),
        ("Er is één sociaal team.", Decimal(1), "count"),
    ],
)
def test_numbers_in_words(sentence, value, unit):
    _, ind = only(sentence)
    assert (ind.value, ind.unit) == (value, unit)


def test_vague_number_is_a_count_without_value():
    _, ind = only("Duizenden mensen leven op het bestaansminimum.")
    assert (ind.value, ind.unit, ind.approximate) == (None, "count", True)


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        ("Het gebruik van de Wmo ligt lager dan landelijk.", "lower", "national average"),
        ("Het aantal gebruikers van jeugdzorg is laag.", "lower", None),
        ("Opvallend is dat stapeling veel vaker voorkomt.", "more", None),
        ("Op de indicatoren scoort de gemeente hoger dan gemiddeld.", "higher", "national average"),
    ],
)
def test_qualitative_comparison_has_no_value(sentence, comparison, reference):
    _, ind = only(sentence)
    assert (ind.value, ind.unit) == (None, None)
    assert (ind.comparison, ind.reference) == (comparison, reference)


def test_coordinated_subjects_give_one_observation_each():
    _, found = indicators("Het aandeel gebruikers en de stapeling van voorzieningen ligt hoger.")
    assert len(found) == 2
    assert all(i.value is None and i.comparison == "higher" for i in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gaat om één gezin, één plan, één regisseur.",
        "Voor 1 januari 2015 was dat anders.",
        "Dat geldt voor inwoners van 65 jaar en ouder.",
        "Het is prioriteit 1, 2 en 3.",
        "Bij pech van de één dragen de anderen bij.",
    ],
)
def test_numbers_that_are_not_values(sentence):
    _, found = indicators(sentence)
    assert found == []


# --- every number form of the study, with its measure ----------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "measure", "approximate"),
    [
        (
            "Voor de Wmo wordt een daling van € 1,2 miljoen verwacht.",
            "1200000",
            "EUR",
            "budget",
            False,
        ),
        (
            "De gemeente ontvangt € 650,- per inwoner voor het sociaal domein.",
            "650",
            "EUR per inhabitant",
            "euro-per-inhabitant",
            False,
        ),
        ("Op de jeugdhulp was er een tekort van 6 ton.", "600000", "EUR", "deficit", False),
        (
            "Met ruim 150.000 inwoners is het een grote stad.",
            "150000",
            "count",
            "inhabitants",
            True,
        ),
        (
            "Naar verluidt leeft 1 op de 8 huishoudens rond het sociaal minimum.",
            "12.5",
            "percent",
            "share-low-income",
            False,
        ),
        ("Het aandeel 65-plussers is 18%.", "18", "percent", "share-65-plus", False),
        (
            "Het aandeel jongeren onder de 25 bedraagt 28%.",
            "28",
            "percent",
            "share-under-25",
            False,
        ),
        ("Van de inwoners is 21% 65 jaar of ouder.", "21", "percent", "share-65-plus", False),
        (
            "In 2015 meldden zich circa 1.100 huishoudens voor schuldhulp.",
            "1100",
            "count",
            "households",
            True,
        ),
        ("Bijna 700 cliënten kregen een brief.", "700", "count", "clients", True),
        (
            "Het aantal bijstandsgerechtigden is met 500 klein.",
            "500",
            "count",
            "benefit-recipients",
            False,
        ),
        ("De werkloosheid bedraagt 9%.", "9", "percent", "unemployment-rate", False),
        (
            "Het gebruik van de Wmo ligt drie keer zo hoog als landelijk.",
            "3",
            "ratio",
            "share-wmo",
            False,
        ),
        (
            "Het gebruik van vervoer is twee maal zo hoog als landelijk.",
            "2",
            "ratio",
            "ratio-to-national",
            False,
        ),
        ("De wachttijd liep op tot zes weken.", "6", "weeks", "waiting-time", False),
    ],
)
def test_number_forms_and_their_measures(sentence, value, unit, measure, approximate):
    doc, found = indicators(sentence)
    numeric = [i for i in found if i.value is not None]
    assert len(numeric) == 1, [(doc.text[i.start : i.end], i.value) for i in found]
    ind = numeric[0]
    assert (ind.value, ind.unit, ind.measure, ind.approximate) == (
        Decimal(value),
        unit,
        measure,
        approximate,
    )


def test_qualifiers_set_approximate():
    for qualifier in ("ruim", "ongeveer", "bijna", "circa", "iets minder dan", "afgerond", "dik"):
        _, ind = only(f"Er wonen {qualifier} 25.000 inwoners.")
        assert (ind.qualifier, ind.approximate) == (qualifier, True)
    _, ind = only("Er is slechts 5% over.")
    assert (ind.qualifier, ind.approximate) == ("slechts", False)


@pytest.mark.parametrize("sign", ["±", "+/-", "nagenoeg"])
def test_a_plus_minus_sign_makes_a_figure_approximate(sign):
    _, ind = only(f"De gemeente telt {sign} 25.000 inwoners.")
    assert (ind.value, ind.qualifier, ind.approximate) == (Decimal(25000), sign, True)


def test_a_bound_is_a_qualifier_but_no_approximation():
    _, ind = only("Er zijn minimaal 40 vrijwilligers nodig.")
    assert (ind.value, ind.qualifier, ind.approximate) == (Decimal(40), "minimaal", False)


def test_national_average_of_value_sets_national_value():
    _, ind = only("Met 9% ligt de werkloosheid boven het landelijk gemiddelde van 7,4%.")
    assert (ind.value, ind.national_value, ind.comparison) == (Decimal(9), Decimal("7.4"), "higher")
    assert (ind.measure, ind.reference) == ("unemployment-rate", "national average")


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel niet-westerse allochtonen bedraagt 19% (landelijk 12%).",
        "Van de inwoners is 19% 65 jaar of ouder, tegen 12% landelijk.",
        "Het aandeel jongeren ligt met 19% iets boven het landelijk percentage van 12%.",
    ],
)
def test_national_value_forms(sentence):
    _, ind = only(sentence)
    assert (ind.value, ind.national_value, ind.comparison) == (Decimal(19), Decimal(12), "higher")


def test_higher_or_lower_than_national_without_a_national_figure():
    _, ind = only("Het aandeel Wmo-gebruikers ligt 7% hoger dan het landelijk gemiddelde.")
    assert (ind.comparison, ind.reference, ind.national_value) == (
        "higher",
        "national average",
        None,
    )
    assert ind.measure == "share-wmo"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Er zijn drie wijkteams actief.", 3),
        ("Er kwamen twaalf inwoners op af.", 12),
        ("In de gemeente worden achttien jongeren begeleid.", 18),
    ],
)
def test_number_words_are_counts_of_their_noun(sentence, value):
    _, ind = only(sentence)
    assert (ind.value, ind.unit) == (Decimal(value), "count")


def test_a_small_count_of_inhabitants_is_not_the_population():
    _, ind = only("Er kwamen twee inwoners op de avond af.")
    assert (ind.value, ind.measure) == (Decimal(2), None)


def test_an_unknown_measure_keeps_value_and_unit_but_no_measure():
    _, ind = only("Er zijn ruim 350 statushouders gehuisvest.")
    assert (ind.value, ind.unit, ind.measure) == (Decimal(350), "count", None)
    assert ind.measure_label == "statushouders"


@pytest.mark.parametrize("word", ["tientallen", "duizenden"])
def test_vague_counts(word):
    _, ind = only(f"Er wonen {word} arbeidsmigranten in de gemeente.")
    assert (ind.value, ind.unit, ind.approximate, ind.qualifier) == (None, "count", True, word)


def test_a_difference_without_its_own_noun_takes_the_measure_before_it():
    _, found = indicators(
        "Het aandeel huishoudens met een laag inkomen is 60%. Dat is 10% meer dan gemiddeld."
    )
    assert [(i.value, i.measure) for i in found] == [
        (Decimal(60), "share-low-income"),
        (Decimal(10), "share-low-income"),
    ]


def test_a_difference_against_a_named_place_with_its_figure_in_brackets():
    # a level, a stated difference, and the other place's level in brackets: the place's
    # figure is its own observation and used to crash the reading of the difference
    _, found = indicators(
        "In het naburige Culemborg liggen de jeugdkosten per inwoner met € 310 een kwart hoger "
        "dan in Tiel (€ 248), zegt de wethouder."
    )
    assert [i.value for i in found] == [Decimal(310), Decimal(25), Decimal(248)]
    assert found[0].comparison == "higher"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 ging het anders dan in 2014.",
        "Het gaat om 65-plussers en 75-plussers.",
        "De regeling geldt voor jongeren tot 23 jaar.",
        "De aanpak is voor jongeren tussen 18 en 27 jaar.",
        "Er is een regeling voor 18-/18+.",
        "Zie paragraaf 4.3 en pagina 12.",
        "Het aantal uitkeringen per 1.000 inwoners is bekend.",
        "Een derde zorg betreft de werkplekken.",
        "Ze worden achttien terwijl zij hulp krijgen.",
    ],
)
def test_more_numbers_that_are_not_values(sentence):
    doc, found = indicators(sentence)
    assert [doc.text[i.start : i.end] for i in found if i.value is not None] == []


def test_no_measure_is_minted_from_neighbouring_words():
    doc, ex = extract_text(
        "Het aantal ligt twee maal zo hoog als gebruikelijk. Er zijn 40 regels. "
        "De gemeente bestaat voor 15% uit inwoners van 65 jaar en ouder."
    )
    from kg.extract.indicators import default_measures

    known = set(default_measures().measures)
    assert all(i.measure is None or i.measure in known for i in ex.indicators)
    assert {i.measure for i in ex.indicators} - {None} == {"share-65-plus"}


# --- linear work -----------------------------------------------------------------------


def _hostile(lines: int) -> str:
    from tests.extract_helpers import profile

    return profile(("Bestuur", ["\n".join("412% € 5810,- 7 ligt hoger" for _ in range(lines))]))


def _work(lines: int) -> tuple[int, int]:
    """Python lines executed by the indicator extraction, and figures read."""
    import sys

    from kg.document import parse_profile
    from kg.extract import indicators as module
    from tests.extract_helpers import _lexicon_and_headings

    lexicon, headings = _lexicon_and_headings()
    doc = parse_profile(_hostile(lines), "hostile", headings)
    count = 0

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        found = module.extract_indicators(doc, None, lexicon.measures)
    finally:
        sys.settrace(None)
    return count, len([i for i in found if i.value is not None])


def test_extraction_work_is_linear_in_the_numbers():
    # Issue 15: a profile of lines like "412% € 5810,- 7" took quadratic time.
    small_work, small_figures = _work(150)
    large_work, large_figures = _work(450)
    assert large_figures == 3 * small_figures
    assert large_work / small_work < 3.3  # each figure costs a bounded amount of work


def test_each_figure_is_read_once(monkeypatch):
    from kg.extract import indicators as module

    reads = []
    original = module._Reader.observation

    def counting(self, sentence, number, floor, ceiling, to=-1):  # noqa: ANN001, ANN202
        reads.append(number.start)
        return original(self, sentence, number, floor, ceiling, to)

    monkeypatch.setattr(module._Reader, "observation", counting)
    _, found = indicators("Het aandeel is 4% tegenover 12% landelijk, en 30.000 inwoners.")
    assert len(reads) == len(set(reads)) == 3
    assert len([i for i in found if i.value is not None]) == 2


def test_a_range_is_an_approximate_lower_bound_with_its_words_as_qualifier():
    _, ind = only("Twee of drie gezinnen bepalen de begroting.")
    assert (ind.value, ind.unit, ind.approximate, ind.qualifier) == (
        Decimal(2),
        "count",
        True,
        "Twee of drie",
    )


def test_binnen_bounds_a_span_of_time_without_making_it_approximate():
    _, ind = only("Een melding wordt binnen een week opgepakt.")
    assert (ind.value, ind.unit, ind.qualifier, ind.approximate) == (
        Decimal(1),
        "weeks",
        "binnen",
        False,
    )


# --- a change before its figure, a level against the average, money -------------


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("Voor de Wmo wordt een daling van € 1,2 miljoen verwacht.", "decrease"),
        ("Er is een stijging van 10% in het aantal meldingen.", "increase"),
        ("Er was een afname van 12 procent in het aantal cliënten.", "decrease"),
        ("Het aantal meldingen is in 2016 gestegen tot 1.200.", "increase"),
        ("Het budget daalde met € 2 miljoen.", "decrease"),
        ("De wachttijd liep voor een eerste gesprek op tot zes weken.", "increase"),
        ("De wachttijd is in sommige kernen opgelopen tot enkele weken.", "increase"),
        ("Het budget voor de Wmo bedraagt € 2 miljoen.", None),
    ],
)
def test_a_change_before_a_figure_is_its_comparison(sentence, comparison):
    doc, found = indicators(sentence)
    # (a vague amount with no comparison, "in sommige kernen", is an observation of its own)
    numeric = [
        i for i in found if (i.value is not None or i.unit is not None) and not bare_vague(i)
    ]
    assert len(numeric) == 1, [(doc.text[i.start : i.end], i.value) for i in found]
    assert numeric[0].comparison == comparison


def test_more_than_average_of_a_level_is_higher_of_a_difference_more():
    _, level = only("Dat is € 610,- per inwoner, iets meer dan het landelijk gemiddelde.")
    assert level.comparison == "higher"
    _, ind = only("Er wonen 4% meer ouderen dan gemiddeld.")
    assert ind.comparison == "more"


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Er kwamen bijna drie keer zoveel meldingen als voorzien.", "expected"),
        ("Het aantal is driemaal zo groot als landelijk.", "national average"),
        ("Het komt drie keer zo vaak voor als gemiddeld.", "national average"),
    ],
)
def test_a_ratio_as_many_as_large_or_as_often_is_higher(sentence, reference):
    _, ind = only(sentence)
    assert (ind.unit, ind.comparison, ind.reference) == ("ratio", "higher", reference)


def test_money_without_a_measure_word_is_a_budget_unless_its_reference_names_one():
    _, ind = only("Voor de Wmo wordt in 2016 € 3,4 miljoen verwacht.")
    assert ind.measure == "budget"
    doc, found = indicators(
        "Deze bedraagt ongeveer € 290,-, ruim 35% onder het landelijk gemiddelde "
        "(ruim € 475,- per inwoner)."
    )
    assert [i.measure for i in found if i.unit.startswith("EUR")] == ["euro-per-inhabitant"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Naar verluidt is 1 op de 8 kinderen arm en leeft rond het sociaal minimum.",
        "Van de inwoners woont 40% van de ouderen in een koopwoning.",
        "Zo'n 71% van de woningen is een koopwoning met een laag inkomen.",
    ],
)
def test_a_share_of_a_group_the_vocabulary_lacks_has_no_measure(sentence):
    doc, found = indicators(sentence)
    shares = [i for i in found if i.unit == "percent"]
    assert len(shares) == 1, [(doc.text[i.start : i.end], i.value) for i in found]
    assert shares[0].measure is None


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Een op de tien jongeren is werkloos.", "unemployment-rate"),
        ("21% van de inwoners is 65 jaar of ouder.", "share-65-plus"),
        ("60% van de huishoudens heeft een laag inkomen.", "share-low-income"),
    ],
)
def test_the_group_a_share_is_taken_of_is_its_base_not_its_measure(sentence, measure):
    _, ind = only(sentence)
    assert (ind.unit, ind.measure) == ("percent", measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bijstandsgerechtigden moeten vaker formulieren invullen.",
        "Zorgaanbieders spreken van een forse toename van de administratieve lasten.",
    ],
)
def test_a_comparison_takes_no_measure_from_words_that_are_not_what_it_compares(sentence):
    doc, found = indicators(sentence)
    assert found, sentence
    assert {i.measure for i in found} == {None}, [
        (doc.text[i.start : i.end], i.measure) for i in found
    ]


def test_the_municipal_fund_s_uitkering_is_no_benefit_but_an_amount_per_inhabitant():
    # a bare "uitkering" (the municipal fund's) is no cue of benefits; compared with the
    # average it is the municipality's funding, compared per inhabitant
    doc, found = indicators("Er is een uitkering rond het landelijk gemiddelde.")
    assert [i.measure for i in found] == ["euro-per-inhabitant"], [
        (doc.text[i.start : i.end], i.measure) for i in found
    ]


def test_more_than_before_the_next_figure_is_its_qualifier_not_a_comparison():
    doc, found = indicators(
        "De helft van de aanbieders is klein en heeft minder dan tien medewerkers."
    )
    assert [(doc.text[i.start : i.end], i.comparison) for i in found] == [
        ("De helft van de aanbieders", None),
        ("minder dan tien medewerkers", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "comparison", "measure"),
    [
        ("Het aantal cliënten is met 8% gedaald.", "8%", "8", "decrease", "clients"),
        ("Het aantal aanvragen nam met 12 procent toe.", "12 procent", "12", "increase", None),
        # "gekort" names the cut itself (measures.ttl): a budget cut, its amount in the quote
        ("Het budget is met 10% gekort.", "10% gekort", "10", "decrease", "budget-cut"),
        ("Het aantal cliënten is met een kwart gedaald.", "een kwart", "25", "decrease", "clients"),
        ("Het aantal cliënten is in een jaar met 8% gestegen.", "8%", "8", "increase", "clients"),
        ("De wachttijd is tot zes weken opgelopen.", "zes weken", "6", "increase", "waiting-time"),
    ],
)
def test_a_change_after_its_amount_is_its_comparison(sentence, quote, value, comparison, measure):
    doc, ind = only(sentence)
    assert doc.text[ind.start : ind.end] == quote
    assert (ind.value, ind.comparison, ind.measure) == (Decimal(value), comparison, measure)


def test_a_count_after_met_without_a_change_compares_nothing():
    _, ind = only("Het team werkt met 8 mensen op de wijk.")
    assert (ind.value, ind.comparison) == (Decimal(8), None)


def test_a_level_after_van_naar_is_the_new_level_of_the_change():
    # one change, one observation: its quote spans the start, its value is the end
    doc, found = indicators("De werkloosheid is van 3,2% naar 4,1% gestegen.")
    assert [(doc.text[i.start : i.end], i.value, i.comparison) for i in found] == [
        ("3,2% naar 4,1%", Decimal("4.1"), "increase"),
    ]


def test_een_kleine_before_a_figure_makes_it_approximate():
    _, ind = only("De gemeente heeft een kleine 30.000 inwoners.")
    assert (ind.value, ind.approximate, ind.qualifier) == (Decimal(30000), True, "een kleine")


def test_a_stated_difference_compares_without_a_reference():
    _, ind = only("Er wordt 10% minder uitgegeven aan huishoudelijke hulp.")
    assert (ind.value, ind.comparison, ind.reference) == (Decimal(10), "less", None)


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("De werkloosheid is met 4,5% relatief laag.", "lower"),
        ("Het aantal uitkeringen is met ruim 500 klein.", "lower"),
        ("Het aandeel ouderen is met 24% opvallend hoog.", "higher"),
    ],
)
def test_a_level_after_a_figure_with_a_degree_word_is_its_comparison(sentence, comparison):
    _, ind = only(sentence)
    assert (ind.comparison, ind.reference) == (comparison, None)


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        # the year the text names is the reference (gold README: "als die van 2014" → "2014")
        ("Voor de Wmo wordt een daling van € 3,4 miljoen verwacht ten opzichte van 2015.", "2015"),
        ("De taakstelling is ruim twee keer zo hoog als die van 2014.", "2014"),
        ("Het aantal cliënten is 8% hoger dan in 2014.", "2014"),
        ("Het aantal cliënten is met 8% gestegen vergeleken met vorig jaar.", "previous year"),
    ],
)
def test_an_earlier_year_a_figure_is_set_against_is_its_reference(sentence, reference):
    _, ind = only(sentence)
    assert ind.reference == reference
    assert ind.comparison in {"increase", "decrease"}


def test_a_clause_of_its_own_after_a_figure_compares_its_own_subject():
    doc, ex = extract_text(
        "De gemeente telt 35.000 inwoners en het aandeel ouderen is hoger dan gemiddeld.",
        heading="Cijfers",
    )
    got = [(doc.text[i.start : i.end], i.value, i.comparison) for i in ex.indicators]
    assert ("35.000 inwoners", 35000, None) in got
    assert ("het aandeel ouderen is hoger dan gemiddeld", None, "higher") in got


def test_a_figure_compared_with_the_province_names_it():
    doc, ex = extract_text("De werkloosheid (5,1%) is lager dan in de provincie (6,0%).")
    first = next(i for i in ex.indicators if i.value is not None)
    assert (first.comparison, first.reference) == ("lower", "provincial average")


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("De gemeente heeft te maken met een groeiend aantal ouderen.", "increase"),
        ("Er is een afnemend aantal vrijwilligers.", "decrease"),
        ("Een klein aantal jongeren krijgt hulp.", None),
    ],
)
def test_a_vague_count_that_grows_or_shrinks_is_a_comparison(sentence, comparison):
    _, ex = extract_text(sentence)
    assert [i.comparison for i in ex.indicators] == [comparison]


def test_a_qualifier_before_the_article_of_a_noun_of_change_makes_it_approximate():
    from tests.extract_helpers import extract_text

    _, extraction = extract_text("Het aantal meldingen laat bijna een verdubbeling zien.")
    [ind] = extraction.indicators
    assert (ind.value, ind.comparison, ind.approximate) == (2, "increase", True)
    assert ind.qualifier == "bijna"


def test_an_amount_per_inhabitant_keeps_its_unit_against_a_bare_national_amount():
    _, ind = only("De gemeente ontvangt ongeveer € 400,- per inwoner, tegenover € 475,- landelijk.")
    assert (ind.value, ind.unit, ind.national_value) == (
        Decimal(400),
        "EUR per inhabitant",
        Decimal(475),
    )
    assert (ind.measure, ind.comparison) == ("euro-per-inhabitant", "lower")


def test_an_amount_per_inhabitant_has_its_measure_whatever_its_words():
    _, ind = only("De kosten per inwoner liggen op € 650.")
    assert (ind.unit, ind.measure) == ("EUR per inhabitant", "euro-per-inhabitant")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het aantal cliënten daalde met 12 procent.", "clients"),
        ("Het gemeentefonds daalt met 6%.", "budget"),
    ],
)
def test_a_percentage_a_measure_changes_by_is_one_of_that_measure(sentence, measure):
    _, ind = only(sentence)
    assert (ind.unit, ind.measure) == ("percent", measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel 65-plussers is 22% versus 18% landelijk.",
        "Het aandeel 65-plussers is 22% vs. 18% landelijk.",
        "Het aandeel 65-plussers is 22% (18% landelijk).",
        "Het aandeel 65-plussers is 22%, tegen gemiddeld 18%.",
    ],
)
def test_more_forms_of_a_national_value(sentence):
    _, ind = only(sentence)
    assert (ind.value, ind.national_value, ind.comparison) == (Decimal(22), Decimal(18), "higher")


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel jongeren en ouderen is 27% en 19% (landelijk 29% en 18%).",
        "Het aandeel jongeren is 27%, van ouderen 19%; landelijk respectievelijk 29% en 18%.",
    ],
)
def test_a_list_of_national_values_goes_in_order_to_the_figures_before_it(sentence):
    _, found = indicators(sentence)
    assert [(i.value, i.national_value, i.comparison) for i in found] == [
        (Decimal(27), Decimal(29), "lower"),
        (Decimal(19), Decimal(18), "higher"),
    ]


def test_a_clause_of_its_own_after_a_figure_names_the_next_figures_measure():
    _, found = indicators("Het aandeel jongeren is 27% en het aandeel ouderen 19%.")
    assert [(i.value, i.measure) for i in found] == [
        (Decimal(27), "share-under-25"),
        (Decimal(19), "share-65-plus"),
    ]


def test_a_level_before_its_figure_in_brackets_is_one_observation():
    _, ind = only("Het aandeel 65-plussers is relatief hoog (23%).")
    assert (ind.value, ind.measure, ind.comparison) == (Decimal(23), "share-65-plus", "higher")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Nederland ligt dat percentage op 7%, in de gemeente op 9%.",
        "Landelijk is dat 7%, in de gemeente 9%.",
    ],
)
def test_a_national_value_before_the_local_figure_goes_to_the_figure_after_it(sentence):
    _, ind = only(sentence)
    assert (ind.value, ind.national_value, ind.comparison) == (Decimal(9), Decimal(7), "higher")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het percentage huishoudens met een laag inkomen is 9,6 tegen 8,9 landelijk.",
            [(Decimal("9.6"), "percent", Decimal("8.9"))],
        ),
        ("Het aandeel ouderen is 21.", [(Decimal(21), "percent", None)]),
        ("Het aandeel is 28 per 1.000 jongeren.", [(Decimal(28), "count", None)]),  # a rate
        ("Het aandeel is 12 per 100 jongeren.", [(Decimal(12), "percent", None)]),  # a percentage
        ("Het aantal uitkeringen ligt op 28.", [(Decimal(28), "count", None)]),
    ],
)
def test_a_bare_figure_after_het_percentage_is_a_percentage(sentence, expected):
    _, found = indicators(sentence)
    assert [(i.value, i.unit, i.national_value) for i in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aantal inwoners: 43.120.", [("inhabitants", "count")]),
        (
            "Inwoners: 24.300; huishoudens: 10.100.",
            [("inhabitants", "count"), ("households", "count")],
        ),
        ("Werkloosheid: 5,2%.", [("unemployment-rate", "percent")]),
        ("Uitkering per inwoner: € 540.", [("euro-per-inhabitant", "EUR per inhabitant")]),
    ],
)
def test_the_label_before_a_colon_names_the_figures_measure(sentence, expected):
    _, found = indicators(sentence)
    assert [(i.measure, i.unit) for i in found] == expected


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        (
            "Met € 480 per inwoner zit de gemeente rond het landelijk gemiddelde.",
            "equal",
            "national average",
        ),
        (
            "De gemeente ontvangt € 480 per inwoner, wat overeenkomt met het landelijk gemiddelde.",
            "equal",
            "national average",
        ),
        (
            "Het aantal uitkeringen is met 35 per 1.000 inwoners lager dan gemiddeld.",
            "lower",
            "national average",
        ),
        ("Het gaat om 800 cliënten, rond de 300 meer dan vorig jaar.", None, None),
    ],
)
def test_more_words_of_a_level_after_a_figure(sentence, comparison, reference):
    _, found = indicators(sentence)
    assert (found[0].comparison, found[0].reference) == (comparison, reference)


@pytest.mark.parametrize(
    "sentence",
    [
        "Van de inwoners is 26% jonger dan 25 jaar en 18% ouder dan 65; beide cijfers wijken "
        "weinig af van het landelijk gemiddelde.",
        "Het aandeel jongeren is 30% en het aandeel ouderen 15%; beide percentages zijn "
        "vergelijkbaar met landelijk.",
    ],
)
def test_both_figures_a_pronoun_compares_and_no_figureless_observation(sentence):
    _, found = indicators(sentence)
    assert [(i.comparison, i.reference) for i in found] == [("equal", "national average")] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel ouderen is hoger dan gemiddeld: 22%.",
        "Het aandeel ouderen is hoger dan gemiddeld, namelijk 22%.",
        "Het aandeel ouderen ligt boven het landelijk gemiddelde met 22%.",
    ],
)
def test_a_level_stated_right_before_its_figure_is_one_observation(sentence):
    _, ind = only(sentence)
    assert (ind.value, ind.measure, ind.comparison, ind.reference) == (
        Decimal(22),
        "share-65-plus",
        "higher",
        "national average",
    )


@pytest.mark.parametrize(
    ("sentence", "value", "comparison"),
    [
        ("Het gebruik van jeugdhulp is half zo hoog als landelijk.", "0.5", "lower"),
        ("Het aantal meldingen is gehalveerd.", "0.5", "decrease"),
        ("Het aantal meldingen is dubbel zo hoog als vorig jaar.", "2", "increase"),
    ],
)
def test_a_ratio_under_one_states_a_lower_level(sentence, value, comparison):
    _, found = indicators(sentence)
    assert [(i.value, i.comparison) for i in found] == [(Decimal(value), comparison)]


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("Met ruim 800 is het aantal bijstandsgerechtigden laag.", "lower"),
        ("Met 21% is het aandeel ouderen relatief hoog.", "higher"),
    ],
)
def test_a_figure_put_first_with_met_takes_the_level_after_its_subject(sentence, comparison):
    _, found = indicators(sentence)
    assert [i.comparison for i in found] == [comparison]


def test_a_figure_put_first_without_a_level_after_its_subject_has_no_comparison():
    _, found = indicators("Met 3.000 inwoners is het de kleinste gemeente.")
    assert [i.comparison for i in found] == [None]


@pytest.mark.parametrize(
    ("sentence", "measure", "comparison"),
    [
        (
            "De gemeente telt 43.000 inwoners, waarvan meer ouderen dan gemiddeld.",
            "share-65-plus",
            "more",
        ),
        (
            "De gemeente telt 43.000 inwoners met een lager inkomen dan gemiddeld.",
            "income",
            "lower",
        ),
    ],
)
def test_a_comparative_of_another_noun_after_a_figure_is_that_nouns(sentence, measure, comparison):
    _, found = indicators(sentence)
    assert [(i.value, i.comparison) for i in found if i.value is not None] == [
        (Decimal(43000), None)
    ]
    assert [(i.measure, i.comparison) for i in found if i.value is None] == [(measure, comparison)]


def test_a_stated_difference_right_after_its_figure_stays_the_figures():
    _, found = indicators("Er wonen 4% meer ouderen dan gemiddeld.")
    assert [(i.value, i.comparison) for i in found] == [(Decimal(4), "more")]


def test_a_level_of_the_noun_a_bare_number_counts_is_no_observation_of_its_own():
    _, found = indicators("Daarom is een extra administratief medewerker aangenomen.")
    assert [(i.value, i.unit) for i in found] == [(Decimal(1), "count")]


def _key_figures(lines: list[str]) -> list[tuple[str, Decimal | None, str | None]]:
    """The quote, value and measure of each figure of a block of key figures whose lines
    were joined by the document model, as a PDF's wrapped lines are."""
    from tests.extract_helpers import extract_profile

    raw = ["Teststad", "", "Een motto", "", " ", ""]
    for line in lines:
        raw += [line, ""]
    doc, extraction = extract_profile("\n".join(raw + [" ", ""]) + "\n")
    return [
        (doc.text[i.start : i.end], i.value, i.measure.rsplit("/", 1)[-1] if i.measure else None)
        for i in extraction.indicators
    ]


def test_key_figures_with_labels_keep_their_own_label():
    got = _key_figures(
        [
            "Inwoners: 45.210",
            "Huishoudens: 19.800",
            "Werkloosheid: 5,2%",
            "Aandeel 65-plussers: 21%",
        ]
    )
    assert got == [
        ("45.210", Decimal(45210), "inhabitants"),
        ("19.800", Decimal(19800), "households"),
        ("5,2%", Decimal("5.2"), "unemployment-rate"),
        ("21%", Decimal(21), "share-65-plus"),
    ]


def test_key_figures_labelled_by_a_quantity_noun():
    got = _key_figures(["Aantal inwoners 45.210", "Aantal huishoudens 19.800"])
    assert got == [
        ("45.210", Decimal(45210), "inhabitants"),
        ("19.800", Decimal(19800), "households"),
    ]


def test_key_figures_as_bullets_keep_their_nouns():
    got = _key_figures(["De gemeente in cijfers:", "• 45.210 inwoners", "• 19.800 huishoudens"])
    assert got == [
        ("45.210 inwoners", Decimal(45210), "inhabitants"),
        ("19.800 huishoudens", Decimal(19800), "households"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a colon after a counted noun, or a capitalised noun, is no list of key figures
        ("Er zijn 45 Syrische statushouders: zij wonen in de kern.", "45 Syrische statushouders"),
        # (the start of a change opens the quote of the change)
        ("Het aantal steeg van 300 Wmo-cliënten in 2014 naar 400.", "300 Wmo-cliënten"),
    ],
)
def test_a_noun_after_a_figure_is_not_the_next_label(text, quote):
    doc, extraction = extract_text(text)
    assert any(doc.text[i.start : i.end].startswith(quote) for i in extraction.indicators)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel jongeren ligt onder het landelijk gemiddelde (11,2% tegen 11,9%).",
        "Het aandeel jongeren ligt onder het landelijk gemiddelde: 11,2% tegenover 11,9%.",
    ],
)
def test_a_pair_after_the_national_average_is_the_figure_and_its_national_value(sentence):
    _, found = indicators(sentence)
    figures = [(i.value, i.national_value, i.comparison) for i in found if i.value is not None]
    assert figures == [(Decimal("11.2"), Decimal("11.9"), "lower")]


@pytest.mark.parametrize(
    "sentence",
    ["In de gemeente wonen 47.000 mensen.", "Er wonen ruim 12.000 personen in de gemeente."],
)
def test_people_who_live_in_the_place_are_its_inhabitants(sentence):
    _, ind = only(sentence)
    assert (ind.measure, ind.unit) == ("inhabitants", "count")


@pytest.mark.parametrize(
    "sentence",
    ["In de gemeente wonen 3.000 mensen met een beperking.", "Op de wachtlijst staan 200 mensen."],
)
def test_other_counts_of_people_keep_no_measure(sentence):
    _, ind = only(sentence)
    assert ind.measure is None


@pytest.mark.parametrize(
    "sentence",
    [
        "De zeven Parkstad-gemeenten kopen de jeugdhulp gezamenlijk in.",
        "De veertien gemeenten van de regio verschillen sterk in omvang.",
    ],
)
def test_a_number_of_municipalities_is_a_count_the_vocabulary_has_no_measure_for(sentence):
    # the gold guidelines count every quantitative statement, municipalities in a group too
    # (the gold standard has "de veertien gemeenten" with a measure the vocabulary lacks)
    _, ind = only(sentence)
    assert (ind.unit, ind.measure) == ("count", None)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # the label of a key figure holds a number with a thousands separator
        ("Bijstand per 1.000 inwoners: 41 (NL 43)", "benefit-recipients"),
        # an age group after "onder" is where another measure is taken
        ("De werkloosheid onder jongeren is 12%, landelijk 10%.", "unemployment-rate"),
        # a share of an amount of money is no measure of the vocabulary
        ("Tweederde van de uitgaven gaat naar de jeugdhulp.", None),
        ("Ongeveer 40 procent van het budget gaat naar de jeugdhulp.", None),
    ],
)
def test_measure_of_a_figure_in_its_context(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


def test_a_figure_dat_points_back_to_is_the_quantity_before_it():
    _, extraction = extract_text(
        "In 2014 ontvingen 1.080 inwoners een bijstandsuitkering, in 2016 waren dat er 1.210."
    )
    # one change from the earlier year (kg.extract.thenandnow), the measure of the first
    assert [(i.measure, i.value, i.comparison, i.reference) for i in extraction.indicators] == [
        ("benefit-recipients", 1210, "increase", "2014")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each amount takes the measure of the noun it is the amount of
        (
            "De gemeente sloot 2015 af met een overschot van € 1,2 miljoen op de Wmo en een "
            "tekort van ongeveer 3 ton op de jeugdhulp.",
            [(Decimal(1200000), "surplus"), (Decimal(300000), "deficit")],
        ),
        (
            "De gemeente heeft een tekort van € 3,1 miljoen op de jeugdhulp en een overschot "
            "van € 1,8 miljoen op de Wmo.",
            [(Decimal(3100000), "deficit"), (Decimal(1800000), "surplus")],
        ),
        # a decimal point before a scale word
        (
            "In 2016 had de gemeente een tekort van € 4.2 miljoen op het sociaal domein.",
            [(Decimal(4200000), "deficit")],
        ),
        # a quantity the vocabulary lacks is the subject of the figure, not a measure before it
        (
            "Een aanbieder van jeugdhulp wijst erop dat de tarieven in 2015 met 10% zijn verlaagd.",
            [(Decimal(10), None)],
        ),
        (
            "Het gebruik van Wmo-maatwerkvoorzieningen ligt 25% hoger dan in vergelijkbare "
            "gemeenten.",
            [(Decimal(25), "share-wmo")],
        ),
    ],
)
def test_values_and_measures_of_amounts(sentence, expected):
    _, extraction = extract_text(sentence)
    assert [(i.value, i.measure) for i in extraction.indicators] == expected


def test_the_past_tense_states_a_national_value():
    _, ind = only(
        "In 2015 ontving 12,6% van de jeugdigen enige vorm van jeugdhulp, landelijk was dat 10,4%."
    )
    assert (ind.value, ind.national_value, ind.comparison) == (
        Decimal("12.6"),
        Decimal("10.4"),
        "higher",
    )


def test_an_average_in_brackets_with_a_noun_is_a_figure_of_its_own():
    _, extraction = extract_text(
        "Medewerkers vinden dat de caseload te hoog is (gemiddeld 45 à 50 huishoudens per "
        "generalist)."
    )
    got = [(i.value, i.comparison, i.reference) for i in extraction.indicators]
    assert got == [(None, "higher", None), (Decimal(45), None, None)]


def test_percentage_points_in_words_are_points_as_in_digits():
    _, extraction = extract_text(
        "Het aandeel 65-plussers bedraagt 20%, twee procentpunt boven het landelijk cijfer."
    )
    # the points fold into the level (kg.extract.pointchanges): one indicator, its direction
    assert [(i.value, i.unit, i.comparison) for i in extraction.indicators] == [
        (Decimal(20), "percent", "higher"),
    ]


def test_a_change_in_percentage_points_keeps_its_unit_and_measure():
    _, ind = only("Het aandeel werklozen onder jongeren daalde vorig jaar met 0,7 procentpunt.")
    assert (ind.value, ind.unit, ind.comparison) == (
        Decimal("0.7"),
        "percentage points",
        "decrease",
    )


def test_a_group_with_what_it_has_is_a_subgroup():
    _, ind = only(
        "De corporatie ziet dat steeds meer ouderen met beginnende dementie zelfstandig wonen."
    )
    assert (ind.measure, ind.comparison) == (None, "increase")


def test_a_key_figure_label_with_a_year_in_brackets_names_the_measure():
    _, ind = only("Aantal inwoners (2016): 83.000")
    assert (ind.value, ind.measure) == (Decimal(83000), "inhabitants")


def test_a_stated_difference_right_after_a_level_compares_the_level():
    _, extraction = extract_text(
        "Het aandeel 65-plussers (15%) ligt 3 procentpunt onder het landelijk gemiddelde."
    )
    got = [(i.value, i.comparison, i.reference) for i in extraction.indicators]
    assert got == [(Decimal(15), "lower", "national average")]  # the points fold into it


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente ontving in 2016 ruim zestig miljoen euro voor het sociaal domein en had een "
        "overschot van € 1,4 miljoen.",
        "De gemeente ontving € 60 miljoen en kampt met een tekort van € 2 miljoen.",
    ],
)
def test_a_finite_verb_after_en_opens_a_clause_whose_measure_is_not_the_figures(sentence):
    _, found = indicators(sentence)
    assert found[0].measure == "budget"
    assert found[1].measure in {"surplus", "deficit"}


def test_one_of_a_singular_noun_takes_no_measure_named_before_it():
    _, found = indicators("Aanbieders moeten voor één cliënt vijf formulieren invullen.")
    assert [(i.value, i.measure) for i in found] == [(Decimal(1), None), (Decimal(5), None)]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het tekort op de jeugdhulp bedroeg in 2015 ruim 12% van het budget.", "deficit"),
        ("De korting bedraagt 10% van het budget.", "budget-cut"),
        ("Ruim 70 procent van het budget gaat naar specialistische jeugdhulp.", None),
    ],
)
def test_a_share_of_money_is_the_amount_named_before_it(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Wekelijks melden zich zo'n tien nieuwe cliënten.", "clients"),
        ("De wethouder spreekt elke maand met de vier grote zorgaanbieders.", "care-providers"),
        ("De gemeente ligt naast 24 Friese gemeenten.", None),
    ],
)
def test_a_count_of_a_cue_after_an_adjective_is_the_cues_measure(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


def test_a_change_of_the_number_of_young_people_in_care_is_a_change_of_clients():
    _, ind = only("In 2016 daalde het aantal kinderen met jeugdhulp met 6%.")
    assert (ind.value, ind.measure, ind.comparison) == (Decimal(6), "clients", "decrease")
    _, ind = only("Het aandeel jongeren met jeugdhulp is 10,5%.")
    assert ind.measure == "share-youth-care"


def test_a_rate_per_hundred_is_a_share_of_what_it_counts():
    _, ind = only("In de gemeente krijgen 13 per 100 jongeren jeugdhulp.")
    assert (ind.value, ind.unit, ind.measure) == (Decimal(13), "percent", "share-youth-care")


@pytest.mark.parametrize(
    ("sentence", "value", "national", "measure"),
    [
        (
            "Landelijk is het aandeel ouderen 19%, in de gemeente 24%.",
            Decimal(24),
            Decimal(19),
            "share-65-plus",
        ),
        (
            "Het aandeel huishoudens met een laag inkomen is met 7% lager dan gemiddeld (9%).",
            Decimal(7),
            Decimal(9),
            "share-low-income",
        ),
    ],
)
def test_a_national_figure_stated_first_or_in_brackets_after_the_average(
    sentence, value, national, measure
):
    _, ind = only(sentence)
    assert (ind.value, ind.national_value, ind.measure) == (value, national, measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twee keer per jaar spreekt de wethouder met de cliënten.",
        "Het team bezoekt de mantelzorgers 4x per jaar.",
    ],
)
def test_a_frequency_counts_events_not_the_people_named_beside_it(sentence):
    _, ind = only(sentence)
    assert (ind.unit, ind.measure) == ("count", None)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het aantal jongeren tot 18 jaar met jeugdhulp bedraagt 1.200.", "clients"),
        ("Het aantal kinderen en jongeren (0-17 jaar) met jeugdhulp steeg naar 950.", "clients"),
        ("Het aandeel jongeren tot 18 jaar met jeugdhulp is 11,4%.", "share-youth-care"),
    ],
)
def test_an_age_bound_does_not_part_a_group_from_what_it_has(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal huishoudens met een bijstandsuitkering is gegroeid van 1.150 naar 1.420.",
        "Het aantal huishoudens dat van een bijstandsuitkering leeft steeg van 1.150 naar 1.420.",
        # a span of time between the subject and its figures does not hide the subject
        "Het aantal bijstandsuitkeringen is in vier jaar tijd gegroeid van 1.150 naar 1.420.",
    ],
)
def test_a_count_of_a_group_named_with_its_provision_before_it(sentence):
    _, found = indicators(sentence)
    counts = [i.measure for i in found if i.unit == "count"]
    assert counts == ["benefit-recipients"]  # one change, from 1.150 to 1.420


def test_a_count_of_the_group_that_names_no_provision_keeps_the_group():
    _, ind = only("Het aantal inwoners in de gemeente is 30.000.")
    assert ind.measure == "inhabitants"


def test_a_count_per_member_of_staff_is_no_count_of_its_noun():
    _, ind = only("Een consulent heeft gemiddeld 60 cliënten per consulent.")
    assert (ind.value, ind.measure) == (Decimal(60), None)


def test_a_long_subject_before_its_figure_still_names_its_measure():
    _, ind = only(
        "Het tekort op de jeugdhulp zal volgens de afdeling financiën in 2017 oplopen tot "
        "ruim twee miljoen euro."
    )
    assert (ind.measure, ind.comparison) == ("deficit", "increase")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a participle before the noun is no noun of its own
        ("Het steunpunt telt ruim 1.900 ingeschreven mantelzorgers.", "informal-carers"),
        # the noun and a cue named before it make one compound
        ("Bij de re-integratie zijn ruim 700 trajecten gestart.", "reintegration-trajectories"),
    ],
)
def test_the_noun_of_a_count_read_through_a_participle_or_a_compound(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        # "slechts" names no reference (gold README, twenty-eighth session, point 12)
        ("Slechts 3% van de bevolking heeft een niet-westerse migratieachtergrond.", None),
        ("In het dorp kwamen nog geen veertig mensen.", "lower"),
        ("In het dorp kwamen ruim veertig mensen.", None),
    ],
)
def test_not_even_judges_a_figure_low_and_only_names_no_reference(sentence, comparison):
    _, ind = only(sentence)
    assert ind.comparison == comparison


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Het aantal kinderen onder toezicht steeg naar 180.", "youth-protection"),
        ("Ongeveer 14.000 inwoners geven mantelzorg.", "informal-carers"),
        (
            "Een kwart van de volwassenen noemt de eigen gezondheid matig of slecht.",
            "perceived-health",
        ),
        ("Naar schatting 1 op de 6 huishoudens heeft betalingsachterstanden.", "problem-debts"),
    ],
)
def test_measures_named_in_the_words_of_the_monitors(sentence, measure):
    _, ind = only(sentence)
    assert ind.measure == measure


def test_a_difference_with_a_quantity_of_its_own_takes_no_measure_from_before():
    _, found = indicators(
        "Bijna 1 op de 6 huishoudens heeft betalingsachterstanden; het aantal aanmeldingen "
        "voor schuldhulp nam met 12% toe."
    )
    assert [(i.value, i.measure) for i in found] == [
        (Decimal("16.7"), "problem-debts"),
        (Decimal(12), None),
    ]


def test_a_ratio_after_a_figure_states_its_own_comparison():
    _, found = indicators(
        "Er zijn 2.400 bijstandsuitkeringen, bijna twee keer zo veel als in de buurgemeente."
    )
    assert [(i.unit, i.comparison) for i in found] == [("count", None), ("ratio", "higher")]


def test_an_open_range_counts_the_noun_after_it():
    _, found = indicators(
        "Van de gezinnen met vier of meer zorgaanbieders heeft de helft een plan."
    )
    ranged = [i for i in found if i.unit == "count"]
    assert [(i.value, i.measure, i.approximate, i.qualifier) for i in ranged] == [
        (Decimal(4), "care-providers", True, "of meer")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Veilig Thuis ontving in 2015 uit de gemeente 520 meldingen, een derde meer dan het jaar"
        " ervoor.",
        "Het team kreeg 80 aanvragen, een kwart meer dan in 2014.",
    ],
)
def test_a_difference_in_apposition_compares_itself_not_the_level(sentence):
    _, found = indicators(sentence)
    level, difference = found
    assert (level.comparison, level.reference) == (None, None)
    assert difference.comparison == "increase"
