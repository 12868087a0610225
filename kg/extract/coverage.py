"""Full coverage: a service present in every district, at every school or location.

"De wijkteams zijn in alle wijken aanwezig", "werkt met een schoolmaatschappelijk werker
op elke locatie", "elke school heeft een eigen aanspreekpunt": a provision that reaches
every place it serves is the reach a social-domain monitor counts as good (the
"bereik" of ``kg/data/quantity-direction.toml``): positive, in a claim no word judges.
The places are those a service covers: districts, parts of town, villages and cores,
schools and locations, practices. Members drawn from every core ("met elf leden uit alle
kernen") are a composition, not a provision: only "in", "op" or a place that "heeft"
something counts.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold_in, search

#: The places a service covers (plural after "alle", singular after "elke"/"iedere").
_PLACES = (
    r"(?:wijk|wijken|delen|deel|kern|kernen|dorp|dorpen|locatie|locaties|vestiging|vestigingen|"
    r"school|scholen|basisschool|basisscholen|praktijk|praktijken|huisartsenpraktijk|"
    r"huisartsenpraktijken)"
)
#: "in alle wijken", "op elke locatie", "op iedere basisschool" (an adjective may come
#: between: "in alle kleine kernen"), or "elke school heeft".
COVERAGE = re.compile(
    rf"\b(?:in|op)\s+(?:alle|elke|iedere|ieder|elk)\s+(?:\w+\s+)?{_PLACES}\b"
    rf"|\b(?:elke|iedere|ieder|elk)\s+(?:\w+\s+)?{_PLACES}\s+(?:\w+\s+){{0,6}}?"
    r"(?:heeft|hebben|kent|krijgt)\b",
    re.IGNORECASE,
)
#: The words every match holds (a cheap gate before the pattern).
_WORDS = ("alle ", "elke ", "ieder", "elk ")


def covered(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a provision reaches every place it serves.

    Examples
    --------
    >>> s = "De wijkteams zijn sinds 2015 in alle wijken aanwezig."
    >>> covered(s, 0, len(s))
    True
    >>> s = "Elke school heeft sinds 2016 een eigen aanspreekpunt."
    >>> covered(s, 0, len(s))
    True
    >>> s = "De adviesraad telt elf leden uit alle kernen."
    >>> covered(s, 0, len(s))
    False
    """
    return may_hold_in(text, start, end, _WORDS) and search(COVERAGE, text, start, end) is not None
