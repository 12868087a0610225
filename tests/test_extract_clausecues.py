"""The cues of one clause and the frames that turn them (kg.extract.clausecues)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.clausecues import (
    asks_more,
    clause_frames,
    cuts_word,
    difficulty_removed,
    lacks,
    own_cues,
)
from kg.extract.toneframes import Cue


def cue(sentence: str, words: str, sign: int, **kw) -> Cue:
    """The cue of ``words`` in ``sentence``."""
    at = sentence.index(words)
    return Cue(at, at + len(words), sign, **kw)


def whole(sentence: str) -> tuple[int, int]:
    return 0, len(sentence)


def test_a_tone_word_inside_a_problems_name_is_not_a_cue_of_its_own():
    s = "Er is een korte invoeringstermijn, maar de zorg is goed."
    short = cue(s, "korte", 1)
    problem = cue(s, "korte invoeringstermijn", -1, problem=True)
    good = cue(s, "goed", 1)
    assert own_cues([good, short, problem], whole(s)) == [problem, good]


def test_the_cues_outside_the_clause_are_not_its_own():
    s = "Het loket werkt goed, maar de regels zijn ingewikkeld."
    good = cue(s, "goed", 1)
    assert own_cues([good], (s.index("maar"), len(s))) == []


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("De zorg moet beter.", "beter", True),
        ("De zorg moet verbeteren.", "verbeteren", True),
        ("Er is overleg om de zorg te verbeteren.", "verbeteren", False),
        ("De zorg moet goed zijn.", "goed", False),
    ],
)
def test_a_comparative_or_improving_under_an_obligation_asks_for_more(sentence, words, expected):
    assert asks_more(sentence, cue(sentence, words, 1)) is expected


def test_a_clause_with_no_judgement_has_no_frames():
    s = "De zorg moet worden verbeterd."
    assert clause_frames(s, whole(s), frozenset(), -1, []) == (False, False, False, False)


def test_an_obligation_frames_the_judgement_of_its_clause():
    s = "De samenwerking moet worden versterkt."
    _supposed, _solved, _gone, must = clause_frames(
        s, whole(s), frozenset(), -1, [cue(s, "versterkt", 1)]
    )
    assert must


def test_a_problem_that_did_not_come_about_is_removed():
    s = "De bezuinigingen bleven uit."
    assert difficulty_removed(s, whole(s), frozenset(), [cue(s, "bezuinigingen", -1, problem=True)])
    s = "De bezuinigingen gaan door."
    assert not difficulty_removed(
        s, whole(s), frozenset(), [cue(s, "bezuinigingen", -1, problem=True)]
    )


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Volgens de controller is het budget voor de jeugdhulp met 7% verlaagd.", "budget"),
        ("Volgens de controller is de reserve in 2016 verminderd.", "reserve"),
        ("Volgens cliënten is de kwaliteit van de hulp verminderd.", "kwaliteit"),
        ("De wethouder zegt dat het budget voor de wijkteams is verlaagd.", "budget"),
    ],
)
def test_a_lowered_good_quantity_takes_no_difficulty_away(sentence, words):
    from extract_helpers import polarity_of

    start = sentence.index(words)
    level = Cue(start, len(sentence) - 1, -1)  # the level reading of kg.extract.direction
    assert not difficulty_removed(sentence, whole(sentence), frozenset(), [level])
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # a difficulty or a bad quantity lowered is still taken away
        "Volgens de wethouder zijn de kosten van de jeugdhulp met 7% verlaagd.",
        "Volgens de wethouder is de wachttijd verlaagd.",
        "Volgens de raad is de regeldruk verlaagd.",
        "De wethouder zegt dat de tekorten zijn verminderd.",
    ],
)
def test_a_lowered_difficulty_stays_positive(sentence):
    from extract_helpers import polarity_of

    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    ("sentence", "words", "turned", "expected"),
    [
        ("Er is weinig grip.", "grip", False, 1),
        ("Er is geen mantelzorg.", "mantelzorg", True, 1),
        ("De hulp is gekort.", "hulp", False, 1),
        ("Er is veel grip.", "grip", False, 0),
        ("Er zijn minder werklozen.", "werklozen", False, 0),
    ],
)
def test_a_problems_subject_negated_diminished_or_cut_back_is_lacking(
    sentence, words, turned, expected
):
    found = cue(sentence, words, -1, problem=True, subject=True)
    assert lacks(sentence, whole(sentence), found, turned, -1) == expected


def test_an_end_inside_a_word_may_cut_it():
    s = "Het werkt niet goed."
    assert not cuts_word(s, whole(s), cue(s, "goed", 1))
    assert cuts_word(s, whole(s), Cue(s.index("goed"), s.index("goed") + 2, 1))
    assert cuts_word(s, (0, s.index("werkt") + 2), cue(s, "Het", 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a good that shrinks by a problem's cause: the problem is why, not what goes
        ("Het budget voor welzijn slinkt door de vergrijzing.", "negative"),
        ("Het overschot op de Wmo slinkt doordat de vergrijzing doorzet.", "negative"),
        ("Het overschot op de bijstand verdween door de stijgende werkloosheid.", "negative"),
        ("De buffer van de gemeente slonk vanwege de armoede in de wijken.", "negative"),
        # the problem itself taken away, its cause named after it
        ("De wachtlijst slinkt door de inzet van extra consulenten.", "positive"),
        ("Door de nieuwe aanpak is de achterstand weggewerkt.", "positive"),
    ],
)
def test_removal_by_a_cause(sentence, expected):
    assert polarity_of(sentence) == expected
