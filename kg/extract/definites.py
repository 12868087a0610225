"""Definite descriptions that name an entity the situation or the text fixes.

A profile describes one municipality, so a bare definite noun for an administrative
unit above it points at the unit it lies in: "de provincie rekent op een verdere
daling", "anders dan elders in de provincie" is the municipality's own province (the
reference data give it). Not "de provincie Gelderland" (a name follows: the lexicon
reads it) and not the noun without an article ("naar provincie en grootteklasse").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.mentions import Mention
from kg.extract.model import Entity, SentenceMention
from kg.namespaces import ID, slugify
from kg.reference import default_reference

__all__ = ["named_back", "own_province", "province_template"]

#: Kinds of a named entity whose type word a bare role noun may repeat.
_NAMED = frozenset({"body", "organisation"})

#: "de provincie" with no name after it (a capital opens the name: "de provincie Utrecht").
_PROVINCE = re.compile(r"(?<!\w)(?:de|die|deze)\s+(provincie)(?![\w-])(?!\s+(?-i:[A-Z]))", re.I)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Municipality IRI → the name of its (last) province, from the reference data."""
    reference = default_reference()
    return {f"{ID}municipality/{slugify(m.name)}": m.province for m in reference.municipalities}


def province_template(lexicon, municipality: Entity) -> Mention | None:  # noqa: ANN001
    """The municipality's province as a template mention, or None when the reference data
    or the lexicon do not know it.

    Examples
    --------
    >>> from kg.extract import Lexicon
    >>> from kg.ontology import LexiconEntry
    >>> lexicon = Lexicon([LexiconEntry("provincie Zeeland", "urn:x:zeeland", "place", "altLabel")])
    >>> town = Entity(ID + "municipality/vlissingen", "municipality", "Vlissingen")
    >>> province_template(lexicon, town).entity
    'urn:x:zeeland'
    >>> province_template(lexicon, Entity("urn:x:elders", "municipality", "Elders")) is None
    True
    """
    province = _provinces().get(municipality.iri)
    if province is None:
        return None
    entity = lexicon.resolve(f"provincie {province}", "place") or lexicon.resolve(province, "place")
    return None if entity is None else Mention(entity.iri, "place", 0, 0, "")


def own_province(
    text: str, start: int, end: int, found: list[Mention], province: Mention
) -> list[Mention]:
    """The bare "de provincie" of ``text[start:end]`` as mentions of ``province``.

    Examples
    --------
    >>> zeeland = Mention("place/zeeland", "place", 0, 0, "")
    >>> text = "anders dan elders in de provincie. De provincie Zeeland zwijgt."
    >>> [(m.text, m.start) for m in own_province(text, 0, len(text), [], zeeland)]
    [('provincie', 24)]
    """
    out: list[Mention] = []
    for match in _PROVINCE.finditer(text, start, end):
        s, e = match.span(1)
        if not any(m.start < e and s < m.end for m in found):
            out.append(Mention(province.entity, province.kind, s, e, match.group(1)))
    return out


def _heads(m: SentenceMention) -> str | None:
    """The type word a named body or organisation opens with ("GGD" of "GGD Twente")."""
    if m.kind not in _NAMED or " " not in m.text:
        return None
    return m.text.split(" ", 1)[0].lower()


def named_back(mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with a bare role noun that opens the name of a body or organisation
    named before it in the same sentence read as that body: "Uit de monitor van de GGD
    Brabant-Zuidoost blijkt …, wat volgens de GGD …" (the same GGD, not GGDs in general).

    Examples
    --------
    >>> from dataclasses import replace
    >>> body = SentenceMention("body/ggd-x", "body", 12, 22, "GGD Twente", 3)
    >>> role = SentenceMention("role/ggd", "role", 40, 43, "GGD", 3)
    >>> [m.entity for m in named_back([body, role])]
    ['body/ggd-x', 'body/ggd-x']
    >>> [m.entity for m in named_back([body, replace(role, sentence=4)])]
    ['body/ggd-x', 'role/ggd']
    """
    named = [(m, head) for m in mentions if (head := _heads(m)) is not None]
    if not named:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "role" and m.sentence is not None:
            low = m.text.lower()
            before = [n for n, head in named if head == low and n.sentence == m.sentence]
            before = [n for n in before if n.end <= m.start]
            if before:
                m = replace(m, entity=before[-1].entity, kind=before[-1].kind)
        out.append(m)
    return out
