"""A figure against its norm: a time or a load above the norm set for it is a shortfall.

"Een eerste gesprek volgt gemiddeld na acht werkdagen; de norm is vijf", "cliënten
wachten zes weken, terwijl de eigen norm op twee weken ligt", "45 gezinnen per
medewerker, terwijl 30 als werkbaar wordt gezien": a figure set against the norm for
it judges by the comparison, with no judgement word. For a time (days, weeks, months)
and a load per worker more is worse, so a figure above the norm is a shortfall
(negative) and one below it good news (positive). The norm's own wording ("als
werkbaar gezien") is the standard of the comparison, no judgement of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.numberwords import word_value
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: The words one of which every norm :data:`_NORM` finds holds (a claim-level word gate).
NORM_WORDS = frozenset(
    {"norm", "streefnorm", "streefwaarde", "streeftermijn", "werkbaar", "acceptabel",
     "haalbaar", "redelijk"}
)  # fmt: skip
#: A number in digits or a number word.
_NUMBER = r"\d+(?:[.,]\d+)?|[a-zéë]+"
#: The norm and its figure: "de (eigen/wettelijke) norm is/ligt op N", "… terwijl de norm
#: op N ligt", "N … als werkbaar (wordt) gezien".
_NORM = re.compile(
    r"\b(?:de|een|hun|haar|onze)\s+(?:eigen\s+|wettelijke\s+|landelijke\s+|afgesproken\s+)?"
    r"(?:norm|streefnorm|streefwaarde|streeftermijn)\s+"
    r"(?:(?:is|was|ligt|lag|bedraagt|van)\s+(?:op\s+)?|op\s+)"
    rf"(?:maximaal\s+|hooguit\s+)?(?P<a>{_NUMBER})\b(?:\s+(?P<unit>(?:werk)?dagen|weken|maanden))?"
    rf"|\b(?P<b>\d+(?:[.,]\d+)?)\s+(?:\w+\s+){{0,2}}?als\s+(?:werkbaar|acceptabel|haalbaar"
    r"|redelijk|norm)\b[^,;.]*",
    re.IGNORECASE,
)
#: A figure of time or of load per worker before the norm.
_FIGURE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?:(?P<unit>(?:werk)?dagen|weken|maanden)"
    r"|\w+\s+per\s+(?:medewerker|consulent|hulpverlener|klantmanager|casemanager|fte"
    r"|wijkteammedewerker|professional))\b",
    re.IGNORECASE,
)


#: Days per unit of time: a working week has five working days, a month about 21 (a
#: norm and a figure in different units are compared in working days).
_DAYS = {"werkdagen": 1, "dagen": 1, "weken": 5, "maanden": 21}


def _value(word: str) -> Decimal | None:
    """The value of a number word or digits, None for another word.

    Examples
    --------
    >>> _value("acht"), _value("45"), _value("gemiddeld")
    (Decimal('8'), Decimal('45'), None)
    """
    try:
        return word_value(word)
    except (ValueError, ArithmeticError, KeyError):
        return None


def against_norm(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim with a figure judged against its norm.

    The norm's span replaces the cues inside it with one cue: negative when the
    figure before it (a time, or a load per worker) is above the norm, positive when
    below.

    Examples
    --------
    >>> s = "Een eerste gesprek volgt na acht werkdagen; de norm is vijf."
    >>> [(s[c.start:c.end], c.sign) for c in against_norm(s, 0, len(s), [])]
    [('de norm is vijf', -1)]
    >>> s = "Gemiddeld 25 gezinnen per medewerker, terwijl 30 als werkbaar wordt gezien."
    >>> werkbaar = Cue(s.index("werkbaar"), s.index(" wordt"), 1)
    >>> [c.sign for c in against_norm(s, 0, len(s), [werkbaar])]
    [1]
    >>> s = "De norm is vijf werkdagen."
    >>> against_norm(s, 0, len(s), [])
    []

    A figure and a norm in different units of time are compared in working days:

    >>> s = "Cliënten wachten drie weken, terwijl de norm van tien werkdagen is."
    >>> [c.sign for c in against_norm(s, 0, len(s), [])]
    [-1]
    """
    if text.find("norm", start, end) < 0 and text.find("werkbaar", start, end) < 0:
        return cues  # most claims: two string finds
    norm = search(_NORM, text, start, end)
    if norm is None:
        return cues
    limit = _value(norm.group("a") or norm.group("b"))
    figures = list(_FIGURE.finditer(text, start, norm.start()))
    if limit is None or not figures or (value := _value(figures[-1].group("n"))) is None:
        return cues
    unit, norm_unit = figures[-1].group("unit"), norm.group("unit")
    if unit and norm_unit and unit.lower() != norm_unit.lower():  # "drie weken", "tien werkdagen"
        value, limit = value * _DAYS[unit.lower()], limit * _DAYS[norm_unit.lower()]
    if value == limit:
        return cues
    kept = [c for c in cues if not norm.start() <= c.start < norm.end()]
    return [*kept, Cue(norm.start(), norm.end(), -1 if value > limit else 1)]
