"""The time a step of access to care takes: a waiting time no word of the taxonomy names.

A step of access to support or care (``kg/data/access-steps.txt``: a melding, aanvraag,
intake, eerste gesprek, huisbezoek, beschikking …) said to be taken within a number of
days or weeks ("een melding wordt binnen twee weken opgepakt", "een eerste huisbezoek
volgt gemiddeld binnen acht werkdagen", "bij elke aanmelding binnen vier weken een plan
maken"), and a lead time given as a count of days or weeks ("de gemiddelde doorlooptijd
lag op 26 dagen"), say how long people wait for help: the taxonomy's waiting lists and
waiting times, whether the wait is long or short (the claim is about it either way; a
claim that denies waiting lists has them taken off by its denial). The step must stand
before the term in the same clause; a term of anything else ("de raad krijgt binnen zes
weken zicht op de uitgaven", "binnen twee jaar een nieuw plan") states no wait.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract import prefixscan
from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = ["WAITING", "handling_waits"]

#: The taxonomy's waiting lists and waiting times.
WAITING = CONCEPT + "problem/waiting-lists"
#: A small count, in figures or words.
_COUNT = r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|twintig)"
#: A term of days or weeks after "binnen" ("binnen twee weken", "binnen tien werkdagen").
_WITHIN = re.compile(
    rf"\bbinnen\s+(?:de\s+|ruim\s+)?{_COUNT}\s+(?:werk|kalender)?(?:dagen|dag|weken|week)\b",
    re.IGNORECASE,
)
#: A lead time of handling with its count ("de doorlooptijd lag op 26 dagen", "een
#: doorlooptijd van zes weken"): at most five words between noun and count.
_LEAD_TIME = re.compile(
    rf"\b(?:doorlooptijd|doorlooptijden|afhandeltermijn|behandeltermijn)\b"
    rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:op|van)\s+(?:gemiddeld\s+|ruim\s+|bijna\s+)?"
    rf"{_COUNT}\s+(?:werk)?(?:dagen|weken)\b",
    re.IGNORECASE,
)
#: What ends a clause: the step and its term must stand in one.
_CLAUSE_END = re.compile(r"[.;:!?]|\b(?:maar|terwijl|omdat|want)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _step() -> re.Pattern[str]:
    """The pattern of the access steps, whole words (cached)."""
    steps = alternation(list(word_list("access-steps.txt")))
    return re.compile(rf"(?<![\w-])(?:{steps})(?![\w-])", re.IGNORECASE)


def _step_before(text: str, start: int, at: int) -> bool:
    """Whether an access step stands before offset ``at`` in its clause (from ``start``)."""
    clause_start = start
    for end in _CLAUSE_END.finditer(text, max(start, at - 120), at):
        clause_start = end.end()
    return _step().search(text, max(clause_start, at - 120), at) is not None


def handling_waits(text: str, start: int, end: int) -> set[str]:
    """The waiting-time problem of a claim that gives the handling time of an access step.

    Examples
    --------
    >>> s = "Een melding wordt volgens de consulenten binnen twee weken opgepakt."
    >>> sorted(p.rsplit("/", 1)[-1] for p in handling_waits(s, 0, len(s)))
    ['waiting-lists']
    >>> s = "Een eerste huisbezoek volgt gemiddeld binnen acht werkdagen."
    >>> sorted(p.rsplit("/", 1)[-1] for p in handling_waits(s, 0, len(s)))
    ['waiting-lists']
    >>> s = "Volgens de gemeente lag de gemiddelde doorlooptijd in 2016 op 31 dagen."
    >>> sorted(p.rsplit("/", 1)[-1] for p in handling_waits(s, 0, len(s)))
    ['waiting-lists']
    >>> s = "De raad krijgt binnen zes weken zicht op de uitgaven."  # no step of access
    >>> handling_waits(s, 0, len(s))
    set()
    >>> s = "Er kwam een aanvraag binnen, maar binnen drie weken was het team weg."
    >>> handling_waits(s, 0, len(s))  # the step stands in another clause
    set()
    """
    if not prefixscan.may_hold_in(text, start, end, ("binnen", "doorlooptijd", "termijn")):
        return set()  # the plain test first: most claims give no term
    for m in prefixscan.finditer(_WITHIN, text, start, end):
        if _step_before(text, start, m.start()):
            return {WAITING}
    if _LEAD_TIME.search(text, start, end):
        return {WAITING}
    return set()
