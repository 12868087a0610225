"""The worker pool of a build: profiles processed on all cores, in input order.

Workers are forked after :meth:`Resources.warm`, so the ontology, lexicon and
compiled shapes are shared copy-on-write; each worker writes its results to
the document cache itself, and dies with the build that started it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kg.build.config import Resources
from kg.build.doccache import DocumentResult, write_cache
from kg.build.pipeline import process_document

_RESOURCES: Resources | None = None
_CACHE_DIR: Path | None = None


def _init_worker(resources: Resources, cache_dir: Path | None, parent: int) -> None:
    global _RESOURCES, _CACHE_DIR
    _RESOURCES, _CACHE_DIR = resources, cache_dir
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
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
    assert _RESOURCES is not None
    path, key = job
    result = process_document(path, _RESOURCES)[0]
    if key is not None and _CACHE_DIR is not None:
        write_cache(_CACHE_DIR, key, result)
    return result


def chunksize(count: int, jobs: int) -> int:
    """Documents per task: few round trips, yet work spread evenly to the end.

    Examples
    --------
    >>> chunksize(1000, 2), chunksize(10, 2)
    (16, 1)
    """
    return max(1, min(16, count // (jobs * 8)))


def parallel_results(
    resources: Resources,
    tasks: list[tuple[Path, str | None]],
    jobs: int,
    cache_dir: Path | None,
) -> Iterator[DocumentResult]:
    """The results of ``tasks`` (profile, cache key or None), computed by ``jobs`` workers.

    Results come in the order of ``tasks``; the pool is stopped when the
    iterator is closed or finished.
    """
    import multiprocessing

    resources.warm()
    pool = multiprocessing.get_context("fork").Pool(
        jobs, initializer=_init_worker, initargs=(resources, cache_dir, os.getpid())
    )
    try:
        yield from pool.imap(_work, tasks, chunksize=chunksize(len(tasks), jobs))
    finally:
        pool.terminate()
        pool.join()
