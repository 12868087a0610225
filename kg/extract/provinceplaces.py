"""Provinces named like their capital: the area where the text means the area.

Two provinces share their name with a municipality (Groningen, Utrecht; the reference's
provinces and municipalities). The municipality is what a bare name mostly means; the
province is meant where the text speaks of an area of municipalities:

- the adjective before a municipality or region noun: "een Utrechtse gemeente", "de
  Groninger gemeenten", "een Utrechtse jeugdregio" (a city holds no municipalities);
- the name coordinated with another province: "de grens van Utrecht en Gelderland".

The province is the place of that name (``ontology/national-bodies.ttl``: place/utrecht,
apart from the city municipality/utrecht).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.model import Entity, SentenceMention
from kg.namespaces import ID, slugify
from kg.reference import default_reference

__all__ = ["provinces_meant"]

#: After a province's adjective: a municipality, a region of it ("een Utrechtse gemeente",
#: "de Groninger gemeenten", "een Utrechtse jeugdregio"): a city is no area of municipalities.
_AREA_NOUN = re.compile(r"\s+(?:\w+\s+)?(?:gemeenten?|\w*regio's|\w*regio)\b", re.IGNORECASE)
_AND_OR = re.compile(r"\s+(?:en|of)\s+$|^\s+(?:en|of)\s+")


def provinces_meant(
    text: str, mentions: list[SentenceMention]
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """A name shared by a municipality and its province read as the province where the text
    means the area: its adjective before a municipality or region noun ("een Utrechtse
    gemeente"), or the name coordinated with another province ("Utrecht en Gelderland").
    The province is the place of that name (``ontology/national-bodies.ttl``).

    Examples
    --------
    >>> text = "Als Utrechtse gemeente aan de grens van Utrecht en Gelderland."
    >>> ms = [SentenceMention(ID + "municipality/utrecht", "municipality", 4, 13, "Utrechtse", 0),
    ...       SentenceMention(ID + "municipality/utrecht", "municipality", 40, 47, "Utrecht", 0),
    ...       SentenceMention(ID + "place/gelderland", "place", 51, 61, "Gelderland", 0)]
    >>> [m.entity[len(ID) :] for m in provinces_meant(text, ms)[0]]
    ['place/utrecht', 'place/utrecht', 'place/gelderland']
    """
    shared = _shared_provinces()
    out: list[SentenceMention] = []
    made: dict[str, Entity] = {}
    provinces = _province_iris()
    for i, m in enumerate(mentions):
        if (
            m.kind == "municipality"  # the kind first: most mentions are none (no split)
            and m.sentence is not None
            and (slug := m.entity.rsplit("/", 1)[-1]) in shared
        ):
            name = shared[slug]
            adjective = m.text != name and _AREA_NOUN.match(text, m.end) is not None
            near = [x for x in mentions[max(0, i - 1) : i + 2] if x.entity in provinces]
            listed = any(
                _AND_OR.search(text[x.end : m.start] if x.end <= m.start else text[m.end : x.start])
                for x in near
                if x is not m
            )
            if adjective or listed:
                entity = Entity(ID + "place/" + slug, "place", name, minted=True)
                made[entity.iri] = entity
                m = SentenceMention(entity.iri, "place", m.start, m.end, m.text, m.sentence)
        out.append(m)
    return out, made


@lru_cache(maxsize=1)
def _province_iris() -> frozenset[str]:
    """The IRIs of the provinces as places (``place/<slug>``), built once."""
    return frozenset(ID + "place/" + slugify(name) for name, _ in default_reference().provinces)


@lru_cache(maxsize=1)
def _shared_provinces() -> dict[str, str]:
    """The provinces whose name is also a municipality's, by slug (Groningen, Utrecht)."""
    ref = default_reference()
    cities = {slugify(m.name) for m in ref.municipalities}
    return {slugify(name): name for name, _ in ref.provinces if slugify(name) in cities}
