"""The environment variables ``kg`` reads: only the command line reads them.

The library takes explicit parameters (a graph path, a query folder, a
:class:`kg.query.cache.StoreCache`); these functions turn the environment into
those values, so that ``KG_GRAPH=… kg query run …`` keeps working:

``KG_GRAPH``
    The graph file commands read when ``--graph`` is not given.
``KG_QUERIES``
    The query library folder when ``--queries`` is not given.
``KG_CACHE_DIR``, ``XDG_CACHE_HOME``
    Where ``kg query`` and ``kg serve`` keep on-disk stores
    (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``).
``KG_QUERY_CACHE``
    ``0``, ``off``, ``no`` or ``false`` turns that cache off.
``KG_ONTOLOGY``
    The ontology folder when ``--ontology`` is not given; every command that
    reads the ontology (build, evaluate, validate, export, push, serve, docs)
    passes the folder down as ``ontology_dir``.

Each function takes the mapping to read (default :data:`os.environ`), so it is
tested without touching the process environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from kg.io import default_graph_path
from kg.query.cache import StoreCache, use_store_cache

_OFF = ("0", "off", "no", "false")


def graph_path(given: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """``given``, else ``$KG_GRAPH``, else the library default (``build/kg.ttl``).

    Examples
    --------
    >>> graph_path(None, {"KG_GRAPH": "x.ttl"}).as_posix(), graph_path(None, {}).as_posix()
    ('x.ttl', 'build/kg.ttl')
    """
    if given is not None:
        return given
    return Path(environ.get("KG_GRAPH") or default_graph_path())


def queries_dir(given: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path | None:
    """``given``, else ``$KG_QUERIES``, else None (the library's default folder).

    Examples
    --------
    >>> queries_dir(None, {"KG_QUERIES": "q"}), queries_dir(None, {"KG_QUERIES": ""})
    (PosixPath('q'), None)
    """
    if given is not None:
        return given
    value = environ.get("KG_QUERIES")
    return Path(value) if value else None


def store_cache(environ: Mapping[str, str] = os.environ) -> StoreCache | None:
    """The on-disk store cache the environment asks for; None when it is turned off.

    Examples
    --------
    >>> store_cache({"KG_CACHE_DIR": "/c"}).root, store_cache({"KG_QUERY_CACHE": "off"})
    (PosixPath('/c'), None)
    >>> store_cache({"XDG_CACHE_HOME": "/x"}).root
    PosixPath('/x/kg')
    """
    if environ.get("KG_QUERY_CACHE", "1").strip().lower() in _OFF:
        return None
    explicit = environ.get("KG_CACHE_DIR")
    if explicit:
        return StoreCache(Path(explicit))
    base = environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return StoreCache(Path(base) / "kg")


def ontology_dir(given: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path | None:
    """``given``, else ``$KG_ONTOLOGY`` as a folder, else None (the library's default folder).

    Examples
    --------
    >>> ontology_dir(None, {"KG_ONTOLOGY": "onto"}), ontology_dir(None, {})
    (PosixPath('onto'), None)
    >>> ontology_dir(Path("mine"), {"KG_ONTOLOGY": "onto"})
    PosixPath('mine')
    """
    if given is not None:
        return given
    value = environ.get("KG_ONTOLOGY")
    return Path(value) if value else None


def install_store_cache(environ: Mapping[str, str] = os.environ) -> StoreCache | None:
    """Make :func:`store_cache` the library's default store cache; return it."""
    cache = store_cache(environ)
    use_store_cache(cache)
    return cache
