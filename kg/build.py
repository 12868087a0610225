"""The build pipeline: seeds folder → documents → extraction → one Turtle file.

Two entry points share one per-document step (:func:`process_document`):

- :func:`build_graph` builds in memory and returns data (the Turtle bytes, the
  parsed documents and their extraction, a summary, and the graph on demand);
  for notebooks, tests and evaluation.
- :func:`build` streams a corpus of any size to ``OUT/kg.ttl``: documents are
  processed on all cores, each document's result is cached by content hash
  (unchanged seeds are not re-extracted), and the file is written atomically
  under a lock on the output folder.

Both produce byte-identical files for the same seeds. The Turtle file holds
the ontology block, then one block per document (the subjects it owns: the
document, its sections, sentences, mentions, findings, observations and
relations), then the shared block (statements about entities several documents
can mention, deduplicated).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Any

from kg.document import Document, KnownHeading, parse_profile
from kg.errors import DataError, printable
from kg.extract import Lexicon, extract
from kg.extract.model import Extraction
from kg.io import (  # noqa: F401 - GRAPH_FILE, default_graph_path re-exported
    GRAPH_FILE,
    confined_path,
    default_graph_path,
    output_lock,
    remove_stale_temporaries,
)
from kg.loading import MAX_PROFILE_BYTES, SourceFile, list_profiles, read_limited, read_profile
from kg.namespaces import DEFAULT_BASE, ID, base_iri, prefixes_for, slugify
from kg.publish.void import DatasetStats

#: Folder (inside the output folder) holding the per-document cache.
CACHE_DIR = ".cache"
#: Bump when the cached per-document result changes shape.
CACHE_SCHEMA = "1"

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
class DocumentResult:
    """What processing one profile yields, ready to be written (and cached).

    Attributes
    ----------
    name : str
        Document key (file stem).
    sha256 : str
        Hash of the profile's bytes.
    block : str
        Turtle for the subjects the document owns.
    triples : int
        Number of triples in ``block``.
    shared : list of str
        N-Triples lines about entities outside the document (deduplicated
        across documents when written).
    counts : dict
        sections, sentences, mentions, findings, indicators, relations.
    entities : dict
        IRI → kind of every entity the document names.
    warnings : list of str
        Decoding notes.
    stats : dict
        The :class:`kg.publish.void.DatasetStats` of ``block``, as JSON.
    """

    name: str
    sha256: str
    block: str
    triples: int
    shared: list[str]
    counts: dict[str, int]
    entities: dict[str, str]
    warnings: list[str]
    stats: dict[str, Any]


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


def rebase_graph(graph, base: str):  # noqa: ANN001, ANN201 - rdflib.Graph in and out
    """Return ``graph`` with IRIs under the default base moved onto ``base`` (a copy if moved)."""
    from rdflib import Graph, URIRef

    if base == DEFAULT_BASE:
        return graph
    out = Graph()
    for triple in graph:
        out.add(
            tuple(  # type: ignore[arg-type]
                URIRef(base + str(t)[len(DEFAULT_BASE) :])
                if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE)
                else t
                for t in triple
            )
        )
    return out


class Context:
    """Everything one process needs to turn profiles into Turtle blocks.

    Parameters
    ----------
    ontology_dir : str or Path, optional
        The ontology folder.
    base : str, optional
        Data base IRI.
    curation : bool
        Apply curation files.
    validate : bool
        Check each document's triples against the SHACL shapes.
    reference_dir : str or Path, optional
        The reference data folder (default: the packaged ``kg/data/reference``);
        loaded and checked here, so a broken file fails before any work.
    """

    def __init__(
        self,
        ontology_dir: str | Path | None = None,
        base: str | None = None,
        curation: bool = True,
        validate: bool = True,
        reference_dir: str | Path | None = None,
    ) -> None:
        from kg.ontology import default_ontology_dir, ontology_files
        from kg.reference import default_reference, load_reference

        self.ontology_dir = Path(ontology_dir) if ontology_dir else default_ontology_dir()
        self.files = ontology_files(self.ontology_dir)
        self.reference = (
            load_reference(reference_dir) if reference_dir is not None else default_reference()
        )
        self.base = base_iri(base)
        self.curation = curation
        self.validate = validate

    @cached_property
    def ontology(self):  # noqa: ANN201 - rdflib.Graph
        from kg.ontology import load_ontology

        return load_ontology(self.ontology_dir)

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.from_graph(self.ontology, self.reference)

    @cached_property
    def headings(self) -> list[KnownHeading]:
        from kg.ontology import known_headings

        return known_headings(self.ontology)

    @cached_property
    def shapes(self):  # noqa: ANN201 - kg.publish.shacl.Validator or PyShaclDocuments
        """The shapes compiled for checking documents (pySHACL if they cannot be compiled)."""
        from kg.publish.shacl import document_validator

        return document_validator(
            self.ontology_dir / "shapes.ttl", self.base, self.ontology_lines()
        )

    @cached_property
    def formatter(self):  # noqa: ANN201 - TurtleFormatter
        from kg.turtle import TurtleFormatter

        return TurtleFormatter(prefixes_for(self.base))

    @cached_property
    def terms(self):  # noqa: ANN201 - NTriplesTerms
        from kg.terms import NTriplesTerms

        return NTriplesTerms(self.base)

    @cached_property
    def digest(self) -> str:
        """Hash of everything besides the profile that a document's result depends on."""
        h = hashlib.sha256()
        h.update(
            f"schema={CACHE_SCHEMA};base={self.base};curation={self.curation};"
            f"validate={self.validate}".encode()
        )
        shapes = self.ontology_dir / "shapes.ttl"
        reference = sorted(self.reference.directory.glob("*.csv"))
        for path in [*self.files, *([shapes] if shapes.is_file() else []), *reference]:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()

    def rebased(self, triples: Iterable[tuple[Any, Any, Any]]) -> set[tuple[Any, Any, Any]]:
        """The triples with IRIs under the default base moved onto the configured base."""
        from rdflib import URIRef

        base = self.base
        if base == DEFAULT_BASE:
            return set(triples)

        def move(term):  # noqa: ANN001, ANN202
            if isinstance(term, URIRef) and str(term).startswith(DEFAULT_BASE):
                return URIRef(base + str(term)[len(DEFAULT_BASE) :])
            return term

        return {(move(s), move(p), move(o)) for s, p, o in triples}

    def nt_lines(self, triples: Iterable[tuple[Any, Any, Any]]) -> set[str]:
        """N-Triples lines for rdflib triples, with IRIs moved under the base."""
        from kg.turtle import triple_nt

        return {triple_nt(s, p, o) for s, p, o in self.rebased(triples)}

    @cached_property
    def ontology_triples(self) -> frozenset[tuple[Any, Any, Any]]:
        """The ontology and the indicator data set description (default base)."""
        from kg.rdf import add_dataset_metadata

        triples: set[tuple[Any, Any, Any]] = set(self.ontology)
        add_dataset_metadata(triples)
        return frozenset(triples)

    def ontology_lines(self) -> set[str]:
        """The ontology (and the indicator data set description) as N-Triples lines."""
        return self.nt_lines(self.ontology_triples)

    def check(self, path: Path, triples: set[tuple[str, str, str]]) -> None:
        """Validate one document's triples (N-Triples terms) with the ontology against the shapes.

        Raises
        ------
        DataError
            Naming the profile and the first violations, when they do not conform.
        """
        from kg.publish.validate import conformance_message

        violations = self.shapes.validate(triples)
        if violations:
            raise DataError(conformance_message(violations, prefixes_for(self.base)), path)

    def owned_prefixes(self, name: str) -> tuple[str, ...]:
        """IRI prefixes (as ``<…``) of the subjects a document owns."""
        slug = slugify(name)
        data = self.base + ID[len(DEFAULT_BASE) :]
        return (
            f"<{data}document/{slug}>",
            f"<{data}document/{slug}/",
            f"<{data}finding/{slug}/",
            f"<{data}observation/{slug}/",
            f"<{data}relation/{slug}/",
        )


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
    """
    from kg.curation import apply_curation, curation_path, load_curation

    source = read_profile(path)
    try:
        doc = parse_profile(source.text, source.name, headings)
    except ValueError as exc:
        raise DataError(f"cannot parse profile: {exc}", path) from None
    if not doc.sentences:
        raise DataError("profile has a title but no running text", path)
    extraction = extract(doc, lexicon)
    curated = curation_path(path)
    if curation and curated.is_file():
        extraction = apply_curation(doc, extraction, load_curation(curated), lexicon.entities)
    return source, doc, extraction


def process_document(
    path: Path, context: Context
) -> tuple[DocumentResult, tuple[SourceFile, Document, Extraction]]:
    """Turn one profile into its Turtle block and shared statements.

    Returns
    -------
    tuple
        The :class:`DocumentResult` and the parsed ``(source, document, extraction)``.
    """
    from kg.publish.void import nt_dataset_stats
    from kg.rdf import document_triples

    source, doc, extraction = parse_seed(path, context.lexicon, context.headings, context.curation)
    triples = document_triples(doc, source, extraction, context.terms, context.reference)
    if context.validate:
        context.check(path, triples)
    owned = context.owned_prefixes(doc.name)
    mine = [t for t in triples if t[0].startswith(owned)]
    shared = sorted(f"{s} {p} {o} ." for s, p, o in triples if not s.startswith(owned))
    result = DocumentResult(
        name=doc.name,
        sha256=source.sha256,
        block=context.formatter.block_triples(mine),
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
        stats=nt_dataset_stats(mine, context.base, own_subjects=True).to_json(),
    )
    return result, (source, doc, extraction)


def _assemble(
    stream: IO[str], context: Context, results: Iterable[DocumentResult], summary: BuildSummary
) -> DatasetStats:
    """Write the whole Turtle file: header, ontology, documents, shared block.

    Returns the statistics of everything written, for the VoID description.
    """
    from kg.publish.void import DatasetStats, nt_dataset_stats
    from kg.turtle import split_nt

    stats = DatasetStats(base=context.base)
    sources: set[tuple[str, str, str, str]] = set()
    ontology = context.ontology_lines()
    stream.write("# kg: knowledge graph of the 2015 decentralisation of the Dutch social domain\n")
    stream.write(context.formatter.header())
    stream.write("# Ontology, vocabularies and gazetteer (ontology/*.ttl)\n\n")
    stream.write(context.formatter.block(ontology))
    shared: set[str] = set()
    entity_kinds: dict[str, str] = {}
    triples = len(ontology)
    for result in results:
        stream.write(f"# Document: {result.name} (sha256 {result.sha256})\n\n")
        stream.write(result.block)
        shared.update(result.shared)
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
    shared -= ontology
    stream.write("# Shared: statements about entities named in several documents\n\n")
    stream.write(context.formatter.block(shared))
    summary.triples = triples + len(shared)
    summary.entities = dict(sorted(Counter(entity_kinds.values()).items()))
    common = nt_dataset_stats((split_nt(line) for line in ontology | shared), context.base)
    stats.merge(common)
    stats.sources = sorted(sources | set(stats.sources))
    return stats


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
        Its ``turtle`` is exactly what :func:`build` writes for the same input.

    Raises
    ------
    DataError, UsageError
        For a missing or empty seeds folder, or an unreadable profile.
    ReferenceDataError
        For a missing or malformed reference file.
    """
    import io

    context = Context(ontology_dir, base, curation, validate, reference_dir)
    paths = list_profiles(seeds)
    documents = []
    results = []
    for n, path in enumerate(paths, 1):
        result, parsed = process_document(path, context)
        results.append(result)
        documents.append(parsed)
        if progress is not None:
            progress(n, len(paths), path.name)
    summary = BuildSummary()
    buffer = io.StringIO()
    stats = _assemble(buffer, context, results, summary)
    return BuildResult(buffer.getvalue().encode("utf-8"), documents, summary, stats)


