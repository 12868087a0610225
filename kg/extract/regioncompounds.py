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


def _compounds(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_COMPOUND` in ``text``, as its ``finditer`` gives them, tried only
    where one can begin: every match is a run of word characters and hyphens that holds
    "gemeenten" and begins that run (no word character or hyphen before it), so the pattern
    is matched at the start of each run around a "gemeenten" (``str.find``), not at every
    capital of the document.

    Examples
    --------
    >>> t = "De Peelgemeenten en de Noord-Veluwe-gemeenten; alle gemeenten, Peel-gemeenten."
    >>> [m.group() for m in _compounds(t)] == [m.group() for m in _COMPOUND.finditer(t)]
    True
    >>> [m.group(1) for m in _compounds(t)]
    ['Peel', 'Noord-Veluwe', 'Peel']
    """
    found: list[re.Match[str]] = []
    last = -1  # the start of the run tried last (a run may hold "gemeenten" twice)
    at = text.find("gemeenten")
    while at >= 0:
        begin = at
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_-"):
            begin -= 1  # back to the run's start: ``\w`` is ``str.isalnum`` or "_"
        if begin != last:
            last = begin
            if (m := _COMPOUND.match(text, begin)) is not None:
                found.append(m)
        at = text.find("gemeenten", at + 9)
    return found


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
    for m in _compounds(text):
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
