"""The build pipeline: seeds folder → documents → extraction → one RDF graph.

:func:`build_graph` returns data (the graph and a summary); :func:`write_build`
writes it atomically under a lock. The CLI's ``kg build`` calls both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from kg.document import Document, parse_profile
from kg.errors import DataError
from kg.extract import Lexicon, extract
from kg.extract.model import Extraction
from kg.io import GRAPH_FILE, atomic_write_bytes, default_graph_path, output_lock  # noqa: F401
from kg.loading import SourceFile, list_profiles, read_profile
from kg.namespaces import DEFAULT_BASE, PREFIXES, base_iri
from kg.ontology import known_headings, load_ontology

Progress = Callable[[int, int, str], None]


@dataclass
class BuildSummary:
    """Counts describing a build, for the CLI to print."""

    documents: int = 0
    sections: int = 0
    sentences: int = 0
    mentions: int = 0
    findings: int = 0
    indicators: int = 0
    relations: int = 0
    triples: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def as_rows(self) -> list[tuple[str, int]]:
        """The summary as ``(name, count)`` rows, entity types last."""
        rows = [
            ("documents", self.documents),
            ("sections", self.sections),
            ("sentences", self.sentences),
            ("mentions", self.mentions),
            ("findings", self.findings),
            ("indicators", self.indicators),
            ("relations", self.relations),
        ]
        rows += [(f"entities: {kind}", n) for kind, n in sorted(self.entities.items())]
        rows.append(("triples", self.triples))
        return rows


@dataclass
class BuildResult:
    """What :func:`build_graph` returns."""

    graph: Graph
    documents: list[tuple[SourceFile, Document, Extraction]]
    summary: BuildSummary


def parse_seed(path: Path, lexicon: Lexicon, headings: list) -> tuple[SourceFile, Document, Extraction]:  # type: ignore[type-arg]
    """Read, parse and extract one seed file.

    Raises
    ------
    DataError
        If the file cannot be read or holds no text; the message names the file.
    """
    source = read_profile(path)
    try:
        doc = parse_profile(source.text, source.name, headings)
    except ValueError as exc:
        raise DataError(f"cannot parse profile: {exc}", path) from None
    if not doc.sentences:
        raise DataError("profile has a title but no running text", path)
    return source, doc, extract(doc, lexicon)


def rebase_graph(graph: Graph, base: str) -> Graph:
    """Return a copy of ``graph`` with IRIs under the default base moved to ``base``."""
    if base == DEFAULT_BASE:
        return graph
    out = Graph()

    def move(term):  # noqa: ANN001, ANN202
        if isinstance(term, URIRef) and str(term).startswith(DEFAULT_BASE):
            return URIRef(base + str(term)[len(DEFAULT_BASE) :])
        return term

    for s, p, o in graph:
        out.add((move(s), move(p), move(o)))
    return out


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    """Bind the project's prefixes on ``graph`` (rebased when needed)."""
    for prefix, ns in PREFIXES.items():
        if ns.startswith(DEFAULT_BASE):
            ns = base + ns[len(DEFAULT_BASE) :]
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def build_graph(
    seeds: str | Path,
    ontology_dir: str | Path | None = None,
    base: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the whole graph (ontology + data) from a seeds folder.

    Parameters
    ----------
    seeds : str or Path
        Folder holding ``*.txt`` profiles; every one of them is read.
    ontology_dir : str or Path, optional
        The ontology folder; defaults to :func:`kg.ontology.default_ontology_dir`.
    base : str, optional
        Base IRI for the data (see :func:`kg.namespaces.base_iri`).
    progress : callable, optional
        Called as ``progress(done, total, name)`` after each document.

    Returns
    -------
    BuildResult

    Raises
    ------
    DataError, UsageError
        For a missing or empty seeds folder, or an unreadable profile.
    """
    from kg.rdf import add_dataset_metadata, add_document

    base = base_iri(base)
    paths = list_profiles(seeds)
    ontology = load_ontology(ontology_dir)
    lexicon = Lexicon.from_graph(ontology)
    headings = known_headings(ontology)

    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    add_dataset_metadata(graph)
    summary = BuildSummary()
    documents = []
    entity_kinds: dict[str, str] = {}
    for n, path in enumerate(paths, 1):
        source, doc, extraction = parse_seed(path, lexicon, headings)
        summary.warnings += [f"{path}: {w}" for w in source.warnings]
        add_document(graph, doc, source, extraction)
        documents.append((source, doc, extraction))
        summary.documents += 1
        summary.sections += len(doc.sections)
        summary.sentences += len(doc.sentences)
        summary.mentions += len(extraction.mentions)
        summary.findings += len(extraction.findings)
        summary.indicators += len(extraction.indicators)
        summary.relations += len(extraction.relations)
        for entity in extraction.entities.values():
            entity_kinds[entity.iri] = entity.kind
        if progress is not None:
            progress(n, len(paths), path.name)
    summary.entities = dict(sorted(Counter(entity_kinds.values()).items()))
    graph = bind_prefixes(rebase_graph(graph, base), base)
    summary.triples = len(graph)
    return BuildResult(graph, documents, summary)


def serialize_turtle(graph: Graph) -> bytes:
    """Serialise ``graph`` as deterministic Turtle (sorted subjects, no blank nodes)."""
    data = graph.serialize(format="turtle", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write_build(result: BuildResult, out: str | Path) -> Path:
    """Write the graph to ``OUT/kg.ttl`` atomically, holding the folder's lock.

    Returns
    -------
    Path
        The file written.
    """
    out = Path(out)
    data = serialize_turtle(result.graph)
    with output_lock(out):
        target = out / GRAPH_FILE
        atomic_write_bytes(target, data)
    return target
