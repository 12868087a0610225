"""Figures that are phrases (:mod:`kg.extract.numberphrases`): shares, ratios, vague amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.numberphrases import phrases


def _read(text: str) -> list[tuple[str, Decimal | None, str, str]]:
    return [(text[n.start : n.end], n.value, n.unit, n.form) for n in phrases(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 op de 8 kinderen", [("1 op de 8", Decimal("12.5"), "percent", "share")]),
        ("drie van de tien inwoners", [("drie van de tien", Decimal(30), "percent", "share")]),
        ("twee derde van de cliënten", [("twee derde", Decimal("66.7"), "percent", "share")]),
        ("tweemaal zo hoog", [("tweemaal zo hoog", Decimal(2), "ratio", "ratio")]),
        ("het aantal is gehalveerd", [("gehalveerd", Decimal("0.5"), "ratio", "ratio")]),
        ("een half jaar", [("een half jaar", Decimal(6), "months", "half")]),
        ("een halfjaar", [("een halfjaar", Decimal(6), "months", "half")]),
        ("een tiental aanbieders", [("een tiental", Decimal(10), "count", "vague")]),
        ("duizenden euro's", [("duizenden euro's", None, "EUR", "vague")]),
        ("een groot deel van de jongeren", [("een groot deel", None, "percent", "vague")]),
    ],
)
def test_phrases(text, expected):
    assert _read(text) == expected


def test_no_anchor_no_figure():
    assert phrases("De gemeente werkt samen met de regio.", 0, 37) == []


def test_one_of_three_aldermen_is_no_share():
    assert _read("één van de drie wethouders") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("zij wachtten maandenlang op hun geld", "months"), ("dat duurde jarenlang", "years")],
)
def test_a_span_of_time_in_one_word_is_vague(text, unit):
    word = text.split()[-1] if text.endswith("jarenlang") else "maandenlang"
    assert _read(text) == [(word, None, unit, "vague")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fraction of an hour is counted in minutes; half a year in months
        ("De taxi komt geregeld een half uur te laat.", (Decimal(30), "minutes", False)),
        ("Een rit naar het ziekenhuis kan anderhalf uur duren.", (Decimal(90), "minutes", False)),
        ("Een gesprek duurt 45 minuten.", (Decimal(45), "minutes", False)),
        # no unit of hours (gold README): whole hours too are counted in minutes
        ("Een gesprek duurt gemiddeld 2 uur.", (Decimal(120), "minutes", False)),
        # half a year is six months, not about six ("Een half jaar later", gold README)
        ("Een half jaar later werd de aanpak uitgebreid.", (Decimal(6), "months", False)),
        ("Dat was een half jaar werk voor het team.", (Decimal(6), "months", False)),
    ],
)
def test_minutes_and_fractions_of_an_hour(sentence, expected):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.approximate) for i in ex.indicators] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een aanvraag blijft soms een week liggen", [("een week", Decimal(1), "weeks")]),
        ("de stukken komen pas een week voor de raad", [("een week", Decimal(1), "weeks")]),
        ("de bus komt vaak een uur te laat", [("een uur", Decimal(60), "minutes")]),
        ("het kost ons ruim een dag per week", [("een dag", Decimal(1), "days")]),
        ("het aantal steeg in een jaar tijd", []),
        ("een jaar van overgang", []),
        ("een maand later kwam het besluit", [("een maand", Decimal(1), "months")]),
        ("meer dan een jaar eerder", []),
    ],
)
def test_one_unit_of_time_after_an_adverb_is_a_duration(text, expected):
    found = [(text[n.start : n.end], n.value, n.unit) for n in phrases(text, 0, len(text))]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["het beperkte aantal klachten", "kleine aantallen medewerkers", "een enorm aantal cliënten"],
)
def test_definite_and_plural_vague_counts(text):
    assert [(n.unit, n.form) for n in phrases(text, 0, len(text))] == [("count", "vague")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a multiple with its end figure: the change keeps the end value (gold README)
        ("De taakstelling is in 2016 verdubbeld tot 96 personen.", [(Decimal(96), "count")]),
        ("Het aantal ontruimingen is daardoor gehalveerd.", [(Decimal("0.5"), "ratio")]),
        ("Het aantal meldingen is verdubbeld.", [(Decimal(2), "ratio")]),
        # its start and end after a comma: one change, the end value
        ("Het aantal vrijwilligers verdubbelde, van 40 naar 85.", [(Decimal(85), "count")]),
        ("Het aantal meldingen verdubbelde, maar het budget niet.", [(Decimal(2), "ratio")]),
        ("Het aantal meldingen verdubbelde, tot ruim 140 per jaar.", [(Decimal(140), "count")]),
        ("Het aantal meldingen is verdubbeld, tot 2020 blijft het zo.", [(Decimal(2), "ratio")]),
        # a start and end figure with thousands separators; its values year by year
        ("Het budget halveerde sinds 2014 van € 2.400 naar € 1.200.", [(Decimal(1200), "EUR")]),
        ("Het aantal cliënten is gehalveerd (2014: 1.020; 2016: 510).", [(Decimal(510), "count")]),
    ],
)
def test_a_multiple_with_an_end_figure_is_no_ratio(sentence, expected):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De raad had de eerste jaren weinig grip.", [(None, "years", True)]),
        ("Teamleden zeggen dat de eerste maanden zwaar waren.", [(None, "months", True)]),
        # a part of a named year is a moment, not a span
        ("De toegang verliep in de eerste maanden van 2015 moeizaam.", []),
    ],
)
def test_the_first_months_or_years_are_a_vague_span(sentence, expected):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.approximate) for i in ex.indicators] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Een huisbezoek van een uur levert veel op.", [(Decimal(60), "minutes")]),
        ("Er geldt een termijn van een week.", [(Decimal(1), "weeks")]),
    ],
)
def test_one_unit_of_time_a_noun_measures_with_van(sentence, expected):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Dat kost ons een paar ton per jaar.", Decimal(200000), "EUR"),
        ("Zij verwachten een paar honderd extra banen.", Decimal(200), "count"),
        ("Het gaat om enkele tonnen per jaar.", None, "EUR"),
    ],
)
def test_a_couple_of_a_scale_is_two_of_it(text, value, unit):
    found = [n for n in phrases(text, 0, len(text)) if n.form == "vague"]
    assert [(n.value, n.unit) for n in found] == [(value, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter of an hour, counted or one, in minutes
        ("De registratie kost per huisbezoek al gauw drie kwartier.", [(Decimal(45), "minutes")]),
        ("Een intake duurt doorgaans een kwartier.", [(Decimal(15), "minutes")]),
        ("Na anderhalf kwartier ging de moeder naar huis.", [(Decimal("22.5"), "minutes")]),
        # half a unit with the inflected "halve" (common gender) and the neuter "half"
        ("Een rit naar de specialist kost al snel een halve dag.", [(Decimal("0.5"), "days")]),
        ("Ouders waren er een halve werkdag mee kwijt.", [(Decimal("0.5"), "days")]),
        ("De aanvraag lag een halve week stil.", [(Decimal("0.5"), "weeks")]),
        # a whole unit: "een hele dag", "een volle week", "een heel jaar", "een vol uur"
        ("Die ene afspraak kostte ons een hele dag.", [(Decimal(1), "days")]),
        ("Zij waren een volle week bezig met de formulieren.", [(Decimal(1), "weeks")]),
        ("Het duurde een heel jaar voordat de indicatie rond was.", [(Decimal(1), "years")]),
        ("Het keukentafelgesprek duurde een vol uur.", [(Decimal(60), "minutes")]),
    ],
)
def test_spans_of_time_in_words(sentence, expected):
    from kg.extract.numbers import find_numbers

    found = find_numbers(sentence, 0, len(sentence))
    assert [(n.value, n.unit) for n in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De teams overleggen eens per week met de huisartsen.", "eens per week"),
        ("Eens per jaar komt de adviesraad bijeen.", "Eens per jaar"),
        ("De wijkagent schuift eens per maand aan bij het overleg.", "eens per maand"),
        ("Zij rapporteren eens per kwartaal aan de raad.", "eens per kwartaal"),
    ],
)
def test_once_in_a_span_with_eens_is_a_count_of_one(text, expected):
    assert _read(text) == [(expected, Decimal(1), "count", "frequency")]


@pytest.mark.parametrize(
    "text",
    [
        "Zij zijn het eens over de aanpak.",  # to agree
        "Kijk nog eens per wijk naar de cijfers.",  # once more, for each district
        "Het is eens anders geweest.",  # once, in the past
        "De raad is het eens met het college.",
    ],
)
def test_eens_without_a_span_or_as_again_is_no_frequency(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "share", "value"),
    [
        ("Mantelzorgers: bijna 3.000, een op de elf volwassenen", "een op de elf", "9.1"),
        ("Eén op de twaalf kinderen groeit op in armoede.", "Eén op de twaalf", "8.3"),
        ("Ongeveer één op de twintig huishoudens heeft schulden.", "één op de twintig", "5"),
        ("Dat is een op de vijfentwintig inwoners.", "een op de vijfentwintig", "4"),
    ],
)
def test_one_in_a_number_word_above_ten_is_a_share(text, share, value):
    assert (share, Decimal(value), "percent", "share") in _read(text)


@pytest.mark.parametrize(
    "text",
    ["Het team werkt op de elf scholen van de gemeente.", "Zij wonen op de twaalfde verdieping."],
)
def test_a_number_word_after_op_de_without_one_before_is_no_share(text):
    assert not [f for f in _read(text) if f[3] == "share"]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("De subsidie kostte een kwartaal lang papierwerk.", "een kwartaal", 3, "months"),
        ("Binnen een kwartaal was de aanvraag afgehandeld.", "een kwartaal", 3, "months"),
        ("Het project liep een jaar lang in de wijk.", "een jaar", 1, "years"),
        ("Een week lang hoorde de cliënt niets.", "Een week", 1, "weeks"),
    ],
)
def test_one_unit_of_time_before_lang_or_a_quarter_is_a_duration(text, span, value, unit):
    assert (span, Decimal(value), unit, "duration") in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "In het eerste kwartaal kwamen er meer meldingen.",
        "Het is een leven lang leren.",
        "Zes weken na afloop van een kwartaal is er zicht op de uitgaven.",
    ],
)
def test_a_named_quarter_or_no_unit_before_lang_is_no_duration(text):
    assert not [f for f in _read(text) if f[3] == "duration"]


def test_every_share_of_one_in_holds_a_digit_or_a_number_word():
    """The share pattern runs only where a digit or a number word stands: each of its
    matches holds one (a compound holds a part, an odd letter opens every span)."""
    import random

    from kg.extract import numberphrases, sentencecache

    text = (
        "1 op de 8, één op de vijfentwintig, twee van de drie, EEN OP DE TWINTIG, 3 op 4, "
        "vier van de tien, een op de driehonderd, 1 op de 1.000, een op de ſes, één op de "
        "Elf, zeven op de tweeduizend, een op de honderdtwintig, een op de ٣, Een Op De Tien."
    )
    sentencecache.clear()
    rnd = random.Random(3)
    for _ in range(400):
        start = rnd.randrange(len(text))
        end = min(len(text), start + rnd.randrange(1, 60))
        if numberphrases._ONE_IN.search(text, start, end):
            digit = numberphrases._DIGIT.search(text, start, end)
            assert digit or numberphrases.NUMBER_WORDS.holds(text, start, end), text[start:end]
    assert _read("één op de vijfentwintig") == [
        ("één op de vijfentwintig", Decimal(4), "percent", "share")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("is minder dan een derde via het team gekomen", "een derde"),
        ("kwam ten minste een vijfde via de huisarts", "een vijfde"),
        ("heeft hooguit een tiende een baan", "een tiende"),
    ],
)
def test_a_fraction_after_a_bound_is_a_share(text, span):
    assert [r[0] for r in _read(text)] == [span]


def test_an_ordinal_after_a_bound_is_no_share():
    assert _read("werd meer dan een derde keer gevraagd") == []
    assert _read("kwam als een derde partij binnen") == []
