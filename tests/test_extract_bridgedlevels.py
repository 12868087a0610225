"""A quantity and its change in different clauses: an apposition or a verb after a relative."""

from __future__ import annotations

import pytest

from kg.extract.bridgedlevels import bridged


@pytest.mark.parametrize(
    "sentence, word, sign",
    [
        # an apposition names the change of the figure before it
        ("Het loket telde 300 aanmeldingen, een stijging van 20%.", "stijging", -1),
        ("De wachttijden waren vier weken, een halvering ten opzichte van 2015.", "halvering", 1),
        # a relative clause between subject and verb
        ("Het aantal meldingen bij het team, dat in 2015 startte, steeg tot 400.", "steeg", -1),
        ("De participatie van ouderen, die de gemeente meet, daalde in 2016.", "daalde", -1),
    ],
)
def test_bridged_change_judges_the_quantity(sentence, word, sign):
    cues = bridged(sentence, 0, len(sentence), [])
    assert [(sentence[c.start : c.end], c.sign) for c in cues] == [(word, sign)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no quantity of the direction list before the change
        "De gemeente telde 640 inwoners, een toename van 12%.",
        # a negated change, and a verb of change not right after a relative clause
        "Het aantal meldingen bij het team, dat in 2015 startte, steeg niet.",
        "Het aantal meldingen is bekend, steeg het college op de ladder.",
    ],
)
def test_no_bridged_change(sentence):
    assert bridged(sentence, 0, len(sentence), []) == []
