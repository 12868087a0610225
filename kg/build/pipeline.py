"""The per-document pipeline: profile → document → extraction → triples → Turtle block.

:func:`process_document` is the one step both builds share; :func:`assemble`
writes the whole Turtle file from the documents' results; :func:`build_graph`
and :func:`write_build` are the in-memory build (for notebooks, tests and
evaluation). The streaming, parallel, cached build is :mod:`kg.build.streaming`.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO

from kg.build.config import Resources
from kg.build.doccache import DocumentResult
from kg.document import Document, KnownHeading, parse_profile
from kg.errors import DataError, ExtractionError, printable
from kg.extract import Lexicon, extract
from kg.extract.model import Extraction
from kg.io import GRAPH_FILE, output_lock
from kg.loading import SourceFile, list_profiles, read_profile
from kg.namespaces import DEFAULT_BASE, ID, prefixes_for, rebase, slugify
from kg.publish.void import DatasetStats

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
    cached: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def as_rows(self) -> list[tuple[str, int]]:
        """The summary as ``(name, count)`` rows, entity types last.

        Examples
        --------
        >>> BuildSummary(documents=2, triples=10).as_rows()[0]
        ('documents', 2)
        """
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

    turtle: bytes
    documents: list[tuple[SourceFile, Document, Extraction]]
    summary: BuildSummary
    stats: DatasetStats

    @cached_property
    def graph(self):  # noqa: ANN201 - rdflib.Graph, imported lazily
        """The graph as an rdflib Graph, parsed from :attr:`turtle` on first use."""
        from rdflib import Graph

        return Graph().parse(data=self.turtle.decode("utf-8"), format="turtle")


def parse_seed(
    path: Path, lexicon: Lexicon, headings: list[KnownHeading], curation: bool = True
) -> tuple[SourceFile, Document, Extraction]:
    """Read, parse and extract one seed file, applying its curation file if any.

    Parameters
    ----------
    path : Path
        The profile.
    lexicon : Lexicon
        The extractor's lexicon.
    headings : list of KnownHeading
        The known-heading list.
    curation : bool, optional
        Apply ``<name>.curation.yaml`` when it exists (default True).

    Raises
    ------
    DataError
        If the file cannot be read or holds no text, or its curation file is
        malformed or quotes text that is not there; the message names the file.
    ExtractionError
        If the extractor fails on the profile (a bug in ``kg``); the message names
        the file, the exception and where it was raised.
    """
    from kg.curation import apply_curation, curation_path, load_curation

    source = read_profile(path)
    try:
        doc = parse_profile(source.text, source.name, headings)
    except ValueError as exc:
        raise DataError(f"cannot parse profile: {exc}", path) from None
    if not doc.sentences:
        raise DataError("profile has a title but no running text", path)
    try:
        extraction = extract(doc, lexicon)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - any other failure is a bug: name it, keep no partial work
        raise ExtractionError(_failure(exc), path) from exc
    curated = curation_path(path)
    if curation and curated.is_file():
        extraction = apply_curation(doc, extraction, load_curation(curated), lexicon.entities)
    return source, doc, extraction


def _failure(exc: Exception) -> str:
    """One line on an exception the extractor raised: its type, message and innermost place.

    Examples
    --------
    >>> try:
    ...     [][1]
    ... except IndexError as exc:
    ...     print(_failure(exc))  # doctest: +ELLIPSIS
    the extractor failed on this profile (IndexError: list index out of range, at ...:...); ...
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        file = Path(frames[-1].filename).resolve()
        package = Path(__file__).resolve().parents[1]  # the kg package: kg/… within it
        inside = file.is_relative_to(package)
        shown = file.relative_to(package.parent).as_posix() if inside else file.name
        where = f", at {shown}:{frames[-1].lineno}"
    return (
        f"the extractor failed on this profile ({type(exc).__name__}: {exc}{where}); "
        "this is a bug in kg: please report it with the profile"
    )


