"""Spans of observations: trimming a quote, and asking a set of spans for overlaps.

:func:`trimmed` drops white space and dangling punctuation from a quote's ends;
:class:`SpanIndex` answers whether a span overlaps one of a sorted set in
O(log n + k), every span being at most :data:`MAX_SPAN` characters long (the
patterns of the extractor are bounded); :func:`after_figures` cuts a figure-less
comparison to what follows the figures inside it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from kg.extract.model import Indicator

#: Longest span a comparison or a figure's quote can have (the patterns are bounded).
MAX_SPAN = 600


def trimmed(text: str, ind: Indicator) -> Indicator:
    """``ind`` with its quote trimmed of white space and dangling punctuation.

    Examples
    --------
    >>> text = "  , hoger dan landelijk; "
    >>> cut = trimmed(text, Indicator(0, len(text), 0, None, "x", None, None))
    >>> text[cut.start : cut.end]
    'hoger dan landelijk'
    """
    start, end = ind.start, ind.end
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return ind if (start, end) == (ind.start, ind.end) else replace(ind, start=start, end=end)


class SpanIndex:
    """Spans (of at most :data:`MAX_SPAN` characters) asked for overlaps in O(log n + k).

    Examples
    --------
    >>> index = SpanIndex([(0, 5), (10, 20)])
    >>> index.overlaps(4, 8), index.overlaps(6, 9)
    (True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)

    def last_inside(self, start: int, end: int) -> tuple[int, int] | None:
        """The last span inside ``[start, end)`` when every span overlapping it lies inside
        it (None when none overlaps or one crosses an edge).

        Examples
        --------
        >>> index = SpanIndex([(4, 9), (12, 15)])
        >>> index.last_inside(0, 20), index.last_inside(10, 20), index.last_inside(5, 20)
        ((12, 15), (12, 15), None)
        """
        i = bisect.bisect_left(self.spans, (start - MAX_SPAN, -1))
        last = None
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if e > start:
                if s < start or e > end:
                    return None
                last = (s, e) if last is None or e > last[1] else last
            i += 1
        return last

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (start - MAX_SPAN, -1))
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                return True
            i += 1
        return False


def after_figures(text: str, ind: Indicator, numbers: SpanIndex) -> Indicator | None:
    """``ind`` from after the figures inside its clause when what it compares follows them
    ("43.000 inwoners met een lager inkomen dan gemiddeld"); None when a figure carries it
    (a figure without a noun of its own counts the noun after it: "een extra medewerker").

    Examples
    --------
    >>> s = "Er wonen 43.000 inwoners met een lager inkomen dan gemiddeld."
    >>> ind = Indicator(0, len(s) - 1, 0, None, "inkomen", None, None, comparison="lower")
    >>> cut = after_figures(s, ind, SpanIndex([(9, 24)]))
    >>> s[cut.start : cut.end]
    'met een lager inkomen dan gemiddeld'
    """
    last = numbers.last_inside(ind.start, ind.end)
    label = ind.measure_label.lower()
    if last is None or len(text[last[0] : last[1]].split()) < 2:
        return None
    cut = last[1]
    if not label or label not in text[cut : ind.end].lower():
        return None
    rest = trimmed(text, replace(ind, start=cut))
    return rest if len(text[rest.start : rest.end].split()) >= 3 else None
