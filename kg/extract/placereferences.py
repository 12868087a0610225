"""A named neighbouring municipality a level is compared with is its reference.

"twee keer zoveel als in buurgemeente Kapelle", "bijna twee keer zo veel als in het
naburige Hollands Kroon", "ongeveer de helft van het niveau in Lelystad": the level is set
against another municipality's, which the text names after "dan" or "als" (or after "het
niveau in"). The reference is that place, by its name in lower case (the gold's slug,
``kapelle``, ``hollands kroon``). Only a comparison the readers left without a reference
is read so: a province, a region, the national level, an earlier year keep theirs, and a
province's name ("dan in Limburg") or the country's is no municipality.

Source: general Dutch comparison ("dan", "als" + the compared term; ANS 9.4); a proper
name with a capital is the place's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.changewords import PROVINCES
from kg.extract.model import Indicator
from kg.reference import default_reference

__all__ = ["municipality_in", "named_places", "place_after", "places_after"]

#: The compared term after "dan"/"als" (or a level "in" a place): a capitalised name,
#: possibly of two words, after an adjective of nearness or the noun "buurgemeente"; the
#: term may name who in that place first ("dan hun collega's in Ommen", "dan de raden in X").
_PLACE = re.compile(
    r"\b(?:dan|als|niveau|cijfer)\s+(?:(?:de|het|hun|zijn|haar|onze)\s+[^\W\d]+(?:['’]s)?\s+)?"
    r"(?:in|bij)\s+(?:(?:het|de)\s+)?"
    r"(?:(?:naburige|aangrenzende|nabijgelegen|omliggende)\s+)?(?:buurgemeente\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.IGNORECASE,
)
#: A comparison apposed to a figure after a comma: "11% van de jongeren, meer dan in X"
#: (an adverb of degree may come first: "…, fors hoger dan in X").
_APPOSED = (
    r"(?:(?:iets|wat|ruim|fors|veel|flink|duidelijk|aanzienlijk|beduidend)\s+)?"
    r"(?:meer|minder|hoger|lager|groter|kleiner|vaker|minder\s+vaak)\s+dan\b"
)
#: Another member of a coordinated compared term: "dan in Borsele en Kapelle", "als in X, Y
#: of Z", "dan in X en in Y" (each member is compared with as the head is; ANS 26, coordination).
_JOINED = re.compile(
    r"\s*(?:,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+)(?:(?:in|bij)\s+)?(?:(?:het|de)\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
)
#: Names that are no municipality: the country, and words a sentence may capitalise.
_NOT_PLACES = frozenset(("nederland", "het", "de", "europa"))
#: The comparisons of a level.
_LEVELS = frozenset(("higher", "lower", "more", "less", "equal"))
#: Where the words after a figure stop belonging to it.
_STOP = re.compile(r"[.;:!?()]|,\s(?!" + _APPOSED + r")")
#: Where a clause ends (a coordination of places runs on past its commas).
_CLAUSE_END = re.compile(r"[.;:!?()]")
_REACH = 60


def place_after(text: str, start: int, end: int) -> str | None:
    """The municipality named as the compared term in ``text[start:end]``; None if none.

    Examples
    --------
    >>> s = "twee keer zoveel als in buurgemeente Kapelle"
    >>> place_after(s, 0, len(s))
    'kapelle'
    >>> s = "bijna twee keer zo veel als in het naburige Hollands Kroon"
    >>> place_after(s, 0, len(s))
    'hollands kroon'
    >>> s = "hoger dan in Limburg"
    >>> place_after(s, 0, len(s)) is None
    True
    """
    places = places_after(text, start, end)
    return places[0] if places else None


#: A place phrase naming a place plainly: "in Appingedam", "bij Hollands Kroon".
_IN_NAME = re.compile(
    r"\s*(?:gemiddeld\s+)?(?:in|bij)\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s*$",
    re.IGNORECASE,
)


def municipality_in(phrase: str) -> str | None:
    """The municipality a place phrase names plainly ("in Appingedam"), in lower case, when
    the reference data know it as a municipality (a region, "in Twente", is none).

    Examples
    --------
    >>> municipality_in("in Appingedam"), municipality_in("in Twente")
    ('appingedam', None)
    >>> municipality_in("bij Hollands Kroon"), municipality_in("in de provincie")
    ('hollands kroon', None)
    """
    m = _IN_NAME.match(phrase)
    if m is None:
        return None
    name = m.group("name").lower()
    known = default_reference().municipality_names
    return name if name.casefold() in known and _municipal(name) else None


def _municipal(name: str) -> bool:
    """Whether a capitalised compared term may be a municipality (no country, no province)."""
    return not (name in _NOT_PLACES or name in PROVINCES or name.split()[0] in PROVINCES)


#: A member's own figure in brackets, which the coordination runs on past: "Dalfsen (21%)".
_BRACKETED = re.compile(r"\s*\([^()]{1,30}\)")


def _past_bracket(text: str, at: int) -> int:
    """``at``, or past a bracketed figure right there ("dan in Dalfsen (21%) en Staphorst")."""
    m = _BRACKETED.match(text, at)
    return m.end() if m else at


def _list_end(text: str, end: int) -> int:
    """Where a coordination that runs on past a comma or a member's bracket at ``end``
    stops: the clause's end."""
    stop = _CLAUSE_END.search(text, _past_bracket(text, end), end + _REACH)
    return stop.start() if stop else min(len(text), end + _REACH)