def owned_prefixes(name: str, base: str) -> tuple[str, ...]:
    """IRI prefixes (as ``<…``) of the subjects the document ``name`` owns.

    Examples
    --------
    >>> owned_prefixes("Brunssum", "https://example.org/")[0]
    '<https://example.org/id/document/brunssum>'
    """
    slug = slugify(name)
    data = base + ID[len(DEFAULT_BASE) :]
    return (
        f"<{data}document/{slug}>",
        f"<{data}document/{slug}/",
        f"<{data}finding/{slug}/",
        f"<{data}observation/{slug}/",
        f"<{data}relation/{slug}/",
    )


def check_document(resources: Resources, path: Path, triples: set[tuple[str, str, str]]) -> None:
    """Validate one document's triples (N-Triples terms) with the ontology against the shapes.

    Raises
    ------
    DataError
        Naming the profile and the first violations, when they do not conform.
    """
    from kg.publish.validate import conformance_message

    violations = resources.shapes.validate(triples)
    if violations:
        raise DataError(conformance_message(violations, prefixes_for(resources.base)), path)


def process_document(
    path: Path, resources: Resources
) -> tuple[DocumentResult, tuple[SourceFile, Document, Extraction]]:
    """Turn one profile into its Turtle block and shared statements.

    Returns
    -------
    tuple
        The :class:`DocumentResult` and the parsed ``(source, document, extraction)``.
    """
    from kg.build.summary import finding_counts
    from kg.publish.void import nt_dataset_stats
    from kg.rdf import document_triples

    config = resources.config
    source, doc, extraction = parse_seed(
        path, resources.lexicon, resources.headings, config.curation
    )
    triples = document_triples(doc, source, extraction, resources.terms, resources.reference)
    triples.update(finding_counts(triples, config.base))
    if config.validate:
        check_document(resources, path, triples)
    owned = owned_prefixes(doc.name, config.base)
    mine = [t for t in triples if t[0].startswith(owned)]
    shared = sorted(f"{s} {p} {o} ." for s, p, o in triples if not s.startswith(owned))
    result = DocumentResult(
        name=doc.name,
        sha256=source.sha256,
        block=resources.formatter.block_triples(mine),
        triples=len(mine),
        shared=shared,
        counts={
            "sections": len(doc.sections),
            "sentences": len(doc.sentences),
            "mentions": len(extraction.mentions),
            "findings": len(extraction.findings),
            "indicators": len(extraction.indicators),
            "relations": len(extraction.relations),
        },
        entities={e.iri: e.kind for e in extraction.entities.values()},
        warnings=[f"{printable(str(path))}: {w}" for w in source.warnings],
        stats=nt_dataset_stats(mine, config.base, own_subjects=True).to_json(),
        municipality=rebase(extraction.municipality.iri, config.base),
    )
    return result, (source, doc, extraction)


def assemble(
    stream: IO[str], resources: Resources, results: Iterable[DocumentResult], summary: BuildSummary
) -> DatasetStats:
    """Write the whole Turtle file: header, ontology, documents, shared block.

    Returns the statistics of everything written, for the VoID description.
    """
    from kg.build.topiclabels import TopicLabels
    from kg.publish.void import nt_dataset_stats
    from kg.turtle import split_nt

    base, formatter = resources.base, resources.formatter
    stats = DatasetStats(base=base)
    sources: set[tuple[str, str, str, str]] = set()
    ontology = resources.ontology_lines()
    stream.write("# kg: knowledge graph of the 2015 decentralisation of the Dutch social domain\n")
    stream.write(formatter.header())
    stream.write("# Ontology, vocabularies and gazetteer (ontology/*.ttl)\n\n")
    stream.write(formatter.block(ontology))
    shared: set[str] = set()
    entity_kinds: dict[str, str] = {}
    triples = len(ontology)
    described: dict[str, str] = {}  # municipality → the first document that describes it
    labels = TopicLabels()
    for result in results:
        stream.write(f"# Document: {result.name} (sha256 {result.sha256})\n\n")
        summary.warnings += _second_profile(result, described)
        stream.write(result.block)
        shared.update(result.shared)
        labels.add(result.shared)
        entity_kinds.update(result.entities)
        triples += result.triples
        summary.documents += 1
        for key, value in result.counts.items():
            setattr(summary, key, getattr(summary, key) + value)
        summary.warnings += result.warnings
        part = DatasetStats.from_json(result.stats)
        sources.update(part.sources)  # merged once at the end: merging lists is quadratic
        part.sources = []
        stats.merge(part)
    shared = labels.resolve(shared - ontology)  # one Dutch label per topic
    stream.write("# Shared: statements about entities named in several documents\n\n")
    stream.write(formatter.block(shared))
    summary.triples = triples + len(shared)
    summary.entities = dict(sorted(Counter(entity_kinds.values()).items()))
    stats.merge(nt_dataset_stats((split_nt(line) for line in ontology | shared), base))
    stats.sources = sorted(sources | set(stats.sources))
    return stats


