"""A group that is a problem of the taxonomy, counted, makes a figure sentence a finding
(kg.extract.problemcounts), on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.problemcounts import problem_counted

STATUS = "c/problem/status-holders"


def _mention(text: str, words: str, entity: str = STATUS) -> SentenceMention:
    at = text.index(words)
    return SentenceMention(entity, "problem", at, at + len(words), words, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Voor 2016 moet de gemeente 180 statushouders huisvesten.",
        "De taakstelling voor statushouders is vastgesteld op 142 personen.",
        "De taakstelling voor de huisvesting van statushouders steeg tot 90 personen.",
        "In 2017 verdubbelde de taakstelling voor de opvang van statushouders tot 64.",
        "Het aantal statushouders dat een woning kreeg, daalde in 2016.",
    ],
)
def test_a_problem_group_counted(text):
    assert problem_counted(text, 0, _mention(text, "statushouders"))


@pytest.mark.parametrize(
    "text",
    [
        # named, not counted
        "In de wijk wonen statushouders die na twee jaar nog moeilijk werk vinden.",
        # the act in -ing counted, no group
        "Het aantal meldingen over statushouders steeg tot 40.",
    ],
)
def test_a_problem_group_not_counted(text):
    assert not problem_counted(text, 0, _mention(text, "statushouders"))
