"""Agreement in a group: whether participants agreed judges nothing (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.groupagreement import course_only, without_agreement
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    "sentence",
    [
        # disagreement about a topic, with and without "onderling"; agreement reached or not;
        # nobody contradicting; a plain "eens" at the end
        "De huisartsen en de consulenten waren het onderling oneens over de wachttijden.",
        "In de tweede bijeenkomst bleven de ouders het oneens over de rol van school.",
        "Over de toekomst van de dagbesteding kwamen de aanwezigen niet tot overeenstemming.",
        "De deelnemers kwamen uiteindelijk tot een gezamenlijk standpunt over het vervoer.",
        "Niemand in de zaal sprak dat tegen.",
        "De vrijwilligers waren het daarover met elkaar eens.",
    ],
)
def test_the_course_of_the_talk_is_neutral(sentence):
    assert course_only(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # a stance on a decision, a statement of what was agreed, a disagreement with a turn
        "De cliëntenraad is het oneens met de bezuiniging op de huishoudelijke hulp.",
        "De groep was het erover eens dat de wachttijd voor jeugdhulp te lang is.",
        "De ouders waren het oneens over de hulp, maar de wachttijd vonden zij te lang.",
        "Er was onenigheid tussen de gemeente en de zorgaanbieders over de tarieven.",
    ],
)
def test_a_stance_or_a_statement_is_not_the_course_of_the_talk(sentence):
    assert not course_only(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was agreed carries the judgement, not the word of agreement
        ("De professionals waren unaniem: de wachtlijsten zijn te lang.", "negative"),
        ("De ouders waren eensgezind: het nieuwe loket werkt goed.", "positive"),
        ("De teamleiders waren het er unaniem over eens dat de caseload te hoog is.", "negative"),
        ("Alle deelnemers waren unaniem van mening dat de regels te ingewikkeld zijn.", "negative"),
    ],
)
def test_what_was_agreed_judges(sentence, expected):
    assert polarity_of(sentence) == expected


def test_a_vote_keeps_its_word_of_agreement():
    s = "De raad stemde unaniem in met het plan."
    at = s.index("unaniem")
    assert without_agreement(s, 0, len(s), [Cue(at, at + 7, 1)]) == [Cue(at, at + 7, 1)]


def test_every_report_of_the_talk_holds_a_gate_word():
    # the gates skip a claim without the words: exact only if no match can do without them
    from gate_support import every_match_holds

    from kg.extract import groupagreement as ga

    assert every_match_holds(ga._COURSE, ga._GATE)
    assert every_match_holds(ga._AGREED_ON, ga._AGREED_GATE)
    assert not every_match_holds(ga._COURSE, ("tegen",))  # the proof is no formality


@pytest.mark.parametrize(
    "sentence",
    [
        "DE BEWONERS WAREN HET ONDERLING ONEENS OVER DE NIEUWE ROUTE.",  # capitals
        "De leden kwamen na lang praten tot overeenstemming.",
        "De jongeren waren Unaniem: het jongerenwerk moet blijven.",
        "Het team was eensgezind: de aanpak werkt.",
        "Niemand uit de wijk sprak hem tegen.",
        "De buurtbewoners waren het hier niet over eens.",
        "De ſtemming was goed en de leden waren het onderling oneens over de koers.",  # odd letter
    ],
)
def test_the_gates_read_as_the_whole_patterns(sentence, monkeypatch):
    from kg.extract import groupagreement as ga

    cues = [Cue(0, 2, 1), Cue(sentence.lower().find("unaniem"), 0, 1)]
    cues += [Cue(sentence.lower().find("eensgezind"), 0, 1)]
    gated = (course_only(sentence, 0, len(sentence)), without_agreement(sentence, 0, 99, cues))
    monkeypatch.setattr(ga, "_GATE", ("",))  # a gate every claim passes
    monkeypatch.setattr(ga, "_AGREED_GATE", ("",))
    assert gated == (
        course_only(sentence, 0, len(sentence)),
        without_agreement(sentence, 0, 99, cues),
    )