def _second_profile(result: DocumentResult, described: dict[str, str]) -> list[str]:
    """A warning when ``result`` describes a municipality an earlier document describes too
    (their findings are then counted together); ``described`` records the first one.

    Examples
    --------
    >>> seen: dict[str, str] = {}
    >>> b, c = (DocumentResult(n, "", "", 0, [], {}, {}, [], {}, "urn:m") for n in "bc")
    >>> _second_profile(b, seen), _second_profile(c, seen)[0][:48]
    ([], 'c and b profile the same municipality (<urn:m>);')
    """
    iri = result.municipality
    first = described.setdefault(iri, result.name)
    if first == result.name:
        return []
    return [
        f"{result.name} and {first} profile the same municipality (<{iri}>); "
        "their findings and figures are counted together"
    ]


def build_graph(
    seeds: str | Path,
    ontology_dir: str | Path | None = None,
    base: str | None = None,
    progress: Progress | None = None,
    curation: bool = True,
    validate: bool = False,
    reference_dir: str | Path | None = None,
) -> BuildResult:
    """Build the whole graph (ontology + data) in memory from a seeds folder.

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
    curation : bool, optional
        Apply the curation files beside the profiles (default True).
    validate : bool, optional
        Check each document against the SHACL shapes while building (default
        False; :func:`write_build` validates the whole graph before writing).
    reference_dir : str or Path, optional
        Reference data folder (default: the packaged ``kg/data/reference``).

    Returns
    -------
    BuildResult
        Its ``turtle`` is exactly what :func:`kg.build.build` writes for the same input.

    Raises
    ------
    DataError, UsageError
        For a missing or empty seeds folder, or an unreadable profile.
    ReferenceDataError
        For a missing or malformed reference file.
    """
    import io

    resources = Resources.create(
        ontology_dir, base=base, curation=curation, validate=validate, reference_dir=reference_dir
    )
    paths = list_profiles(seeds)
    documents = []
    results = []
    for n, path in enumerate(paths, 1):
        result, parsed = process_document(path, resources)
        results.append(result)
        documents.append(parsed)
        if progress is not None:
            progress(n, len(paths), path.name)
    summary = BuildSummary()
    buffer = io.StringIO()
    stats = assemble(buffer, resources, results, summary)
    return BuildResult(buffer.getvalue().encode("utf-8"), documents, summary, stats)


def write_build(
    result: BuildResult,
    out: str | Path,
    validate: bool = True,
    ontology_dir: str | Path | None = None,
) -> Path:
    """Write an in-memory build to ``OUT/kg.ttl`` and its VoID to ``OUT/void.ttl``.

    The graph is first checked against the SHACL shapes (``shapes.ttl`` of
    ``ontology_dir``, the folder the build used; default
    :func:`kg.ontology.default_ontology_dir`); a graph that does not conform
    is not written (the previous output stays). Each file is written
    atomically, holding the folder's lock.

    Raises
    ------
    DataError
        If ``validate`` and the graph does not conform; names the first violations.
    """
    from kg.io import atomic_write_bytes
    from kg.publish.validate import default_shapes_path, require_conformance
    from kg.publish.void import VOID_FILE, stats_turtle

    out = Path(out)
    if validate:
        require_conformance(result.graph, default_shapes_path(ontology_dir))
    void = stats_turtle(result.stats)
    with output_lock(out):
        target = out / GRAPH_FILE
        atomic_write_bytes(target, result.turtle)
        atomic_write_bytes(out / VOID_FILE, void)
    return target
