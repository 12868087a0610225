"""A surplus reported with its amount (and the reserve it went to) is a result, not a judgement."""

from __future__ import annotations

from types import SimpleNamespace as N

import pytest
from extract_helpers import extract_text

from kg.extract.reservedsurplus import reserved_surplus, surplus_result


def _cue(sentence: str, words: str = "een overschot") -> N:
    at = sentence.index(words)
    return N(start=at, end=at + len(words))


@pytest.mark.parametrize(
    "sentence",
    [
        "De stad sloot 2016 af met een overschot van € 2 miljoen, dat in een reserve is gestort.",
        "Het jaar gaf een overschot van 1,4 miljoen, dat in de reserve sociaal domein ging.",
        # the surplus alone, with its amount: the year's result
        "De gemeente sloot 2016 af met een overschot van € 2 miljoen.",
        "Het sociaal domein sloot 2016 af met een overschot van € 2 miljoen, vooral op de Wmo.",
    ],
)
def test_a_surplus_with_its_amount_has_no_tone(sentence):
    assert reserved_surplus(sentence, 0, [_cue(sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        # a reason: how the result came about is a finding
        "Er was een overschot van € 2 miljoen, dat in een reserve ging, doordat de zorg daalde.",
        # a contrast
        "Er was een overschot van € 2 miljoen, dat in een reserve ging, maar de zorgen blijven.",
        # no amount
        "Er was een overschot, dat in een reserve ging.",
    ],
)
def test_a_surplus_with_more_is_not_only_a_result(sentence):
    assert not reserved_surplus(sentence, 0, [_cue(sentence)])


def test_another_cue_keeps_the_tone():
    s = "Er was een overschot van € 2 miljoen, dat in een reserve ging; de raad is tevreden."
    assert not reserved_surplus(s, 0, [_cue(s), _cue(s, "tevreden")])


def test_the_offset_of_the_sentence_is_taken_into_account():
    s = "De gemeente sloot af met een overschot van € 2 miljoen, dat in een reserve ging."
    at = s.index("een overschot") + 500
    assert reserved_surplus(s, 500, [N(start=at, end=at + 13)])


def test_a_claim_without_the_word_is_no_surplus_whatever_its_cues():
    # the word gate: no "overschot" in any case, no surplus (and no pattern is searched)
    s = "Er was een tekort van € 2 miljoen, dat uit een reserve kwam."
    assert not reserved_surplus(s, 0, [])


def test_the_word_in_capitals_passes_the_gate():
    s = "De gemeente sloot af met een OVERSCHOT VAN € 2 miljoen, dat in een reserve ging."
    at = s.index("OVERSCHOT")
    assert reserved_surplus(s, 0, [N(start=at, end=at + 9)])


@pytest.mark.parametrize(
    "sentence",
    [
        "De jeugdhulp sloot 2016 af met een overschot van € 0,4 miljoen.",
        "Op werk bleef een overschot van 250.000 euro, dat naar de algemene reserve ging.",
        "Het college meldt voor 2015 een overschot van € 1,3 miljoen op het sociaal domein.",
        "Over 2016 liet de Wmo een overschot van € 700.000 zien, dat in de reserve is gestort.",
    ],
)
def test_a_surplus_with_its_amount_is_a_result(sentence):
    assert surplus_result(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Er bleef een overschot van € 2 miljoen over, omdat de zorgvraag daalde.",
        "De Wmo had een overschot van € 1 miljoen en de jeugdhulp een tekort van € 3 miljoen.",
        "Het overschot viel volgens de controller mee.",
        "Er bleef geld over op de Wmo.",
    ],
)
def test_a_surplus_with_a_reason_a_deficit_or_no_amount_is_no_bare_result(sentence):
    assert not surplus_result(sentence)


def test_a_bare_surplus_in_a_speakers_account_is_data_end_to_end():
    doc, ex = extract_text(
        "Een controller van de gemeente wijst erop dat de jeugdhulp duurder uitvalt dan"
        " begroot. De Wmo sloot 2016 af met een overschot van € 1,4 miljoen, dat in de reserve"
        " sociaal domein is gestort."
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert any("controller" in q for q in quotes)
    assert not any("overschot" in q for q in quotes)
