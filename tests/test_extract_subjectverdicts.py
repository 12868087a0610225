"""A good thing as the subject of a verdict against it (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.subjectverdicts import predicate_judges
from kg.extract.toneframes import Cue


def _cues(s: str, good: str, bad: str) -> list[Cue]:
    g, b = s.index(good), s.index(bad)
    return [Cue(g, g + len(good), 1), Cue(b, b + len(bad), -1)]


@pytest.mark.parametrize(
    ("sentence", "good", "bad"),
    [
        ("De vernieuwing van het welzijnswerk stagneert.", "vernieuwing", "stagneert"),
        ("Ook het vertrouwen in de regio staat onder druk.", "vertrouwen", "onder druk"),
        ("Een goede afstemming met de huisartsen blijft lastig.", "goede", "lastig"),
    ],
)
def test_the_predicate_judges_a_good_subject(sentence, good, bad):
    kept = predicate_judges(sentence, (0, len(sentence)), _cues(sentence, good, bad))
    assert [c.sign for c in kept] == [-1]


@pytest.mark.parametrize(
    ("sentence", "good", "bad"),
    [
        # two things coordinated: each keeps its own reading
        ("De vernieuwing en de problemen komen aan bod.", "vernieuwing", "problemen"),
        # the good word is a predicate, not the subject
        ("Het werkt goed ondanks de problemen.", "goed", "problemen"),
        ("Goed is dat de problemen bekend zijn.", "Goed", "problemen"),
    ],
)
def test_other_clauses_keep_both_judgements(sentence, good, bad):
    cues = _cues(sentence, good, bad)
    assert predicate_judges(sentence, (0, len(sentence)), cues) == cues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a good thing that falls is bad news, a difficulty that falls good news
        ("Volgens de enquête is de tevredenheid over het loket lager dan vorig jaar.", "negative"),
        ("Het vertrouwen van de aanbieders in de regio is gedaald.", "negative"),
        ("Het aantal klachten over te late betalingen is gehalveerd.", "positive"),
        # a level already judged with its quantity stays as it is
        ("De drempel naar het sociaal team is laag.", "positive"),
    ],
)
def test_a_fall_turns_its_subject(sentence, expected):
    from extract_helpers import polarity_of

    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ook in de wijken zijn de gevolgen van de armoede zichtbaar.", "negative"),
        ("Ook dakloosheid is zichtbaarder geworden.", "negative"),
        ("Het wijkteam is goed zichtbaar in de wijk.", "positive"),
    ],
)
def test_a_problem_that_shows(sentence, expected):
    # visibility said of a problem states it; a visible team is good
    assert polarity_of(sentence) == expected
