"""File output that never leaves a half-written file, and a lock per output folder."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import DataError, LockedError, UsageError
from kg.namespaces import slugify

#: Name of the whole-graph file in a build's output folder.
GRAPH_FILE = "kg.ttl"


def default_graph_path() -> Path:
    """The graph other commands read by default: ``build/kg.ttl``.

    Lives here rather than in :mod:`kg.build` so that reading the graph (``kg
    query``) does not import the build pipeline and rdflib. The command line
    lets ``$KG_GRAPH`` override it (:mod:`kg.cli.env`); the library reads no
    environment variable.

    Examples
    --------
    >>> default_graph_path().as_posix()
    'build/kg.ttl'
    """
    return Path("build") / GRAPH_FILE


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_temporary(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path``, fsynced; return its path.

    Rename it onto ``path`` with :func:`os.replace` to publish it. On failure
    the temporary file is removed.
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
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def sync_folder(directory: str | Path) -> None:
    """fsync a folder, so that renames in it survive a crash (best effort)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: temporary file, fsync, rename.

    A reader sees either the old file or the new one, never a mix; a crash
    leaves the old file in place.
    """
    path = Path(path)
    try:
        tmp = write_temporary(path, data)
    except OSError as exc:
        raise write_error(exc, path) from None
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    sync_folder(path.parent)


def write_error(exc: OSError, path: str | Path) -> DataError:
    """A :class:`DataError` naming ``path`` for an ``OSError`` raised while writing it.

    A full disk or a quota raises an error with no file name (``No space left on
    device``); the message names the file the user asked for, not a temporary one.

    Examples
    --------
    >>> import errno
    >>> str(write_error(OSError(errno.ENOSPC, "No space left on device"), "out/kg.ttl"))
    'out/kg.ttl: cannot write (No space left on device)'
    """
    reason = exc.strerror or str(exc) or type(exc).__name__
    return DataError(f"cannot write ({reason})", path)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


#: Names :func:`atomic_write_bytes` gives its temporary files (``mkstemp``'s 8 random characters).
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
#: Lock files held by this process; closed in forked children (see below).
_HELD_LOCKS: set[IO[str]] = set()


def _release_locks_in_child() -> None:
    """In a forked child, close the inherited lock handles.

    An ``flock`` lock belongs to the open file, which a forked child shares.
    Were the child to keep it, a worker that outlives its killed parent would
    hold the output folder's lock and every later build would be refused.
    Closing the child's copy leaves the parent's lock in place.
    """
    for handle in list(_HELD_LOCKS):
        with contextlib.suppress(OSError, ValueError):
            handle.close()
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_release_locks_in_child)


def remove_stale_temporaries(directory: str | Path) -> list[Path]:
    """Delete temporary files left in ``directory`` by an interrupted atomic write.

    Only call it holding the folder's lock (:func:`output_lock`): no other
    writer can then be using them. Returns the files removed.
    """
    removed = []
    for path in Path(directory).glob(".?*.tmp"):
        if _TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def output_lock(directory: str | Path) -> Iterator[Path]:
    """Hold an exclusive lock on an output folder for the duration of a build.

    The lock is released when the holder exits, however it ends (even killed);
    forked children (worker processes) do not keep it. Temporary files left by
    an earlier interrupted write are removed once the lock is taken. When the work
    under the lock fails, a lock file this call created is removed again, and so is
    the folder when this call created it and it is left empty: a failed first build
    leaves nothing behind.

    Raises
    ------
    LockedError
        If another process holds the lock.
    UsageError
        If ``directory`` is not a folder and cannot be made one.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as home:
    ...     try:
    ...         with output_lock(Path(home) / "out"):
    ...             raise DataError("a profile is broken")
    ...     except DataError:
    ...         pass
    ...     sorted(p.name for p in Path(home).iterdir())
    []
    """
    directory = Path(directory)
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder ({exc.strerror})", directory) from None
    lock_path = directory / ".kg.lock"
    fresh_lock = created or not lock_path.exists()
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise UsageError(f"cannot create lock file ({exc.strerror})", lock_path) from None
    handle = os.fdopen(fd, "r+")
    _HELD_LOCKS.add(handle)
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fresh_lock = created = False  # another process's lock: not ours to remove
            raise LockedError(
                "another kg build or map is writing to this folder; wait for it to finish",
                directory,
            ) from None
        remove_stale_temporaries(directory)
        yield directory
    except BaseException:
        if fresh_lock:  # still holding it, so no other process uses the file
            with contextlib.suppress(OSError):
                lock_path.unlink()
        if created:
            with contextlib.suppress(OSError):
                directory.rmdir()  # only when empty
        raise
    finally:
        _HELD_LOCKS.discard(handle)
        with contextlib.suppress(OSError, ValueError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


#: Names Windows reserves for devices, with or without an extension.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def file_stem(text: str) -> str:
    """A safe file name stem for text from a document (a key, a title).

    The :func:`kg.namespaces.slugify` slug (ASCII letters, digits and hyphens,
    never empty, so never ``.``, ``..``, a path or an absolute path), with a
    hyphen added to names Windows reserves for devices (``CON`` → ``con-``).

    Examples
    --------
    >>> [file_stem(t) for t in ("../../etc/passwd", "CON", "..", "", "Financiën")]
    ['etc-passwd', 'con-', 'x', 'x', 'financien']
    """
    slug = slugify(text)
    return f"{slug}-" if slug in RESERVED_NAMES else slug


def confined_path(folder: str | Path, relative: str) -> Path:
    """``folder / relative``, checked to stay inside ``folder``.

    Raises
    ------
    UsageError
        If ``relative`` is absolute, has an empty, ``.`` or ``..`` part, or
        leads outside ``folder`` through a symbolic link.

    Examples
    --------
    >>> confined_path("out", "sources/brunssum.html").as_posix()
    'out/sources/brunssum.html'
    """
    folder = Path(folder)
    parts = relative.replace("\\", "/").split("/")
    if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise UsageError(f"refusing to write {relative!r}: not a plain path inside", folder)
    target = folder.joinpath(*parts)
    home = folder.resolve()
    if home not in target.resolve().parents:
        raise UsageError(f"refusing to write {relative!r}: it leads outside (a link?)", folder)
    return target


def write_pages(pages: dict[str, str], out: str | Path) -> list[Path]:
    """Write ``{relative path: text}`` under ``out`` atomically, holding the folder's lock.

    Every path is checked with :func:`confined_path` first, so nothing lands
    outside ``out``. Returns the paths written, sorted.
    """
    out = Path(out)
    written = []
    with output_lock(out):
        for relative, text in sorted(pages.items()):
            path = confined_path(out, relative)
            atomic_write_text(path, text)
            written.append(path)
    return written


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
        raise DataError("graph file not found", path, parameter="graph")
    if path.stat().st_size == 0:
        raise DataError("graph file is empty", path)
    rdf_format_of(path)
    return path
