"""Divided views: who is divided over what, and whether that is a verdict.

A summary that people are divided ("Over de regio zijn raadsleden verdeeld", "de meningen
lopen uiteen") is mixed where the views judge something well and badly. Two readings
complete the word list of ``ontology/tone.ttl`` (whose entries need the noun next to the
verdict: "meningen verdeeld", "zijn verdeeld"):

- :func:`fronted`: with the topic put first ("Over X zijn/waren <wie> verdeeld"), Dutch
  word order puts the subject between the verb and "verdeeld"; the clause still says a
  group is divided over X.
- :func:`about_cause`: views divided over a cause or an explanation ("Over de oorzaak van
  dat tekort lopen de meningen uiteen") explain, they judge nothing well or badly, so the
  split is no mixed verdict (gold decision 15 of the twenty-eighth session).

General Dutch word order and the domain's sense of a verdict; no profile's wording.
"""

from __future__ import annotations

import re

from kg.extract.gatedpatterns import GatedPattern, whole_claim

#: "Over X zijn/waren/is/was <subject> verdeeld" at the opening of a clause, with no
#: negator before "verdeeld" and "verdeeld" closing the clause (not "verdeeld over drie
#: teams", a spread).
_FRONTED = re.compile(
    r"(?:^|[.;:]\s+)Over\s+[^,.;:]{1,80}?\s(?:zijn|waren|is|was)\s+"
    r"(?![^,.;:]*\b(?:niet|geen|nooit)\b)[^,.;:]{1,60}?\sverdeeld\s*(?=[.;:]|$)"
)
#: A cause or an explanation as the topic of the views: "over de oorzaak", "over de
#: redenen", "over de verklaring", "over wat de oorzaak is", "over waarom".
_CAUSE = re.compile(
    r"\bover\s+(?:de\s+|wat\s+de\s+|een\s+)?(?:oorzaak|oorzaken|reden|redenen|verklaring"
    r"|verklaringen|achtergrond|achtergronden|herkomst)\b|\bover\s+(?:waarom|hoe\s+het\s+komt)\b",
    re.IGNORECASE,
)
#: The readings, behind their gates ("verdeeld" and "Over"; "over" in any case).
_FRONTED_VIEWS = GatedPattern(_FRONTED, (("verdeeld",), ("Over",)), alone=whole_claim)
_ABOUT_CAUSE = GatedPattern(_CAUSE, (("over", "Over"),))


def fronted(text: str, start: int, end: int) -> bool:
    """Whether the claim says, topic first, that a group is divided over it.

    Examples
    --------
    >>> s = "Over de regio zijn raadsleden verdeeld."
    >>> fronted(s, 0, len(s))
    True
    >>> s = "Over de inkoop waren de wethouders sterk verdeeld."
    >>> fronted(s, 0, len(s))
    True
    >>> s = "Over de regio zijn raadsleden niet verdeeld."
    >>> fronted(s, 0, len(s))
    False
    >>> s = "Over het budget is het geld verdeeld over drie teams."
    >>> fronted(s, 0, len(s))
    False
    """
    return _FRONTED_VIEWS.reads(text, start, end)


def about_cause(text: str, start: int, end: int) -> bool:
    """Whether the views the claim names are views about a cause or an explanation.

    Examples
    --------
    >>> s = "Over de oorzaak van dat tekort lopen de meningen uiteen."
    >>> about_cause(s, 0, len(s))
    True
    >>> s = "De meningen over de redenen van de stijging zijn verdeeld."
    >>> about_cause(s, 0, len(s))
    True
    >>> s = "Over de rol van de gemeenteraad zijn de meningen verdeeld."
    >>> about_cause(s, 0, len(s))
    False
    """
    return _ABOUT_CAUSE.reads(text, start, end)
