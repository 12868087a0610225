"""A region's name compounded with "gemeenten": the region ("de Peelgemeenten").

Dutch names the municipalities of an area by compounding the area's name with the plural
"gemeenten" ("de Peelgemeenten", "de zes Drechtstedengemeenten", "de Twentegemeenten"),
as it does with other heads ("Randstadprovincies"; ANS 18.3, compounds with a proper name
as their first part). The compound speaks of the area as a group of municipalities, which
the annotation guidelines record as the area itself (the region that "elke gemeente in de
regio" stands for). A capitalised word that ends in "gemeenten" and whose first part is the
name of a region of the reference data is a mention of that region
(:func:`region_compounds`). Only the plural counts: "een Waddengemeente" is one
municipality of a kind, not the area.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.document import Document
from kg.extract.model import Entity, SentenceMention

__all__ = ["region_compounds"]

#: A capitalised compound on "gemeenten", its first part (a hyphen may join them).
_COMPOUND = re.compile(r"(?<![\w-])([A-ZÀ-Þ][\w]*?(?:-[A-ZÀ-Þ][\w]*?)*)-?gemeenten\b")


def _region_names(entities: Mapping[str, Entity]) -> dict[str, str]:
    """The regions by their own name (not an alternative label), lower case.

    >>> e = Entity("r/peel", "region", "Peel")
    >>> _region_names({"r/peel": e, "m/x": Entity("m/x", "municipality", "X")})
    {'peel': 'r/peel'}
    """
    return {e.label.lower(): iri for iri, e in entities.items() if e.kind == "region"}


def region_compounds(
    doc: Document, mentions: list[SentenceMention], entities: Mapping[str, Entity]
) -> list[SentenceMention]:
    """``mentions`` with a region mention for every "<region>gemeenten" compound, in order.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions found so far; a compound one of them touches is left alone.
    entities : mapping of str to Entity
        The known entities (the regions of the reference data among them).

    Returns
    -------
    list of SentenceMention

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> text = "Helmond rijdt voor de Peelgemeenten, niet voor een Waddengemeente."
    >>> doc = N(text=text, sentence_at=lambda at: N(index=1))
    >>> found = region_compounds(doc, [], {"r/peel": Entity("r/peel", "region", "Peel")})
    >>> [(m.text, m.entity, m.sentence) for m in found]
    [('Peelgemeenten', 'r/peel', 1)]
    """
    text = doc.text
    if "gemeenten" not in text:
        return mentions  # the cheap test: no plural of "gemeente" at all
    added: list[SentenceMention] = []
    names: dict[str, str] | None = None
    for m in _COMPOUND.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        names = _region_names(entities) if names is None else names
        region = names.get(m.group(1).lower())
        sentence = doc.sentence_at(m.start())
        if region is None or sentence is None:
            continue
        added.append(
            SentenceMention(region, "region", m.start(), m.end(), m.group(), sentence.index)
        )
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: (x.start, x.end, x.entity))
