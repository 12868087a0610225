"""A municipality "of" an area is no member of it.

A landstreek or a part of a province ("de Achterhoek", "het Rivierenland",
"West-Brabant", "de Kop van Noord-Holland") is an area, not an organisation that
municipalities join: "de grootste gemeente van het Rivierenland", "een van de gemeenten
van West-Brabant", "werkt in de Kop van Noord-Holland samen met A en B" place the
municipality in it and state no membership. A cooperation region is named as one: by its
scale ("arbeidsmarktregio X", "jeugdregio X") or as "regio" ("De regio is Eemland", "de
regio X") or by its adjective ("de Twentse gemeenten werken samen": the municipalities
of the area as a group); a membership of those stands, as one stated with a verb of
joining ("maakt deel uit van", "behoort tot"), or one the text names as the group of
municipalities a purchase is done for ("ingekocht voor de negen gemeenten van X",
:mod:`kg.extract.areamembers`).
"""

from __future__ import annotations

import re

from kg.extract.areamembers import named_as_group
from kg.extract.model import Entity, Relation, SentenceMention

__all__ = ["area_memberships"]

#: "regio" (or "de regio is") right before the area's name: it is named as a cooperation region;
#: also a label of a key-value line ending in "regio" ("Zorgregio: Twente").
_AS_REGION = re.compile(r"(?:\bregio(?:\s+(?:is|heet|was))?|regio:)\s+$", re.IGNORECASE)


#: A verb or noun of joining: "maakt deel uit van", "behoort tot", "is aangesloten bij", "is
#: lid van", "valt onder", "neemt deel aan", "participeert in" state a membership of the area
#: as of a region.
_JOINED = re.compile(
    r"\b(?:deel\s+uit|uitmaakt|deelnemer\w*|aangesloten|lid\s+van|behoor\w*|hoort|horen"
    r"|val(?:t|len)\s+(?:\w+\s+){0,3}?onder|onderdeel|participe\w+|neemt\s+(?:\w+\s+){0,3}?deel)\b",
    re.IGNORECASE,
)


def _as_group(text: str, m: SentenceMention) -> bool:
    """Whether mention ``m`` names its area as a group of municipalities: after "regio"
    ("De regio is Eemland") or by its adjective ("de Twentse gemeenten werken samen")."""
    return m.text.endswith(("se", "sche")) or bool(
        _AS_REGION.search(text, max(0, m.start - 16), m.start)
    )


def _area(entity: Entity | None) -> bool:
    """Whether ``entity`` is a region named as an area: no scale or "regio" in its label.

    Examples
    --------
    >>> _area(Entity("r/achterhoek", "region", "Achterhoek"))
    True
    >>> _area(Entity("r/amr", "region", "arbeidsmarktregio Achterhoek"))
    False
    >>> _area(Entity("b/regio-x", "body", "Regio X"))
    False
    """
    return (
        entity is not None
        and entity.kind == "region"
        and not entity.minted
        and "regio" not in entity.label.lower()
    )


def area_memberships(
    relations: list[Relation],
    text: str,
    entities: dict[str, Entity],
    mentions: list[SentenceMention],
) -> list[Relation]:
    """``relations`` without a municipality's membership of an area, unless the sentence
    that states it names the area as a region or states the joining in so many words.

    Examples
    --------
    >>> ents = {"r/a": Entity("r/a", "region", "Achterhoek")}
    >>> text = "A is een gemeente van de Achterhoek. De regio is Achterhoek."
    >>> rel = [Relation("member-of", "municipality/a", "r/a", 0, 35, 0)]
    >>> ms = [SentenceMention("r/a", "region", 25, 35, "Achterhoek", 0),
    ...       SentenceMention("r/a", "region", 49, 59, "Achterhoek", 1)]
    >>> area_memberships(rel, text, ents, ms)
    []
    >>> rel = [Relation("member-of", "municipality/a", "r/a", 37, 60, 1)]
    >>> len(area_memberships(rel, text, ents, ms))
    1
    """
    areas = {iri for iri, e in entities.items() if _area(e)}
    if not areas:
        return relations
    out = []
    for r in relations:
        if (
            r.type == "member-of"
            and r.object in areas
            and r.subject.rpartition("/")[0].endswith("municipality")
        ):
            named = [m for m in mentions if m.entity == r.object and r.start <= m.start < r.end]
            if not _JOINED.search(text, r.start, r.end) and not any(
                _as_group(text, m) or named_as_group(text, r.start, m) for m in named
            ):
                continue
        out.append(r)
    return out
