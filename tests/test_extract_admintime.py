"""Working time spent on administration reads as a complaint (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.admintime import time_on_admin


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wijkverpleegkundigen besteden een kwart van hun tijd aan registratie.", True),
        ("Volgens de teamleider gaat veel tijd van de consulenten op aan verantwoording.", True),
        # less of it, or time for something else
        ("Sinds de nieuwe werkwijze gaat minder tijd aan administratie.", False),
        ("De consulenten besteden meer tijd aan huisbezoeken.", False),
        ("De registratie kost de gemeente weinig.", False),
    ],
)
def test_time_on_admin(sentence, expected):
    assert time_on_admin(sentence, 0, len(sentence)) is expected


def test_time_on_admin_is_negative():
    s = "Een aanbieder rekent voor dat begeleiders 20% van hun tijd aan registratie besteden."
    assert polarity_of(s) == "negative"
