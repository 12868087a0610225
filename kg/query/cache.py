"""An on-disk Oxigraph copy of a graph file, so repeated queries skip parsing it.

Parsing the seed graph's Turtle takes most of a ``kg query run``'s own time;
opening an Oxigraph store that already holds it takes about half as long, and
does not grow with the graph. The first run on a graph file builds the store
(keyed by the file's SHA-256, so any change to the file gives a new store);
later runs open it read-only. A :class:`StoreCache` owns a cache folder and
keeps its four most recently used stores. The library reads no environment
variable: the command line reads ``KG_CACHE_DIR``, ``XDG_CACHE_HOME`` and
``KG_QUERY_CACHE`` (:mod:`kg.cli.env`) and installs the cache it chose with
:func:`use_store_cache`; without that, the default is ``~/.cache/kg``.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: How many stores to keep.
KEEP = 4
_DONE = ".complete"


@dataclass(frozen=True)
class StoreCache:
    """A folder of on-disk Oxigraph stores, at most ``keep`` of them kept.

    Examples
    --------
    >>> StoreCache(Path("/tmp/kg-cache")).stores
    PosixPath('/tmp/kg-cache/stores')
    """

    root: Path
    keep: int = KEEP

    @property
    def stores(self) -> Path:
        """The folder holding one sub-folder per cached store."""
        return self.root / "stores"

    @property
    def digests(self) -> Path:
        """The folder remembering file digests per stat fingerprint."""
        return self.root / "digests"


def default_cache_root() -> Path:
    """The cache folder when none is given: ``~/.cache/kg``."""
    return Path.home() / ".cache" / "kg"


#: The cache :func:`open_store` uses when not given one; None: caching off.
#: Set by the application (the command line) with :func:`use_store_cache`.
_DEFAULT: list[StoreCache | None] = []


def use_store_cache(cache: StoreCache | None) -> None:
    """Make ``cache`` the one used when no cache is given (None turns caching off)."""
    _DEFAULT[:] = [cache]


def default_store_cache() -> StoreCache | None:
    """The cache in use when none is given (see :func:`use_store_cache`)."""
    if not _DEFAULT:
        return StoreCache(default_cache_root())
    return _DEFAULT[0]


def cache_enabled() -> bool:
    """Whether a default store cache is in use (see :func:`use_store_cache`)."""
    return default_store_cache() is not None


def cache_root() -> Path:
    """The folder of the default store cache (``~/.cache/kg`` when caching is off)."""
    cache = default_store_cache()
    return cache.root if cache is not None else default_cache_root()


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


def remembered_digest(path: Path, cache: StoreCache | None = None) -> str:
    """:func:`file_digest`, remembered per stat fingerprint (see the module docstring).

    The digest is remembered in ``cache`` (default: :func:`default_store_cache`).
    """
    import time

    st = path.stat()
    # Device and inode name the file; size and mtime say whether it changed.
    key = f"{st.st_dev:x}-{st.st_ino:x}-{st.st_size:x}-{st.st_mtime_ns:x}"
    folder = cache.digests if cache is not None else cache_root() / "digests"
    memo = folder / key
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


def open_cached_store(path: Path, fmt: Any, cache: StoreCache | None = None) -> Any | None:
    """A read-only Oxigraph store holding ``path``, built on first use; None if unavailable.

    Parameters
    ----------
    path : Path
        The graph file.
    fmt : pyoxigraph.RdfFormat
        Its format.
    cache : StoreCache, optional
        The cache folder (default: :func:`default_store_cache`, else ``~/.cache/kg``).
    """
    import pyoxigraph as ox

    cache = cache or default_store_cache() or StoreCache(default_cache_root())
    try:
        stores = cache.stores
        target = (
            stores / f"{remembered_digest(path, cache)[:40]}-{path.suffix.lstrip('.') or 'rdf'}"
        )
        if not (target / _DONE).is_file():
            _build(path, fmt, stores, target)
        store = ox.Store.read_only(str(target))
        with contextlib.suppress(OSError):
            os.utime(target)  # most recently used
        _prune(stores, keep=target, count=cache.keep)
        return store
    except (OSError, SyntaxError, ValueError):
        return None


def open_store(path: Path, fmt: Any, cache: bool | StoreCache = True) -> tuple[Any, bool]:
    r"""A store holding the graph file ``path``: the cached on-disk one if possible.

    Parameters
    ----------
    path : Path
        The graph file.
    fmt : pyoxigraph.RdfFormat
        Its format.
    cache : bool or StoreCache, optional
        The on-disk cache to use (:func:`open_cached_store`); True: the default
        one (:func:`default_store_cache`). When False, when caching is off, or
        when the cache is unavailable, the file is loaded into memory.

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

    chosen = default_store_cache() if cache is True else cache or None
    store = open_cached_store(path, fmt, chosen) if chosen is not None else None
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


def _prune(stores: Path, keep: Path, count: int = KEEP) -> None:
    entries = sorted(
        (p for p in stores.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[count:]:
        if old != keep:
            import shutil

            shutil.rmtree(old, ignore_errors=True)
