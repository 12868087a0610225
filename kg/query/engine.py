"""Running queries on a local graph file with pyoxigraph (no rdflib on this path).

The graph file (Turtle, TriG, N-Triples, N-Quads or JSON-LD) is loaded into an
in-memory :class:`pyoxigraph.Store`. Parameters are bound as RDF terms in a
``VALUES`` block at the start of the WHERE clause (:mod:`kg.query.values`), so
the query planner sees them. A query runs in a forked worker process
(:mod:`kg.query.sandbox`) that has no network, a memory limit
(``max_memory_mb``) and is killed when the time limit passes, so an abandoned
query stops using CPU and memory at once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from kg.errors import DataError, QueryTimedOut, TooManyResults, UsageError
from kg.io import check_graph_file, rdf_format_of
from kg.namespaces import PREFIXES
from kg.query.cache import StoreCache
from kg.query.result import QueryResult
from kg.query.sandbox import DEFAULT_MAX_MEMORY_MB, run_isolated
from kg.query.values import inject_values
from kg.terms import Term, from_oxigraph

T = TypeVar("T")

_OX_FORMATS = {
    "turtle": "TURTLE",
    "trig": "TRIG",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "json-ld": "JSON_LD",
}
_DATASET_FORMATS = frozenset({"trig", "nquads", "json-ld"})


def call_with_timeout(fn: Callable[[], T], timeout: float | None, what: str) -> T:
    """Run ``fn`` in a worker thread and wait at most ``timeout`` seconds.

    For remote requests only: a thread cannot be stopped, so local queries run
    in a worker process instead (:func:`kg.query.sandbox.run_isolated`).

    Raises
    ------
    DataError
        If the time limit passes (the worker is abandoned; it is a daemon thread).
    """
    if not timeout or timeout <= 0:
        return fn()
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            # Drop the worker's frames: they may hold engine objects bound to this thread.
            box["error"] = exc.with_traceback(None)

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimedOut(
            f"query timed out after the {timeout:g} s limit", what, parameter="timeout"
        )
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)


def syntax_error(exc: Exception, where: str) -> UsageError:
    """Turn pyoxigraph's SyntaxError into a one-line UsageError with line and column."""
    message = " ".join(str(exc).split())
    match = _POSITION.match(message)
    if match:
        line, column, detail = match.groups()
        return UsageError(f"SPARQL syntax error at line {line}, column {column}: {detail}", where)
    return UsageError(f"SPARQL syntax error: {message}", where)


def _run_on_store(
    store: object,
    text: str,
    bindings: Mapping[str, Term],
    *,
    union: bool,
    name: str,
    form: str,
    max_rows: int | None = None,
) -> QueryResult:
    answer = store.query(  # type: ignore[attr-defined]
        inject_values(text, bindings),
        prefixes=dict(PREFIXES),
        use_default_graph_as_union=union,
    )
    # pyoxigraph's result iterators must be dropped on the thread that made them:
    # consume them here and let go of them before any exception leaves this frame.
    try:
        return _collect(answer, name, form, max_rows)
    finally:
        del answer


def too_many_results(max_rows: int, where: str) -> TooManyResults:
    """The error for a result larger than the ``max_rows`` limit."""
    return TooManyResults(
        f"more than {max_rows:,} results; stopped (add LIMIT to the query, or raise the limit)",
        where,
        parameter="max_rows",
    )


def _collect(answer: object, name: str, form: str, max_rows: int | None = None) -> QueryResult:
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(answer), name=name)
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows: list[dict[str, Term]] = []
        for solution in answer:
            if max_rows and len(rows) >= max_rows:
                raise too_many_results(max_rows, name)
            row: dict[str, Term] = {}
            for var in variables:
                value = solution[var]
                if value is not None:
                    row[var] = from_oxigraph(value)
            rows.append(row)
        return QueryResult("SELECT", variables=variables, bindings=rows, name=name)
    found = set()
    for t in answer:  # type: ignore[attr-defined]
        found.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        if max_rows and len(found) > max_rows:
            raise too_many_results(max_rows, name)
    triples = sorted(found)
    kind = form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT"
    return QueryResult(kind, triples=triples, name=name)


