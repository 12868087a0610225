"""Loading a graph file and splitting it into named graphs.

The partition is shared by the TriG export and ``kg push``, so a named graph in
a TriG file is exactly what ``kg push`` puts on a store:

``{base}graph/document/{slug}``
    Everything about one source document: the document node, and every node
    whose ``kg:inDocument`` is that document or whose IRI starts with the
    document's IRI and ``/`` (sections, sentences, mentions, quotes, findings,
    indicator observations, relations), plus the direct triples its relations
    assert (``kg:memberOf`` and its inverses, ``kg:cooperatesWith`` …). A
    direct triple asserted by two documents is in both graphs.
``{base}graph/ontology``
    The triples of the ontology files (``ontology/*.ttl`` but the shapes):
    classes, properties, concept schemes and the gazetteer with its public
    identifiers.
``{base}graph/entities``
    Everything else: entities minted by the extraction (municipalities and
    organisations not in the gazetteer, measures), the reference municipalities,
    provinces and labour-market regions generated from ``kg/data/reference``
    (:mod:`kg.gazetteer`), and the indicator data set.

The union of the named graphs is the whole input graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL

from kg.graphfile import triple_key
from kg.namespaces import DEFAULT_BASE, KG, ORG, rebase
from kg.terms import sorted_nodes

Triple = tuple  # (subject, predicate, object) of rdflib terms


def detect_base(graph: Graph) -> str:
    """Return the base IRI the graph was built with.

    Read from the ontology header ``<{base}def> a owl:Ontology``; defaults to
    :data:`kg.namespaces.DEFAULT_BASE`.
    """
    for subject in sorted_nodes(graph.subjects(RDF.type, OWL.Ontology)):
        iri = str(subject)
        if isinstance(subject, URIRef) and iri.endswith("/def"):
            return iri[: -len("def")]
    return DEFAULT_BASE


def kg_term(name: str, base: str = DEFAULT_BASE) -> URIRef:
    """The ``kg:`` term ``name`` under ``base``."""
    return URIRef(rebase(KG + name, base))


def graph_iri(kind: str, base: str = DEFAULT_BASE, slug: str | None = None) -> URIRef:
    """IRI of a named graph: ``ontology``, ``entities`` or ``document`` (with ``slug``)."""
    if kind == "document":
        return URIRef(f"{base}graph/document/{slug}")
    return URIRef(f"{base}graph/{kind}")


def ontology_triples(base: str, ontology_dir: str | Path | None = None) -> set[Triple]:
    """The ontology files' triples, moved onto ``base``."""
    from kg.namespaces import rebase_graph
    from kg.ontology import load_ontology

    return set(rebase_graph(load_ontology(ontology_dir), base))


def _documents(graph: Graph, base: str) -> dict[URIRef, URIRef]:
    """Map each source document to its named graph."""
    prefix = f"{base}id/document/"
    out = {}
    for doc in graph.subjects(RDF.type, kg_term("SourceDocument", base)):
        if isinstance(doc, URIRef):
            iri = str(doc)
            slug = iri[len(prefix) :] if iri.startswith(prefix) else iri.rsplit("/", 1)[-1]
            out[doc] = graph_iri("document", base, slug)
    return out


def _document_of_subjects(graph: Graph, docs: Iterable[URIRef], base: str) -> dict:
    owner: dict = {doc: {doc} for doc in docs}
    doc_set = set(owner)
    for subject, doc in graph.subject_objects(kg_term("inDocument", base)):
        if doc in doc_set:
            owner.setdefault(subject, set()).add(doc)
    prefixes = sorted(((str(d) + "/", d) for d in doc_set), key=lambda x: -len(x[0]))
    for subject in set(graph.subjects()):
        if subject in owner or not isinstance(subject, URIRef):
            continue
        for prefix, doc in prefixes:
            if str(subject).startswith(prefix):
                owner[subject] = {doc}
                break
    return owner


def _direct_relation_triples(graph: Graph, owner: dict, base: str) -> dict:
    """Direct triples asserted by each document's relations: triple → set of documents."""
    claimed: dict = {}
    has_member = (kg_term("hasMember", base), URIRef(ORG + "hasMember"))
    member_of = kg_term("memberOf", base)
    for rel in graph.subjects(RDF.type, kg_term("Relation", base)):
        docs = owner.get(rel)
        rtype = graph.value(rel, kg_term("relationType", base))
        subject = graph.value(rel, kg_term("relationSubject", base))
        obj = graph.value(rel, kg_term("relationObject", base))
        prop = graph.value(rtype, kg_term("property", base)) if rtype is not None else None
        if not docs or subject is None or obj is None or prop is None:
            continue
        candidates = [(subject, prop, obj)]
        if prop == member_of:
            candidates += [(obj, p, subject) for p in has_member]
        for triple in candidates:
            if triple in graph:
                claimed.setdefault(triple, set()).update(docs)
    return claimed


def partition(graph: Graph, ontology_dir: str | Path | None = None) -> dict[URIRef, list[Triple]]:
    """Split ``graph`` into named graphs (see the module docstring).

    Parameters
    ----------
    graph : rdflib.Graph
        The whole graph, as ``kg build`` writes it (not modified).
    ontology_dir : str or Path, optional
        The ontology folder whose triples form the ontology graph; defaults to
        :func:`kg.ontology.default_ontology_dir`.

    Returns
    -------
    dict
        Named-graph IRI → sorted list of triples, in sorted IRI order. Empty
        graphs are left out. A graph read from TriG, N-Quads or JSON-LD by
        :func:`kg.graphfile.load_graph` keeps its named graphs as they were;
        only the triples of its default graph are split by the rules above.
    """
    named = getattr(graph, "named_graphs", None) or {}
    kept = {triple for triples in named.values() for triple in triples}
    if named and len(kept) == len(graph):
        return {name: list(named[name]) for name in sorted(named)}
    base = detect_base(graph)
    docs = _documents(graph, base)
    owner = _document_of_subjects(graph, docs, base)
    claimed = _direct_relation_triples(graph, owner, base)
    onto = ontology_triples(base, ontology_dir)
    ontology_graph, entities_graph = graph_iri("ontology", base), graph_iri("entities", base)
    parts: dict[URIRef, list[Triple]] = {name: list(named[name]) for name in named}
    for triple in graph:
        if triple in kept:
            continue
        subject_docs = owner.get(triple[0]) or claimed.get(triple)
        if subject_docs:
            targets = [docs[d] for d in subject_docs]
        elif triple in onto:
            targets = [ontology_graph]
        else:
            targets = [entities_graph]
        for target in targets:
            parts.setdefault(target, []).append(triple)
    return {name: sorted(set(parts[name]), key=triple_key) for name in sorted(parts)}
