"""A percentage's distance to a yardstick said after it in percent: one observation, not two.

"13% is 65 jaar of ouder, bijna 5% minder dan gemiddeld": the second percentage says how far
the first lies from the average; it is no figure of its own. The annotation guideline
(``tests/gold/README.md``, point 11 of the twenty-ninth session, and its reading of "dat is
10% meer dan gemiddeld") keeps such a distance one indicator: the level, with the comparison
and the reference of the distance. :func:`kg.extract.distances.stated_distances` merges a
distance in a fraction or after an amount that is no percentage; this module merges a
distance in percent after a percentage, when the level's clause closes with a comma before
it. A change against an earlier moment ("24%, 6% meer dan een jaar eerder") stays two
observations (the level and the change), as the guideline has it.
"""

from __future__ import annotations

import re

from kg.extract.distances import merged_distances
from kg.extract.model import Indicator

__all__ = ["percent_distances"]

#: The rest of the level's clause, then the comma before its distance: " is 65 jaar of
#: ouder, ". A distance a pronoun points back with ("…, dat is 10% meer dan gemiddeld") is
#: left to :mod:`kg.extract.pronounlevels`, whose tests still read it as a figure of its own.
_JOINT = re.compile(r"(?:\s+[^\W\d][\w’'-]*|\s+\d+\s+jaar){0,8}\s*,\s*", re.I)
#: A word in the gap that opens a clause of its own ("en het aandeel jongeren"): not the
#: level's clause any more.
_OTHER_CLAUSE = frozenset(("en", "maar", "terwijl", "want", "tegen", "waarvan"))
#: The comparison a distance states, as the level's.
_SENSE = {"more": "higher", "higher": "higher", "less": "lower", "lower": "lower"}
#: References that are earlier moments: a difference against them is a change of its own.
_MOMENTS = frozenset(("previous year", "in the past", "before decentralisation"))


def _moment(reference: str) -> bool:
    """Whether ``reference`` is an earlier moment ("2014", "previous year", "two years ago").

    Examples
    --------
    >>> _moment("2014"), _moment("two years ago"), _moment("national average")
    (True, True, False)
    """
    return reference[:1].isdigit() or reference.endswith(" ago") or reference in _MOMENTS


def percent_distances(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with a distance in percent merged into the percentage right before it.

    Parameters
    ----------
    text : str
        The document's text.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator
        The same observations; a percentage followed in its sentence, after the comma that
        closes its clause, by a percentage with a comparison against a yardstick (not an
        earlier moment) takes that comparison and reference, and the distance is dropped.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Van de inwoners is 13% 65 jaar of ouder, bijna 5% minder dan gemiddeld."
    >>> x, y = s.index("13%"), s.index("bijna")
    >>> a = Indicator(x, x + 3, 0, "share-65-plus", "", Decimal(13), "percent")
    >>> b = Indicator(y, y + 8, 0, None, "", Decimal(5), "percent", True, "bijna", "less",
    ...               "national average")
    >>> [(i.value, i.comparison, i.reference) for i in percent_distances(s, [a, b])]
    [(Decimal('13'), 'lower', 'national average')]
    >>> from dataclasses import replace
    >>> c = replace(b, comparison="more", reference="previous year")
    >>> len(percent_distances(s, [a, c]))
    2
    """
    return merged_distances(text, found, _distance_of, measure_of_distance=True)


def _distance_of(text: str, level: Indicator, ind: Indicator) -> bool:
    """Whether ``ind`` is a percentage stating how far the percentage ``level`` lies from a
    yardstick, after the comma that closes ``level``'s clause in its sentence."""
    if ind.unit != "percent" or level.unit != "percent" or ind.comparison not in _SENSE:
        return False  # a cheap test first
    if ind.value is None or level.value is None or ind.sentence != level.sentence:
        return False
    if ind.reference is None or _moment(ind.reference) or level.end > ind.start:
        return False
    if level.comparison not in (None, _SENSE[ind.comparison or ""]):
        return False
    joint = _JOINT.match(text, level.end, ind.start)
    if joint is None or joint.end() != ind.start:
        return False
    words = text[level.end : ind.start].lower().replace(",", " ").split()
    return not _OTHER_CLAUSE.intersection(words)
