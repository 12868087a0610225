"""Spans of time that frame a statement rather than measure something.

"Het aantal cliënten is de afgelopen drie jaar gestegen" observes a rise; the
"drie jaar" is the period it is observed over, not a figure of the
municipality (a waiting time, a duration of a programme). A span of time with
a determiner and a word of the period before it (``de afgelopen``, ``de
komende``, ``de laatste``, ``de voorbije``, ``de volgende``) is such a frame, and so
is one followed by "geleden" ("tien jaar geleden", a point in time as a date is).
A span followed by "later" is a duration ("een jaar later werd de aanpak uitgebreid"),
except where its clause gives a change as a figure ("Een jaar later was het tekort
gegroeid tot € 2,4 miljoen") or a comparative of how much or how often ("Een jaar later
ging het vaker om schulden"): there it names the earlier moment of that change.
Source: general Dutch; written without reading any profile.
"""

from __future__ import annotations

import re

from kg.extract.changewords import CHANGE_NOUNS, DOWN, UP
from kg.extract.numbers import Number

#: The words before a span of time that make it the period of a statement.
_FRAME = re.compile(
    r"\b(?:de|het)\s+(?:afgelopen|komende|laatste|voorbije|eerstvolgende|volgende)\s+$",
    re.IGNORECASE,
)
#: A span of time that counts back to a point in time: "tien jaar geleden".
_AGO = re.compile(r"\s+geleden\b", re.IGNORECASE)
#: A span of time counted on from a moment the text names: "een jaar later".
_LATER = re.compile(r"\s+later\b", re.IGNORECASE)
#: A change to or by a figure in the rest of the clause ("gegroeid tot", "gedaald met").
_CHANGE_TO = re.compile(
    r"[^.;:!?]*?\b(?:" + "|".join(UP + DOWN) + r")\s+(?:tot|naar|met)\b"
    # or a comparative of how much or how often: "Een jaar later ging het vaker om schulden",
    # "twee jaar later waren er meer meldingen" (the later moment of a change, as above)
    r"|[^.;:!?]*?\b(?:vaker|meer|minder|hoger|lager|groter|kleiner)\b",
    re.IGNORECASE,
)
#: "in"/"binnen" right before a span (its qualifier may stand between: "binnen ruim").
_WITHIN = re.compile(
    r"\b(?:in|binnen)\s+(?:(?:ruim|bijna|ongeveer|circa|zo['’]n|amper|nog\s+geen)\s+)?$",
    re.IGNORECASE,
)
#: The verbs and participles of change (not the nouns: "binnen tien jaar tot een verdubbeling
#: van het aantal leiden" keeps its span; nor the adjectives: "de stijgende kosten").
_VERBS = [w for w in UP + DOWN if w not in CHANGE_NOUNS and not w.endswith(("end", "ende"))]
#: The span a change took, then the change to or by a figure in its clause: "binnen een jaar
#: opgelopen tot 70", "in twee jaar tijd gedaald van 400 naar 310" (gold README, fourth-batch
#: decision: the span of a change belongs to the change and is no separate duration).
_TOOK = re.compile(
    # (a separable verb's particle too: "liep binnen drie maanden op tot zes weken", "nam in
    # een jaar toe met 20%")
    r"(?:\s+tijd\b)?[^.,;:!?]{0,60}?\b(?:(?:" + "|".join(_VERBS) + r")\s+(?:tot|naar|met|van)"
    # a particle only with its end or start ("neemt binnen 48 uur contact op met" is none)
    r"|(?:op|af|terug)\s+(?:tot|naar|van)|toe\s+(?:tot|naar|met|van))\b",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months", "years"))


def is_time_frame(text: str, number: Number, floor: int) -> bool:
    """True when ``number`` is a span of time that frames a statement, not an observation.

    Parameters
    ----------
    text : str
        The document text.
    number : Number
        A figure found in ``text``.
    floor : int
        Where its sentence starts (the look back stops there).

    Examples
    --------
    >>> t = "Het aantal cliënten is de afgelopen drie jaar gestegen."
    >>> is_time_frame(t, Number(t.index("drie"), t.index(" gestegen"), 3, "years", "duration"), 0)
    True
    >>> t = "De reserve is binnen twee jaar uitgeput."
    >>> is_time_frame(t, Number(t.index("twee"), t.index(" uitgeput"), 2, "years", "duration"), 0)
    False
    >>> t = "De wachtlijst is binnen een jaar opgelopen tot 70 namen."
    >>> is_time_frame(t, Number(t.index("een"), t.index(" opgelopen"), 1, "years", "duration"), 0)
    True
    >>> t = "Er zijn minder jongeren dan tien jaar geleden."
    >>> is_time_frame(t, Number(t.index("tien"), t.index(" geleden"), 10, "years", "duration"), 0)
    True
    >>> t = "Twee jaar later was het tekort gegroeid tot € 2,4 miljoen."
    >>> is_time_frame(t, Number(0, t.index(" later"), 2, "years", "duration"), 0)
    True
    >>> t = "Een jaar later kwamen er vaker jongeren met schulden."
    >>> is_time_frame(t, Number(0, t.index(" later"), 1, "years", "duration"), 0)
    True
    >>> t = "Twee jaar later werd die aanpak uitgebreid."
    >>> is_time_frame(t, Number(0, t.index(" later"), 2, "years", "duration"), 0)
    False
    """
    if number.unit not in _TIME_UNITS:
        return False
    if _AGO.match(text, number.end, number.end + 10):
        return True
    if _WITHIN.search(text, max(floor, number.start - 20), number.start) and _TOOK.match(
        text, number.end, number.end + 120
    ):
        return True  # "binnen een jaar opgelopen tot 70 namen": the time the change took
    later = _LATER.match(text, number.end, number.end + 8)
    if later is not None:
        return _CHANGE_TO.match(text, later.end(), later.end() + 160) is not None
    return _FRAME.search(text, max(floor, number.start - 24), number.start) is not None
