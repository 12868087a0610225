"""SPARQL over the knowledge graph: the query library, its engine and its safety rules.

Modules: :mod:`~kg.query.library` (the ``queries/*.rq`` files and their grlc
headers), :mod:`~kg.query.engine` (pyoxigraph on a local graph file),
:mod:`~kg.query.remote` (a SPARQL 1.1 endpoint over HTTP),
:mod:`~kg.query.params` (parameter values to RDF terms),
:mod:`~kg.query.safety` (read-only, no network), :mod:`~kg.query.formats`
(table, csv, tsv, json, md, ttl) and :mod:`~kg.query.api` (for notebooks).

A worked, runnable example is in :mod:`kg.query.api`
(``connect(path).run("problems-of-municipality", municipality=…)``).
"""

from kg.query.api import Connection, connect, execute, run_query
from kg.query.library import LibraryQuery, Param, list_queries, load_query
from kg.query.result import QueryResult
from kg.terms import Term

__all__ = [
    "Connection",
    "LibraryQuery",
    "Param",
    "QueryResult",
    "Term",
    "connect",
    "execute",
    "list_queries",
    "load_query",
    "run_query",
]
