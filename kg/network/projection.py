"""Project the RDF graph onto a typed networkx graph.

The projection is read from the RDF graph (the file ``kg build`` writes), never
from the extractor's objects, so a map shows exactly what an integrator
downloads. Nodes are keyed by IRI and carry a ``type``:

========================  ==============================================
type                      RDF class
========================  ==============================================
``municipality``          ``kg:Municipality``
``region``                ``kg:Region``
``body``                  ``kg:IntermunicipalBody``
``organisation``          ``kg:Organisation`` (and ``kg:Ministry``)
``place``                 ``kg:Place``
``law``                   ``kg:Law``
``actor``                 ``kg:ActorRole``
``problem``               ``kg:Problem``
``theme``                 ``kg:Theme``
``topic``                 ``kg:Topic`` (read from the text, open list)
``finding``               ``kg:Finding``
========================  ==============================================

Edges are keyed and named after the RDF property they come from
(``aboutMunicipality``, ``speaker``, ``concernsProblem`` …, ``theme``,
``discussesTopic``, ``memberOf``, ``leadMunicipality``, ``cooperatesWith`` …,
``broader``: a theme's broader theme, a topic's problem), plus
``mentions``: a municipality to a region, body, organisation, place or other
municipality its profile mentions, weighted by the number of mentions.
Concept nodes that nothing in the data points at (lexicon entries) are left out.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.finding_label import finding_labels, rdflib_reader
from kg.names import slug_of
from kg.namespaces import KG, OA
from kg.terms import sorted_nodes

#: RDF class → node type, most specific first.
NODE_TYPES: tuple[tuple[str, str], ...] = (
    ("Finding", "finding"),
    ("Municipality", "municipality"),
    ("Region", "region"),
    ("IntermunicipalBody", "body"),
    ("Ministry", "organisation"),
    ("Organisation", "organisation"),
    ("Place", "place"),
    ("Law", "law"),
    ("ActorRole", "actor"),
    ("Problem", "problem"),
    ("Theme", "theme"),
    ("Topic", "topic"),
)

#: Properties from a finding to the entities it is about (most specific first).
CONCERNS = ("concernsProblem", "concernsLaw", "concernsActor", "concernsOrganisation")

#: Direct relation properties between entities.
RELATIONS = (
    "memberOf",
    "leadMunicipality",
    "cooperatesWith",
    "comparesWith",
    "dependsOn",
    "bordersOn",
    "relatedOrganisation",
    "executesFor",
    "purchasesVia",
    "reportsOn",
    "orientedTowards",
    "boundByRulingsOf",
)

#: Entity types a ``mentions`` edge may point at.
MENTION_TARGETS = frozenset({"region", "body", "organisation", "place", "municipality"})


def _k(name: str) -> URIRef:
    return URIRef(KG + name)


def labels_of(graph: Graph, node: Node) -> tuple[str, str]:
    """Return the Dutch and English label of ``node``.

    prefLabel, else rdfs:label, else a finding's name (:mod:`kg.finding_label`),
    else dcterms:title, else the IRI's tail.
    """
    found: dict[str, str] = {}
    for prop in (RDFS.label, SKOS.prefLabel):  # prefLabel wins
        for label in sorted_nodes(graph.objects(node, prop)):
            if isinstance(label, Literal) and label.language in ("nl", "en"):
                found[label.language] = str(label)
    if not found and isinstance(node, URIRef):
        found = finding_labels(str(node), *rdflib_reader(graph))
    if not found:
        title = graph.value(node, DCTERMS.title)
        tail = str(node).rstrip("/#").rsplit("/", 1)[-1]
        found["nl"] = str(title) if title is not None else tail
    nl = found.get("nl") or found.get("en", "")
    en = found.get("en") or nl
    return nl, en


def _node_type(graph: Graph, node: URIRef) -> str | None:
    classes = {str(c) for c in graph.objects(node, RDF.type)}
    for cls, kind in NODE_TYPES:
        if KG + cls in classes:
            return kind
    return None


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _document_key(graph: Graph, doc: Node) -> str:
    ident = graph.value(doc, DCTERMS.identifier)
    return str(ident) if ident is not None else slug_of(str(doc))


def _finding_attributes(graph: Graph, finding: URIRef, types: dict[URIRef, str | None]) -> dict:
    quote = graph.value(finding, _k("quote"))
    exact = graph.value(quote, URIRef(OA + "exact")) if quote is not None else None
    start = _int(graph.value(quote, URIRef(OA + "start"))) if quote is not None else None
    end = _int(graph.value(quote, URIRef(OA + "end"))) if quote is not None else None
    doc = graph.value(finding, _k("inDocument"))
    if doc is None and quote is not None:
        doc = graph.value(quote, _k("inDocument"))
    section = graph.value(finding, _k("inSection"))
    speakers = sorted_nodes(graph.objects(finding, _k("speaker")))
    polarity = graph.value(finding, _k("polarity"))
    theme = graph.value(finding, _k("theme"))
    municipality = graph.value(finding, _k("aboutMunicipality"))

    def labels(nodes: list) -> tuple[tuple[str, ...], tuple[str, ...]]:
        pairs = [labels_of(graph, n) for n in nodes]
        return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)

    speakers_nl, speakers_en = labels(speakers)
    section_title = ""
    if section is not None:
        title = graph.value(section, DCTERMS.title)
        section_title = str(title) if title is not None else labels_of(graph, section)[0]
    doc_title = ""
    if doc is not None:
        title = graph.value(doc, DCTERMS.title)
        doc_title = str(title) if title is not None else labels_of(graph, doc)[0]
    polarity_nl, polarity_en = labels_of(graph, polarity) if polarity is not None else ("", "")
    theme_nl, theme_en = labels_of(graph, theme) if theme is not None else ("", "")
    place_nl, place_en = labels_of(graph, municipality) if municipality is not None else ("", "")
    return {
        "quote": str(exact) if exact is not None else "",
        "start": start,
        "end": end,
        "document": _document_key(graph, doc) if doc is not None else "",
        "document_title": doc_title,
        "section": section_title,
        "speakers": tuple(str(s) for s in speakers),
        "speaker_labels_nl": speakers_nl,
        "speaker_labels_en": speakers_en,
        "polarity": slug_of(str(polarity)) if polarity is not None else "",
        "polarity_label_nl": polarity_nl,
        "polarity_label_en": polarity_en,
        "theme_label_nl": theme_nl,
        "theme_label_en": theme_en,
        "municipality": str(municipality) if municipality is not None else "",
        "municipality_label_nl": place_nl,
        "municipality_label_en": place_en,
    }


def project(graph: Graph) -> nx.MultiDiGraph:
    """Project an RDF graph onto a typed ``networkx.MultiDiGraph``.

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph (ontology + data), e.g. from :func:`load_graph`.
        It is only read.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by IRI with attributes ``type``, ``label_nl``, ``label_en``,
        ``iri`` and ``slug``; findings also carry ``quote``, ``start``, ``end``,
        ``document``, ``document_title``, ``section``, ``speakers``,
        ``speaker_labels_nl``/``_en``, ``polarity`` and theme labels. Edges are
        keyed by relation name and carry ``relation`` and ``weight``.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
    ... <urn:f> a kg:Finding ; kg:aboutMunicipality <urn:m> .
    ... <urn:m> a kg:Municipality .''', format="turtle")
    >>> sorted(project(g).edges(keys=True))
    [('urn:f', 'urn:m', 'aboutMunicipality')]
    """
    candidates = {
        node
        for cls, _ in NODE_TYPES
        for node in graph.subjects(RDF.type, _k(cls))
        if isinstance(node, URIRef)
    }
    types = {node: _node_type(graph, node) for node in candidates}

    edges = _edges(graph, types)
    used = {s for s, _, _ in edges} | {t for _, t, _ in edges}

    result = nx.MultiDiGraph()
    for node in sorted(types, key=str):
        iri = str(node)
        kind = types[node]
        if kind != "finding" and iri not in used:
            continue
        label_nl, label_en = labels_of(graph, node)
        attrs = {"type": kind, "label_nl": label_nl, "label_en": label_en, "iri": iri}
        attrs["slug"] = slug_of(iri)
        code = graph.value(node, _k("cbsCode"))
        if code is not None:  # a municipality's CBS code (GM0899), a name kg compare takes too
            attrs["cbs_code"] = str(code)
        if kind == "finding":
            attrs.update(_finding_attributes(graph, node, types))
        result.add_node(iri, **attrs)
    for (source_iri, target_iri, relation), weight in sorted(edges.items()):
        result.add_edge(source_iri, target_iri, key=relation, relation=relation, weight=weight)
    return result


def _edges(graph: Graph, types: dict[URIRef, str | None]) -> Counter[tuple[str, str, str]]:
    """The weighted edges between typed nodes: ``(source, target, relation)`` → weight.

    Findings link to their municipality, speakers, concerns, themes and topics;
    entities to each other through :data:`RELATIONS`; a described municipality
    to the entities its document mentions (weight: the number of mentions);
    used themes and topics to their broader theme or problem.

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph; only read.
    types : dict
        Node → its type, as :func:`project` found them.

    Returns
    -------
    collections.Counter
        ``(source IRI, target IRI, relation)`` → weight.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
    ... <urn:f> kg:aboutMunicipality <urn:m> .''', format="turtle")
    >>> dict(_edges(g, {URIRef("urn:f"): "finding", URIRef("urn:m"): "municipality"}))
    {('urn:f', 'urn:m', 'aboutMunicipality'): 1}
    """
    edges: Counter[tuple[str, str, str]] = Counter()

    def link(source: URIRef, target: object, relation: str, weight: int = 1) -> None:
        if isinstance(target, URIRef) and target in types and source in types:
            edges[(str(source), str(target), relation)] += weight

    findings = sorted(n for n, kind in types.items() if kind == "finding")
    for finding in findings:
        link(finding, graph.value(finding, _k("aboutMunicipality")), "aboutMunicipality")
        for speaker in graph.objects(finding, _k("speaker")):
            link(finding, speaker, "speaker")
        specific: set[URIRef] = set()
        for prop in CONCERNS:
            for target in graph.objects(finding, _k(prop)):
                link(finding, target, prop)
                specific.add(target)  # type: ignore[arg-type]
        for target in graph.objects(finding, _k("concerns")):
            if target not in specific:
                link(finding, target, "concerns")
        for theme in graph.objects(finding, _k("theme")):
            link(finding, theme, "theme")
        for topic in graph.objects(finding, _k("discussesTopic")):
            link(finding, topic, "discussesTopic")

    for prop in RELATIONS:
        for source, target in graph.subject_objects(_k(prop)):
            if isinstance(source, URIRef):
                link(source, target, prop)

    # Mentions: the municipality a document describes → entities it mentions.
    mentioned = _mentions_per_document(graph, types)
    for (in_doc, entity), count in mentioned.items():
        subject = graph.value(in_doc, _k("describes")) or graph.value(in_doc, DCTERMS.subject)
        if isinstance(subject, URIRef) and subject != entity:
            link(subject, entity, "mentions", count)

    used = {s for s, _, _ in edges} | {t for _, t, _ in edges}
    # Broader themes of used themes, so the theme tree stays connected.
    for theme_iri in sorted(n for n in used if types.get(URIRef(n)) == "theme"):
        for broader in graph.objects(URIRef(theme_iri), SKOS.broader):
            link(URIRef(theme_iri), broader, "broader")
    # The problem of the taxonomy each discussed topic falls under.
    for topic_iri in sorted(n for n in used if types.get(URIRef(n)) == "topic"):
        for broader in graph.objects(URIRef(topic_iri), SKOS.broader):
            if isinstance(broader, URIRef) and types.get(broader) == "problem":
                link(URIRef(topic_iri), broader, "broader")
    return edges


def nodes_of_type(graph: nx.Graph, kind: str) -> list[str]:
    """Nodes of one ``type``, sorted by IRI."""
    return sorted(n for n, t in graph.nodes(data="type") if t == kind)


def label(graph: nx.Graph, node: str, lang: str = "en") -> str:
    """The node's label in ``lang`` (``nl`` or ``en``)."""
    data = graph.nodes[node]
    return data.get(f"label_{lang}") or data.get("label_nl") or data.get("slug") or node


