"""An organisation that runs a facility of the social domain does that work for the
municipality.

Dutch says who runs a desk, a support point or a fund with "beheren": "Stichting X, die het
steunpunt mantelzorg beheert, …", "Het wijkcentrum wordt … door X beheerd" is read elsewhere;
here the active verb, in a relative clause about its organisation ("X, die / dat … beheert")
or as a main clause ("X beheert sinds 2015 het inloophuis"). The organisation or body gives
``executes-for`` the profile's municipality (tests/gold/README.md, relations from single
verbs: "die het steunpunt mantelzorg beheert" gives ``executes-for``, as "verzorgt" and
"biedt" do). Only a facility or scheme of service is read (a desk, point, house, centre,
fund, pool): a corporation that manages its dwellings, a party that manages its own money or
data does no task for the municipality. A negated clause, or work for a party named after
"voor" (read by the cue rows), states nothing here.

Examples
--------
>>> gate("x, die het steunpunt beheert."), gate("x, die de hulp levert.")
(True, False)
>>> bool(_FACILITY.search(" het steunpunt mantelzorg ")), bool(_FACILITY.search(" 800 woningen "))
(True, False)
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add
from kg.extract.jointwork import NEGATION
from kg.extract.relationsentence import CLAUSE_OPEN
from kg.extract.relationsentence import Sentence as _Sentence

__all__ = ["gate", "managed_facilities"]

_F = re.IGNORECASE
#: The active verb of running something, in the present and the simple past.
_MANAGES = re.compile(r"\bbeheer(?:t|de|den)\b|\bbeheren\b", _F)
#: A facility or scheme of service as the thing run (a compound's head: "steunpunt",
#: "inloophuis", "wijkcentrum", "noodfonds", "vrijwilligerspool").
_FACILITY = re.compile(
    r"\w*(?:punt|loket|huis|huizen|centrum|centra|fonds|pool|voorziening|voorzieningen"
    r"|regeling|servicedesk|balie|ontmoetingsplek|steunpunten)\b",
    _F,
)
#: What is no service to the municipality: housing stock, money of one's own, data.
_NOT_SERVICE = re.compile(
    r"\b(?:\w*woning\w*|panden|vastgoed|gebouwen|eigen|zijn|haar|hun|gegevens|cijfers"
    r"|dossiers|registratie\w*)\b|\bvoor\s+(?-i:[A-Z])",
    _F,
)
_EXECUTORS = frozenset({"organisation", "body"})


def gate(lowered: str) -> bool:
    """Whether a document (lower case) may hold the verb (no regex over the text)."""
    return "beheer" in lowered


def managed_facilities(sen: _Sentence, add: Add) -> None:
    """``executes-for`` the municipality for an organisation that runs a facility."""
    text = sen.text
    if text.find("beheer", sen.start, sen.end) < 0 and "Beheer" not in text[sen.start : sen.end]:
        return
    kinds = {p.entity: p.kind for p in sen.parties}
    for verb in _MANAGES.finditer(text, sen.start, sen.end):
        cs = sen.clause_start(verb.start())
        antecedent = sen.relative_antecedent(cs)
        if antecedent is not None:  # "X, die het steunpunt beheert": the object before it
            subject, thing = antecedent, text[cs : verb.start()]
        else:  # "X beheert het steunpunt": the object after it, to the clause's end
            end = _clause_end(sen, verb.end())
            subject, thing = sen.subject(cs, verb.start()), text[verb.end() : end]
        if kinds.get(subject) not in _EXECUTORS or subject == sen.own:
            continue
        if not _FACILITY.search(thing) or _NOT_SERVICE.search(thing):
            continue
        if NEGATION.search(text, cs, verb.end()) or NEGATION.search(thing):
            continue
        add("executes-for", subject, sen.own)


def _clause_end(sen: _Sentence, pos: int) -> int:
    """Where the clause running from ``pos`` ends: a clause opening, else the sentence end."""
    stop = CLAUSE_OPEN.search(sen.text, pos, sen.end)
    return stop.start() if stop else sen.end
