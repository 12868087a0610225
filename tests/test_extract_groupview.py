"""The participants' shared view in an account of a group talk (kg/extract/groupview.py);
invented Dutch sentences, none of any profile's wording."""

from __future__ import annotations

import pytest

from kg.extract.groupview import group_view


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("De hele groep vond dat het loket te ver weg ligt.", True),
        ("Alle deelnemers waren kritisch over de eigen bijdrage.", True),
        ("Iedereen in de groep herkende de lange wachttijden.", True),
        ("De deelnemers waren verdeeld over de rol van de wijkteams.", False),
        ("De groep ging na een uur uiteen.", False),
        ("De gemeente vond het plan goed.", False),
    ],
)
def test_group_view(quote, expected):
    assert group_view(quote) is expected
