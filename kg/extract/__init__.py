"""Extraction: from a parsed document to entities, mentions, findings, indicators
and relations, using only the ontology's lexicon and general patterns.

Nothing here knows a particular profile: the profile's own municipality is its
title, resolved against the gazetteer or minted.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.document import Document
from kg.extract.measures import MeasureVocabulary
from kg.extract.mentions import Matcher
from kg.extract.model import Entity, Extraction
from kg.namespaces import CONCEPT, ID, slugify
from kg.ontology import LexiconEntry, lexicon_entries, polarity_cues

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["Lexicon", "extract"]

_MUNICIPALITY_CUE = re.compile(
    r"\b(?:gemeente|gemeenten|centrumgemeente|buurgemeente)\s+"
    r"([A-Z][a-zà-ÿ]+(?:[- ](?:aan|op|en|de|den)?[- ]?[A-Z][a-zà-ÿ]+)*)"
)
_NOT_A_NAME = frozenset({"De", "Het", "Een", "Dat", "Die", "Deze", "Dit", "Er", "Zij", "Ze"})


class Lexicon:
    """The extractor's lexicon: labels from the ontology plus a matcher over them.

    Parameters
    ----------
    entries : iterable of LexiconEntry
        Labels, typically :func:`kg.ontology.lexicon_entries` of the ontology.
    """

    def __init__(self, entries: Iterable[LexiconEntry], cues: Iterable[LexiconEntry] = ()) -> None:
        self.entries = sorted(set(entries), key=_entry_key)
        self.cues = sorted(set(cues), key=lambda e: (e.label, e.iri))
        self.cue_matcher = Matcher(self.cues)
        self.entities: dict[str, Entity] = {}
        #: The measure vocabulary (``ontology/measures.ttl``); set by :meth:`from_graph`.
        self.measures: MeasureVocabulary | None = None
        for entry in self.entries:
            if entry.iri not in self.entities or entry.source == "prefLabel":
                self.entities[entry.iri] = Entity(entry.iri, entry.kind, entry.label)
        # Named things and actor groups never overlap one another; problems are
        # topics whose labels may share words with them ("gebrek aan kennis van
        # raadsleden" names a problem and the council members), so they are
        # matched on their own.
        self.matcher = Matcher(e for e in self.entries if e.kind != "problem")
        self.problem_matcher = Matcher(e for e in self.entries if e.kind == "problem")
        self._entry_set = frozenset(self.entries)
        self.topic_vocabulary = None  # set by from_graph (English labels need the graph)
        self._by_name: dict[tuple[str, str], LexiconEntry] = {}
        for entry in reversed(self.entries):  # the first entry in sorted order wins
            self._by_name[(entry.kind, entry.label.casefold())] = entry

    @classmethod
    def from_graph(cls, graph: Graph) -> Lexicon:
        """Build the lexicon from an ontology graph."""
        from kg.extract.topics import TopicVocabulary

        lexicon = cls(lexicon_entries(graph), polarity_cues(graph))
        lexicon.measures = MeasureVocabulary.from_graph(graph)
        lexicon.topic_vocabulary = TopicVocabulary.from_graph(graph, lexicon)
        return lexicon

    def resolve(self, name: str, kind: str) -> Entity | None:
        """Return the entity of ``kind`` one of whose labels equals ``name`` (case-insensitive)."""
        entry = self._by_name.get((kind, name.casefold()))
        return None if entry is None else self.entities[entry.iri]

    def with_entities(self, extra: Iterable[tuple[str, Entity]]) -> Lexicon:
        """Return a lexicon with extra ``(label, entity)`` pairs (minted names).

        The result equals ``Lexicon(self.entries + the extra entries)`` with the
        extra entities as given, but is built incrementally (this runs once per
        document): the matchers are extended, not rebuilt.
        """
        extra = list(extra)
        added = sorted(
            {LexiconEntry(label, e.iri, e.kind, "hiddenLabel") for label, e in extra}
            - self._entry_set,
            key=_entry_key,
        )
        lexicon = copy.copy(self)
        lexicon.entries = list(self.entries)
        for entry in added:
            bisect.insort(lexicon.entries, entry, key=_entry_key)
        lexicon._entry_set = self._entry_set.union(added)
        # An entity's name is its last prefLabel, else its first label in sorted order.
        touched = {entry.iri for entry in added}
        renamed: dict[str, Entity] = {}
        for entry in lexicon.entries:
            if entry.iri in touched and (entry.iri not in renamed or entry.source == "prefLabel"):
                renamed[entry.iri] = Entity(entry.iri, entry.kind, entry.label)
        lexicon.entities = {**self.entities, **renamed}
        lexicon._by_name = dict(self._by_name)
        for entry in added:
            key = (entry.kind, entry.label.casefold())
            known = lexicon._by_name.get(key)
            if known is None or _entry_key(entry) < _entry_key(known):
                lexicon._by_name[key] = entry
        lexicon.matcher = self.matcher.extended(e for e in added if e.kind != "problem")
        lexicon.problem_matcher = self.problem_matcher.extended(
            e for e in added if e.kind == "problem"
        )
        for _, entity in extra:
            if entity.iri not in self.entities:
                lexicon.entities[entity.iri] = entity
        return lexicon


def _entry_key(entry: LexiconEntry) -> tuple[str, str, str]:
    return (entry.label, entry.iri, entry.source)


def adjectives(name: str) -> list[str]:
    """Dutch adjectival forms of a place name (``Brunssum`` → ``Brunssumse``).

    Examples
    --------
    >>> adjectives("Zuiderwolde")
    ['Zuiderwoldese', 'Zuiderwoldse']
    """
    forms = [name + "se"]
    if name.endswith("e"):
        forms.append(name[:-1] + "se")  # Zuiderwolde → Zuiderwoldse
    return forms


def municipality_of(doc: Document, lexicon: Lexicon) -> Entity:
    """Resolve the document's municipality from its title (minted when unknown)."""
    known = lexicon.resolve(doc.title, "municipality")
    if known is not None:
        return known
    return Entity(ID + "municipality/" + slugify(doc.title), "municipality", doc.title, minted=True)


