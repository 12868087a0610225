"""A count set against an earlier or expected one (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.comparedcounts import compared


@pytest.mark.parametrize(
    ("sentence", "signs"),
    [
        ("Het meldpunt ontving 75 meldingen uit de wijk, tegen 50 een jaar eerder.", [-1]),
        ("De kredietbank noteerde in 2016 ongeveer 90 aanmeldingen, tegen 120 in 2014.", [1]),
        ("In 2016 telde de gemeente 410 uitkeringen, tegen 380 het jaar ervoor.", [-1]),
        ("Het steunpunt kreeg drie keer zoveel aanmeldingen als verwacht.", [-1]),
        ("Er kwamen 300 verwijzingen binnen, twee keer zo veel als geraamd.", [-1]),
        ("Het loket kreeg drie keer zo veel aanmeldingen als we hadden verwacht.", [-1]),
        ("Het steunpunt ontving 35 aanmeldingen, tegen 35 in 2015.", []),  # no change
        ("De stad telt 21% ouderen, tegen 18% landelijk.", []),  # a place: a level
        ("Het dorp moet 40 statushouders huisvesten, twee keer zoveel als in 2015.", []),  # a task
        ("In 2016 waren er 260 vrijwilligers, tegen 200 in 2014.", []),  # no direction quantity
    ],
)
def test_compared(sentence, signs):
    assert [c.sign for c in compared(sentence, 0, len(sentence))] == signs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Volgens het meldpunt kwamen er zo'n 75 meldingen binnen, tegen 50 een jaar eerder.",
            "negative",
        ),
        (
            "De schuldhulp kreeg volgens de teamleider 90 aanmeldingen, tegen 120 in 2014.",
            "positive",
        ),
        (
            "Volgens de wethouder kreeg het loket twee keer zoveel aanmeldingen als voorzien.",
            "negative",
        ),
        (
            "Het team telde volgens de coördinator 410 meldingen, drie keer zoveel als verwacht.",
            "negative",
        ),
    ],
)
def test_compared_counts_judge(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Per 1.000 inwoners zijn er 61 uitkeringen, bijna twee keer zoveel als in de buurgemeente.",
        "De wijk telt drie keer zo veel meldingen als het dorp.",
        "Het team kreeg 55% van de verwijzingen, tegen 40% een jaar eerder.",
    ],
)
def test_places_and_shares_are_no_change(sentence):
    # a place set against (a level) and a share (no count) are left to other readings
    assert compared(sentence, 0, len(sentence)) == []
