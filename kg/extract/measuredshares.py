"""A share in a good state set against a reference: "72% ervaart de gezondheid als goed,
minder dan gemiddeld".

Health and satisfaction monitors report the share of people in a good state ("72% van de
volwassenen ervaart de eigen gezondheid als goed", "78% van de cliënten is tevreden over
de ondersteuning"). The word of approval names what is measured, not a verdict: the
verdict lies in how the share compares with its reference. A share below it ("minder dan
gemiddeld in de provincie", "lager dan landelijk", "tegen 81% landelijk") is bad news, one
above it ("meer dan elders", "tegen 65% landelijk") good news, the way the CBS and GGD
monitors read a share of good health or of satisfied clients (more is better: the
directions of ``kg/data/quantity-direction.toml``).

So in a claim holding a percentage and such a comparison, the positive tone cues of the
figure's clause give way to one cue on the comparison, negative below the reference and
positive above it. A comparison with an earlier year is a change, read elsewhere
(:mod:`kg.extract.direction`, :mod:`kg.extract.comparedcounts`), not here.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.toneframes import Cue

__all__ = ["measured_shares"]

#: The reference a share is set against: the average, the country, the province or region,
#: elsewhere, other or similar municipalities.
_REFERENCE = (
    r"(?:(?:het\s+)?(?:landelijk|landelijke|gemiddeld|gemiddelde|regionaal|provinciaal)\b"
    r"|elders\b|(?:in|bij)\s+(?:de\s+)?(?:rest|provincie|regio|omliggende|andere|overige"
    r"|vergelijkbare|buur)\w*|in\s+nederland\b|in\s+het\s+land\b)"
)
#: "minder/lager dan <reference>" (below) or "meer/hoger dan <reference>" (above).
_THAN = re.compile(
    r"\b(?:(?P<below>minder|lager)|(?P<above>meer|hoger))\s+dan\s+(?:\w+\s+){0,1}?" + _REFERENCE,
    re.IGNORECASE,
)
#: ", tegen 81% landelijk": the reference's own figure, compared with the claim's.
_AGAINST = re.compile(
    r"\btegen\s+(?P<ref>\d+(?:,\d+)?)\s*(?:%|procent)\s+" + _REFERENCE, re.IGNORECASE
)
#: The claim's own percentage.
_SHARE = re.compile(r"(?P<own>\d+(?:,\d+)?)\s*(?:%|procent)", re.IGNORECASE)


def _number(figure: str) -> float:
    """A figure with a decimal comma as a number.

    Examples
    --------
    >>> _number("7,5")
    7.5
    """
    return float(figure.replace(",", "."))


def measured_shares(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` with the approval of a share set against a reference read as the comparison:
    the positive cues of the share's clause replaced by a cue on the comparison (negative
    below the reference, positive above).

    Examples
    --------
    >>> s = "72% van de inwoners ervaart de gezondheid als goed, minder dan gemiddeld."
    >>> at = s.index("goed")
    >>> [(s[c.start:c.end], c.sign) for c in measured_shares(s, 0, len(s), [Cue(at, at + 4, 1)])]
    [('minder dan gemiddeld', -1)]
    >>> s = "78% van de cliënten is tevreden, tegen 81% landelijk."
    >>> at = s.index("tevreden")
    >>> [(s[c.start:c.end], c.sign) for c in measured_shares(s, 0, len(s), [Cue(at, at + 8, 1)])]
    [('tegen 81% landelijk', -1)]
    >>> s = "Het loket werkt goed, beter dan gemiddeld."
    >>> len(measured_shares(s, 0, len(s), [Cue(14, 18, 1)]))
    1
    """
    if not any(c.sign > 0 and not c.problem for c in cues) or (
        text.find("%", start, end) < 0 and text.find("procent", start, end) < 0
    ):
        return cues  # most claims: no approval, or no share
    share = _SHARE.search(text, start, end)
    if share is None:
        return cues
    compared: tuple[int, int, int] | None = None
    if (than := _THAN.search(text, share.end(), end)) is not None:
        compared = (than.start(), than.end(), -1 if than.group("below") else 1)
    elif (against := _AGAINST.search(text, share.end(), end)) is not None:
        own, ref = _number(share.group("own")), _number(against.group("ref"))
        if own != ref:
            compared = (against.start(), against.end(), -1 if own < ref else 1)
    if compared is None:
        return cues
    # the approvals measured: between the share and the comparison, in its sentence
    measured = [
        c for c in cues if c.sign > 0 and not c.problem and share.start() <= c.start < compared[0]
    ]
    if not measured or any(neg.negated(text, (start, end), c.start, c.end) for c in measured):
        return cues
    kept = [c for c in cues if c not in measured]
    return sorted([*kept, Cue(*compared)], key=lambda c: c.start)
