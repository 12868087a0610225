"""Suppositions: a clause that supposes rather than states, in invented Dutch clauses."""

from __future__ import annotations

import pytest

from kg.extract.suppositions import hypothetical


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Dat zou tot wachtlijsten kunnen leiden.", True),
        ("Misschien komt er een tweede loket.", True),
        ("Het loket is op maandag open.", False),
        # the standard of a comparison: only what is compared with is supposed
        ("Het team werkt sneller dan losse diensten zouden doen.", False),
        ("Als er geld komt, dan zou het lukken.", True),  # "dan" of a condition
    ],
)
def test_hypothetical(clause, expected):
    assert hypothetical(clause, (0, len(clause))) is expected
