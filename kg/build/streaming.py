"""The streaming build: a corpus of any size → ``OUT/kg.ttl`` and ``OUT/void.ttl``.

Documents are processed on all cores (:mod:`kg.build.pool`), each result is
cached by content hash (:mod:`kg.build.doccache`), and the file is written
atomically under a lock on the output folder. Memory stays flat: documents
stream through into the output file; only the shared statements about
entities are kept until the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kg.build.config import Resources
from kg.build.doccache import (
    CACHE_DIR,
    DocumentResult,
    cache_key,
    prune_cache,
    read_cache,
    write_cache,
)
from kg.build.pipeline import BuildSummary, Progress, assemble, process_document
from kg.io import GRAPH_FILE, confined_path, output_lock, remove_stale_temporaries
from kg.loading import list_profiles


class _Plan:
    """Which profiles come from the cache and which are computed, and how."""

    def __init__(
        self, resources: Resources, paths: list[Path], cache_dir: Path, cache: bool, jobs: int
    ) -> None:
        curation = resources.config.curation
        self.resources, self.paths, self.cache_dir = resources, paths, cache_dir
        self.keys = {p: cache_key(p, resources.digest, curation) for p in paths} if cache else {}
        self.cached = {p for p in paths if cache and (cache_dir / f"{self.keys[p]}.json").is_file()}
        self.missing = [p for p in paths if p not in self.cached]
        self.jobs = max(1, min(jobs, len(self.missing) or 1))

    def compute(self, path: Path) -> DocumentResult:
        """Process one profile here, caching its result."""
        result = process_document(path, self.resources)[0]
        if self.keys:
            write_cache(self.cache_dir, self.keys[path], result)
        return result

    def results(self, summary: BuildSummary, progress: Progress | None) -> Iterator[DocumentResult]:
        """Every profile's result in input order: read from the cache or computed."""
        from kg.build.pool import parallel_results

        computed: Iterator[DocumentResult]
        if self.jobs > 1 and len(self.missing) > 1:
            tasks = [(p, self.keys.get(p)) for p in self.missing]
            cache_dir = self.cache_dir if self.keys else None
            computed = parallel_results(self.resources, tasks, self.jobs, cache_dir)
        else:
            computed = (self.compute(p) for p in self.missing)
        try:
            for n, path in enumerate(self.paths, 1):
                if path in self.cached:
                    result = read_cache(self.cache_dir, self.keys[path])
                    if result is None:  # unreadable entry: recompute it
                        result = self.compute(path)
                    else:
                        summary.cached += 1
                else:
                    result = next(computed)
                if progress is not None:
                    progress(n, len(self.paths), path.name)
                yield result
        finally:
            close = getattr(computed, "close", None)
            if close is not None:
                close()


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

    Parameters
    ----------
    seeds, ontology_dir, base, curation
        As for :func:`kg.build.build_graph`.
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
    resources = Resources.create(
        ontology_dir, base=base, curation=curation, validate=validate, reference_dir=reference_dir
    )
    paths = list_profiles(seeds)
    out = Path(out)
    summary = BuildSummary()
    with output_lock(out):
        cache_dir = confined_path(out, CACHE_DIR)
        if cache_dir.is_dir():
            remove_stale_temporaries(cache_dir)
        plan = _Plan(resources, paths, cache_dir, cache, jobs or os.cpu_count() or 1)
        target = _write(out, resources, plan.results(summary, progress), summary)
        prune_cache(cache_dir, set(plan.keys.values()))
    return target, summary


def _write(
    out: Path, resources: Resources, results: Iterator[DocumentResult], summary: BuildSummary
) -> Path:
    """Write ``kg.ttl`` and ``void.ttl`` to temporaries, then rename both at once."""
    import tempfile

    from kg.io import sync_folder, write_error, write_temporary
    from kg.publish.void import VOID_FILE, stats_turtle

    target = out / GRAPH_FILE
    fd, tmp = tempfile.mkstemp(prefix=f".{GRAPH_FILE}.", suffix=".tmp", dir=out)
    void_tmp = None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stats = assemble(stream, resources, results, summary)
            stream.flush()
            os.fsync(stream.fileno())
        # Both files are complete on disk before either is renamed, so the
        # two renames follow each other at once.
        void_tmp = write_temporary(out / VOID_FILE, stats_turtle(stats))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        os.replace(void_tmp, out / VOID_FILE)
        sync_folder(out)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if void_tmp is not None:
            void_tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):  # not a profile's
            raise write_error(exc, target) from None
        raise
    return target
