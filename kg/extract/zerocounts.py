"""Counts of none: "geen kind" (:mod:`kg.extract.noneof`), an intake that has stopped and a
missing fixed contact (:mod:`kg.extract.missingcontacts`).

"Er komen geen nieuwe mensen meer bij", "stromen er geen nieuwe mensen meer in", "die geen
nieuwe cliënten meer opneemt", "geen nieuwe instroom meer": "geen nieuwe" before a plural
noun of people or "instroom", with "meer" (no longer) after it, says how many newcomers there
now are: none, a count of 0 (the inflow of a scheme closed to newcomers, as the sheltered-work
scheme since the Participatiewet).
"nieuwe" may be left out: "sinds 2015 stromen er geen mensen meer in" says the same (gold
README, decision 14 of the fifteenth-batch review: "stelt geen nieuwe mensen meer aan" is 0, as "Er
komen geen nieuwe mensen meer bij"). Without "meer" ("geen nieuwe mensen gezien") or before
another noun ("geen nieuwe regels meer") it is a plain negation.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.missingcontacts import missing_contacts
from kg.extract.noneof import none_of
from kg.extract.numbers import Number
from kg.extract.wordtokens import lowered

__all__ = ["zero_counts"]

#: The plural nouns of people an intake counts.
_NEWCOMERS = (
    "mensen",
    "personen",
    "cliënten",
    "clienten",
    "deelnemers",
    "werknemers",
    "medewerkers",
    "kandidaten",
    "instromers",
    "bewoners",
    "jongeren",
    "aanmeldingen",
    # the inflow itself: "de Wsw kent geen nieuwe instroom meer" (none enters any more)
    "instroom",
)
_STOPPED = re.compile(
    r"\bgeen\s+(?:nieuwe\s+)?(?:" + "|".join(_NEWCOMERS) + r")\s+meer\b", re.IGNORECASE
)


#: A noun of aim before the clause a count of none stands in: "het enige doel was dat geen
#: enkele inwoner tussen wal en schip valt", "de ambitie dat geen kind thuiszit" (gold README:
#: "geen enkele inwoner" in a goal is no indicator; the clause states what is wanted, not how
#: many there are). The noun may be plural or a compound ("hoofddoel", "beleidsdoelen").
_AIM_BEFORE = re.compile(
    r"(?:doel|doelen|doelstelling|streven|ambitie|ambities|inzet|opdracht|uitgangspunt)"
    r"\b[^.;:!?]{0,40}?\bdat\s+[‘'“\"]?$",
    re.IGNORECASE,
)


def _in_aim(text: str, start: int, floor: int) -> bool:
    """Whether a count of none at ``start`` opens a clause of aim ("het doel dat geen …")."""
    return _AIM_BEFORE.search(text, max(floor, start - 70), start) is not None


#: "niemand" opening a clause as the subject of a state or an outcome: "niemand is tussen wal
#: en schip geraakt" (gold README: "niemand" is 0 where the claim states how many people are
#: in a situation or outcome; not as the subject of knowing or wanting, nor in an aim: "dat
#: niemand er op achteruit mocht gaan", which opens no clause of its own here).
_NOBODY = re.compile(
    r"(?:^|[,;:]\s*|^\W+)(?P<n>niemand)\s+(?:is|was|viel|valt|kwam|komt|zat|zit"
    r"|bleef|blijft)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _nobody(text: str, start: int, end: int) -> list[Number]:
    """A count of none stated with "niemand" at the start of a clause."""
    return [
        Number(m.start("n"), m.end("n"), Decimal(0), "count", "none")
        for m in _NOBODY.finditer(text, start, end)
    ]


def zero_counts(text: str, start: int, end: int) -> list[Number]:
    """The counts of none in ``text[start:end]``, in text order: "geen kind" and "geen
    nieuwe mensen meer" (``Number`` 0, form ``none``).

    Examples
    --------
    >>> s = "Sinds 2015 stromen er geen nieuwe mensen meer in; geen kind viel tussen wal en schip."
    >>> [(s[n.start : n.end], n.value) for n in zero_counts(s, 0, len(s))]
    [('geen nieuwe mensen meer', Decimal('0')), ('geen kind', Decimal('0'))]
    >>> zero_counts("Er zijn geen nieuwe regels meer nodig.", 0, 38)
    []
    >>> s = "Bij het werkbedrijf stromen geen deelnemers meer in."
    >>> [(s[n.start : n.end], n.value) for n in zero_counts(s, 0, len(s))]
    [('geen deelnemers meer', Decimal('0'))]
    >>> s = "De overgang is gelukt, niemand is tussen wal en schip geraakt."
    >>> [(s[n.start : n.end], n.value) for n in zero_counts(s, 0, len(s))]
    [('niemand', Decimal('0'))]
    >>> zero_counts("Zij zorgen dat niemand tussen wal en schip valt.", 0, 48)
    []
    """
    found = [n for n in none_of(text, start, end) if not _in_aim(text, n.start, start)]
    low = lowered(text)
    if low is None or low.find("niemand", start, end) >= 0:
        found = sorted(found + _nobody(text, start, end), key=lambda n: n.start)
    lacking = missing_contacts(text, start, end)  # "missen een vaste contactpersoon"
    if lacking:
        found = sorted(found + lacking, key=lambda n: n.start)
    if (low.find(" meer", start, end) if low is not None else 0) < 0:
        return found  # most sentences: no "meer"
    stopped = [
        Number(m.start(), m.end(), Decimal(0), "count", "none")
        for m in _STOPPED.finditer(text, start, end)
    ]
    return sorted(found + stopped, key=lambda n: n.start) if stopped else found
