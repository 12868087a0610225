"""A view denied: "Dat X goed gaat, herkennen zij niet" rejects the good news it quotes.

A verb of recognising or endorsing negated ("herkent niet", "onderschrijven niet",
"beamen niet") with a "dat"-clause says the speaker does not share the view the clause
states: the good words in it are what the speaker disputes, so the claim is negative
("Dat de raad tevreden is over de informatie, herkennen de fracties niet"). General
Dutch: the negated verb of agreement takes the clause as a view rejected.

The same verbs with "het beeld" (the picture) as object ("De huisartsen herkennen het beeld
van lange wachttijden niet", "Dat beeld herkent de wethouder niet") reject the picture the
object describes, whatever its sign: a picture of a shortcoming rejected is a defence,
positive, and one of good news rejected a complaint (:func:`denied_picture`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.gatedpatterns import GatedPattern
from kg.vocab import Polarity

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


#: A negated verb of recognising with "het beeld" as object, the picture's words between:
#: "herkennen het beeld (van …) niet", "Het beeld van … herkent de wethouder niet". The
#: group ``pic`` holds what the picture shows.
_PICTURE = re.compile(
    r"\b(?:herkent|herkennen|herkende|herkenden|onderschrijft|onderschrijven)\s+"
    r"(?:het|dat|dit|zo'?n|zo’n)\s+beeld\b(?P<pic>[^.;:]{0,120}?)\s+niet\s*[.;:,]"
    r"|\b(?:het|dat|dit)\s+beeld\b(?P<fronted>[^.;:]{0,120}?)\s+"
    r"(?:herkent|herkennen|herkende|herkenden)\s+(?:\w+\s+){0,3}?niet\b",
    re.IGNORECASE,
)


def denied_picture(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of what a picture the claim rejects shows ("herkennen het beeld van lange
    wachttijden niet": " van lange wachttijden"), or None: the words of the picture are
    what the speaker disputes.

    Examples
    --------
    >>> s = "De huisartsen herkennen het beeld van lange wachttijden niet."
    >>> s[slice(*denied_picture(s, 0, len(s)))]
    ' van lange wachttijden'
    >>> s = "Het beeld van een trage toegang herkent de wethouder niet."
    >>> s[slice(*denied_picture(s, 0, len(s)))]
    ' van een trage toegang'
    >>> s = "De huisartsen herkennen het beeld van lange wachttijden."
    >>> denied_picture(s, 0, len(s)) is None
    True
    >>> s = "Dat beeld herkent de wethouder niet."  # no picture named: nothing to read
    >>> denied_picture(s, 0, len(s)) is None
    True
    """
    if text.find("beeld", start, end) < 0 or text.find("niet", start, end) < 0:
        return None  # the gate: every reading holds both words
    found = _PICTURE.search(text, start, end)
    if found is None:
        return None
    span = found.span("pic") if found.group("pic") is not None else found.span("fronted")
    return span if text[span[0] : span[1]].strip() else None  # "Dat beeld herkent hij niet"


#: The polarity of a rejected picture's claim, from what the picture shows.
_OPPOSITE: dict[str, Polarity] = {"negative": "positive", "positive": "negative"}


def rejected(  # noqa: PLR0913
    text: str, start: int, end: int, cues: list, judge: Callable[..., str], pos: int
) -> Polarity | None:
    """The polarity of a claim that rejects a view or a picture, else None: negative for a
    view of good news (``pos``: the claim's positive weight) rejected in a "dat"-clause
    (:func:`denied`); for a picture (:func:`denied_picture`), the opposite of what it
    shows as ``judge`` (the tone's polarity of a span, given its cues) reads it, None when
    it shows no one-sided view.

    Examples
    --------
    >>> s = "De huisartsen herkennen het beeld van lange wachttijden niet."
    >>> rejected(s, 0, len(s), [], lambda text, a, b, cues: "negative", 0)
    'positive'
    >>> rejected(s, 0, len(s), [], lambda text, a, b, cues: "mixed", 0) is None
    True
    >>> s = "Dat de samenwerking goed loopt, herkennen de huisartsen niet."
    >>> rejected(s, 0, len(s), [], lambda text, a, b, cues: "neutral", 1)
    'negative'
    """
    if pos and denied(text, start, end):
        return "negative"  # "Dat de samenwerking goed loopt, herkennen zij niet"
    picture = denied_picture(text, start, end)
    if picture is None:
        return None
    shown = judge(text, *picture, [c for c in cues if picture[0] <= c.start < picture[1]])
    return _OPPOSITE.get(shown)