def write_build(result: BuildResult, out: str | Path, validate: bool = True) -> Path:
    """Write an in-memory build to ``OUT/kg.ttl`` and its VoID to ``OUT/void.ttl``.

    The graph is first checked against the SHACL shapes; a graph that does not
    conform is not written (the previous output stays). Each file is written
    atomically, holding the folder's lock.

    Raises
    ------
    DataError
        If ``validate`` and the graph does not conform; names the first violations.
    """
    from kg.io import atomic_write_bytes
    from kg.publish.validate import require_conformance
    from kg.publish.void import VOID_FILE, stats_turtle

    out = Path(out)
    if validate:
        require_conformance(result.graph)
    void = stats_turtle(result.stats)
    with output_lock(out):
        target = out / GRAPH_FILE
        atomic_write_bytes(target, result.turtle)
        atomic_write_bytes(out / VOID_FILE, void)
    return target


# --- streaming, parallel, cached build -------------------------------------------------

_CONTEXT: Context | None = None
_CACHE_DIR: Path | None = None


def _init_worker(context: Context, cache_dir: Path | None, parent: int) -> None:
    global _CONTEXT, _CACHE_DIR
    _CONTEXT, _CACHE_DIR = context, cache_dir
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Make this worker process exit when the build that started it dies.

    A build killed with SIGKILL cannot stop its pool; without this its workers
    would go on extracting for nobody. Linux only (``prctl``); elsewhere a
    no-op.
    """
    import ctypes
    import ctypes.util
    import signal

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _work(job: tuple[Path, str | None]) -> DocumentResult:
    """Process one profile in a worker and cache its result there (in parallel)."""
    assert _CONTEXT is not None
    path, key = job
    result = process_document(path, _CONTEXT)[0]
    if key is not None and _CACHE_DIR is not None:
        _write_cache(_CACHE_DIR, key, result)
    return result


def _cache_key(path: Path, context: Context) -> str:
    from kg.curation import MAX_CURATION_BYTES, curation_path

    h = hashlib.sha256(context.digest.encode())
    h.update(path.name.encode() + b"\0" + read_limited(path, MAX_PROFILE_BYTES))
    curated = curation_path(path)
    if context.curation and curated.is_file():
        h.update(b"\0curation\0" + read_limited(curated, MAX_CURATION_BYTES))
    return h.hexdigest()


def _read_cache(cache: Path, key: str) -> DocumentResult | None:
    try:
        data = json.loads((cache / f"{key}.json").read_text(encoding="utf-8"))
        return DocumentResult(**data)
    except (OSError, ValueError, TypeError):
        return None


def _write_cache(cache: Path, key: str, result: DocumentResult) -> None:
    """Write a cache entry: temporary file, then rename.

    No fsync (unlike :func:`kg.io.atomic_write_bytes`): an entry lost or
    truncated by a crash fails to load and is simply recomputed, and syncing
    thousands of entries would cost more than the build.
    """
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{key}.json"
    tmp = cache / f".{key}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def _warm(context: Context) -> None:
    """Load everything a worker needs before forking, so workers share it.

    The ontology, the lexicon (which loads simplemma's Dutch dictionary, about
    1.5 s) and the formatter are then built once, not once per worker.
    """
    context.lexicon, context.headings, context.formatter, context.terms  # noqa: B018
    if context.validate:
        context.shapes, context.ontology_triples  # noqa: B018


def _chunksize(count: int, jobs: int) -> int:
    """Documents per task: few round trips, yet work spread evenly to the end."""
    return max(1, min(16, count // (jobs * 8)))


def build(
    seeds: str | Path,
    out: str | Path,
    ontology_dir: str | Path | None = None,
    base: str | None = None,
    curation: bool = True,
    jobs: int | None = None,
    cache: bool = True,
    progress: Progress | None = None,
    validate: bool = True,
    reference_dir: str | Path | None = None,
) -> tuple[Path, BuildSummary]:
    """Build ``OUT/kg.ttl`` from a seeds folder of any size.

    Memory stays flat: documents stream through (computed by the workers or
    read from the cache one at a time) into the output file; only the shared
    statements about entities are kept until the end.

    Parameters
    ----------
    seeds, ontology_dir, base, curation
        As for :func:`build_graph`.
    out : str or Path
        Output folder.
    jobs : int, optional
        Worker processes (default: the number of CPUs; 1 runs in-process).
    cache : bool, optional
        Reuse the cached result of documents whose profile, curation file,
        ontology and code are unchanged (default True).
    progress : callable, optional
        Called as ``progress(done, total, name)`` after each document.
    validate : bool, optional
        Check every document against the SHACL shapes (``ontology/shapes.ttl``)
        before anything is written (default True); a document that does not
        conform fails the build.
    reference_dir : str or Path, optional
        Reference data folder (default: the packaged ``kg/data/reference``).

    Returns
    -------
    (Path, BuildSummary)
        The graph file (``OUT/void.ttl`` is written beside it) and the summary.

    Raises
    ------
    DataError, UsageError, LockedError
        Bad input, or another build writing to ``out``. The previous output is
        left untouched. A broken reference file raises
        :class:`kg.errors.ReferenceDataError` (exit code 2 in the CLI).
    """
    import tempfile

    from kg.io import sync_folder, write_temporary
    from kg.publish.void import VOID_FILE, stats_turtle

    context = Context(ontology_dir, base, curation, validate, reference_dir)
    paths = list_profiles(seeds)
    out = Path(out)
    summary = BuildSummary()
    with output_lock(out):
        cache_dir = confined_path(out, CACHE_DIR)
        if cache_dir.is_dir():
            remove_stale_temporaries(cache_dir)
        keys = {p: _cache_key(p, context) for p in paths} if cache else {}
        cached = {p for p in paths if cache and (cache_dir / f"{keys[p]}.json").is_file()}
        missing = [p for p in paths if p not in cached]
        jobs = max(1, min(jobs or os.cpu_count() or 1, len(missing) or 1))

        def compute(path: Path) -> DocumentResult:
            result = process_document(path, context)[0]
            if cache:
                _write_cache(cache_dir, keys[path], result)
            return result

        def results() -> Iterator[DocumentResult]:
            computed: Iterator[DocumentResult]
            pool = None
            if jobs > 1 and len(missing) > 1:
                import multiprocessing

                _warm(context)
                pool = multiprocessing.get_context("fork").Pool(
                    jobs,
                    initializer=_init_worker,
                    initargs=(context, cache_dir if cache else None, os.getpid()),
                )
                tasks = [(p, keys.get(p)) for p in missing]
                computed = pool.imap(_work, tasks, chunksize=_chunksize(len(tasks), jobs))
            else:
                computed = (compute(p) for p in missing)
            try:
                for n, path in enumerate(paths, 1):
                    result = None
                    if path in cached:
                        result = _read_cache(cache_dir, keys[path])
                        if result is None:  # unreadable entry: recompute it
                            result = compute(path)
                        else:
                            summary.cached += 1
                    else:
                        result = next(computed)
                    if progress is not None:
                        progress(n, len(paths), path.name)
                    yield result
            finally:
                if pool is not None:
                    pool.terminate()
                    pool.join()

        target = out / GRAPH_FILE
        fd, tmp = tempfile.mkstemp(prefix=f".{GRAPH_FILE}.", suffix=".tmp", dir=out)
        void_tmp = None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
                stats = _assemble(stream, context, results(), summary)
                stream.flush()
                os.fsync(stream.fileno())
            # Both files are complete on disk before either is renamed, so the
            # two renames follow each other at once.
            void_tmp = write_temporary(out / VOID_FILE, stats_turtle(stats))
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
            os.replace(void_tmp, out / VOID_FILE)
            sync_folder(out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            if void_tmp is not None:
                void_tmp.unlink(missing_ok=True)
            raise
        _prune_cache(cache_dir, set(keys.values()) if cache else set())
    return target, summary


def _prune_cache(cache_dir: Path, keep: set[str]) -> None:
    """Remove cache entries no current document uses."""
    if not cache_dir.is_dir():
        return
    for path in cache_dir.glob("*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
    for path in cache_dir.glob(".*.tmp"):  # left by a worker that was killed
        path.unlink(missing_ok=True)