def places_after(text: str, start: int, end: int, list_end: int | None = None) -> list[str]:
    """The municipalities named as the compared term in ``text[start:end]``, each member of a
    coordination its own ("dan in Borsele en Kapelle"), which may run on to ``list_end``
    past a comma ("als in Borsele, Kapelle of Reimerswaal"); empty if none.

    Examples
    --------
    >>> s = "meer dan in Borsele en Kapelle"
    >>> places_after(s, 0, len(s))
    ['borsele', 'kapelle']
    >>> s = "hoger dan bij Oisterwijk, Goirle of Dongen"
    >>> places_after(s, 0, len(s))
    ['oisterwijk', 'goirle', 'dongen']
    >>> s = "lager dan in Venlo en in Roermond"
    >>> places_after(s, 0, len(s))
    ['venlo', 'roermond']
    >>> s = "lager dan in Dalfsen (21%) en Staphorst"
    >>> places_after(s, 0, s.index(" ("), len(s))
    ['dalfsen', 'staphorst']
    >>> s = "hoger dan in Limburg en Brabant"
    >>> places_after(s, 0, len(s))
    []
    """
    m = _PLACE.search(text, start, end)
    if m is None:
        return []
    name = m.group("name").lower()
    if not _municipal(name):
        return []
    names, at = [name], m.end()
    while more := _JOINED.match(text, _past_bracket(text, at), max(end, list_end or end)):
        other = more.group("name").lower()
        if _municipal(other) and other not in names:
            names.append(other)
        at = more.end()
    return names


def named_places(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each level compared with a named municipality referring to it.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Goes telt 34 uitkeringen, twee keer zoveel als in buurgemeente Kapelle."
    >>> a = Indicator(26, 42, 0, None, "", Decimal(2), "ratio", comparison="higher")
    >>> [i.reference for i in named_places(s, [a])]
    ['kapelle']
    """
    out: list[Indicator] = []
    for ind in found:
        if ind.comparison in _LEVELS and (ind.reference is None or ind.reference.islower()):
            stop = _STOP.search(text, ind.end, ind.end + _REACH)
            end = stop.start() if stop else min(len(text), ind.end + _REACH)
            if text.find(" in ", ind.start, end) >= 0 or text.find(" bij ", ind.start, end) >= 0:
                places = places_after(text, ind.start, end, _list_end(text, end))
                if ind.reference is not None and places[:1] != [ind.reference]:
                    places = []  # a reference of its own, not the first of these places
                # one indicator per municipality of a coordinated term ("dan in X en Y")
                out.extend(replace(ind, reference=place) for place in places)
                if places:
                    continue
        out.append(ind)
    return out
