"""A cut named by its noun alone: "de korting" of the household help named before it.

"In 2015 is de huishoudelijke hulp teruggebracht naar twee uur per week. De Wmo-raad
heeft bezwaar gemaakt tegen de korting.": a definite "de korting", "die bezuiniging",
"deze versobering" refers back to a cut named before it, in its paragraph or the one
before (a reaction often opens a paragraph of its own). When those, up to and including
the claim, name the household help (the words of the taxonomy's
household-help-cuts: "huishoudelijke hulp", "hulp bij het huishouden", …), the cut is
the cut in household help (the first and most discussed cut of the 2015 Wmo), not the
general budget pressure the noun alone names (:func:`cut_referent`).
"""

from __future__ import annotations

import re

from kg.extract import prefixscan
from kg.namespaces import CONCEPT

__all__ = ["BUDGET_PRESSURE", "HOUSEHOLD_CUTS", "cut_referent"]

HOUSEHOLD_CUTS: str = CONCEPT + "problem/household-help-cuts"
BUDGET_PRESSURE: str = CONCEPT + "problem/budget-pressure"
#: A cut named by a definite noun alone: "de korting", "die bezuiniging", "deze
#: versobering" (not "de korting op het budget": a complement names what is cut).
_CUT = re.compile(
    r"\b(?:de|die|deze)\s+(?:korting|bezuiniging|versobering)\b(?!\s+(?:op|van|in)\s)",
    re.IGNORECASE,
)
#: The household help named in the paragraph: the hidden labels of household-help-cuts
#: in ``ontology/problems.ttl`` ("huishoudelijke hulp", "hulp bij het huishouden",
#: "huishoudelijke ondersteuning", "schoonmaakhulp") and the Wmo's help at home.
_HOUSEHOLD = re.compile(
    r"\b(?:huishoudelijke\s+(?:hulp|ondersteuning|zorg)|hulp\s+bij\s+het\s+huishouden"
    r"|schoonmaakhulp|schoonmaakondersteuning)\b",
    re.IGNORECASE,
)
#: Words one of which a claim must hold before it is read (lower case).
_KEYS = ("korting", "bezuiniging", "versobering")


def cut_referent(concerns: set[str], text: str, start: int, end: int) -> set[str]:
    """``concerns`` with a cut named by its noun alone read as the cut in household help
    when the claim, its paragraph before it or the paragraph before that names the help.

    Examples
    --------
    >>> t = "De hulp bij het huishouden is gehalveerd.\\n\\nDe cliëntenraad is tegen de korting."
    >>> s = t.index("De cl")  # the help named in the paragraph before
    >>> [c.rsplit("/", 1)[-1] for c in cut_referent({BUDGET_PRESSURE}, t, s, len(t))]
    ['household-help-cuts']
    >>> t = "De hulp bij het huishouden is goed.\\n\\nDe wet is nieuw.\\n\\nMen is ertegen."
    >>> t += " Het gaat om de korting."
    >>> s = t.index("Men")  # two paragraphs back: another subject
    >>> [c.rsplit("/", 1)[-1] for c in cut_referent({BUDGET_PRESSURE}, t, s, len(t))]
    ['budget-pressure']
    >>> t = "De huishoudelijke hulp is gehalveerd. De cliëntenraad is tegen de korting."
    >>> s = t.index("De cl")
    >>> [c.rsplit("/", 1)[-1] for c in cut_referent({BUDGET_PRESSURE}, t, s, len(t))]
    ['household-help-cuts']

    A cut with a complement names what it cuts:

    >>> t = "De huishoudelijke hulp is gehalveerd. Er komt een korting op het budget."
    >>> s = t.index("Er")
    >>> [c.rsplit("/", 1)[-1] for c in cut_referent({BUDGET_PRESSURE}, t, s, len(t))]
    ['budget-pressure']
    """
    if not prefixscan.may_hold_in(text, start, end, _KEYS) or not _CUT.search(text, start, end):
        return concerns  # the plain test first: most claims name no cut
    opening = text.rfind("\n\n", 0, start)  # the paragraph's start (-1 when none)
    opening = text.rfind("\n\n", 0, max(0, opening)) + 1  # the one before it
    if not _HOUSEHOLD.search(text, opening, end):
        return concerns
    return (concerns - {BUDGET_PRESSURE}) | {HOUSEHOLD_CUTS}
