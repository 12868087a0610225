"""A region named as the value of a key-value line labelled by its scale: "Arbeidsmarktregio:
Drechtsteden, met Dordrecht als centrumgemeente." names the labour-market region, as
"de arbeidsmarktregio Drechtsteden" does.

An area's name may stand for several cooperation regions (the Drechtsteden are a
cooperation of six municipalities and a labour-market region of the UWV's 35); the scale
noun before it says which one is meant. In running text it stands right before the name
and is matched with it; in a fact sheet it is the label of the line, closed by a colon. The
labour-market regions are those of the reference data (``labour-market-regions.csv``), which
the lexicon names "arbeidsmarktregio <name>".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from kg.extract.model import Entity, SentenceMention
from kg.extract.wordtokens import lowered

__all__ = ["scaled_regions"]

#: The label right before the value: the scale noun, a colon (the line's start before it).
_LABEL = re.compile(r"(?:^|[.\n]\s*)(arbeidsmarktregio)\s*:\s*$", re.IGNORECASE)


def scaled_regions(
    text: str, mentions: list[SentenceMention], entities: Mapping[str, Entity]
) -> list[SentenceMention]:
    """``mentions`` with a region named after a scale label resolved to the region of that
    scale, where the lexicon's ``entities`` know one.

    Examples
    --------
    >>> text = "Arbeidsmarktregio: Noordrand, met A als centrumgemeente."
    >>> area = SentenceMention("r/noordrand", "region", 19, 28, "Noordrand", 0)
    >>> amr = Entity("r/arbeidsmarktregio-noordrand", "region", "arbeidsmarktregio Noordrand")
    >>> [m.entity for m in scaled_regions(text, [area], {amr.iri: amr})]
    ['r/arbeidsmarktregio-noordrand']
    >>> [m.entity for m in scaled_regions("Regio: Noordrand.", [area], {amr.iri: amr})]
    ['r/noordrand']
    """
    # the document's lower case, read once for it (:func:`~kg.extract.wordtokens.lowered`)
    if "regio:" not in (lowered(text) or text.lower()):
        return mentions
    labelled = [
        (i, m)
        for i, m in enumerate(mentions)
        if m.kind == "region" and _LABEL.search(text[max(0, m.start - 24) : m.start])
    ]
    if not labelled:
        return mentions
    by_label = {
        e.label.casefold(): iri
        for iri, e in entities.items()
        if e.kind == "region" and e.label.lower().startswith("arbeidsmarktregio ")
    }
    out = list(mentions)
    for i, m in labelled:
        iri = by_label.get(f"arbeidsmarktregio {m.text}".casefold())
        if iri is not None:
            out[i] = replace(m, entity=iri)
    return out
