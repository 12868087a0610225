"""The invented battery of ``tests/indicator_battery.py``: every number form, comparisons
without a figure, and figures that are no indicator, each read as a whole profile would be."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.evaluate.scoring import label_key
from tests.extract_helpers import extract_text
from tests.indicator_battery import CASES

#: Cases the extractor still reads wrongly, with the reason (strict: a fix must remove them).
KNOWN = {
    # "meer/minder" before an uncountable noun the measure vocabulary lacks (the annotation
    # reads such phrases both ways; "meer meldingen" of a countable group is read since the
    # twenty-sixth session, "minder geld" as a smaller budget)
    "Medewerkers van het wijkteam zeggen dat ze meer tijd kwijt zijn aan administratie.",
    "Aanbieders ervaren meer regeldruk sinds de decentralisaties.",
    # "in verhouding tot" as a reference
    "De kosten van jeugdzorg zijn hoog in verhouding tot het aantal inwoners.",
}


def _expected(spec: str) -> tuple[Decimal | None, str | None, str | None]:
    parts = spec.split()
    value = None if parts[0] == "-" else Decimal(parts[0])
    unit = None if parts[1] == "-" else label_key(parts[1])
    comparison = parts[2] if len(parts) > 2 and parts[2] != "*" else None
    return value, unit, comparison


def _read(sentence: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, label_key(i.unit), i.comparison) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(s, e, marks=pytest.mark.xfail(strict=True)) if s in KNOWN else (s, e)
        for s, e in CASES
    ],
)
def test_battery(sentence, expected):
    got = _read(sentence)
    assert sorted(((v, u) for v, u, _ in got), key=repr) == sorted(
        ((v, u) for v, u, _ in map(_expected, expected)), key=repr
    )
    for value, unit, comparison in map(_expected, expected):
        if comparison is not None:
            assert (value, unit, comparison) in got


def test_battery_is_large_and_covers_non_indicators():
    assert len(CASES) >= 60
    assert sum(1 for _, e in CASES if not e) >= 15
    assert sum(1 for _, e in CASES if any(x.startswith("-") for x in e)) >= 15
