"""A view denied: "Dat X goed gaat, herkennen zij niet" rejects the good news it quotes.

A verb of recognising or endorsing negated ("herkent niet", "onderschrijven niet",
"beamen niet") with a "dat"-clause says the speaker does not share the view the clause
states: the good words in it are what the speaker disputes, so the claim is negative
("Dat de raad tevreden is over de informatie, herkennen de fracties niet"). General
Dutch: the negated verb of agreement takes the clause as a view rejected.
"""

from __future__ import annotations

import re

from kg.extract.gatedpatterns import GatedPattern

#: A negated verb of recognising or endorsing next to a "dat"-clause, fronted ("Dat …,
#: herkennen zij niet") or following ("herkent niet dat …").
_DENIED = re.compile(
    r"^\s*[‘'\"“]?Dat\b[^.;:]*,\s*(?:herken|herkent|herkennen|herkende|herkenden|onderschrijf"
    r"|onderschrijft|onderschrijven|beaam|beaamt|beamen)\s+(?:\w+\s+){0,3}?niet\b"
    r"|\b(?:herkent|herkennen|herkende|herkenden|onderschrijft|onderschrijven|beaamt|beamen)"
    r"\s+(?:\w+\s+){0,2}?niet\s+dat\b",
    re.IGNORECASE,
)


def _fronted(claim: str) -> bool:
    """Whether the claim opens with "Dat" (after a quote mark): the fronted form, anchored
    at the claim's start, so searched in the claim alone."""
    return claim.lstrip(" ‘'\"“")[:4].lower() == "dat "


#: The reading, behind its gate ("niet" and a stem of one of the verbs).
_DENIED_VIEW = GatedPattern(_DENIED, (("niet",), ("erken", "onderschr", "bea")), alone=_fronted)


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
    return _DENIED_VIEW.reads(text, start, end)
