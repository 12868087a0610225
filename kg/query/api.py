"""The Python API for notebooks and scripts.

Examples
--------
A graph of one finding (``kg build`` writes ``build/kg.ttl``, the usual graph):

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "kg.ttl"
>>> _ = path.write_text('''
... @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
... <https://w3id.org/kg-decentralisatie/id/municipality/bunschoten> a kg:Municipality ;
...     skos:prefLabel "Bunschoten"@nl .
... <https://w3id.org/kg-decentralisatie/id/finding/1> a kg:Finding ;
...     kg:aboutMunicipality <https://w3id.org/kg-decentralisatie/id/municipality/bunschoten> ;
...     kg:concernsProblem <https://w3id.org/kg-decentralisatie/id/problem/innovation> .
... <https://w3id.org/kg-decentralisatie/id/problem/innovation>
...     skos:prefLabel "no room for innovation"@en .
... ''')
>>> from kg.query import connect
>>> kg = connect(path, cache=False)
>>> result = kg.run("problems-of-municipality", municipality="Bunschoten")
>>> result.rows()[0]["problemLabel"], result.rows()[0]["findings"]
('no room for innovation', 1)

``result.to_dataframe()`` gives the rows as a pandas DataFrame (pandas is optional).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kg.errors import UsageError
from kg.query.cache import StoreCache
from kg.query.library import LibraryQuery, list_queries, load_query, make_query
from kg.query.params import Backend, resolve_params
from kg.query.result import QueryResult
from kg.query.safety import check_query
from kg.query.sandbox import DEFAULT_MAX_MEMORY_MB

#: Default time limit in seconds for one query (the CLI's ``--timeout``).
DEFAULT_TIMEOUT = 60.0
#: Default largest result, in rows (SELECT) or triples (CONSTRUCT, DESCRIBE).
DEFAULT_MAX_ROWS = 100_000


def open_backend(
    graph: str | Path | None = None,
    endpoint: str | None = None,
    *,
    cache: bool | StoreCache | None = None,
    max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
) -> Backend:
    """A local graph file (default ``build/kg.ttl``) or a remote endpoint.

    ``cache`` chooses whether a local graph is read through the on-disk store
    cache (:mod:`kg.query.cache`: a StoreCache, True for the default one, False
    for none; default True);
    ``max_memory_mb`` bounds each local query's memory (None or 0: no limit).

    Raises
    ------
    UsageError
        If both ``graph`` and ``endpoint`` are given.
    """
    if graph is not None and endpoint is not None:
        raise UsageError("give either a graph file or an endpoint, not both")
    if endpoint is not None:
        from kg.query.remote import Endpoint

        return Endpoint(endpoint)
    from kg.io import default_graph_path
    from kg.query.engine import LocalGraph

    path = graph if graph is not None else default_graph_path()
    return LocalGraph(path, cache=cache, max_memory_mb=max_memory_mb)


def execute(
    backend: Backend,
    query: LibraryQuery,
    params: Mapping[str, str] | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_remote: bool = False,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> QueryResult:
    """Check a query, bind its parameters and run it on ``backend``.

    Parameters
    ----------
    backend : Backend
        From :func:`open_backend`.
    query : LibraryQuery
        From :func:`~kg.query.library.load_query`.
    params : mapping of str to str, optional
        Parameter name → value (a label, an IRI, a prefixed name or a literal).
    timeout : float, optional
        Seconds before giving up on the query (None: no limit).
    allow_remote : bool
        Allow SERVICE and FROM graphs that are not local (see :mod:`kg.query.safety`).
    max_rows : int, optional
        Largest result accepted, in rows or triples (None or 0: no limit).

    Raises
    ------
    UsageError
        For a refused or malformed query or bad parameters.
    DataError
        For a timeout, a result over ``max_rows`` or an unreachable endpoint.
    """
    local_graphs = getattr(backend, "named_graphs", None)
    shape = check_query(
        query.text, allow_remote=allow_remote, local_graphs=local_graphs, where=query.where
    )
    bindings = resolve_params(query, dict(params or {}), backend, timeout=timeout)
    # A local graph runs the query in a worker cut off from the network unless allowed.
    extra = {"allow_network": True} if allow_remote and getattr(backend, "isolated", False) else {}
    return backend.execute(
        query.text,
        bindings,
        timeout=timeout,
        name=query.where,
        form=shape.form or "SELECT",
        max_rows=max_rows or None,
        **extra,
    )


def resolved_text(
    query: LibraryQuery,
    params: Mapping[str, str] | None = None,
    backend: Backend | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> str:
    """The exact SPARQL text kg runs for ``query`` with ``params`` bound.

    The parameters are bound in a ``VALUES`` block (:mod:`kg.query.values`) and
    the project prefixes the query uses without declaring them are declared,
    as :class:`kg.query.remote.Endpoint` sends it: another SPARQL engine runs
    the text as is. ``backend`` is needed only to look labels up.

    Examples
    --------
    >>> from kg.query.library import make_query
    >>> q = make_query("SELECT * WHERE { ?_law_iri a kg:Law }", "laws")
    >>> print(resolved_text(q, {"law": "https://example.org/law"}))
    PREFIX kg: <https://w3id.org/kg-decentralisatie/def#>
    SELECT * WHERE {
      VALUES (?_law_iri) { (<https://example.org/law>) }
     ?_law_iri a kg:Law }
    """
    from kg.query.remote import add_default_prefixes
    from kg.query.values import inject_values

    check_query(query.text, allow_remote=True, where=query.where)
    bindings = resolve_params(query, dict(params or {}), backend, timeout=timeout)
    return add_default_prefixes(inject_values(query.text, bindings))


class Connection:
    """A loaded graph (or an endpoint) to run library queries on, again and again.

    Parameters
    ----------
    graph : str or Path, optional
        A graph file (default ``build/kg.ttl``).
    endpoint : str, optional
        A SPARQL endpoint URL instead of a file.
    queries : str or Path, optional
        The query library folder (default ``./queries``, else the one kg ships).
    timeout : float, optional
        Default time limit per query, in seconds.
    allow_remote : bool
        Allow SERVICE and remote FROM (off by default).
    cache : bool or StoreCache, optional
        Read a local graph through the on-disk store cache (a StoreCache, True
        for the default one, False for none; default True).
    max_rows : int, optional
        Largest result accepted, in rows or triples (None or 0: no limit).
    max_memory_mb : float, optional
        Megabytes one query on a local graph may use (None or 0: no limit).
    """

    def __init__(
        self,
        graph: str | Path | None = None,
        endpoint: str | None = None,
        *,
        queries: str | Path | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        allow_remote: bool = False,
        cache: bool | StoreCache | None = None,
        max_rows: int | None = DEFAULT_MAX_ROWS,
        max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
    ) -> None:
        self.backend = open_backend(graph, endpoint, cache=cache, max_memory_mb=max_memory_mb)
        self.queries_dir = queries
        self.timeout = timeout
        self.allow_remote = allow_remote
        self.max_rows = max_rows

    def queries(self) -> list[LibraryQuery]:
        """The library's queries (name, summary, description, tags, params)."""
        return list_queries(self.queries_dir)

    def run(
        self, query: str | Path, params: Mapping[str, str] | None = None, **kwargs: str
    ) -> QueryResult:
        """Run a library query by name, or a ``.rq`` file, with parameters.

        Parameters may be given as a dict, as keywords, or both:
        ``run("problems-of-municipality", municipality="Brunssum")``.
        """
        spec = load_query(query, self.queries_dir)
        return self._execute(spec, {**dict(params or {}), **kwargs})

    def sparql(
        self, text: str, params: Mapping[str, str] | None = None, **kwargs: str
    ) -> QueryResult:
        """Run SPARQL text directly (same checks; ``?_name`` variables are parameters)."""
        return self._execute(make_query(text, "<sparql>"), {**dict(params or {}), **kwargs})

    def _execute(self, spec: LibraryQuery, params: Mapping[str, str]) -> QueryResult:
        return execute(
            self.backend,
            spec,
            params,
            timeout=self.timeout,
            allow_remote=self.allow_remote,
            max_rows=self.max_rows,
        )


def connect(
    graph: str | Path | None = None, endpoint: str | None = None, **options: object
) -> Connection:
    """Open a graph file or an endpoint for querying; see :class:`Connection`."""
    return Connection(graph, endpoint, **options)  # type: ignore[arg-type]


def run_query(
    query: str | Path,
    params: Mapping[str, str] | None = None,
    *,
    graph: str | Path | None = None,
    endpoint: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_remote: bool = False,
    queries: str | Path | None = None,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
) -> QueryResult:
    """Run one library query (or ``.rq`` file) once; see :class:`Connection` to run many."""
    spec = load_query(query, queries)
    backend = open_backend(graph, endpoint, max_memory_mb=max_memory_mb)
    return execute(
        backend, spec, params, timeout=timeout, allow_remote=allow_remote, max_rows=max_rows
    )