def _pattern_municipalities(doc: Document, lexicon: Lexicon) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    for match in _MUNICIPALITY_CUE.finditer(doc.text):
        name = match.group(1)
        if name in _NOT_A_NAME or lexicon.resolve(name, "municipality"):
            continue
        found.setdefault(
            name,
            Entity(ID + "municipality/" + slugify(name), "municipality", name, minted=True),
        )
    return found


def _minted_roles(doc: Document, lexicon: Lexicon) -> list[tuple[str, Entity]]:
    """Speaker groups the role list lacks, minted as roles (``role/<slug of the singular>``).

    See :func:`kg.extract.speakers.discover`; each gets its surface form and its
    singular lemma as labels, so every later mention of the group is found.
    """
    from kg.extract.speakers import discover

    def known(phrase: str) -> bool:
        return any(m.text == phrase for m in lexicon.matcher.find(phrase))

    out: list[tuple[str, Entity]] = []
    for surface, lemma in discover(doc.text, doc.sentences, known):
        entity = Entity(CONCEPT + "role/" + slugify(lemma), "role", lemma, minted=True)
        out += [(surface, entity), (lemma, entity)]
    return out


def extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """Extract everything from one parsed document.

    Parameters
    ----------
    doc : Document
        A parsed profile.
    lexicon : Lexicon
        The ontology's lexicon.

    Returns
    -------
    Extraction
    """
    from kg.extract.findings import extract_findings
    from kg.extract.indicators import extract_indicators
    from kg.extract.relations import extract_relations

    municipality = municipality_of(doc, lexicon)
    extra: list[tuple[str, Entity]] = []
    if municipality.minted:
        extra += [(doc.title, municipality)]
        extra += [(form, municipality) for form in adjectives(doc.title)]
    extra += sorted(_pattern_municipalities(doc, lexicon).items())
    extra += _minted_roles(doc, lexicon)
    local = lexicon.with_entities(extra) if extra else lexicon

    from kg.extract.mentionrules import find_mentions

    result = Extraction(municipality=municipality)
    result.mentions = find_mentions(doc, local, municipality)
    for m in result.mentions:
        result.entities.setdefault(m.entity, local.entities[m.entity])
    result.entities.setdefault(municipality.iri, municipality)
    result.indicators = extract_indicators(doc, result, local.measures)
    result.relations = extract_relations(doc, result)
    result.findings = extract_findings(doc, result, local)
    return result
