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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, SKOS, VOID, XSD

from kg import __version__
from kg.io import atomic_write_bytes
from kg.namespaces import DEFAULT_BASE, PREFIXES, slugify
from kg.publish.graphs import detect_base, kg_term
from kg.turtle import unescape_string

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


@dataclass
class DatasetStats:
    """What the description needs to know about a graph, mergeable across parts.

    A streamed build computes one per document (in the worker that built it)
    and merges them, so describing 10,000 profiles never needs the whole graph
    in memory. ``subjects`` counts subjects no other part can have (a
    document's own nodes); ``subject_set`` holds the others, deduplicated on
    merge.
    """

    triples: int = 0
    subjects: int = 0
    subject_set: set[str] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)
    classes: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    links: Counter = field(default_factory=Counter)
    sources: list[tuple[str, str, str, str]] = field(default_factory=list)
    license: str | None = None
    base: str = DEFAULT_BASE

    def merge(self, other: DatasetStats) -> DatasetStats:
        """Add ``other`` into this one (in place) and return it."""
        self.triples += other.triples
        self.subjects += other.subjects
        self.subject_set |= other.subject_set
        self.predicates |= other.predicates
        self.classes.update(other.classes)
        for cls, iri in other.examples.items():
            if cls not in self.examples or iri < self.examples[cls]:
                self.examples[cls] = iri
        self.links.update(other.links)
        self.sources = sorted(set(self.sources) | set(other.sources))
        self.license = self.license or other.license
        return self

    def to_json(self) -> dict:
        """A JSON-safe form (for the build cache)."""
        return {
            "triples": self.triples,
            "subjects": self.subjects,
            "subject_set": sorted(self.subject_set),
            "predicates": sorted(self.predicates),
            "classes": sorted(self.classes.items()),
            "examples": sorted(self.examples.items()),
            "links": sorted([list(k), v] for k, v in self.links.items()),
            "sources": [list(s) for s in self.sources],
            "license": self.license,
            "base": self.base,
        }

    @classmethod
    def from_json(cls, data: dict) -> DatasetStats:
        """The inverse of :meth:`to_json`."""
        return cls(
            triples=data["triples"],
            subjects=data["subjects"],
            subject_set=set(data["subject_set"]),
            predicates=set(data["predicates"]),
            classes=Counter(dict(data["classes"])),
            examples=dict(data["examples"]),
            links=Counter({tuple(k): v for k, v in data["links"]}),
            sources=[tuple(s) for s in data["sources"]],
            license=data["license"],
            base=data["base"],
        )


def dataset_stats(
    triples: Iterable, base: str = DEFAULT_BASE, own_subjects: bool = False
) -> DatasetStats:
    """Collect :class:`DatasetStats` from rdflib triples.

    Parameters
    ----------
    triples : iterable
        ``(s, p, o)`` of rdflib terms (an rdflib Graph works).
    base : str
        The data base IRI.
    own_subjects : bool
        True when no other part can share these subjects (a document's own
        nodes): they are counted, not kept.
    """
    stats = DatasetStats(base=base)
    subjects: set[str] = set()
    sha = str(kg_term("sha256", base))
    source_doc = str(kg_term("SourceDocument", base))
    example_classes = {str(kg_term(name, base)) for name in EXAMPLE_CLASSES}
    docs: dict[str, dict[str, str]] = {}
    ontology = f"{base}def"
    link_props = {str(OWL.sameAs), str(SKOS.exactMatch), str(FOAF.page)}
    for s, p, o in triples:
        s_text, p_text, o_text = str(s), str(p), str(o)
        stats.triples += 1
        subjects.add(s_text)
        stats.predicates.add(p_text)
        if p == RDF.type:
            stats.classes[o_text] += 1
            if o_text in example_classes and isinstance(s, URIRef):
                current = stats.examples.get(o_text)
                if current is None or s_text < current:
                    stats.examples[o_text] = s_text
            if o_text == source_doc:
                docs.setdefault(s_text, {})
        elif p_text in link_props:
            for name, prefix, _home in LINK_TARGETS:
                if o_text.startswith(prefix):
                    stats.links[(name, p_text)] += 1
        if p_text in (str(DCTERMS.title), str(DCTERMS.source), sha):
            docs.setdefault(s_text, {})[p_text] = o_text
        if s_text == ontology and p == DCTERMS.license:
            stats.license = o_text
    for doc, values in docs.items():
        if sha in values:
            stats.sources.append(
                (
                    doc,
                    values.get(str(DCTERMS.title), ""),
                    values.get(str(DCTERMS.source), ""),
                    values[sha],
                )
            )
    stats.sources.sort()
    if own_subjects:
        stats.subjects = len(subjects)
    else:
        stats.subject_set = subjects
    return stats


