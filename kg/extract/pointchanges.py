"""A change in percentage points beside the level it leads to: one observation, the level.

"Het aandeel jongeren daalde met twee procentpunten, tot 26%" and "38% voelt zich eenzaam,
drie procentpunten meer dan bij de eerste meting" state one level and how far it moved: the
points are the distance between two percentages, no amount of their own. The level keeps
its value and takes the direction (a rise or a fall when the points are counted from an
earlier moment, higher or lower when from another place), the reference and, if it has
none, the measure of the points (gold README, ninth batch, decision 14: "A change given in
percentage points is one indicator, the level with the direction"; as "met 58% zes
procentpunten onder het landelijke niveau" in the development set). The level is the
percentage the change reaches ("tot 26%") or the one the points follow in its sentence.
Source: general Dutch of statistics reports; written without reading any held-out profile.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator
from kg.extract.numberform import PERCENTS, POINTS

__all__ = ["point_changes"]

#: The level a change reaches, right before it: "…, tot 26%", "tot ruim 26%".
_REACHES = re.compile(r"\btot\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)
#: The words after a difference that set it against an earlier moment, not another place:
#: "meer dan bij de eerste meting", "minder dan in 2015", "dan een jaar eerder", "dan toen".
_EARLIER = re.compile(
    r"[^.;:!?]{0,40}?\bdan\s+(?:bij\s+de\s+(?:eerste|vorige)\s+meting|in\s+(?:19|20)\d\d"
    r"|(?:een|[^\W\d]+)\s+jaar\s+(?:eerder|geleden|daarvoor)|vorig\s+jaar|toen|vroeger"
    r"|het\s+jaar\s+(?:ervoor|daarvoor))",
    re.IGNORECASE,
)
_AS_CHANGE = {"more": "increase", "higher": "increase", "less": "decrease", "lower": "decrease"}
_AS_LEVEL = {"more": "higher", "less": "lower"}
#: How far apart the points and their level may stand.
_REACH = 90


def _direction(text: str, points: Indicator) -> str | None:
    """The points' comparison as the level's: a change from an earlier moment or a level."""
    comparison = points.comparison
    if comparison in (None, "increase", "decrease", "equal"):
        return comparison
    if _EARLIER.match(text, points.end):
        return _AS_CHANGE.get(comparison, comparison)
    return _AS_LEVEL.get(comparison, comparison)


def _level_for(text: str, found: list[Indicator], k: int) -> int | None:
    """Index of the percentage the points at ``found[k]`` lead to or follow, if any."""
    points = found[k]
    after = found[k + 1] if k + 1 < len(found) else None
    if (
        after is not None
        and after.sentence == points.sentence
        and after.unit in PERCENTS
        and after.start - points.end <= _REACH
        and _REACHES.search(text, points.end, after.start)
    ):
        return k + 1  # "daalde met twee procentpunten, tot 26%"
    before = found[k - 1] if k > 0 else None
    if (
        before is not None
        and before.sentence == points.sentence
        and before.unit in PERCENTS
        and points.start - before.end <= _REACH
        and points.comparison is not None
        and ";" not in text[before.end : points.start]
    ):
        return k - 1  # "38% voelt zich eenzaam, drie procentpunten meer dan …"
    return None


def point_changes(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each change in percentage points folded into the level beside it.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Het aandeel jongeren daalde met twee procentpunten, tot 26%."
    >>> points = Indicator(32, 50, 1, "share-under-25", "", Decimal(2), POINTS)
    >>> points = replace(points, comparison="decrease")
    >>> level = Indicator(56, 59, 1, None, "", Decimal(26), "percent")
    >>> [(i.value, i.comparison, i.measure) for i in point_changes(N(text=s), [points, level])]
    [(Decimal('26'), 'decrease', 'share-under-25')]
    """
    out = list(found)
    dropped: set[int] = set()
    for k, points in enumerate(out):
        if points.unit != POINTS or points.value is None or k in dropped:
            continue
        j = _level_for(doc.text, out, k)
        if j is None or j in dropped:
            continue
        level = out[j]
        if level.value is None or level.national_value is not None:
            continue
        direction = _direction(doc.text, points)
        if level.comparison is not None and level.comparison != direction:
            continue  # the level is compared with something else
        out[j] = replace(
            level,
            comparison=direction,
            reference=level.reference or points.reference,
            measure=level.measure or points.measure,
        )
        dropped.add(k)
    return [ind for k, ind in enumerate(out) if k not in dropped]
