"""A set-up told as a plain fact of organisation: how the work is arranged, no initiative.

Something set going reads as progress when nothing else judges (:func:`kg.extract.cueless.
set_going`: "er is een loket opgezet"). Two forms of the same verbs only tell how the work
is organised, which the annotation guideline reads as a plain fact, neutral (tests/gold/
README.md, twenty-eighth session, point 8: how the teams are set up, how many staff they
have):

- "inrichten" (Van Dale: to arrange, to organise) names the arrangement of the work ("de
  gemeente heeft drie wijkteams ingericht", "de toegang is per wet ingericht"), unless it is
  a measure taken in answer to what came before ("heeft daarom een meldpunt ingericht");
- a team set up with the staff it was made of ("werd opgezet met medewerkers van …",
  "opgericht, waarin medewerkers van A en B samenwerken", "met samen 30 medewerkers")
  describes its make-up.

General Dutch (the verb "inrichten", the adverb of consequence "daarom") and the words of a
team's staff.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.wordtokens import lower_span

#: "inrichten" in its participle and finite forms ("ingericht", "richtte … in" is left out:
#: the particle stands apart).
_ARRANGED = re.compile(r"\bingericht\b", re.IGNORECASE)
#: The adverbs that make a set-up a measure taken in answer to what came before.
_RESPONSE = re.compile(r"\b(?:daarom|daarvoor|hiervoor|hierom)\b", re.IGNORECASE)
#: A set-up verb (participle) and, in the same sentence, the staff it was made of: "met
#: (samen) (ongeveer) 30 medewerkers", "met medewerkers van …", "waarin medewerkers van …
#: samenwerken/werken/zitten".
_STAFFED = re.compile(
    r"\b(?:opgezet|opgericht|ingericht|gevormd|samengesteld)\b[^.;:?!]{0,160}?"
    r"\b(?:met\s+(?:samen\s+)?(?:ongeveer\s+|circa\s+|zo'n\s+|ruim\s+)?(?:\d+\s+)?"
    r"|waarin\s+(?:\w+\s+)?)medewerkers\b",
    re.IGNORECASE,
)


def arranged(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` tells how the work is arranged: "ingericht"
    with no adverb of response, or a set-up with the staff it was made of.

    Examples
    --------
    >>> s = "De gemeente heeft in 2015 drie wijkteams ingericht, elk voor een stadsdeel."
    >>> arranged(s, 0, len(s))
    True
    >>> s = "De gemeente heeft daarom een apart meldpunt voor schulden ingericht."
    >>> arranged(s, 0, len(s))
    False
    >>> s = "In 2014 werd het jeugdteam opgezet met medewerkers van drie aanbieders."
    >>> arranged(s, 0, len(s))
    True
    >>> s = "Er is een loket opgezet."
    >>> arranged(s, 0, len(s))
    False
    """
    chunk = lower_span(text, start, end)
    if "ingericht" not in chunk and "medewerkers" not in chunk:
        return False  # most claims
    if search(_STAFFED, text, start, end):
        return True
    return (
        "ingericht" in chunk
        and search(_ARRANGED, text, start, end) is not None
        and search(_RESPONSE, text, start, end) is None
    )
