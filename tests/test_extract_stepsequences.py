"""Tests for kg.extract.stepsequences: an order of steps judges neither step."""

from kg.extract.stepsequences import steps, without_steps
from kg.extract.tone import polarity
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    at = s.index(word)
    return Cue(at, at + len(word), sign)


def test_steps_span_runs_to_the_end_of_the_next_step() -> None:
    s = "Het plan is eenvoudig: eerst de basis op orde, dan pas innovatie."
    a, b = steps(s, 0, len(s))
    assert s[a:b] == "eerst de basis op orde, dan pas innovatie"


def test_comparison_dan_is_no_next_step() -> None:
    s = "De wachttijd was eerst langer dan nu."
    assert steps(s, 0, len(s)) is None


def test_aim_inside_steps_is_neutral() -> None:
    s = "Het college koos voor zekerheid: eerst de lopende zorg, daarna pas vernieuwing."
    assert polarity(s, 0, len(s), [_cue(s, "vernieuwing", 1)]) == "neutral"


def test_judgement_outside_steps_counts() -> None:
    s = "Wie eerst belt en daarna langskomt, vindt hier goede hulp."
    cues = [_cue(s, "goede", 1)]
    assert without_steps(s, 0, len(s), cues) == cues
    assert polarity(s, 0, len(s), cues) == "positive"


def test_course_of_events_keeps_its_judgements() -> None:
    s = "Eerst ging het goed met de teams, daarna liep het vast."
    cues = [_cue(s, "goed", 1)]
    assert without_steps(s, 0, len(s), cues) == cues
