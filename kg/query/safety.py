"""Read-only and no-network rules for queries, checked before anything runs.

Both rdflib and pyoxigraph would make HTTP requests for ``SERVICE`` (and rdflib
for ``FROM``/``FROM NAMED`` and ``LOAD``), with no switch to turn it off. So
the query is inspected here, token by token (see :mod:`kg.query.lexer`: words
inside strings, comments, IRIs, variable or prefixed names do not count):

- updates (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP`` …) are always refused;
- ``SERVICE`` is refused unless ``allow_remote``;
- ``FROM`` / ``FROM NAMED`` naming a graph that is not in the local file are
  refused unless ``allow_remote`` (against an endpoint they name the endpoint's
  own graphs and are allowed).
"""

from __future__ import annotations

from collections.abc import Collection

from kg.errors import QueryRefused, UsageError
from kg.query.lexer import UPDATE_KEYWORDS, QueryShape, inspect_query, unescape_codepoints


def check_query(
    text: str,
    *,
    allow_remote: bool = False,
    local_graphs: Collection[str] | None = (),
    where: str = "<query>",
) -> QueryShape:
    """Refuse updates, SERVICE and remote dataset clauses; return the query's shape.

    Parameters
    ----------
    text : str
        The SPARQL query.
    allow_remote : bool
        Allow ``SERVICE`` and ``FROM``/``FROM NAMED`` graphs that are not local.
    local_graphs : collection of str or None
        Names of the graphs in the local dataset; ``None`` when the query goes to
        a remote endpoint (its dataset clauses are then the endpoint's business).
    where : str
        The query's file or name, for messages.

    Raises
    ------
    QueryRefused
        Naming the first refused construct (an update, SERVICE, a remote graph).
    UsageError
        When the text is not a SPARQL query at all.

    Notes
    -----
    SPARQL applies ``\\u``/``\\U`` codepoint escapes to the whole text before
    parsing (:func:`kg.query.lexer.unescape_codepoints`). The rules are checked
    on the text as the engine reads it (escapes applied) and, in case an engine
    reads an escape differently, on the raw text too: a construct either reading
    shows is refused.

    Examples
    --------
    >>> check_query('SELECT * { ?s ?p "SERVICE" }').form
    'SELECT'
    """
    unescaped = unescape_codepoints(text)
    shape = _check(inspect_query(unescaped), allow_remote, local_graphs, where)
    if unescaped != text:
        _check(inspect_query(text), allow_remote, local_graphs, where)
    return shape


def _check(
    shape: QueryShape, allow_remote: bool, local_graphs: Collection[str] | None, where: str
) -> QueryShape:
    updates = sorted(shape.keywords & UPDATE_KEYWORDS)
    if updates:
        raise QueryRefused(
            f"{updates[0]} is an update; kg query is read-only and runs only "
            "SELECT, CONSTRUCT, DESCRIBE and ASK",
            where,
        )
    if shape.form is None:
        raise UsageError("not a SPARQL query (no SELECT, CONSTRUCT, DESCRIBE or ASK)", where)
    if allow_remote:
        return shape
    if "SERVICE" in shape.keywords:
        raise QueryRefused(
            "SERVICE would send a request to another server; refused",
            where,
        )
    if local_graphs is not None:
        for named, iri in shape.datasets:
            if iri not in local_graphs:
                clause = "FROM NAMED" if named else "FROM"
                raise QueryRefused(
                    f"{clause} <{iri}> names a graph that is not in the local graph file; refused",
                    where,
                )
    return shape
