"""An amount of money left over or short: "hield 6 ton over", "kwam € 2 miljoen tekort".

Dutch states a surplus or a deficit with a separable verb as often as with a noun:
"houden ... over", "blijven ... over" (left over, a surplus) and "komen ... tekort"
(short, a deficit), or their participles ("overgehouden", "overgebleven",
"tekortgekomen"). The amount stands between the verb and its particle, so the
measure's words are not next to the figure; this module reads them around it.
"""

from __future__ import annotations

import re

__all__ = ["left_over"]

#: A participle after the amount, a few words on: "€ 2 miljoen overgehouden", "€ 1,3 miljoen
#: is overgebleven", "€ 400.000 tekortgekomen".
_PARTICIPLE = re.compile(
    r"\s+(?:[^\W\d][\w-]*\s+){0,3}?(?P<what>overgehouden|overgebleven|tekortgekomen)\b",
    re.IGNORECASE,
)
#: The particle after the amount that ends its clause or opens what it was left on: "6 ton
#: over.", "€ 500.000 over op de jeugdzorg", "€ 2 miljoen tekort voor de Wmo".
_PARTICLE = re.compile(
    r"\s+(?:[^\W\d][\w-]*\s+){0,3}?(?P<what>over|tekort)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:op|voor|aan|in|bij|en|maar)\b)",
    re.IGNORECASE,
)
#: The finite verb of the separable "overhouden", "overblijven", "tekortkomen".
_VERB = re.compile(
    r"\b(?P<verb>houdt|houden|hield|hielden|blijft|blijven|bleef|bleven"
    r"|komt|komen|kwam|kwamen)\b",
    re.IGNORECASE,
)
_KEEPS = ("houd", "hield", "blijf", "blijv", "bleef", "blev")
_MEASURE = {"over": "surplus", "tekort": "deficit"}


def left_over(text: str, clause: int, start: int, end: int, ceiling: int) -> str | None:
    """The measure key ("surplus", "deficit") an amount at ``text[start:end]`` is left or short.

    ``clause`` is where the amount's clause begins (the verb is looked for between it and
    the amount), ``ceiling`` where the words after the amount stop being its own.

    Examples
    --------
    >>> s = "De gemeente hield op de Wmo 6 ton over."
    >>> a = s.index("6 ton")
    >>> left_over(s, 0, a, a + 5, len(s))
    'surplus'
    >>> s = "Voor de jeugdhulp kwam de gemeente € 2 miljoen tekort."
    >>> a = s.index("€")
    >>> left_over(s, 0, a, a + len("€ 2 miljoen"), len(s))
    'deficit'
    >>> s = "Er is € 1,3 miljoen overgebleven."
    >>> left_over(s, 0, 6, 19, len(s))
    'surplus'
    >>> s = "De gemeente houdt € 2 miljoen over drie jaar gespreid aan."
    >>> left_over(s, 0, 18, 29, len(s))
    >>> s = "De gemeente kwam € 2 miljoen over."
    >>> left_over(s, 0, 17, 28, len(s))
    """
    participle = _PARTICIPLE.match(text, end, ceiling)
    if participle:
        return "deficit" if participle.group("what").lower().startswith("tekort") else "surplus"
    particle = _PARTICLE.match(text, end, ceiling)
    if particle is None:
        return None
    what = particle.group("what").lower()
    for verb in _VERB.finditer(text, clause, start):
        # "over" goes with "houden" and "blijven", "tekort" with "komen"
        if verb.group("verb").lower().startswith(_KEEPS) == (what == "over"):
            return _MEASURE[what]
    return None
