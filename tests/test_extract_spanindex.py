"""kg.extract.spanindex: trimming quotes and asking spans for overlaps."""

from __future__ import annotations

from kg.extract.model import Indicator
from kg.extract.spanindex import SpanIndex, trimmed


def test_overlaps_finds_a_span_that_shares_a_character():
    index = SpanIndex()
    for span in ((30, 40), (0, 10)):
        index.add(span)
    assert [index.overlaps(*s) for s in ((9, 12), (10, 30), (39, 50))] == [True, False, True]


def test_a_clean_quote_is_returned_unchanged():
    ind = Indicator(0, 5, 0, None, "x", None, None)
    assert trimmed("hoger", ind) is ind
