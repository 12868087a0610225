"""An intake that has ended: "geen nieuwe mensen meer" with a verb of coming in.

"Er komen geen nieuwe mensen meer bij", "sinds 2015 stromen er geen nieuwe mensen meer in",
"het werkbedrijf neemt geen nieuwe medewerkers meer aan": "geen nieuwe …  meer" with a verb of
entering or admitting (instromen, bijkomen, opnemen, aannemen, toelaten, inschrijven) states
that an intake was closed, a change of rules or of a count (the README measures it as an intake
of 0), not that something failed. A bare negation of such a clause is therefore no shortfall
(:func:`kg.extract.cueless.cueless`); a judgement word still judges it ("De wethouder betreurt
dat …"). Without a verb of coming in ("er worden geen nieuwe vrijwilligers meer gevonden")
the negation keeps its usual reading.
"""

from __future__ import annotations

import re

#: "geen nieuwe" and up to two words, then "meer": the intake no longer admits anyone.
_NO_NEW = re.compile(r"\bgeen\s+nieuwe\s+(?:\w+\s+){1,2}meer\b", re.IGNORECASE)
#: Verbs of entering or being admitted, joined with their particle ("instromen", "opgenomen")
#: or without it (then split: "stromen … in", "neemt … aan").
_COMING_IN = re.compile(
    r"\b(in|bij|op|aan|toe)?(?:stro(?:om|omt|men|omde|omden)|kom(?:t|en)?|kwam(?:en)?"
    r"|ne(?:emt|men|am)|genomen|la(?:at|ten)|gelaten|schrijf|schrijft|schrijven"
    r"|geschreven)\b",
    re.IGNORECASE,
)
#: The particle of a split verb, closing its clause.
_PARTICLE = re.compile(r"\b(?:in|bij|op|aan|toe)\s*(?:[.;:,!?]|$)", re.IGNORECASE)


def intake_ended(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says that no new people come in any more (an intake closed).

    Examples
    --------
    >>> s = "Er komen geen nieuwe mensen meer bij."
    >>> intake_ended(s, (0, len(s)))
    True
    >>> s = "Het werkbedrijf neemt sinds 2016 geen nieuwe medewerkers meer aan."
    >>> intake_ended(s, (0, len(s)))
    True
    >>> s = "Er worden geen nieuwe vrijwilligers meer gevonden."
    >>> intake_ended(s, (0, len(s)))
    False
    >>> s = "Er komen geen nieuwe mensen bij."
    >>> intake_ended(s, (0, len(s)))
    False
    >>> s = "Er stromen geen nieuwe mensen meer in; het bestand krimpt."
    >>> intake_ended(s, (0, len(s)))
    True
    """
    start, end = clause
    if text.find("nieuwe", start, end) < 0:
        return False  # most clauses: no "nieuwe"
    return bool(_NO_NEW.search(text, start, end)) and _entering(text[start:end])


def _entering(span: str) -> bool:
    """Whether ``span`` holds a verb of entering or admitting, joined or split."""
    return any(m.group(1) or _PARTICLE.search(span, m.end()) for m in _COMING_IN.finditer(span))