def nt_text(term: str) -> str:
    """``str()`` of the rdflib term an N-Triples term stands for (IRI or lexical form).

    Examples
    --------
    >>> nt_text("<http://x/a>"), nt_text('"a \\"b\\""@nl'), nt_text('"5"^^<http://x/int>')
    ('http://x/a', 'a "b"', '5')
    """
    if term.startswith("<"):
        return unescape_string(term[1:-1])
    return unescape_string(term[1 : term.rindex('"')])


def nt_dataset_stats(
    triples: Iterable[tuple[str, str, str]], base: str = DEFAULT_BASE, own_subjects: bool = False
) -> DatasetStats:
    """:func:`dataset_stats` for triples of N-Triples terms (the streamed build's form).

    Gives the same statistics as :func:`dataset_stats` on the rdflib triples;
    only the terms it needs are decoded, once each.
    """
    stats = DatasetStats(base=base)
    subjects: set[str] = set()
    predicates: set[str] = set()
    rdf_type = f"<{RDF.type}>"
    wanted = {f"<{DCTERMS.title}>", f"<{DCTERMS.source}>", f"<{kg_term('sha256', base)}>"}
    source_doc = f"<{kg_term('SourceDocument', base)}>"
    example_classes = {f"<{kg_term(name, base)}>" for name in EXAMPLE_CLASSES}
    link_props = {f"<{OWL.sameAs}>", f"<{SKOS.exactMatch}>", f"<{FOAF.page}>"}
    license_ = (f"<{base}def>", f"<{DCTERMS.license}>")
    docs: dict[str, dict[str, str]] = {}
    classes: Counter = Counter()
    for s, p, o in triples:
        stats.triples += 1
        subjects.add(s)
        predicates.add(p)
        if p == rdf_type:
            classes[o] += 1
            if o in example_classes and s.startswith("<"):
                current = stats.examples.get(o)
                if current is None or nt_text(s) < current:
                    stats.examples[o] = nt_text(s)
            if o == source_doc:
                docs.setdefault(s, {})
        elif p in link_props:
            for name, prefix, _home in LINK_TARGETS:
                if o.startswith("<" + prefix):
                    stats.links[(name, nt_text(p))] += 1
        if p in wanted:
            docs.setdefault(s, {})[p] = o
        if (s, p) == license_:
            stats.license = nt_text(o)
    stats.predicates = {nt_text(p) for p in predicates}
    stats.classes = Counter({nt_text(o): n for o, n in classes.items()})
    stats.examples = {nt_text(cls): iri for cls, iri in stats.examples.items()}
    title, source = f"<{DCTERMS.title}>", f"<{DCTERMS.source}>"
    sha = f"<{kg_term('sha256', base)}>"
    for doc, values in docs.items():
        if sha in values:
            stats.sources.append(
                (
                    nt_text(doc),
                    nt_text(values[title]) if title in values else "",
                    nt_text(values[source]) if source in values else "",
                    nt_text(values[sha]),
                )
            )
    stats.sources.sort()
    if own_subjects:
        stats.subjects = len(subjects)
    else:
        stats.subject_set = {nt_text(x) for x in subjects}
    return stats


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
    return describe_stats(dataset_stats(graph, detect_base(graph)), endpoint)


def describe_stats(stats: DatasetStats, endpoint: str | None = None) -> Graph:
    """Describe a dataset from its :class:`DatasetStats` (see :func:`describe_dataset`)."""
    base = stats.base
    ds = URIRef(f"{base}dataset")
    out = Graph()
    add = out.add
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    for lang in ("nl", "en"):
        add((ds, DCTERMS.title, Literal(TITLE[lang], lang=lang)))
        add((ds, DCTERMS.description, Literal(DESCRIPTION[lang], lang=lang)))
    ontology = URIRef(f"{base}def")
    add((ds, DCTERMS.license, URIRef(stats.license) if stats.license else DEFAULT_LICENSE))
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

    _add_sources(out, stats, ds)
    _add_statistics(out, stats, ds)
    for name in EXAMPLE_CLASSES:
        example = stats.examples.get(str(kg_term(name, base)))
        if example:
            add((ds, VOID.exampleResource, URIRef(example)))
    _add_linksets(out, stats, ds)
    return out


