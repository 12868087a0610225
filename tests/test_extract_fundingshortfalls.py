"""Money received short or paid in from own funds (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.fundingshortfalls import funding_shortfalls


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In 2017 krijgt de gemeente € 1,2 miljoen minder uit het gemeentefonds.",
         [("krijgt de gemeente € 1,2 miljoen minder", -1)]),
        ("Het college verwacht vanaf 2017 € 300.000 minder te ontvangen.",
         [("€ 300.000 minder te ontvangen", -1)]),
        ("Volgens de controller krijgt de gemeente 2 ton meer.",
         [("krijgt de gemeente 2 ton meer", 1)]),
        ("De gemeente moest er in 2016 geld bij leggen.", [("geld bij leggen", -1)]),
        ("De gemeente legt er elk jaar geld bij.", [("legt er elk jaar geld bij", -1)]),
        # fewer complaints received, a count, no money
        ("Het loket ontvangt minder klachten dan vorig jaar.", []),
    ],
)  # fmt: skip
def test_funding_shortfalls(sentence, found):
    cues = funding_shortfalls(sentence, 0, len(sentence))
    assert [(sentence[c.start : c.end], c.sign) for c in cues] == found


def test_less_money_received_is_negative_and_none_paid_in_positive():
    claim = "Het college verwacht dat de gemeente tot 2018 4 ton minder ontvangt."
    assert polarity_of(claim) == "negative"
    assert polarity_of("Volgens de wethouder hoeft de gemeente er geen geld bij te leggen.") == (
        "positive"
    )
