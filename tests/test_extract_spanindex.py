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


def test_last_inside_needs_every_overlapping_span_inside():
    index = SpanIndex([(4, 9), (12, 15)])
    assert index.last_inside(0, 20) == (12, 15)
    assert index.last_inside(5, 20) is None  # (4, 9) crosses the start
    assert index.last_inside(16, 20) is None  # none overlaps
