"""The country named as the reference of a comparison: the national level, no concern.

"hoger dan in Nederland", "10,1%, tegen 10,7% in heel Nederland", "nergens in Nederland
is het aandeel zo hoog" compare the municipality with the national level: "Nederland" is
a mention (the guideline: "Nederland" in a national comparison is ``place/nederland``),
but the claim is about the municipality's own figure, not about the country
(:func:`national_reference`); :func:`kg.extract.concerns.named` leaves it out. Another
municipality or region named as the reference stays a concern ("minder snel dan in
Dalfsen"): only the country is the national level.
"""

from __future__ import annotations

import re

__all__ = ["national_reference"]

#: The names of the country (lower case).
_COUNTRY = frozenset({"nederland", "heel nederland"})
#: A word of comparison and at most three words before "in" (or "van", "met") and the
#: country: "dan in", "tegen 10,7% in heel", "nergens in", "vergeleken met",
#: "ten opzichte van", "het gemiddelde van".
_REFERENCE = re.compile(
    r"\b(?:dan|als|tegen|tegenover|nergens|overal|vergeleken\s+met|ten\s+opzichte\s+van"
    r"|in\s+vergelijking\s+met|gemiddelde)"
    r"(?:\s+[^\s.;:!?]+){0,3}?\s+(?:(?:in|van|met|voor)\s+)?(?:heel\s+|de\s+rest\s+van\s+)?$",
    re.IGNORECASE,
)


def national_reference(text: str, mention) -> bool:  # noqa: ANN001
    """Whether ``mention`` names the country as the reference of a comparison.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Het aandeel ligt hoger dan in Nederland."
    >>> at = s.index("Nederland")
    >>> national_reference(s, M("p/nl", "place", at, at + 9, "Nederland", 0))
    True
    >>> s = "De Stadsbank Nederland helpt."
    >>> at = s.index("Nederland")
    >>> national_reference(s, M("p/nl", "place", at, at + 9, "Nederland", 0))
    False
    """
    if mention.text.lower() not in _COUNTRY:
        return False  # most mentions are no country
    return _REFERENCE.search(text, max(0, mention.start - 50), mention.start) is not None
