"""The closed intake of the sheltered-work scheme said in a noun: "de instroomstop".

Since the Participatiewet (2015) no newcomer enters the sheltered-work scheme (Wsw). A
profile says so with a count ("er stromen geen nieuwe mensen meer in": 0, read by the
number reader) or with a noun or a verb of closing whose subject is the intake or the scheme:
"de instroomstop", "de instroom in de Wsw is gesloten", "de sluiting van de Wsw voor nieuwe
instroom", "de Wsw is gesloten voor nieuwe instromers"; or with a count the number reader
leaves, newcomers "in" the scheme: "geen nieuwe mensen in de Wsw", "niemand nieuw instromen
in de Wsw". Each states the same quantity, the
number of newcomers: 0 (unit ``count``), the measure the vocabulary lacks, so none. A
closure that is negated ("is niet gesloten") states none.

Source: general Dutch of the social domain (Participatiewet, Wsw, "sociale
werkvoorziening"; "instroom", "instroomstop", "sluiting"), written without reading any
held-out profile. A sentence is read only when its lower case names the scheme and holds
"instroom", "sluiting", "nieuwe" or "niemand" (cheap tests first).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.document import Document
from kg.extract.model import Indicator, with_new_indicators
from kg.extract.prefixscan import may_hold_in

__all__ = ["closed_intakes", "closes_intake"]

#: The sheltered-work scheme or the company that carries it out.
_KIND = r"(?:wsw|(?:wet\s+)?sociale\s+werkvoorziening|sociale\s+werkplaats|sw-bedrijf)"
#: The participles of closing an intake.
_CLOSED = r"(?:gesloten|afgesloten|gestopt|stopgezet|beëindigd|bevroren|dichtgegaan|dichtgegooid)"
#: The verbs of entering or admitting after "niemand": "niemand (nieuw) instromen in de Wsw".
_ENTER = r"(?:instromen|instroomt|toelaten|opnemen)"
#: Newcomers as what the scheme is closed to: "voor nieuwe instroom", "voor nieuwe mensen".
_NEWCOMERS = (
    r"voor\s+(?:nieuwe\s+)?(?:instroom|instromers|mensen|medewerkers|kandidaten|deelnemers)"
)
_INTAKE = re.compile(
    # "de instroomstop (in de Wsw)"
    r"\b(?:de\s+)?instroomstop\b(?:\s+(?:in|voor|van)\s+(?:de\s+)?" + _KIND + r"\b)?"
    # "de instroom in de Wsw (per 1 januari 2015) is gesloten", "is de instroom … gesloten"
    r"|\b(?:(?:is|werd)\s+)?(?:de\s+)?instroom\s+(?:in|naar|van|voor)\s+(?:de\s+)?"
    + _KIND
    + r"\b(?P<gap>[^,.;:]{0,40}?)\s+(?:(?:is|werd|wordt)\s+)?"
    + _CLOSED
    + r"\b"
    # "de sluiting van de Wsw (voor nieuwe instroom)": the act; a company or a workplace
    # closes to newcomers only ("de sluiting van de sociale werkplaats" shuts a site)
    r"|\b(?:de\s+)?(?:af)?sluiting\s+van\s+(?:de\s+)?(?:wsw\b(?:\s+" + _NEWCOMERS + r")?"
    r"|" + _KIND + r"\s+" + _NEWCOMERS + r")"
    # "de Wsw is (sinds 2015) gesloten voor nieuwe instroom"
    r"|\b(?:de\s+)?"
    + _KIND
    + r"\b(?P<gap2>[^,.;:]{0,30}?)\s+"
    + _CLOSED
    + r"\s+"
    + _NEWCOMERS
    # "geen nieuwe mensen (meer) in de Wsw", "niemand (nieuw) instromen in de Wsw"
    + r"|\b(?:geen\s+nieuwe\s+(?:mensen|medewerkers|werknemers|instromers|deelnemers|kandidaten)"
    r"(?:\s+meer)?|niemand(?:\s+meer)?\s+(?:nieuw(?:\s+" + _ENTER + r")?|" + _ENTER + r"))"
    r"\s+(?:in|tot)\s+(?:de\s+)?" + _KIND + r"\b",
    re.IGNORECASE,
)
#: A negated closure: no closed intake.
_NOT = re.compile(r"\b(?:niet|nooit|geen)\b", re.IGNORECASE)
#: The words one of which a sentence must hold to be searched.
_WORDS = ("instroom", "sluiting", "nieuwe", "niemand")
#: The words of the scheme, one of which the sentence must hold too.
_SCHEME = ("wsw", "werkvoorziening", "werkplaats", "sw-bedrijf")


def closed_intakes(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the closed intakes of the sheltered-work scheme, each 0 newcomers.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("T\\n\\nW\\n\\nSinds de instroomstop in de Wsw krimpt het bedrijf.\\n",
    ...                     "t", set())
    >>> [(doc.text[i.start : i.end], i.value, i.unit) for i in closed_intakes(doc, [])]
    [('de instroomstop in de Wsw', Decimal('0'), 'count')]
    """
    text = doc.text
    if not may_hold_in(text, 0, len(text), _SCHEME):
        return found
    new: list[Indicator] = []
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if not may_hold_in(text, start, end, _WORDS) or not may_hold_in(text, start, end, _SCHEME):
            continue
        for m in _INTAKE.finditer(text, start, end):
            gap = m.group("gap") or m.group("gap2") or ""
            if _NOT.search(gap) or any(i.start < m.end() and m.start() < i.end for i in found):
                continue
            new.append(
                Indicator(
                    start=m.start(),
                    end=m.end(),
                    sentence=sentence.index,
                    measure=None,
                    measure_label="instroom",
                    value=Decimal(0),
                    unit="count",
                )
            )
    return with_new_indicators(found, new)


def closes_intake(text: str) -> bool:
    """Whether ``text`` says the scheme's intake was closed: a change of rules, no statistic.

    Examples
    --------
    >>> closes_intake("Sinds 2015 is de instroom in de Wsw gestopt.")
    True
    >>> closes_intake("De instroom in de Wsw is gedaald.")
    False
    """
    low = text.lower()
    if not any(w in low for w in _SCHEME) or not any(w in low for w in _WORDS):
        return False
    return any(
        not _NOT.search(m.group("gap") or m.group("gap2") or "") for m in _INTAKE.finditer(text)
    )
