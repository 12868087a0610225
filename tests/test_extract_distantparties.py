"""A party that stands apart: no part, little contact (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.distantparties import apart


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Met het zorgkantoor was het contact in 2016 zeer beperkt.", True),
        ("Met de provincie Utrecht is nauwelijks contact.", True),
        ("Het UWV speelt geen rol van betekenis in de wijken.", True),
        ("Met Zorgbelang heeft het sociaal team weinig te maken.", True),
        ("Het Rijk speelde bij de inkoop nauwelijks een rol.", True),
        ("Preventie speelt in het beleid nauwelijks een rol.", False),  # no party: a shortcoming
        ("Veel ouderen hebben weinig contact met hun buren.", False),  # loneliness
        ("Het contact is goed, maar de provincie speelt geen rol.", False),  # a turn
        ("De provincie speelt een grote rol.", False),  # a large part
    ],
)
def test_apart(sentence, expected):
    assert apart(sentence, 0, len(sentence), []) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Met het zorgkantoor was het contact in 2016 zeer beperkt, vertelt een beleidsmedewerker.",
        "Met de provincie Utrecht is nauwelijks contact; die zien we alleen bij de wegen.",
        "Het UWV speelt volgens de klantmanagers geen rol van betekenis in de wijken.",
        "Met Zorgbelang heeft het sociaal team weinig te maken, zegt de teamleider.",
        "Het Rijk speelde bij de inkoop nauwelijks een rol, aldus de wethouder.",
    ],
)
def test_standing_apart_is_neutral(sentence):
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Met de provincie is het contact goed, maar het Rijk speelt nauwelijks een rol.", "mixed"),
        ("Met het zorgkantoor is weinig contact, en dat vindt de wethouder jammer.", "negative"),
        (
            "Volgens de wijkverpleegkundige hebben veel ouderen weinig contact met hun buren.",
            "negative",
        ),
        (
            "Het team heeft weinig contact met de scholen, wat de wethouder een gemis noemt.",
            "negative",
        ),
    ],
)
def test_judged_elsewhere_is_weighed(sentence, expected):
    assert polarity_of(sentence) == expected
