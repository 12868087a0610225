"""Relations between organisations, from general Dutch patterns.

- ``werkt samen met X``, or X as the giver of support (``X heeft steun
  gegeven``, ``ondersteund door X``): cooperates-with (profile's municipality, X)
- ``centrumgemeente X`` with a region in the sentence: lead-municipality
  (region, X); with ``afhankelijk`` the municipality depends-on X
- ``De regio is X`` / ``regio X`` as the profile's region: member-of
- an intermunicipal body named as the municipality's service: member-of
- ``gekeken naar X en Y`` / ``kijkt naar``: compares-with
- a place with ``grens``: borders-on
- an organisation with work words (``werk``, ``arbeidsplaatsen``, ``trekt …
  aan``) or money words (``uitkering uit``, ``subsidie``, ``financiert``):
  related-organisation
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.model import Extraction, Relation, SentenceMention

_COOPERATE = re.compile(r"\bwerk\w*\s+samen\s+met\b|\bsamenwerking\s+met\b", re.I)
_LEAD = re.compile(r"\bcentrumgemeente\b", re.I)
_DEPENDS = re.compile(r"\bafhankelijk", re.I)
_REGION_IS = re.compile(r"\b(?:de\s+)?regio\s+is\b|\bin\s+de\s+regio\b", re.I)
_COMPARE = re.compile(r"\b(?:gekeken|kijk\w*|vergelijk\w*)\s+naar\b", re.I)
_BORDER = re.compile(r"\bgrens\b", re.I)
_WORK = re.compile(
    r"\b(?:werk|arbeids\w*|trekt|werkgever\w*|banen|uitkering|subsidie\w*|financier\w*)\b", re.I
)
_SUPPORT = re.compile(
    r"\b(?:heeft|hebben|gaf|gaven|geeft|geven|biedt|bood)\b[^.;]*?\bsteun\b|\bsteun\s+(?:van|door)\b"
    r"|\bondersteun\w*\s+(?:door|van)\b",
    re.I,
)
_SERVICE = re.compile(r"\b(?:sociale?\s+dienst|intergemeentelijk\w*|ISD)\b", re.I)


def extract_relations(doc: Document, extraction: Extraction) -> list[Relation]:
    """Return the typed relations between organisations stated in the text.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        Holds the mentions and the profile's municipality.

    Returns
    -------
    list of Relation
        Unique by (type, subject, object), first evidence kept, in text order.
    """
    own = extraction.municipality.iri
    by_sentence: dict[int, list[SentenceMention]] = {}
    for m in extraction.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    relations: dict[tuple[str, str, str], Relation] = {}

    def add(kind: str, subject: str, obj: str, s: int, e: int, idx: int) -> None:
        if subject != obj:
            relations.setdefault((kind, subject, obj), Relation(kind, subject, obj, s, e, idx))

    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        mentions = by_sentence.get(sentence.index, [])
        munis = [m for m in mentions if m.kind == "municipality" and m.entity != own]
        regions = [m for m in mentions if m.kind == "region"]
        bodies = [m for m in mentions if m.kind == "body"]
        places = [m for m in mentions if m.kind == "place"]
        companies = [
            m for m in mentions if m.kind == "organisation" and "/ministerie-" not in m.entity
        ]
        if not (munis or regions or bodies or places or companies):
            continue  # every rule relates at least one of these
        span = (sentence.start, sentence.end, sentence.index)
        # each pattern is searched only when a rule could use its match
        coop = _COOPERATE.search(text) if munis else None
        if coop:
            for m in munis:
                if m.start - sentence.start > coop.start():
                    add("cooperates-with", own, m.entity, *span)
        support = _SUPPORT.search(text) if munis else None
        if support:
            for m in munis:
                add("cooperates-with", own, m.entity, *span)
        lead = _LEAD.search(text) if munis else None
        if lead:
            after = [m for m in munis if m.start - sentence.start > lead.start()]
            if after:
                for r in regions:
                    add("lead-municipality", r.entity, after[0].entity, *span)
                if _DEPENDS.search(text):
                    add("depends-on", own, after[0].entity, *span)
        if regions and _REGION_IS.search(text):
            for r in regions:
                add("member-of", own, r.entity, *span)
        if bodies and _SERVICE.search(text):
            for b in bodies:
                add("member-of", own, b.entity, *span)
        cmp_ = _COMPARE.search(text) if munis else None
        if cmp_:
            for m in munis:
                if m.start - sentence.start > cmp_.start():
                    add("compares-with", own, m.entity, *span)
        if places and _BORDER.search(text):
            for p in places:
                add("borders-on", own, p.entity, *span)
        if companies and _WORK.search(text):
            for c in companies:
                add("related-organisation", own, c.entity, *span)
    return sorted(relations.values(), key=lambda r: (r.start, r.type, r.subject, r.object))
