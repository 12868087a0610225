"""A share stated again in other words: "24%, bijna een kwart van de bevolking".

A report often rounds a percentage into a fraction or a share of a group right after it
("het aandeel ouderen is 24%, bijna een kwart van de inwoners", "30%, ofwel bijna een op de
drie jongeren", "12% (een op de acht)"). The restatement names its base ("van de
inwoners"), not what it measures: it is the same share as the percentage before it, and
takes its measure when the two values are close (a restatement rounds, it does not change
the figure).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.extract.model import Indicator

__all__ = ["restated_shares"]

#: The joint between a share and its restatement: a comma or bracket, "dat is", "ofwel",
#: "oftewel", "dus", "d.w.z.", "ruwweg" (the qualifier belongs to the restatement).
_JOINT = re.compile(
    r"\s*[,(–-]?\s*(?:(?:dat|dit)\s+(?:is|zijn|betekent)\s+|(?:of\s*wel|oftewel|dus|d\.w\.z\.|"
    r"met\s+andere\s+woorden|ofte)\s+)?",
    re.IGNORECASE,
)
#: How far a restatement may round: five points, or a fifth of the percentage.
_ROUNDING = Decimal(5)
_PERCENT = "percent"


def restated_shares(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the measure of the percentage each restated share repeats.

    Parameters
    ----------
    text : str
        The document's text.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> s = "Het aandeel ouderen is 24%, bijna een kwart van de bevolking."
    >>> share = Indicator(23, 26, 0, "share-65-plus", "", Decimal(24), "percent")
    >>> again = Indicator(28, 60, 0, None, "", Decimal(25), "percent")
    >>> restated_shares(s, [share, again])[1].measure
    'share-65-plus'
    """
    out = list(found)
    for i in range(1, len(out)):
        ind, before = out[i], out[i - 1]
        if (
            ind.measure is not None
            or ind.unit != _PERCENT
            or before.unit != _PERCENT
            or before.measure is None
            or ind.value is None
            or before.value is None
            or ind.sentence != before.sentence
            or before.end > ind.start
            or abs(ind.value - before.value) > max(_ROUNDING, before.value / 5)
            or _JOINT.fullmatch(text, before.end, ind.start) is None
        ):
            continue
        out[i] = replace(ind, measure=before.measure)
    return out
