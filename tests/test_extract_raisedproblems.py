"""Problems raised by a named speaker (invented Dutch claims)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.raisedproblems import raised
from kg.extract.toneframes import Cue


def _polarity(sentence: str) -> str:
    _doc, ex = extract_text(sentence)
    assert len(ex.findings) == 1
    return ex.findings[0].polarity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named speaker who brings up a problem raises a concern
        ("Ambtenaren noemen de huisvesting van statushouders.", "negative"),
        # a judgement, when there is one, decides
        ("Ambtenaren zijn tevreden over de huisvesting van statushouders.", "positive"),
        # in the authors' voice the same words report the situation
        ("De gemeente regelt de huisvesting van statushouders.", "neutral"),
    ],
)
def test_a_problem_raised(sentence, expected):
    assert _polarity(sentence) == expected


def test_a_denied_problem_is_raised_by_no_one():
    s = "Volgens ambtenaren is er geen wachtlijst."
    at = s.index("wachtlijst")
    assert not raised(s, 0, len(s), [Cue(at, at + 10, -1, problem=True)])


def test_a_figure_reported_is_no_concern():
    s = "De GGD schat dat 600 inwoners dementie hebben."
    at = s.index("dementie")
    assert not raised(s, 0, len(s), [Cue(at, at + 8, -1, problem=True, subject=True)])


def test_a_wish_raises_nothing():
    assert _polarity("Ambtenaren willen graag integraal werken.") == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # a task bought in through or on behalf of others: how the work is arranged
        "Een beleidsmedewerker vertelt dat de jeugdhulp wordt ingekocht via het inkoopbureau.",
        "Volgens de coördinator wordt de dagbesteding ingekocht namens vijf gemeenten in de regio.",
        "Een ambtenaar vertelt dat de gemeente de opvangplekken inkoopt via Zwolle.",
        # a task done together with others
        "De wethouder vertelt dat de gemeente samenwerkt met Tiel voor de schuldhulpverlening.",
        "Volgens de wethouder werken Oss en Uden samen voor de schuldhulpverlening.",
    ],
)
def test_an_arrangement_of_work_raises_no_concern(sentence):
    assert _polarity(sentence) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # judged, or the purchase itself named as what costs: still a concern
        "Volgens de wethouder is de jeugdhulp die ingekocht wordt te duur.",
        "Een beleidsmedewerker vertelt dat de inkoop van jeugdhulp veel tijd kost.",
        # cooperation named without a task it is for
        "Ambtenaren noemen de huisvesting van statushouders.",
    ],
)
def test_what_is_not_an_arrangement_stays_a_concern(sentence):
    assert _polarity(sentence) == "negative"
