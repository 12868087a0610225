"""kg.extract.numbers: figures in Dutch prose, and what is not a figure."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.numbers import WINDOW, find_numbers, to_decimal


def figures(text):
    return [(text[n.start : n.end], n.value, n.unit) for n in find_numbers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Het tekort is twintig procent.", "twintig procent", "20", "percent"),
        ("Er is twee ton bezuinigd.", "twee ton", "200000", "EUR"),
        ("Het tekort is drie miljoen.", "drie miljoen", "3000000", "EUR"),
        ("Het budget is 12,5 miljoen.", "12,5 miljoen", "12500000", "EUR"),
        ("Er is 1,2 miljoen uitgegeven.", "1,2 miljoen", "1200000", "EUR"),
        ("Er wonen 17 miljoen inwoners.", "17 miljoen", "17000000", "count"),
        ("Er wonen zeventien miljoen inwoners.", "zeventien miljoen", "17000000", "count"),
        ("De gemeente telt 43 duizend inwoners.", "43 duizend", "43000", "count"),
        ("Het tekort bedraagt een half miljoen.", "een half miljoen", "500000", "EUR"),
        ("Het kost een miljoen euro.", "een miljoen euro", "1000000", "EUR"),
        ("Het team komt een keer per week bijeen.", "een keer per week", "1", "count"),
        ("Er zijn circa 2000 cliënten.", "2000", "2000", "count"),
        ("Het is tweemaal zo hoog als landelijk.", "tweemaal zo hoog", "2", "ratio"),
        ("Zij komen driemaal per jaar bijeen.", "driemaal per jaar", "3", "count"),
        ("Er is 5 miljoen euro extra.", "5 miljoen euro", "5000000", "EUR"),
        ("Het kost 300 euro per inwoner.", "300 euro per inwoner", "300", "EUR per inhabitant"),
        ("Het tekort is € 2,5 mln. in 2016.", "€ 2,5 mln.", "2500000", "EUR"),
        ("Het budget is 1,2 miljard euro.", "1,2 miljard euro", "1200000000", "EUR"),
        ("Het ligt 2 procentpunt hoger.", "2 procentpunt", "2", "percentage points"),
        ("Twee derde van de cliënten.", "Twee derde", "66.7", "percent"),
        ("Tweederde van de cliënten.", "Tweederde", "66.7", "percent"),
        ("Ongeveer driekwart van de cliënten.", "driekwart", "75", "percent"),
        ("Er werken vijfentwintig medewerkers.", "vijfentwintig", "25", "count"),
        ("Er zijn tweeëntwintig kernen.", "tweeëntwintig", "22", "count"),
        ("Er kwamen vijftienhonderd meldingen.", "vijftienhonderd", "1500", "count"),
        ("Er zijn een tiental aanbieders.", "een tiental", "10", "count"),
        ("Er is € 1,2 miljoen over.", "€ 1,2 miljoen", "1200000", "EUR"),
        ("Het tekort was 6 ton.", "6 ton", "600000", "EUR"),
        ("Het gaat om € 650,- per inwoner.", "€ 650,- per inwoner", "650", "EUR per inhabitant"),
        # "per inwoner" opening the clause, a year between: the amount is still per inhabitant
        ("Per inwoner kreeg X in 2017 € 480,-.", "€ 480,-", "480", "EUR per inhabitant"),
        # a key-value line whose key is "per inwoner", a qualifier after the colon
        ("Per inwoner: ongeveer € 520,-.", "€ 520,-", "520", "EUR per inhabitant"),
        ("Uitgaven per inwoner: ruim € 610.", "€ 610", "610", "EUR per inhabitant"),
        ("Per hoofd: naar schatting € 75.", "€ 75", "75", "EUR per inhabitant"),
        ("Per inwoner: gemiddeld zo'n € 430,-.", "€ 430,-", "430", "EUR per inhabitant"),
        # "per inwoner" in a sentence before, not in the amount's own line: a plain amount
        ("Per inwoner is het weinig. Tekort: € 2 miljoen.", "€ 2 miljoen", "2000000", "EUR"),
        ("Er wonen 150.000 mensen.", "150.000", "150000", "count"),
        ("Het aandeel is 7,4% nu.", "7,4%", "7.4", "percent"),
        ("Het aandeel is 12 procent.", "12 procent", "12", "percent"),
        ("Ongeveer 1 op de 8 kinderen.", "1 op de 8", "12.5", "percent"),
        ("Eén op de vier jongeren.", "Eén op de vier", "25", "percent"),
        ("Het is drie keer zo hoog.", "drie keer zo hoog", "3", "ratio"),
        ("Het is twee maal zoveel.", "twee maal zoveel", "2", "ratio"),
        ("Ongeveer de helft van de ouderen.", "de helft", "50", "percent"),
        ("Veertig jaar lang ging het goed.", "Veertig jaar lang", "40", "years"),
        ("Dat duurde een half jaar.", "een half jaar", "6", "months"),
        ("De wachttijd is vijf weken.", "vijf weken", "5", "weeks"),
        ("Er is een extra medewerker aangenomen.", "een", "1", "count"),
        ("Er komt één extra fte bij.", "één", "1", "count"),
    ],
)
def test_figure_forms(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


def test_vague_count_has_no_value():
    assert figures("Er zijn tientallen dorpen.") == [("tientallen", None, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 en 2016.",
        "Op 1 januari begon het.",
        "Inwoners van 65 jaar en ouder.",
        "Voor 65+ en 65-plussers.",
        "Jongeren onder de 25 krijgen hulp.",
        "Voor 18-/18+ geldt iets anders.",
        "Jongeren van 16 tot 23 jaar.",
        "Zie prioriteit 1, 2 en 3.",
        "Zie paragraaf 4.3.",
        "Zie noot 3 en deel 4, p. 12.",  # labels of a report
        "Aantal per 1.000 inwoners.",
        "Het begint om 10.00 uur.",
        "Het is de 2e keer.",
        "Eén gezin, één plan, één regisseur.",
        "De één helpt de ander.",
        "Het wordt in één keer betaald.",
        "Een derde zorg betreft het budget.",
        "De 3D's vragen samenwerking.",  # a code
        "Het motto is 1 gezin, 1 plan, 1 regisseur.",  # a slogan in digits
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_a_range_is_read_at_its_lower_bound():
    # The annotation guideline: a range takes its lower bound, approximate, the range as qualifier.
    found = find_numbers(s := "Kinderen wachten drie tot vier maanden.", 0, len(s))
    assert [(s[n.start : n.end], n.value, n.unit, n.qualifier) for n in found] == [
        ("drie tot vier maanden", Decimal(3), "months", "drie tot vier")
    ]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Twee of drie gezinnen vragen hulp.", "Twee of drie", "2", "count"),
        ("Het gaat om 5 tot 10% van de mensen.", "5 tot 10%", "5", "percent"),
    ],
)
def test_ranges_of_counts_and_percentages(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Het team belt binnen een week terug.", "een week", "1", "weeks"),
        ("Het loket is al een jaar open.", "een jaar", "1", "years"),
        ("De reserve is binnen twee jaar op.", "twee jaar", "2", "years"),
        ("Na 3 jaar stopt de regeling.", "3 jaar", "3", "years"),
        ("De raad vergadert twee keer per jaar.", "twee keer per jaar", "2", "count"),
        ("Op de avond kwamen er nog geen twintig.", "twintig", "20", "count"),
    ],
)
def test_spans_of_time_and_frequencies(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


@pytest.mark.parametrize(
    "text", ["Jongeren van 18 jaar krijgen hulp.", "Voor kinderen tot twaalf jaar is er een club."]
)
def test_an_age_is_still_not_a_span_of_time(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "unit", "qualifier"),
    [
        ("Een groot deel van de ouders werkt.", "Een groot deel", "percent", "Een groot deel"),
        ("Het merendeel woont thuis.", "Het merendeel", "percent", "Het merendeel"),
        # a degree before the size: "een relatief groot deel", "een vrij klein deel"
        (
            "Een relatief groot deel van de bevolking is ouder dan 65.",
            "Een relatief groot deel",
            "percent",
            "Een relatief groot deel",
        ),
        (
            "Een vrij klein deel krijgt hulp.",
            "Een vrij klein deel",
            "percent",
            "Een vrij klein deel",
        ),
        ("Het overgrote deel woont thuis.", "Het overgrote deel", "percent", "Het overgrote deel"),
        ("Er is een klein aantal dure zaken.", "een klein aantal", "count", "een klein aantal"),
        ("Er waren zaken, waarvan er enkele al liepen.", "enkele", "count", "enkele"),
        ("De wachttijd is enkele weken.", "enkele weken", "weeks", "enkele"),
        ("De rekening kwam maanden later.", "maanden later", "months", "maanden"),
        (
            "Een ruime meerderheid stemde.",
            "Een ruime meerderheid",
            "percent",
            "Een ruime meerderheid",
        ),
        ("Er zijn enkele honderden vrijwilligers.", "enkele honderden", "count", None),
        ("Het kost enkele honderden euro's.", "enkele honderden euro's", "EUR", None),
        # a quantifier before a group: a vague count (the guideline's "enkele zorgaanbieders")
        ("In enkele wijken is het druk.", "enkele", "count", "enkele"),
    ],
)
def test_vague_amounts_have_no_value(text, quote, unit, qualifier):
    found = find_numbers(text, 0, len(text))
    assert [(text[n.start : n.end], n.value, n.unit, n.qualifier) for n in found] == [
        (quote, None, unit, qualifier)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dat komt voor een groot deel door de regels.",  # an adverb: "largely"
        "Dat komt voor een zeer groot deel door de regels.",
        "Het wordt in één keer betaald.",
    ],
)
def test_idioms_are_not_vague_amounts(text):
    assert figures(text) == []


def test_to_decimal_reads_dutch_separators():
    assert to_decimal("1.234,5") == Decimal("1234.5")


def test_work_per_number_is_bounded():
    # Each number looks at most WINDOW characters either side: the text beyond does not matter.
    line = "412% € 5810,- 7 "
    one = figures(line)
    many = figures(line * 300)
    assert len(many) == 300 * len(one)
    assert len(line * 300) > WINDOW


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Bij 3 van de 10 gezinnen speelt schuld.", "3 van de 10", "30"),
        ("Zes op de tien inwoners is tevreden.", "Zes op de tien", "60"),
        ("Drie van de honderd jongeren.", "Drie van de honderd", "3"),
    ],
)
def test_shares_of_ten_or_a_hundred(text, quote, value):
    assert figures(text) == [(quote, Decimal(value), "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "Het team is 24/7 bereikbaar.",
        "Zij belde (1) de wijkcoach en (2) de huisarts.",
        "Drie thema's: 1) werk, 2) zorg en 3) wonen.",
        "In de jaren '90 en de jaren ’80 was dat anders.",
        "In week 12 start het project.",
        "Leerlingen van groep 8 gaan naar de middelbare school.",
    ],
)
def test_labels_enumerators_and_decades_are_not_figures(text):
    assert [f for f in figures(text) if f[2] != "count" or f[0] != "Drie"] == []


def test_a_figure_in_brackets_after_a_qualifier_is_still_a_figure():
    assert figures("Het aantal (ruim 40) stijgt.") == [("40", Decimal(40), "count")]


def test_a_round_collective_is_approximate():
    (number,) = find_numbers("Een twintigtal aanbieders.", 0, 26)
    assert (number.value, number.form, number.qualifier) == (Decimal(20), "vague", "Een twintigtal")


@pytest.mark.parametrize(
    "text",
    ["Het is een extra kwetsbare groep.", "Dat vraagt een extra inspanning."],
)
def test_an_article_before_extra_counts_only_a_resource(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("De kosten zijn dubbel zo hoog.", "dubbel zo hoog", "2"),
        ("Het aantal is half zo groot.", "half zo groot", "0.5"),
        ("Dat is het dubbele van het gemiddelde.", "het dubbele van", "2"),
    ],
)
def test_ratios_in_a_word(text, quote, value):
    assert figures(text) == [(quote, Decimal(value), "ratio")]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Het gaat om 2 à 3 miljoen euro.", "2 à 3 miljoen euro", "2000000", "EUR"),
        ("Er wonen 20 tot 30 duizend mensen.", "20 tot 30 duizend", "20000", "count"),
        ("Het is 20 tot 30 procent.", "20 tot 30 procent", "20", "percent"),
    ],
)
def test_a_range_start_takes_the_scale_of_its_end(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Twee jaar later was het anders.", "Twee jaar", "2", "years"),
        ("Drie jaar geleden begon het.", "Drie jaar", "3", "years"),
        # a fraction of a year in words counts in months, as "een half jaar" (gold guideline)
        ("Het loopt al anderhalf jaar.", "anderhalf jaar", "18", "months"),
        ("De wachttijd steeg naar 3,5 jaar.", "3,5 jaar", "3.5", "years"),
        ("Het traject duurt soms twee jaar.", "twee jaar", "2", "years"),
        ("Het contract heeft een looptijd van vier jaar.", "vier jaar", "4", "years"),
    ],
)
def test_years_followed_by_a_word_of_time_are_a_span_not_an_age(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


def test_a_few_years_and_a_handful_are_vague():
    assert figures("Dat duurt nog een paar jaar.") == [("een paar jaar", None, "years")]
    assert figures("Er zijn een handvol aanbieders.") == [("een handvol", None, "count")]
    assert figures("Een kind van een paar jaar oud.") == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("De bevolking bestaat voor de helft uit ouderen.", "de helft", "50"),
        ("Het budget is voor een kwart besteed.", "een kwart", "25"),
        ("Er zijn 900 cliënten, waarvan een derde in de kern woont.", "een derde", "33.3"),
    ],
)
def test_a_half_and_a_quarter_are_always_shares_a_third_after_a_partitive(text, quote, value):
    assert [(q, v, u) for q, v, u in figures(text) if u == "percent"] == [
        (quote, Decimal(value), "percent")
    ]


def test_a_half_of_a_period_is_no_share():
    assert figures("In de eerste helft van het jaar ging het goed.") == []


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("De behandeling duurt 3-4 maanden.", "3-4 maanden", "3", "months"),
        ("Er zijn 12-15 medewerkers.", "12-15", "12", "count"),
        ("Het tekort is € 2-3 miljoen.", "€ 2-3 miljoen", "2000000", "EUR"),
    ],
)
def test_a_range_with_a_hyphen_is_its_lower_bound_in_the_unit_of_its_end(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Per 1-1-2015 is de wet ingegaan.",
        "Jongeren van 18-27 jaar krijgen een uitkering.",
        "In de periode 2015-2016 kwam de wet.",
    ],
)
def test_a_date_an_age_range_and_a_span_of_years_are_no_range(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Ongeveer 1/3 van de cliënten heeft een pgb.", "1/3", "33.3"),
        ("Bijna 3/4 deel van het budget gaat op.", "3/4", "75"),
    ],
)
def test_a_fraction_in_digits_before_its_group_is_a_share(text, quote, value):
    assert figures(text) == [(quote, Decimal(value), "percent")]


@pytest.mark.parametrize("text", ["De helpdesk is 24/7 bereikbaar.", "Op 1/1 is het zover."])
def test_a_slash_between_digits_is_otherwise_no_share(text):
    assert figures(text) == []


def test_digit_figures_are_read_from_the_first_digit_as_from_the_span_start(monkeypatch):
    # a figure begins at most four characters before its first digit ("EUR 5"): the scan
    # starts there, and the look-behinds still see the text before it
    from conftest import SEEDS

    from kg.extract import numbers

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("Kosten: EUR 5 miljoen, €12,- en 1.200 (of -3 en x/4). Geen cijfer.")
    spans = [(t, a, min(len(t), a + 300)) for t in texts for a in range(0, len(t), 37)]

    def read():
        return [numbers._digits(t, a, b, numbers._Spans([])) for t, a, b in spans]

    gated = read()
    monkeypatch.setattr(numbers, "_DIGIT", re.compile(""))  # found at the span start
    assert read() == gated
    assert sum(map(len, gated)) > 200 and [] in gated
    last = texts[-1]
    units = [n.unit for n in numbers._digits(last, 0, len(last), numbers._Spans([]))]
    assert units[:3] == ["EUR", "EUR", "count"]


def test_every_number_word_holds_a_key_word_of_its_gate():
    from kg.extract import numbers
    from kg.extract.sentencecache import clear

    words = ["vijfentwintig", "tweeënveertig", "drieduizendvijfhonderd", "elfhonderd", "Één"]
    words += ["honderdtwintig", "ACHTTIEN", "anderhalf", "duizend", "zeventig", "eén"]
    for word in words:
        text = f"Het zijn er {word} gezinnen."
        clear()
        assert [m.group() for m in numbers._WORDS.finditer(text)] == [word]
        assert numbers._NUMBER_WORDS.holds(text, 0, len(text))
        assert numbers._words(text, 0, len(text), numbers._Spans([]))
    clear()
    assert not numbers._NUMBER_WORDS.holds("Het zijn er een paar.", 0, 21)


@pytest.mark.parametrize(
    "text",
    [
        "De eigen bijdrage bedraagt € 17,50 per vier weken.",  # the span of a rate
        "In de jaren zeventig groeide de gemeente snel.",  # a decade
        "Het gaat om 18- tot 23-jarigen.",  # an age range of compounds
    ],
)
def test_rates_decades_and_age_ranges_hold_no_count(text):
    assert [f for f in figures(text) if f[2] != "EUR"] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Het gaat om enkele tonnen per jaar.", "enkele tonnen"),
        ("De gemeente moest enkele tonnen bijleggen.", "enkele tonnen"),
        ("Het kost de gemeente tonnen.", "tonnen"),
        ("Het gaat om honderdduizenden euro's.", "honderdduizenden euro's"),
    ],
)
def test_vague_amounts_of_money_are_euros_without_value(text, quote):
    assert figures(text) == [(quote, None, "EUR")]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Er zijn een paar honderd vrijwilligers.", "een paar honderd", Decimal(200), "count"),
        ("De gemeente moest een paar ton bijleggen.", "een paar ton", Decimal(200000), "EUR"),
    ],
)
def test_a_couple_of_a_scale_is_its_lower_bound(text, quote, value, unit):
    found = find_numbers(text, 0, len(text))
    assert [(text[n.start : n.end], n.value, n.unit) for n in found] == [(quote, value, unit)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Het budget is tweeënhalf miljoen euro.", "tweeënhalf miljoen euro", "2500000", "EUR"),
        ("Het tekort is drieënhalve ton.", "drieënhalve ton", "350000", "EUR"),
    ],
)
def test_a_unit_and_a_half_in_one_word_is_a_number(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


def test_an_age_bound_after_a_verb_of_lasting_stays_an_age():
    assert figures("De jeugdhulp duurt tot 18 jaar.") == []


def test_working_days_are_days():
    s = "Binnen vijf werkdagen neemt het wijkteam contact op."
    assert [(n.value, n.unit) for n in find_numbers(s, 0, len(s))] == [(Decimal(5), "days")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het gaat om miljoenen euro's.", [(None, "EUR")]),
        ("Het project loopt twee jaar.", [(Decimal(2), "years")]),
    ],
)
def test_vague_millions_and_a_duration_a_project_runs(text, expected):
    assert [(n.value, n.unit) for n in find_numbers(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("Het aantal meldingen is 3x zo hoog als verwacht.", "3x zo hoog", "3", "ratio"),
        ("De kosten zijn 2 x zoveel als begroot.", "2 x zoveel", "2", "ratio"),
        ("Het team overlegt 4x per jaar met de school.", "4x per jaar", "4", "count"),
        ("Gemiddeld krijgen 9 per 100 kinderen jeugdhulp.", "9 per 100", "9", "percent"),
        ("Dat zijn 7 per honderd inwoners.", "7 per honderd", "7", "percent"),
    ],
)
def test_times_written_as_x_and_rates_per_hundred(sentence, quote, value, unit):
    (n,) = find_numbers(sentence, 0, len(sentence))
    assert (sentence[n.start : n.end], n.value, n.unit) == (quote, Decimal(value), unit)


def test_a_rate_per_thousand_is_not_a_percentage():
    # a rate per 1,000 inhabitants has a unit of its own (no longer a count)
    s = "Het gaat om 45 per 1.000 inwoners."
    found = [(n.value, n.unit) for n in find_numbers(s, 0, len(s))][0]
    assert found == (Decimal(45), "per 1000 inhabitants")


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("De kosten zijn een factor 3 hoger dan begroot.", "3 hoger", "3"),
        ("Het gebruik is een factor twee groter dan landelijk.", "twee groter", "2"),
        ("Jongeren komen drie keer vaker in beeld dan ouderen.", "drie keer vaker", "3"),
    ],
)
def test_a_factor_and_times_more_often_are_ratios(sentence, quote, value):
    (n,) = find_numbers(sentence, 0, len(sentence))
    assert (sentence[n.start : n.end], n.value, n.unit) == (quote, Decimal(value), "ratio")


def test_a_bare_factor_is_no_ratio():
    s = "Dat is een belangrijke factor 2 keer per jaar."
    assert [n.unit for n in find_numbers(s, 0, len(s))] == ["count"]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Meer dan twee eeuwen lang was het een vestingstad.", "twee eeuwen lang", "200"),
        ("Dat is al drie decennia zo.", "drie decennia", "30"),
        ("Na een eeuw is het anders.", None, None),  # no figure before it
    ],
)
def test_centuries_and_decades_are_years(text, quote, value):
    found = [(q, v) for q, v, u in figures(text) if u == "years"]
    assert found == ([(quote, Decimal(value))] if quote else [])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Per 1.000 inwoners zijn er 48 bijstandsuitkeringen.", "48"),
        ("Er zijn 48 bijstandsuitkeringen per 1.000 inwoners.", "48"),
        ("De bijstandsdichtheid ligt op 31 per 1.000 inwoners.", "31"),
    ],
)
def test_a_count_per_thousand_inhabitants_is_a_rate(text, quote):
    assert [(q, u) for q, _, u in figures(text)] == [(quote, "per 1000 inhabitants")]


@pytest.mark.parametrize(
    "text",
    [
        "Per 1.000 inwoners telde Waalwijk in 2017 33 bijstandsuitkeringen.",
        "Per 1.000 inwoners had de gemeente in 2015 27 uitkeringen, tegen 35 in de regio.",
        "Op elke 1.000 inwoners kende de stad eind 2016 41 bijstandsuitkeringen.",
        "Per 1.000 inwoners verstrekte de sociale dienst in 2018 ruim 52 uitkeringen.",
    ],
)
def test_a_rate_per_thousand_reads_across_the_year_of_its_clause(text):
    rates = [(q, u) for q, _, u in figures(text) if u == "per 1000 inhabitants"]
    assert rates and rates[0][0] in {"33", "27", "41", "52"}


@pytest.mark.parametrize(
    "text",
    [
        "Per 1.000 inwoners zijn er veel vrijwilligers; in 2016 kwamen er 45 mantelzorgers bij.",
        "Per 1.000 inwoners is het laag, en in 2015 telde de stad 1.200 cliënten.",
        "In 2016 telde de gemeente 33 wijkteams.",
    ],
)
def test_a_count_in_another_clause_than_the_rate_stays_a_count(text):
    assert all(u != "per 1000 inhabitants" for _, _, u in figures(text))


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("De huisarts zit vijftien kilometer verderop.", "vijftien kilometer", "15", "km"),
        ("Het ziekenhuis ligt op 12 km van het dorp.", "12 km", "12", "km"),
        ("Ouders rijden soms 40 kilometers naar de kliniek.", "40 kilometers", "40", "km"),
        ("De bushalte staat op 400 meter van het loket.", "400 meter", "400", "metres"),
    ],
)
def test_a_distance_keeps_the_unit_of_its_word(text, quote, value, unit):
    assert figures(text) == [(quote, Decimal(value), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Er wonen 300 mensen in het dorp.",
        "Het team telt 12 medewerkers, op één kilometer na allemaal dichtbij.",
        "In 2016 kwam er een meter bij de ingang.",
    ],
)
def test_no_distance_without_its_word_right_after_the_figure(text):
    assert all(u not in {"km", "metres"} for _, v, u in figures(text) if v is not None and v > 1)


def test_a_thousand_inhabitants_alone_is_a_count():
    assert figures("In het dorp wonen 1.000 inwoners.") == [("1.000", Decimal(1000), "count")]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Bij de helft spelen vier of meer problemen tegelijk.", "vier of meer", 4),
        ("Er zijn 3 of meer consulenten betrokken.", "3 of meer", 3),
        ("Dat geldt voor twee of minder gezinnen per wijk.", "twee of minder", 2),
    ],
)
def test_an_open_range_before_a_noun_is_its_lower_bound(text, quote, value):
    found = [n for n in find_numbers(text, 0, len(text)) if n.unit == "count"]
    assert [(text[n.start : n.end], n.value, n.form) for n in found] == [
        (quote, Decimal(value), "range")
    ]


def test_or_more_than_is_no_open_range():
    text = "Het gaat om 12 of meer dan 20 mensen."
    found = [(text[n.start : n.end], n.form) for n in find_numbers(text, 0, len(text))]
    assert found == [("12", "digits"), ("20", "digits")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quantitative "er": the noun is left out, the number still counts
        ("Er kwamen elf adviezen, waarvan er negen door het college werden overgenomen.", 9),
        ("Het zijn er drie minder dan vorig jaar.", 3),
        # … after a partitive relative with a place and a qualifier between
        ("Huisartsen, van wie er in de twee kernen ongeveer twintig een praktijk hebben.", 20),
        # a count after its noun
        ("De buurtsportcoaches, vier in getal, hebben veel vrijheid.", 4),
    ],
)
def test_a_count_whose_noun_is_left_out_or_put_before(text, expected):
    assert [v for _q, v, u in figures(text) if u == "count"][-1] == expected


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("De raad kwam twee keer een avond bijeen.", "twee keer een avond", "2", "count"),
        ("Er was tweemaal een themabijeenkomst.", "tweemaal een themabijeenkomst", "2", "count"),
        ("Men heeft een halve formatieplaats nodig.", "een halve formatieplaats", "0.5", "fte"),
    ],
)
def test_times_an_event_and_half_a_job(text, quote, value, unit):
    assert (quote, Decimal(value), unit) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cliënten kregen in één keer een bedrag te betalen.",  # "in één keer": at once
        "Het team telt drie formatieplaatsen.",  # a count of posts, not of full-time jobs
    ],
)
def test_no_event_count_at_once_and_posts_stay_counts(text):
    assert all(u != "fte" and q != "één keer een bedrag" for q, _v, u in figures(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Op elke 1.000 inwoners werden 31 bijstandsuitkeringen verstrekt.",
        "Op iedere 1.000 inwoners zijn er 31 uitkeringen.",
        "Er zijn 31 bijstandsuitkeringen op elke 1.000 inwoners.",
    ],
)
def test_each_thousand_inhabitants_is_a_rate(sentence):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == [(Decimal(31), "per 1000 inhabitants")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Een cliënt moet niet drie keer hoeven bellen.", Decimal(3)),
        ("We moesten beleid soms twee keer schrijven.", Decimal(2)),
        ("Het besluit is al twee maal uitgesteld.", Decimal(2)),
    ],
)
def test_so_many_times_a_verb_is_a_count_of_events(sentence, value):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == [(value, "count")]


def test_once_in_one_go_is_no_figure():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("De rekening werd later in één keer betaald.")
    assert ex.indicators == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Cliënten geven de Wmo gemiddeld een 7,8.", "grade"),
        ("De tevredenheid is met een 7,2 iets lager dan in de regio.", "grade"),
        ("Er werken 7,8 consulenten.", "count"),
    ],
)
def test_a_decimal_mark_after_een_is_a_grade(sentence, unit):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [i.unit for i in ex.indicators] == [unit]


def test_acht_after_an_adjective_of_judgement_is_the_verb_achten():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Er zijn zes plekken, terwijl de raad er minstens veertig nodig acht.")
    assert [i.value for i in ex.indicators] == [Decimal(6), Decimal(40)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted part of a group: so many of them
        ("Welzijn Boxtel levert acht van de medewerkers van het team.", [("acht", "8", "count")]),
        ("Drie van onze teams werken al samen.", [("Drie", "3", "count")]),
        # a share stays a share
        ("Vier van de vijf adviezen werden overgenomen.", [("Vier van de vijf", "80", "percent")]),
    ],
)
def test_a_number_word_before_van_de_and_a_plural_counts_a_part(text, expected):
    assert figures(text) == [(q, Decimal(v), u) for q, v, u in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a span of time after "dan"/"als", counted back: the compared moment, no amount
        "Het telde 1.900 aanmeldingen, een kwart meer dan twee jaar eerder.",
        "Raadsleden zijn minder positief dan drie jaar geleden.",
        "Het aantal cliënten is ongeveer zo hoog als vijf jaar daarvoor.",
        "De wachtlijst is korter dan zes maanden terug.",
    ],
)
def test_a_span_counted_back_after_dan_or_als_is_no_duration(sentence):
    found = find_numbers(sentence, 0, len(sentence))
    assert [n.unit for n in found if n.unit in {"years", "months"}] == []


def test_a_span_after_dan_that_is_not_counted_back_stays_a_duration():
    s = "De behandeling duurt langer dan zes maanden."
    assert [(n.value, n.unit) for n in find_numbers(s, 0, len(s))] == [(Decimal(6), "months")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partitive "er" a few words before, an adverb of amount right before the number
        ("Hier slapen er in een koude nacht nog tien op de vloer.", ["tien"]),
        ("Er wachten nu al twaalf op een plek.", ["twaalf"]),
        ("Er staan er in de winter soms nog vijftien buiten.", ["vijftien"]),
        ("Er komen volgend jaar ruim twintig bij.", ["twintig"]),
        # one, or no "er": no count without a noun
        ("Er is al één van de drie teams gestart.", ["drie"]),
        ("Het duurde nog twee.", []),
    ],
)
def test_a_number_word_after_a_partitive_er_and_an_adverb_is_a_count(text, expected):
    assert [text[n.start : n.end] for n in find_numbers(text, 0, len(text))] == expected


def test_an_estimated_count_in_words_may_end_its_clause():
    # "naar schatting" lets a number word without a noun close its clause, as "ruim" does
    text = "Het aantal inwoners met beschermd wonen is klein, naar schatting twintig."
    assert figures(text) == [("twintig", Decimal(20), "count")]


def test_an_estimated_number_word_before_more_words_is_still_no_count():
    assert figures("De jongeren worden naar schatting achttien terwijl zij op school zitten.") == []
