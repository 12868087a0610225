"""A heading line that names the source of the block after it.

A fact sheet or a profile may group what one party told under a short line that names the
party and closes with a colon: the study's talks with the party ("Uit de gesprekken met
ambtenaren:", "Uit het gesprek met de wethouder:", "Uit de twee gesprekken met de
aanbieders:", "In gesprekken met huisartsen:", "Gesprekken met aanbieders:", "Uit interviews
met ouders:") or the party after "volgens", alone or after a lead-in of at most four words
("Volgens de consulenten:", "Knelpunten volgens de Wmo-consulenten:"). The words after "met"
or "volgens" are a short phrase, no clause of its own: no full stop, question or exclamation
mark, quotation mark or second colon, and after "volgens" no comma ("Volgens de raadsleden,
en ook de wethouder, gaat het goed:" is a sentence).

What is a heading *line* (a paragraph of its own, how long it may be) is each caller's
concern; this module only says whether a line's words name a source.
"""

from __future__ import annotations

import re

__all__ = ["gate", "source_heading"]

#: The talks with a party: "Uit de (twee) gesprekken met", "In gesprekken met", "Interview met".
_TALKS = (
    r"(?:(?:uit|in)\s+)?(?:(?:de|het|een)\s+(?:[\w-]+\s+)?)?"
    r"(?:gesprek|gesprekken|interview|interviews)\s+met\s+[^.;:!?“”\"‘’]{2,}"
)
#: A party after "volgens" (no comma: a comma opens a clause).
_VOLGENS = r"volgens\s+[^.;:!?,“”\"‘’]{2,}"
#: The heading, a lead-in of at most four words allowed before "volgens"; then the colon
#: that closes the line.
_HEADING = re.compile(rf"\W*(?:{_TALKS}|(?:[\w-]+\s+){{0,4}}?{_VOLGENS}):\s*$", re.IGNORECASE)
#: The heading that opens with its source words (no lead-in).
_OPENING = re.compile(rf"\W*(?:{_TALKS}|{_VOLGENS}):\s*$", re.IGNORECASE)


def gate(low: str) -> bool:
    """Whether a lower-case text may hold a source heading (a cheap word test).

    Examples
    --------
    >>> gate("uit de gesprekken met x:"), gate("volgens x:"), gate("in overleg met x")
    (True, True, False)
    """
    return "gesprek" in low or "volgens" in low or "interview" in low


def source_heading(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lead_in: bool = True,
) -> bool:
    """Whether ``text[start:end]`` (a line, its closing colon included) names the source of
    the block after it; with ``lead_in`` false, only a line that opens with its source words
    (not "Knelpunten volgens …:").

    Examples
    --------
    >>> source_heading("Uit de gesprekken met ambtenaren:")
    True
    >>> source_heading("Uit de twee gesprekken met de wethouder:")
    True
    >>> source_heading("In gesprekken met consulenten van het wijkteam:")
    True
    >>> source_heading("Knelpunten volgens de Wmo-consulenten:")
    True
    >>> source_heading("Kerncijfers:"), source_heading("Werkdruk: hoog.")
    (False, False)
    >>> source_heading("Uit de gesprekken met ambtenaren bleek dat de tijd krap was.")
    False
    >>> source_heading("Ze zeggen het volgende over de gesprekken met ouders:")
    False
    >>> source_heading("Knelpunten volgens de Wmo-consulenten:", lead_in=False)
    False
    >>> t = "Zorg\\n\\nVolgens de raadsleden:\\n\\nDruk."
    >>> source_heading(t, 6, 28)
    True
    """
    stop = len(text) if end is None else end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start or text[stop - 1] != ":":
        return False  # the cheap gate: a line closed by a colon
    return (_HEADING if lead_in else _OPENING).match(text, start, stop) is not None
