"""The parties a sentence names for its relations.

A relation links named parties: municipalities, regions, intermunicipal bodies,
organisations and places. A place adjective before a noun ("de Twentse
raamcontracten") names no party itself (before "grens" it does: "aan de Duitse
grens"), but a region named so can be the group that a later "de regio" refers back to.
Before "gemeenten" after a preposition of cooperation or membership ("samen met de
Twentse gemeenten", "deel uit van de Twentse gemeenten") a region's adjective names the
group of its municipalities: a party. A province's adjective ("de Friese gemeenten") does
not: the province is no group its municipalities join.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "Met Almelo en via de Twentse contracten."
>>> almelo = SentenceMention("m/almelo", "municipality", 4, 10, "Almelo", 0)
>>> twentse = SentenceMention("r/twente", "region", 21, 28, "Twentse", 0)
>>> named, adjectival = parties_by_sentence(text, [almelo, twentse])
>>> [m.text for m in named[0]], [m.text for m in adjectival[0]]
(['Almelo'], ['Twentse'])
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract.model import SentenceMention

__all__ = ["PARTIES", "attributive", "mention_spans", "named_group", "parties_by_sentence"]

#: The kinds of mention that take part in relations.
PARTIES = frozenset({"municipality", "region", "body", "organisation", "place"})
_ADJECTIVE = re.compile(r"[a-zâêëéèïîôûü](?:se|sche)$")
#: A noun after it, also a capitalised one of a name it opens ("De Twentse Zorgcentra").
_NOUN_NEXT = re.compile(r" (?:[a-zé]|[A-Z][a-zé])")
#: Kinds whose names may end like an adjective ("Synthese"), and a conjunction after one.
_NAMED = frozenset({"organisation", "body"})
_LIST_NEXT = re.compile(r" (?:en|of) ")
#: "aan de Duitse grens": the border of the area, which names the area as a party.
_BORDER_NEXT = re.compile(r" grens\b")
#: "de Twentse gemeenten": the group of the area's municipalities, not named one by one.
_GROUP_NEXT = re.compile(r" gemeenten\b(?! (?-i:[A-Z]))")
#: A preposition of cooperation or membership before it ("met de andere Twentse").
_GROUP_BEFORE = re.compile(
    r"\b(?:met|uit\s+van|lid\s+van|aangesloten\s+bij|tot|binnen)\s+(?:(?!en\b|of\b)[a-z]+\s+){1,3}$"
)


def attributive(text: str, m: SentenceMention) -> bool:
    """A place adjective before a noun ("de Twentse raamcontracten"): no party itself.

    Parameters
    ----------
    text : str
        The document text.
    m : SentenceMention
        A mention in it.

    Returns
    -------
    bool

    Examples
    --------
    >>> m = SentenceMention("x", "region", 7, 14, "Twentse", 0)
    >>> attributive("Via de Twentse raamcontracten", m), attributive("Met de Twentse.", m)
    (True, False)
    >>> attributive("Aan de Twentse grens", m), attributive("Via De Twentse Zorgcentra", m)
    (False, True)
    >>> attributive("Synthese en MEE", SentenceMention("x", "organisation", 0, 8, "Synthese", 0))
    False
    """
    return (
        bool(_ADJECTIVE.search(m.text))
        and bool(_NOUN_NEXT.match(text, m.end))
        and not _BORDER_NEXT.match(text, m.end)
        # a name of an organisation in a list ("Synthese en Proteion"): no adjective
        and not (m.kind in _NAMED and _LIST_NEXT.match(text, m.end))
    )


def named_group(text: str, m: SentenceMention) -> bool:
    """Whether an adjective names the group of its area's municipalities as a party.

    Examples
    --------
    >>> text = "Zij werkt samen met de Twentse gemeenten."
    >>> named_group(text, SentenceMention("r/twente", "region", 23, 30, "Twentse", 0))
    True
    >>> text = "Met Almelo en de andere Twentse gemeenten."
    >>> named_group(text, SentenceMention("r/twente", "region", 24, 31, "Twentse", 0))
    False
    """
    return bool(_GROUP_NEXT.match(text, m.end)) and bool(
        _GROUP_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


def parties_by_sentence(
    text: str, mentions: Sequence[SentenceMention], labels: Mapping[str, str] | None = None
) -> tuple[dict[int, list[SentenceMention]], dict[int, list[SentenceMention]]]:
    """The named parties of each sentence, and the regions it names as an adjective.

    Parameters
    ----------
    text : str
        The document text.
    mentions : sequence of SentenceMention
        The document's mentions, in text order.
    labels : mapping of str to str, optional
        Entity IRI → its name. A mention that spells its entity's name is a name, never
        an adjective, whatever its ending ("Lisse heeft", "Stichting Synthese ontvangt").

    Returns
    -------
    tuple of dict
        Sentence index → its parties in text order; sentence index → its regions named
        as an adjective (an antecedent for "de regio").
    """
    by_sentence: dict[int, list[SentenceMention]] = {}
    adjectival: dict[int, list[SentenceMention]] = {}
    for m in mentions:
        if m.sentence is None or m.kind not in PARTIES:
            continue
        if not attributive(text, m) or (  # a name spelling its entity's is no adjective
            labels is not None and labels.get(m.entity, "").lower() == m.text.lower()
        ):
            by_sentence.setdefault(m.sentence, []).append(m)
        elif m.kind == "region" and named_group(text, m):  # "met de Twentse gemeenten"
            by_sentence.setdefault(m.sentence, []).append(replace(m, kind="region"))
        elif m.kind == "region":  # "de Twentse contracten": an antecedent for "de regio"
            adjectival.setdefault(m.sentence, []).append(m)
    return by_sentence, adjectival


def mention_spans(mentions: Sequence[SentenceMention]) -> dict[int, list[tuple[int, int]]]:
    """The spans of the mentions of every kind, by sentence (-1: outside sentences).

    Examples
    --------
    >>> mention_spans([SentenceMention("x", "law", 3, 6, "Wmo", 2)])
    {2: [(3, 6)]}
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.sentence if m.sentence is not None else -1, []).append((m.start, m.end))
    return spans