def find_node(graph: nx.Graph, query: str, kind: str | None = None) -> str:
    """Resolve a user's name for an entity to its node (see :mod:`kg.names`).

    Parameters
    ----------
    graph : networkx.Graph
        A projection.
    query : str
        ``brunssum``, ``Brunssum``, ``GM0899``, ``Wmo 2015``, a prefixed name or an IRI.
    kind : str, optional
        Restrict to nodes of this type.

    Raises
    ------
    KeyError
        If nothing (or more than one node) matches; the message lists close
        matches or the known names.
    """
    from kg.errors import UsageError
    from kg.names import names_from_projection

    try:
        return names_from_projection(graph, kind).resolve(query, kind)
    except UsageError as exc:
        raise KeyError(str(exc)) from None


def _mentions_per_document(
    graph: Graph, types: dict[URIRef, str | None]
) -> Counter[tuple[Node, URIRef]]:
    """How often each document mentions each entity a map shows.

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph; only read.
    types : dict
        Node → its type; only entities of a type in :data:`MENTION_TARGETS` count.

    Returns
    -------
    collections.Counter
        ``(document, entity)`` → number of mentions.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
    ... <urn:x> a kg:Mention ; kg:refersTo <urn:r> ; kg:inDocument <urn:d> .''', format="turtle")
    >>> dict(_mentions_per_document(g, {URIRef("urn:r"): "region"}))
    {(rdflib.term.URIRef('urn:d'), rdflib.term.URIRef('urn:r')): 1}
    """
    mentioned: Counter[tuple[Node, URIRef]] = Counter()
    for mention in graph.subjects(RDF.type, _k("Mention")):
        entity = graph.value(mention, _k("refersTo"))
        in_doc = graph.value(mention, _k("inDocument"))
        if (
            isinstance(entity, URIRef)
            and types.get(entity) in MENTION_TARGETS
            and in_doc is not None
        ):
            mentioned[(in_doc, entity)] += 1
    return mentioned
