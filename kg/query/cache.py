"""An on-disk Oxigraph copy of a graph file, so repeated queries skip parsing it.

Parsing the seed graph's Turtle takes most of a ``kg query run``'s own time;
opening an Oxigraph store that already holds it takes about half as long, and
does not grow with the graph. The first run on a graph file builds the store
(keyed by the file's SHA-256, so any change to the file gives a new store);
later runs open it read-only. The cache lives in ``$KG_CACHE_DIR``, else
``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; the four most recently used
stores are kept. ``KG_QUERY_CACHE=0`` turns it off.

Hashing a graph of several GB takes seconds, more than most queries; so,
like git's index, the digest of a file is remembered per *stat fingerprint*
(device, inode, size, modification time in ns) and the file is read
again only when that changes. ``kg build`` replaces its output by renaming a
new file (a new inode), so a rebuilt graph is always hashed afresh; a digest
is remembered only for a file last modified over two seconds before it was
hashed, so a file changed again within the clock's granularity is not missed. Any problem with the
cache (read-only disk, a damaged store) silently falls back to loading the
file into memory: the cache only ever saves time.

A new store is optimised (``Store.optimize()``: its bulk-loaded files
compacted) before it is published: heavy queries then run 2-2.7x faster, for
a few seconds once per graph file. :func:`open_store` is what ``kg query`` and
``kg serve`` both call, so a server started on a graph ``kg query`` has seen
opens the same store in well under a second, with the operating system's page
cache, not a copy of the graph, holding what queries read.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

#: How many stores to keep.
KEEP = 4
_DONE = ".complete"


def cache_enabled() -> bool:
    """False when ``KG_QUERY_CACHE`` is ``0``, ``off``, ``no`` or ``false``."""
    return os.environ.get("KG_QUERY_CACHE", "1").strip().lower() not in ("0", "off", "no", "false")


def cache_root() -> Path:
    """The folder holding cached stores."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes (hex)."""
    import hashlib  # only when a file is hashed: importing it costs ~3 ms of every query

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: Only files last modified longer ago than this get their digest remembered.
_SETTLED_S = 2.0


def remembered_digest(path: Path) -> str:
    """:func:`file_digest`, remembered per stat fingerprint (see the module docstring)."""
    import time

    st = path.stat()
    # Device and inode name the file; size and mtime say whether it changed.
    key = f"{st.st_dev:x}-{st.st_ino:x}-{st.st_size:x}-{st.st_mtime_ns:x}"
    memo = cache_root() / "digests" / key
    with contextlib.suppress(OSError, UnicodeDecodeError):
        known = memo.read_text(encoding="ascii").strip()
        if len(known) == 64:
            return known
    digest = file_digest(path)
    if time.time() - st.st_mtime > _SETTLED_S:
        with contextlib.suppress(OSError):
            memo.parent.mkdir(parents=True, exist_ok=True)
            tmp = memo.with_name(f".{memo.name}.{os.getpid()}")
            tmp.write_text(digest, encoding="ascii")
            os.replace(tmp, memo)
    return digest


def open_cached_store(path: Path, fmt: Any) -> Any | None:
    """A read-only Oxigraph store holding ``path``, built on first use; None if unavailable.

    Parameters
    ----------
    path : Path
        The graph file.
    fmt : pyoxigraph.RdfFormat
        Its format.
    """
    import pyoxigraph as ox

    try:
        stores = cache_root() / "stores"
        target = stores / f"{remembered_digest(path)[:40]}-{path.suffix.lstrip('.') or 'rdf'}"
        if not (target / _DONE).is_file():
            _build(path, fmt, stores, target)
        store = ox.Store.read_only(str(target))
        with contextlib.suppress(OSError):
            os.utime(target)  # most recently used
        _prune(stores, keep=target)
        return store
    except (OSError, SyntaxError, ValueError):
        return None


def open_store(path: Path, fmt: Any, cache: bool = True) -> tuple[Any, bool]:
    r"""A store holding the graph file ``path``: the cached on-disk one if possible.

    Parameters
    ----------
    path : Path
        The graph file.
    fmt : pyoxigraph.RdfFormat
        Its format.
    cache : bool, optional
        Use the on-disk cache (:func:`open_cached_store`); when False, or when
        the cache is unavailable, the file is loaded into memory.

    Returns
    -------
    (pyoxigraph.Store, bool)
        The store, and True when it is the (read-only) cached copy.

    Raises
    ------
    DataError
        If the file is not valid RDF (the message names the position).

    Examples
    --------
    >>> import pyoxigraph as ox, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> graph = folder / "g.nt"
    >>> _ = graph.write_text('<urn:a> <urn:p> "x" .\n', encoding="utf-8")
    >>> store, cached = open_store(graph, ox.RdfFormat.N_TRIPLES, cache=False)
    >>> len(store), cached
    (1, False)
    """
    import pyoxigraph as ox

    from kg.errors import DataError

    store = open_cached_store(path, fmt) if cache else None
    if store is not None:
        return store, True
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise DataError(f"not valid RDF: {message}", path) from None
    return store, False


def store_is_empty(store: object) -> bool:
    """Whether ``store`` holds no quad, without counting them (``len`` reads them all).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> store_is_empty(ox.Store())
    True
    """
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is None  # type: ignore[attr-defined]


def _build(path: Path, fmt: Any, stores: Path, target: Path) -> None:
    import shutil
    import tempfile

    import pyoxigraph as ox

    stores.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=stores))
    try:
        store = ox.Store(str(work))
        store.bulk_load(path=str(path), format=fmt)
        store.flush()
        store.optimize()
        del store  # closes the database before it is moved
        (work / _DONE).write_text(str(path), encoding="utf-8")
        try:
            os.rename(work, target)
        except OSError:
            if not (target / _DONE).is_file():  # not another process winning the race
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _prune(stores: Path, keep: Path) -> None:
    entries = sorted(
        (p for p in stores.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[KEEP:]:
        if old != keep:
            import shutil

            shutil.rmtree(old, ignore_errors=True)
