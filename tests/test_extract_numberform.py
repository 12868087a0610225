"""The figure type and scale words (:mod:`kg.extract.numberform`)."""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.numberform import COUNTED_NOUN, Number, scaled

_AFTER = re.compile(
    r"\s+(?:(?P<pct>procent\b|%)|(?P<scale>ton|miljoen|miljard|duizend)\b(?P<euro>\s+euro\b)?"
    r"|(?P<euro2>euro)\b)",
    re.IGNORECASE,
)


def _scaled(text: str, value: int) -> tuple[Decimal | None, str]:
    n = scaled(0, _AFTER.match(text, text.index(" ")), Decimal(value))
    return n.value, n.unit


def test_scales_and_units():
    assert _scaled("twintig procent", 20) == (Decimal(20), "percent")
    assert _scaled("twee ton", 2) == (Decimal(200000), "EUR")
    assert _scaled("drie miljoen", 3) == (Decimal(3000000), "EUR")
    assert _scaled("zeventien miljoen inwoners", 17) == (Decimal(17000000), "count")
    assert _scaled("vijf euro", 5) == (Decimal(5), "EUR")


def test_counted_noun_is_no_participle():
    assert COUNTED_NOUN.match(" inwoners")
    assert not COUNTED_NOUN.match(" ontvangen")
    assert not COUNTED_NOUN.match(" uitgegeven")


def test_number_is_frozen_with_optional_qualifier():
    n = Number(0, 4, Decimal(2), "count", "range", "twee of drie")
    assert n.qualifier == "twee of drie"
    assert Number(0, 1, None, "count", "vague").qualifier is None
