"""Referrals to specialised care counted by the verb: fewer is good news, more a burden."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.referralcues import referral_cues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Huisartsen verwijzen minder kinderen door naar de jeugd-ggz.", [("minder", 1)]),
        ("Er wordt minder vaak naar specialistische hulp verwezen.", [("minder", 1)]),
        ("Het team verwijst vaker naar de tweede lijn.", [("vaker", -1)]),
        # a referral to the local team, a count stated, no referral verb: nothing
        ("Huisartsen verwijzen vaker naar het sociaal team.", []),
        ("Er werden meer dan veertig kinderen naar de jeugd-ggz verwezen.", []),
        ("Er gaan minder kinderen naar de jeugd-ggz.", []),
        # the degree word of another clause
        ("Er zijn minder huisartsen, maar zij verwijzen naar de jeugd-ggz.", []),
    ],
)
def test_referral_cues(sentence, expected):
    found = referral_cues(sentence, 0, len(sentence))
    assert [(sentence[c.start : c.end], c.sign) for c in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Volgens de huisartsen verwijzen zij sindsdien minder kinderen door naar de jeugd-ggz.",
            "positive",
        ),
        ("De huisartsen zeggen dat zij minder kinderen naar de jeugd-ggz verwijzen.", "positive"),
        ("Volgens de huisartsen verwijzen zij vaker naar de jeugd-ggz.", "negative"),
        ("Volgens de huisartsen verwijzen zij niet minder vaak naar de jeugd-ggz.", "negative"),
    ],
)
def test_polarity_of_referrals(sentence, expected):
    assert polarity_of(sentence) == expected
