"""kg.extract.numberwordcounts: number words that count nothing, and those that count anyway."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.numberwordcounts import counts_without_noun, inverted_change_to, slogan_or_pronoun
from tests.extract_helpers import extract_text


def _no_amount(text: str, word: str) -> bool:
    m = re.search(rf"\b{re.escape(word)}\b", text)
    assert m is not None
    return slogan_or_pronoun(text, m.start(), m.end(), 0, len(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De één wil meer, de ander minder.", "één"),
        ("Eén gezin, één plan is het uitgangspunt.", "Eén"),
        ("De wijkteams werken volgens één gezin, één plan.", "één"),
        ("Eén ding is zeker: de kosten stijgen.", "Eén"),
        ("De partners zitten op één lijn over de aanpak.", "één"),
        ("Er kwam niet één klacht binnen over de nieuwe aanpak.", "één"),
        ("Het Rijk droeg de taken over en kortte het geld in één beweging.", "één"),
        ("In één klap was de reserve op.", "één"),
        ("Zij wilden alles in één ruk regelen.", "één"),
        ("De gemeente zette in één beweging alle contracten om.", "één"),
        ("Woningen worden steeds vaker door één oudere bewoond.", "één"),
        ("Dat kost € 17,50 per vier weken.", "vier"),
        ("Zo ging het al in de jaren zeventig.", "zeventig"),
    ],
)
def test_a_number_word_that_names_no_amount(text, word):
    assert _no_amount(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er zijn drie teams in de gemeente.", "drie"),
        # the reform counts its three laws (tests/gold/README.md, second review, point 5)
        ("Sinds de drie decentralisaties werkt de gemeente anders.", "drie"),
        ("Er is één wijkteam voor de hele gemeente.", "één"),
        ("Aan één kant staat de zorg.", "één"),
        ("De score ligt één punt hoger.", "één"),
        # a denied one before an arrangement counts (gold README, thirty-ninth session, point 12)
        ("Het zijn taken die niet in één product passen.", "één"),
        ("Dat is niet met één loket op te lossen.", "één"),
        ("Die zorg past niet in één budget.", "één"),
        ("De vragen zijn niet bij één team te beleggen.", "één"),
        ("Er komt één beweegcoach voor de hele gemeente.", "één"),
    ],
)
def test_a_number_word_that_counts(text, word):
    assert not _no_amount(text, word)


@pytest.mark.parametrize(
    "text",
    [
        # "één" before a noun of the slogan, alone, counts the arrangement (tests/gold/README.md,
        # thirty-third session decision 8: "één loket", "voor één gezin", "in één plan")
        "Inwoners kunnen terecht bij één loket.",
        "Een consulent vult vier formulieren in voor één gezin.",
        "De schuldhulp en de jeugdhulp staan samen in één plan.",
        "Elk huishouden met meerdere hulpverleners krijgt één regisseur.",
        "Ouders hebben sinds dit jaar één contactpersoon bij de school.",
        # a second "één" past a colon or a quote mark is another clause's
        "De raad koos voor één toegang: 'niemand hoeft maar één keer te bellen'.",
    ],
)
def test_one_before_a_noun_of_the_slogan_counts_alone(text):
    m = re.search(r"\b[Éé]én\b", text)
    assert m is not None
    assert not slogan_or_pronoun(text, m.start(), m.end(), 0, len(text))


def _next(text: str) -> re.Match:
    m = re.match(r"\s+(\w+)", text)
    assert m is not None
    return m


def test_all_of_a_counted_group_counts():
    assert counts_without_noun("alle ", _next(" de gemeenten"), Decimal(4), False)
    assert not counts_without_noun("alle ", _next(" voor jeugd"), Decimal(4), False)


def test_a_gapped_noun_counts_only_after_a_counted_noun():
    nxt = _next(" voor huishoudelijke hulp")
    assert counts_without_noun("acht aanbieders voor begeleiding en ", nxt, Decimal(6), True)
    assert not counts_without_noun("acht aanbieders voor begeleiding en ", nxt, Decimal(6), False)
    assert not counts_without_noun("de aanbieders ", nxt, Decimal(6), True)


def test_nothing_after_the_word_counts_nothing():
    assert not counts_without_noun("alle ", None, Decimal(4), True)


@pytest.mark.parametrize(
    "before",
    [
        "zes teams, halverwege 2016 ",
        "acht consulenten en medio 2016 ",
        "negen klachten; een jaar later ",
        "zes teams, eind 2016 nog ",
    ],
)
def test_a_count_after_a_later_moment_counts_without_a_noun(before):
    assert counts_without_noun(before, None, Decimal(11), True)
    assert not counts_without_noun(before, None, Decimal(11), False)


def test_a_number_word_after_a_year_without_a_count_before_does_not_count():
    assert not counts_without_noun("Het is 2016 ", None, Decimal(11), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarna daalde het aantal klachten tot 80.",
        "In 2016 steeg het aantal meldingen tot 101.",
        "In 2015 groeiden de wachtlijsten bij de jeugd-ggz tot 60.",
        "Een jaar later liep het aantal aanvragen op tot 90.",
        "Halverwege 2016 zakte het aantal thuiszitters naar 12.",
    ],
)
def test_the_level_an_inverted_change_reaches_is_a_figure(sentence):
    figures = [i.value for i in extract_text(sentence)[1].indicators]
    assert figures == [Decimal(re.search(r"\d+(?=\.$)", sentence).group())]


@pytest.mark.parametrize(
    "before", ["Dat geldt voor jongeren tot ", "De hulp loopt door tot ", "Ze blijven tot "]
)
def test_an_age_bound_is_no_inverted_change(before):
    assert not inverted_change_to(before)


def test_every_one_of_a_slogan_in_a_list_names_no_amount():
    text = "Het motto blijft één huishouden, één plan en één regisseur."
    ones = list(re.finditer("één", text))
    assert len(ones) == 3
    assert all(slogan_or_pronoun(text, m.start(), m.end(), 0, len(text)) for m in ones)


def test_one_counted_in_a_whole_profile():
    text = "Een wijkcoach vertelt dat zij drie systemen bijhoudt voor één gezin."
    found = [(i.value, i.unit) for i in extract_text(text)[1].indicators]
    assert (1, "count") in found
    slogan = "Het principe één gezin, één plan is nog niet bereikt."
    assert all(i.value != 1 for i in extract_text(slogan)[1].indicators)
