"""A view denied: "Dat X goed gaat, herkennen zij niet" rejects the good news it quotes.

A verb of recognising or endorsing negated ("herkent niet", "onderschrijven niet",
"beamen niet") with a "dat"-clause says the speaker does not share the view the clause
states: the good words in it are what the speaker disputes, so the claim is negative
("Dat de raad tevreden is over de informatie, herkennen de fracties niet"). General
Dutch: the negated verb of agreement takes the clause as a view rejected.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search

#: A negated verb of recognising or endorsing next to a "dat"-clause, fronted ("Dat …,
#: herkennen zij niet") or following ("herkent niet dat …").
_DENIED = re.compile(
    r"^\s*[‘'\"“]?Dat\b[^.;:]*,\s*(?:herken|herkent|herkennen|herkende|herkenden|onderschrijf"
    r"|onderschrijft|onderschrijven|beaam|beaamt|beamen)\s+(?:\w+\s+){0,3}?niet\b"
    r"|\b(?:herkent|herkennen|herkende|herkenden|onderschrijft|onderschrijven|beaamt|beamen)"
    r"\s+(?:\w+\s+){0,2}?niet\s+dat\b",
    re.IGNORECASE,
)


def denied(text: str, start: int, end: int) -> bool:
    """Whether the claim rejects the view of its "dat"-clause.

    Examples
    --------
    >>> s = "Dat de samenwerking goed loopt, herkennen de huisartsen niet."
    >>> denied(s, 0, len(s))
    True
    >>> s = "De huisartsen herkennen niet dat de samenwerking goed loopt."
    >>> denied(s, 0, len(s))
    True
    >>> s = "De huisartsen herkennen dat de samenwerking goed loopt."
    >>> denied(s, 0, len(s))
    False
    """
    if text.find("niet", start, end) < 0:
        return False
    if (
        text.find("erken", start, end) < 0
        and text.find("onderschr", start, end) < 0
        and (text.find("bea", start, end) < 0)
    ):
        return False  # almost every claim
    if text[start:end].lstrip(" ‘'\"“")[:4].lower() == "dat ":
        return _DENIED.search(text[start:end]) is not None
    return search(_DENIED, text, start, end) is not None