def _add_sources(out: Graph, stats: DatasetStats, ds: URIRef) -> None:
    base_sha = kg_term("sha256", stats.base)
    for doc_iri, title, source, sha in stats.sources:
        doc = URIRef(doc_iri)
        out.add((ds, DCTERMS.source, doc))
        out.add((doc, RDF.type, FOAF.Document))
        if title:
            out.add((doc, DCTERMS.title, Literal(title)))
        if source:
            out.add((doc, DCTERMS.source, Literal(source)))
        out.add((doc, base_sha, Literal(sha)))
        checksum = URIRef(f"{doc}/checksum/sha256")
        out.add((doc, URIRef(SPDX + "checksum"), checksum))
        out.add((checksum, RDF.type, URIRef(SPDX + "Checksum")))
        algorithm = URIRef(SPDX + "checksumAlgorithm_sha256")
        out.add((checksum, URIRef(SPDX + "algorithm"), algorithm))
        out.add((checksum, URIRef(SPDX + "checksumValue"), Literal(sha, datatype=XSD.hexBinary)))


def _add_statistics(out: Graph, stats: DatasetStats, ds: URIRef) -> None:
    from kg.namespaces import prefixes_for

    base = stats.base
    prefixes = prefixes_for(base)
    namespaces = sorted(set(prefixes.values()), key=lambda ns: -len(ns))
    prefix_of = {ns: p for p, ns in sorted(prefixes.items(), reverse=True)}
    vocabularies = {_vocabulary_of(p, namespaces) for p in stats.predicates}
    vocabularies |= {_vocabulary_of(c, namespaces) for c in stats.classes}
    for vocab in sorted(v for v in vocabularies if v and not v.startswith(f"{base}id/")):
        out.add((ds, VOID.vocabulary, URIRef(vocab)))
    subjects = stats.subjects + len(stats.subject_set)
    out.add((ds, VOID.triples, Literal(stats.triples, datatype=XSD.integer)))
    out.add((ds, VOID.distinctSubjects, Literal(subjects, datatype=XSD.integer)))
    out.add((ds, VOID.properties, Literal(len(stats.predicates), datatype=XSD.integer)))
    out.add((ds, VOID.classes, Literal(len(stats.classes), datatype=XSD.integer)))
    for cls, count in sorted(stats.classes.items()):
        ns = _vocabulary_of(cls, namespaces)
        name = f"{prefix_of[ns]}-{cls[len(ns) :]}" if ns else cls
        part = URIRef(f"{base}dataset/class/{slugify(name)}")
        out.add((ds, VOID.classPartition, part))
        out.add((part, VOID["class"], URIRef(cls)))
        out.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))


def _add_linksets(out: Graph, stats: DatasetStats, ds: URIRef) -> None:
    base = stats.base
    for (name, prop), count in sorted(stats.links.items()):
        local = prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        linkset = URIRef(f"{base}dataset/linkset/{name}-{slugify(local)}")
        target = URIRef(f"{base}dataset/target/{name}")
        home = next(h for n, _p, h in LINK_TARGETS if n == name)
        out.add((ds, VOID.subset, linkset))
        out.add((linkset, RDF.type, VOID.Linkset))
        out.add((linkset, VOID.linkPredicate, URIRef(prop)))
        out.add((linkset, VOID.subjectsTarget, ds))
        out.add((linkset, VOID.objectsTarget, target))
        out.add((linkset, VOID.triples, Literal(count, datatype=XSD.integer)))
        out.add((target, RDF.type, VOID.Dataset))
        out.add((target, FOAF.homepage, URIRef(home)))


def void_turtle(graph: Graph, endpoint: str | None = None) -> bytes:
    """The description of ``graph`` as deterministic Turtle."""
    return stats_turtle(dataset_stats(graph, detect_base(graph)), endpoint)


def stats_turtle(stats: DatasetStats, endpoint: str | None = None) -> bytes:
    """The description built from ``stats`` as deterministic Turtle."""
    from kg.namespaces import prefixes_for
    from kg.publish.export import kg_turtle

    prefixes = dict(prefixes_for(stats.base), spdx=SPDX)
    prefixes.setdefault("void", PREFIXES["void"])
    written = kg_turtle(describe_stats(stats, endpoint), prefixes)
    if written is None:  # the description mints IRIs only
        raise AssertionError("a VoID description holds a blank node")
    return written


def write_void(graph: Graph, out_dir: str | Path, endpoint: str | None = None) -> Path:
    """Write ``OUT_DIR/void.ttl`` atomically and return its path."""
    target = Path(out_dir) / VOID_FILE
    atomic_write_bytes(target, void_turtle(graph, endpoint))
    return target
