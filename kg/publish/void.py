"""A VoID + DCAT description of the dataset (``build/void.ttl``).

:func:`describe_dataset` reads everything from the graph itself: the sources
(each document's file name and sha256), the vocabularies its predicates and
classes come from, triple counts (whole and per class), example resources and
the links to public identifiers (TOOI, BWB on wetten.overheid.nl). The
publisher is a placeholder, clearly marked, for whoever publishes the data to
fill in. No dates or paths are written, so the same graph always gives the same
description.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, SKOS, VOID, XSD

from kg import __version__
from kg.io import atomic_write_bytes
from kg.namespaces import PREFIXES, slugify
from kg.publish.graphs import detect_base, kg_term

VOID_FILE = "void.ttl"
SPDX = "http://spdx.org/rdf/terms#"

TITLE = {
    "nl": "Kennisgraaf van de decentralisaties in het sociaal domein (2015)",
    "en": "Knowledge graph of the 2015 decentralisation of the Dutch social domain",
}
DESCRIPTION = {
    "nl": "Bevindingen, indicatoren en relaties uit gemeenteprofielen over de uitvoering van "
    "de Wmo 2015, de Jeugdwet en de Participatiewet, elk met het letterlijke citaat en de "
    "positie in de opgeschoonde brontekst.",
    "en": "Findings, indicators and relations from municipality profiles on how the Social "
    "Support Act 2015, the Youth Act and the Participation Act were carried out, each with "
    "its verbatim quote and position in the cleaned source text.",
}
#: Licence used when the ontology header names none.
DEFAULT_LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")

#: Classes whose first instance (in IRI order) is listed as a void:exampleResource.
EXAMPLE_CLASSES = ("SourceDocument", "Finding", "IndicatorObservation", "Relation", "Municipality")

#: Link targets: (name, IRI prefix of the objects, homepage).
LINK_TARGETS = (
    ("tooi", "https://identifier.overheid.nl/tooi/id/", "https://identifier.overheid.nl/tooi"),
    ("wetten", "https://wetten.overheid.nl/", "https://wetten.overheid.nl/"),
)


def _vocabulary_of(iri: str, namespaces: list[str]) -> str | None:
    for ns in namespaces:
        if iri.startswith(ns):
            return ns
    return None


def describe_dataset(graph: Graph, endpoint: str | None = None) -> Graph:
    """Describe ``graph`` with VoID and DCAT.

    Parameters
    ----------
    graph : rdflib.Graph
        The whole graph (not modified).
    endpoint : str, optional
        URL of a SPARQL endpoint serving the graph (``void:sparqlEndpoint``).

    Returns
    -------
    rdflib.Graph
        The description; no blank nodes.
    """
    base = detect_base(graph)
    ds = URIRef(f"{base}dataset")
    out = Graph()
    add = out.add
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    for lang in ("nl", "en"):
        add((ds, DCTERMS.title, Literal(TITLE[lang], lang=lang)))
        add((ds, DCTERMS.description, Literal(DESCRIPTION[lang], lang=lang)))
    ontology = URIRef(f"{base}def")
    license_iri = graph.value(ontology, DCTERMS.license) or DEFAULT_LICENSE
    add((ds, DCTERMS.license, license_iri))
    add((ds, URIRef(str(DCAT) + "version"), Literal(__version__)))
    add((ds, DCTERMS.conformsTo, ontology))
    add((ds, DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-1/nl")))
    add((ds, VOID.uriSpace, Literal(f"{base}id/")))
    add((ds, VOID.rootResource, ontology))

    publisher = URIRef(f"{base}id/publisher-placeholder")
    add((ds, DCTERMS.publisher, publisher))
    add((publisher, RDF.type, FOAF.Agent))
    add((publisher, RDFS.label, Literal("PLAATSHOUDER: uitgever nog niet ingevuld", lang="nl")))
    add((publisher, RDFS.label, Literal("PLACEHOLDER: publisher not yet set", lang="en")))
    add((publisher, SKOS.note, Literal("Replace with the publishing organisation.", lang="en")))

    dist = URIRef(f"{base}dataset/distribution/turtle")
    add((ds, DCAT.distribution, dist))
    add((dist, RDF.type, DCAT.Distribution))
    add((dist, DCTERMS.title, Literal("kg.ttl")))
    add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/text/turtle")))
    if endpoint:
        add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))
        service = URIRef(f"{base}dataset/service/sparql")
        add((ds, DCAT.distribution, URIRef(f"{base}dataset/distribution/sparql")))
        add((URIRef(f"{base}dataset/distribution/sparql"), RDF.type, DCAT.Distribution))
        add((URIRef(f"{base}dataset/distribution/sparql"), DCAT.accessService, service))
        add((service, RDF.type, DCAT.DataService))
        add((service, DCAT.endpointURL, URIRef(endpoint)))
        add((service, DCAT.servesDataset, ds))

    _add_sources(out, graph, ds, base)
    _add_statistics(out, graph, ds, base)
    _add_examples(out, graph, ds, base)
    _add_linksets(out, graph, ds, base)
    return out


def _add_sources(out: Graph, graph: Graph, ds: URIRef, base: str) -> None:
    base_sha = kg_term("sha256", base)
    for doc in sorted(graph.subjects(RDF.type, kg_term("SourceDocument", base))):
        out.add((ds, DCTERMS.source, doc))
        out.add((doc, RDF.type, FOAF.Document))
        for prop in (DCTERMS.title, DCTERMS.source):
            for value in graph.objects(doc, prop):
                out.add((doc, prop, value))
        for sha in graph.objects(doc, base_sha):
            out.add((doc, base_sha, sha))
            checksum = URIRef(f"{doc}/checksum/sha256")
            out.add((doc, URIRef(SPDX + "checksum"), checksum))
            out.add((checksum, RDF.type, URIRef(SPDX + "Checksum")))
            algorithm = URIRef(SPDX + "checksumAlgorithm_sha256")
            out.add((checksum, URIRef(SPDX + "algorithm"), algorithm))
            value = Literal(str(sha), datatype=XSD.hexBinary)
            out.add((checksum, URIRef(SPDX + "checksumValue"), value))


def _add_statistics(out: Graph, graph: Graph, ds: URIRef, base: str) -> None:
    from kg.publish.export import prefixes_for

    prefixes = prefixes_for(base)
    namespaces = sorted(set(prefixes.values()), key=lambda ns: -len(ns))
    prefix_of = {ns: p for p, ns in sorted(prefixes.items(), reverse=True)}
    vocabularies = set()
    classes: Counter = Counter()
    for _s, p, o in graph:
        vocabularies.add(_vocabulary_of(str(p), namespaces))
        if p == RDF.type:
            classes[o] += 1
            vocabularies.add(_vocabulary_of(str(o), namespaces))
    for vocab in sorted(v for v in vocabularies if v and not v.startswith(f"{base}id/")):
        out.add((ds, VOID.vocabulary, URIRef(vocab)))
    out.add((ds, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    out.add((ds, VOID.distinctSubjects, Literal(len(set(graph.subjects())), datatype=XSD.integer)))
    out.add((ds, VOID.properties, Literal(len(set(graph.predicates())), datatype=XSD.integer)))
    out.add((ds, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    for cls, count in sorted(classes.items()):
        ns = _vocabulary_of(str(cls), namespaces)
        name = f"{prefix_of[ns]}-{str(cls)[len(ns) :]}" if ns else str(cls)
        part = URIRef(f"{base}dataset/class/{slugify(name)}")
        out.add((ds, VOID.classPartition, part))
        out.add((part, VOID["class"], cls))
        out.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))


def _add_examples(out: Graph, graph: Graph, ds: URIRef, base: str) -> None:
    for name in EXAMPLE_CLASSES:
        found = graph.subjects(RDF.type, kg_term(name, base))
        instances = sorted(s for s in found if isinstance(s, URIRef))
        if instances:
            out.add((ds, VOID.exampleResource, instances[0]))


def _add_linksets(out: Graph, graph: Graph, ds: URIRef, base: str) -> None:
    counts: Counter = Counter()
    for prop in (OWL.sameAs, SKOS.exactMatch, FOAF.page):
        for _, o in graph.subject_objects(prop):
            for name, prefix, _home in LINK_TARGETS:
                if str(o).startswith(prefix):
                    counts[(name, prop)] += 1
    for (name, prop), count in sorted(counts.items()):
        local = str(prop).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        linkset = URIRef(f"{base}dataset/linkset/{name}-{slugify(local)}")
        target = URIRef(f"{base}dataset/target/{name}")
        home = next(h for n, _p, h in LINK_TARGETS if n == name)
        out.add((ds, VOID.subset, linkset))
        out.add((linkset, RDF.type, VOID.Linkset))
        out.add((linkset, VOID.linkPredicate, prop))
        out.add((linkset, VOID.subjectsTarget, ds))
        out.add((linkset, VOID.objectsTarget, target))
        out.add((linkset, VOID.triples, Literal(count, datatype=XSD.integer)))
        out.add((target, RDF.type, VOID.Dataset))
        out.add((target, FOAF.homepage, URIRef(home)))


def void_turtle(graph: Graph, endpoint: str | None = None) -> bytes:
    """The description of ``graph`` as deterministic Turtle."""
    import pyoxigraph as ox

    from kg.publish.export import oxigraph_triples, prefixes_for

    prefixes = dict(prefixes_for(detect_base(graph)), spdx=SPDX)
    prefixes.setdefault("void", PREFIXES["void"])
    triples = oxigraph_triples(describe_dataset(graph, endpoint))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


def write_void(graph: Graph, out_dir: str | Path, endpoint: str | None = None) -> Path:
    """Write ``OUT_DIR/void.ttl`` atomically and return its path."""
    target = Path(out_dir) / VOID_FILE
    atomic_write_bytes(target, void_turtle(graph, endpoint))
    return target
