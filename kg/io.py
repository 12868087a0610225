"""File output that never leaves a half-written file, and a lock per output folder."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import DataError, LockedError, UsageError

#: Name of the whole-graph file in a build's output folder.
GRAPH_FILE = "kg.ttl"


def default_graph_path() -> Path:
    """The graph other commands read by default: ``$KG_GRAPH`` or ``build/kg.ttl``.

    Lives here rather than in :mod:`kg.build` so that reading the graph (``kg
    query``) does not import the build pipeline and rdflib.
    """
    return Path(os.environ.get("KG_GRAPH") or Path("build") / GRAPH_FILE)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: temporary file, fsync, rename.

    A reader sees either the old file or the new one, never a mix; a crash
    leaves the old file in place.
    """
    import tempfile  # here, not at module level: kg query imports kg.io and needs no temp files

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def output_lock(directory: str | Path) -> Iterator[Path]:
    """Hold an exclusive lock on an output folder for the duration of a build.

    Raises
    ------
    LockedError
        If another process holds the lock.
    """
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder ({exc.strerror})", directory) from None
    lock_path = directory / ".kg.lock"
    handle = open(lock_path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(
                "another kg build is writing to this folder; wait for it to finish", directory
            ) from None
        yield directory
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


RDF_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}


def rdf_format_of(path: str | Path) -> str:
    """Guess an RDF serialisation from a file name.

    Raises
    ------
    UsageError
        For an unknown extension.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_FORMATS:
        known = ", ".join(sorted(RDF_FORMATS))
        raise UsageError(f"unknown RDF file type {suffix!r} (known: {known})", path)
    return RDF_FORMATS[suffix]


def check_graph_file(path: str | Path) -> Path:
    """Check that ``path`` is an existing, non-empty RDF file; return it as a Path.

    Raises
    ------
    DataError
        If it is missing or empty.
    UsageError
        If its extension is not an RDF format.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError("graph file not found (run 'kg build' first, or pass --graph)", path)
    if path.stat().st_size == 0:
        raise DataError("graph file is empty", path)
    rdf_format_of(path)
    return path