class LocalGraph:
    """A graph file loaded into an in-memory Oxigraph store, ready to query.

    Parameters
    ----------
    path : str or Path
        The graph file; its extension gives the format.
    cache : bool, optional
        Use (and build on first use) an on-disk copy of the graph, see
        :mod:`kg.query.cache`: a StoreCache, or True for the default one
        (:func:`kg.query.cache.use_store_cache`), False for none. Default: True.
    max_memory_mb : float, optional
        Megabytes one query may allocate (None or 0: no limit; default
        :data:`kg.query.sandbox.DEFAULT_MAX_MEMORY_MB`).

    Raises
    ------
    DataError
        If the file is missing, empty or not valid RDF (the message names the
        file and, for syntax errors, the position).
    UsageError
        If the extension is not an RDF format.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = path.write_text("<urn:a> <urn:p> <urn:b> .\\n")
    >>> graph = LocalGraph(path, cache=False)
    >>> graph.execute("ASK { <urn:a> ?p ?o }").boolean
    True
    """

    #: Queries run in an isolated worker process (no network unless allowed).
    isolated = True

    def __init__(
        self,
        path: str | Path,
        *,
        cache: bool | StoreCache | None = None,
        max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
    ) -> None:
        import pyoxigraph as ox

        from kg.query.cache import open_store

        self.path = check_graph_file(path)
        self.max_memory_mb = max_memory_mb or None
        #: False forces the parser check instead of the network namespace (tests).
        self.network_namespace = True
        kind = rdf_format_of(self.path)
        fmt = getattr(ox.RdfFormat, _OX_FORMATS[kind])
        self.union = kind in _DATASET_FORMATS
        use_cache = True if cache is None else cache
        #: ``cached``: True when the store is an on-disk cached copy, not parsed in memory.
        self.store, self.cached = open_store(self.path, fmt, cache=use_cache)
        self.named_graphs = frozenset(
            g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    @property
    def where(self) -> str:
        """The graph file, for messages."""
        return str(self.path)

    def execute(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        timeout: float | None = None,
        name: str = "<query>",
        form: str = "SELECT",
        max_rows: int | None = None,
        allow_network: bool = False,
    ) -> QueryResult:
        """Run a (checked) query with parameters bound as RDF terms.

        Parameters
        ----------
        text : str
            The SPARQL query; undeclared project prefixes (``kg:``, ``skos:`` …) are known.
        bindings : mapping of str to Term, optional
            Variable name (without ``?``) → value, bound in a ``VALUES`` block.
        timeout : float, optional
            Seconds before giving up (None: no limit).
        name : str
            The query's file or name, for messages.
        form : str
            The query form from the lexer (tells CONSTRUCT from DESCRIBE).
        max_rows : int, optional
            Stop with an error past this many rows (or triples); None: no limit.
        allow_network : bool
            Let the worker reach the network (``--allow-remote``: SERVICE runs).

        Raises
        ------
        UsageError
            On a syntax error (with line and column) or a bad parameter name.
        QueryRefused
            When the worker cannot be cut off from the network and the full
            SPARQL parser finds SERVICE (the second line of defence).
        DataError
            On a timeout, a result larger than ``max_rows``, a query over the
            memory limit (:class:`~kg.query.sandbox.MemoryLimitExceeded`) or an
            evaluation error.
        """
        bindings = dict(bindings or {})

        def work() -> QueryResult:
            return _run_on_store(
                self.store,
                text,
                bindings,
                union=self.union,
                name=name,
                form=form,
                max_rows=max_rows,
            )

        try:
            return run_isolated(
                work,
                timeout=timeout,
                max_memory_mb=self.max_memory_mb,
                where=name,
                query=None if allow_network else inject_values(text, bindings),
                prefixes=dict(PREFIXES),
                network_namespace=self.network_namespace,
                allow_network=allow_network,
            )
        except SyntaxError as exc:
            raise syntax_error(exc, name) from None
        except RuntimeError as exc:
            message = " ".join(str(exc).split())
            raise DataError(f"query failed: {message}", name) from None
        except OSError as exc:
            raise DataError(f"query failed: {exc}", name) from None
