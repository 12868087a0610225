"""The key of a key-value line that names a party, or the part of the area its figures are for.

A fact sheet or slide gives figures as a key and its value ("Bijstand: 31 uitkeringen per
1.000 inwoners"). What the key names decides what the line is:

- a party opening the key, an organisation, a body, a region, another municipality or a
  professional group ("Veilig Thuis: 210 meldingen …", "Leerplichtambtenaar: 14
  thuiszitters …", "Woningcorporatie X: wachttijd …"), gives the party's figures or view:
  the annotation guideline keeps such a line a finding, with the party as a concern or
  speaker, where a line whose key names only the quantity is data. A fund ("Gemeentefonds:
  € 820 per inwoner") is money, no party: its name ends in "fonds";
- a group that is a problem of the taxonomy opening the key, counted by the value
  ("Statushouders: taakstelling ruim 100 personen", "Daklozen: gemiddeld 20 per nacht"),
  is a problem counted, which makes the line a finding as well;
- a part of the area named in the key ("Noord en Zuid: aandeel lage inkomens twee keer zo
  hoog …") is what the figures are given for, no other subject (:func:`key_places`).

Source: the key-value style of municipal fact sheets and slide decks and the annotation
guideline on key-value lines in the authors' voice (tests/gold/README.md), written without
reading any profile. The key is read by :func:`kg.extract.linekeys.key_end`, whose colon
test is cheap; the mentions are those the claim already holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.linekeys import key_end
from kg.extract.measuredlevels import POPULATION_CONDITIONS
from kg.extract.model import SentenceMention as _Mention
from kg.extract.speakerslots import PEOPLE_SERVED

__all__ = ["key_places", "party_key"]


#: The kinds of mention that name a party of their own in a key.
_PARTY_KINDS = frozenset({"organisation", "body", "region", "municipality"})
#: A noun of people in a condition: "statushouders", "thuiszitters", "daklozen".
_PEOPLE = re.compile(r"(?:ers|lozen|lingen)$", re.IGNORECASE)
#: The leading spaces and punctuation before a key ("- ", "• ").
_LEAD = re.compile(r"[\s\W]*")


def _key(text: str) -> tuple[int, int] | None:
    """The span of the key of the key-value line ``text`` (its first letter to its colon).

    Examples
    --------
    >>> _key("Inwoners: 45.300"), _key("Het gebruik is hoog: 12%.")
    ((0, 8), None)
    """
    colon = key_end(text, 0, len(text))
    if colon is None:
        return None
    lead = _LEAD.match(text)
    return (lead.end() if lead else 0, colon)


def _slug(entity: str) -> str:
    return entity.rsplit("/", 1)[-1]


def _party(m: _Mention, own: str) -> bool:
    """Whether the mention ``m`` names a party or a problem group (see the module docstring)."""
    slug = _slug(m.entity)
    if m.kind in _PARTY_KINDS:
        return m.entity != own and not slug.endswith("fonds")
    if m.kind == "role":
        return slug not in PEOPLE_SERVED
    return (
        m.kind == "problem"
        and m.entity not in POPULATION_CONDITIONS
        and _PEOPLE.search(m.text) is not None
    )


def party_key(text: str, start: int, mentions: Iterable[_Mention], own: str = "") -> bool:
    """Whether the key of the key-value line ``text`` (a claim at ``start``) opens with a
    party or a problem group (see the module docstring); ``own`` is the profile's own
    municipality.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Veilig Thuis West: 210 meldingen (2015), 15% meer dan in 2014"
    >>> party_key(s, 0, [M("c/organisation/vt", "organisation", 0, 17, "Veilig Thuis West", 0)])
    True
    >>> s = "Gemeentefonds: ongeveer € 820 per inwoner"
    >>> party_key(s, 0, [M("c/organisation/gemeentefonds", "organisation", 0, 13, s[:13], 0)])
    False
    >>> s = "Statushouders: taakstelling ruim 100 personen"
    >>> party_key(s, 0, [M("c/problem/status-holders", "problem", 0, 13, "Statushouders", 0)])
    True
    >>> s = "Mantelzorgers: ongeveer 4.000"
    >>> party_key(s, 0, [M("c/role/informal-carers", "role", 0, 13, "Mantelzorgers", 0)])
    False
    >>> s = "Verwijzingen door huisartsen: 55% van alle verwijzingen"
    >>> party_key(s, 0, [M("c/role/general-practitioners", "role", 18, 28, "huisartsen", 0)])
    False
    """
    key = _key(text)
    if key is None:
        return False
    return any(m.start - start == key[0] and _party(m, own) for m in mentions)


def key_places(text: str, start: int, mentions: Iterable[_Mention]) -> set[int]:
    """The offsets of the place mentions inside the key of the key-value line ``text`` (a
    claim at ``start``): the parts of the area its figures are given for.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Noord en Zuid: aandeel lage inkomens twee keer zo hoog als elders"
    >>> ms = [M("c/place/noord", "place", 0, 5, "Noord", 0), M("c/place/zuid", "place", 9, 13,
    ...       "Zuid", 0)]
    >>> sorted(key_places(s, 0, ms))
    [0, 9]
    >>> key_places("In Noord is het aandeel hoog: 12%.", 0, ms[:1])
    set()
    """
    key = _key(text)
    if key is None:
        return set()
    return {m.start for m in mentions if m.kind == "place" and m.end - start <= key[1]}
