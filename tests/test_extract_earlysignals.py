"""Tests for kg.extract.earlysignals: a problem noticed early is good news."""

from kg.extract.earlysignals import noticed_early
from kg.extract.tone import polarity
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int, problem: bool = False) -> Cue:
    at = s.index(word)
    return Cue(at, at + len(word), sign, problem=problem)


def test_seeing_problems_sooner_is_positive() -> None:
    s = "Huisartsen zien de problemen in een gezin eerder dan de school."
    assert polarity(s, 0, len(s), [_cue(s, "problemen", -1)]) == "positive"


def test_worries_coming_into_view_sooner_are_positive() -> None:
    s = "Door het overleg komen zorgen over ouderen eerder in beeld."
    assert polarity(s, 0, len(s), [_cue(s, "zorgen", -1)]) == "positive"


def test_noticing_sooner_against_a_shortfall_is_mixed() -> None:
    s = "De wijkagenten zien problemen eerder dan het team, maar zij kunnen niet verwijzen."
    assert polarity(s, 0, len(s), [_cue(s, "problemen", -1)]) == "mixed"


def test_earlier_of_time_past_is_no_signal() -> None:
    s = "Zoals eerder gesignaleerd zijn de wachttijden lang."
    cues = [_cue(s, "wachttijden", -1, problem=True)]
    assert noticed_early(s, 0, len(s), cues) == cues
    s = "De gemeente is eerder op Gouda gericht dan op Leiden."
    assert noticed_early(s, 0, len(s), []) == []
