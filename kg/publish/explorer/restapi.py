"""A REST API from the query library, grlc-style, with an OpenAPI 3 description.

``/api/queries`` lists the library; ``/api/queries/NAME?param=value`` runs one
query with its parameters bound as RDF terms by :func:`kg.query.api.execute`
(never formatted into query text), in the server's worker process with its
time and memory limits; ``/api/queries/NAME/sparql?param=value`` gives the text
that runs (what the query editor loads). Answers use the W3C results formats
chosen by ``Accept``. :func:`openapi_document` describes every query as one
operation; :func:`api_page` renders that for people.

Examples
--------
>>> from kg.query.library import make_query
>>> q = make_query("#+ summary: S\\nSELECT * WHERE { ?s ?p ?_year_integer }", "q")
>>> op = openapi_document([q], "http://localhost")["paths"]["/api/queries/q"]["get"]
>>> op["operationId"], op["parameters"][0]["schema"]
('q', {'type': 'integer'})
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kg.errors import DataError, QueryRefused, UsageError
from kg.publish.explorer.page import e, layout
from kg.publish.explorer.rdfout import parse_accept
from kg.query.engine import LocalGraph
from kg.query.library import LibraryQuery, Param
from kg.query.result import QueryResult
from kg.terms import XSD

if TYPE_CHECKING:
    import pyoxigraph as ox

#: Accepted media type → results format, for rows (SELECT, ASK).
ROW_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
}
#: Accepted media type → format, for triples (CONSTRUCT, DESCRIBE).
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}
FORMAT_MEDIA = {
    "json": "application/sparql-results+json",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "xml": "application/sparql-results+xml",
    "ttl": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}
SCHEMAS = {
    XSD + "integer": {"type": "integer"},
    XSD + "decimal": {"type": "number"},
    XSD + "double": {"type": "number"},
    XSD + "float": {"type": "number"},
    XSD + "boolean": {"type": "boolean"},
    XSD + "date": {"type": "string", "format": "date"},
    XSD + "dateTime": {"type": "string", "format": "date-time"},
}


class ServedGraph(LocalGraph):
    """The server's loaded store as a query backend (queries run in its worker process)."""

    def __init__(self, store: ox.Store, where: str, max_memory_mb: float | None) -> None:
        self.store = store
        self.path = where  # type: ignore[assignment]
        self.max_memory_mb = max_memory_mb or None
        self.network_namespace = True
        self.union = False
        self.cached = False
        self.named_graphs = frozenset()


def result_format(accept: str, requested: str | None, is_graph: bool) -> str | None:
    """The format to answer a query with, or None when nothing acceptable fits.

    Examples
    --------
    >>> result_format("text/csv", None, False), result_format("", None, True)
    ('csv', 'ttl')
    >>> result_format("text/turtle", None, False) is None
    True
    """
    table = GRAPH_TYPES if is_graph else ROW_TYPES
    if requested:
        return requested if requested in table.values() else None
    if not accept.strip():
        return "ttl" if is_graph else "json"
    for media, _ in parse_accept(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*", "text/html"):
            return "ttl" if is_graph else "json"
    return None


def to_xml(result: QueryResult) -> str:
    """W3C SPARQL Query Results XML.

    Examples
    --------
    >>> from kg.terms import Term
    >>> r = QueryResult("SELECT", ["x"], [{"x": Term.literal("a<b", lang="nl")}])
    >>> '<literal xml:lang="nl">a&lt;b</literal>' in to_xml(r)
    True
    """
    from xml.sax.saxutils import escape, quoteattr

    ns = "http://www.w3.org/2005/sparql-results#"
    lines = ['<?xml version="1.0"?>', f'<sparql xmlns="{ns}">', "<head>"]
    if result.form == "ASK":
        lines += ["</head>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>"]
        return "\n".join([*lines, "</sparql>"]) + "\n"
    lines += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    lines += ["</head>", "<results>"]
    for row in result.bindings:
        lines.append("<result>")
        for var in result.variables:
            term = row.get(var)
            if term is None:
                continue
            if term.kind == "uri":
                value = f"<uri>{escape(term.value)}</uri>"
            elif term.kind == "bnode":
                value = f"<bnode>{escape(term.value)}</bnode>"
            elif term.lang:
                value = f"<literal xml:lang={quoteattr(term.lang)}>{escape(term.value)}</literal>"
            elif term.datatype:
                value = (
                    f"<literal datatype={quoteattr(term.datatype)}>{escape(term.value)}</literal>"
                )
            else:
                value = f"<literal>{escape(term.value)}</literal>"
            lines.append(f"<binding name={quoteattr(var)}>{value}</binding>")
        lines.append("</result>")
    return "\n".join([*lines, "</results>", "</sparql>"]) + "\n"


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """``result`` in ``fmt`` (json, csv, tsv, xml; ttl, nt, jsonld for triples)."""
    from kg.query import formats

    if fmt == "xml":
        return to_xml(result).encode("utf-8")
    if fmt in ("nt", "jsonld"):
        import pyoxigraph as ox

        from kg.publish.explorer.graphdata import Statement
        from kg.publish.explorer.rdfout import serialize
        from kg.terms import to_oxigraph

        statements = []
        for s, p, o in result.triples:
            subject, predicate = to_oxigraph(s), to_oxigraph(p)
            # always so: a subject is no literal, a predicate is an IRI
            if not isinstance(subject, ox.Literal) and isinstance(predicate, ox.NamedNode):
                statements.append(Statement(subject, predicate, to_oxigraph(o)))
        return serialize(statements, fmt, {})
    writer = {"json": formats.to_json, "csv": formats.to_csv, "tsv": formats.to_tsv}
    return (writer.get(fmt) or formats.to_turtle)(result).encode("utf-8")


def _schema(param: Param) -> dict[str, str]:
    if param.kind == "iri":
        return {"type": "string", "format": "iri"}
    return dict(SCHEMAS.get(param.datatype or "", {"type": "string"}))


def _param_doc(param: Param) -> dict[str, object]:
    kind = "an IRI, prefixed name or label" if param.kind == "iri" else param.type_label
    doc: dict[str, object] = {
        "name": param.name,
        "in": "query",
        "required": param.required and param.default is None,
        "description": f"{kind}; SPARQL variable ?{param.variable}",
        "schema": _schema(param),
    }
    if param.default is not None:
        doc["schema"] = {**doc["schema"], "default": param.default}  # type: ignore[dict-item]
    return doc


def openapi_document(queries: list[LibraryQuery], server_url: str) -> dict[str, object]:
    """An OpenAPI 3 document: one GET operation per library query."""
    paths: dict[str, object] = {}
    for query in queries:
        graph = query.form in ("CONSTRUCT", "DESCRIBE")
        types = GRAPH_TYPES if graph else ROW_TYPES
        content: dict[str, dict[str, Any]] = {
            media: {} for media in types if media not in ("application/json", "application/xml")
        }
        paths[f"/api/queries/{query.name}"] = {
            "get": {
                "operationId": query.name,
                "summary": query.summary or query.name,
                "description": query.description,
                "tags": list(query.tags),
                "parameters": [_param_doc(p) for p in query.params],
                "responses": {
                    "200": {"description": f"{query.form} results", "content": content},
                    "400": {"description": "bad parameter or failed query"},
                    "422": {"description": "the query passed the server's memory limit"},
                    "503": {"description": "the query passed the server's time limit"},
                },
            }
        }
    paths["/api/queries"] = {
        "get": {
            "operationId": "listQueries",
            "summary": "The query library",
            "responses": {
                "200": {"description": "one entry per query", "content": {"application/json": {}}}
            },
        }
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "kg query library",
            "version": "1",
            "description": "Every library query as a GET operation; "
            "parameters are bound as RDF terms.",
        },
        "servers": [{"url": server_url}],
        "paths": dict(sorted(paths.items())),
    }


def library_listing(queries: list[LibraryQuery]) -> list[dict[str, object]]:
    """The library as JSON-ready dicts (name, summary, description, tags, form, text, params)."""
    return [
        {
            "name": q.name,
            "summary": q.summary,
            "description": q.description,
            "tags": list(q.tags),
            "form": q.form,
            "url": f"/api/queries/{q.name}",
            "text": q.text,
            "params": [
                {
                    "name": p.name,
                    "type": p.type_label,
                    "required": p.required,
                    "default": p.default,
                }
                for p in q.params
            ],
        }
        for q in queries
    ]


def api_page(document: dict, lang: str = "en") -> bytes:
    """The OpenAPI document as a plain HTML page."""
    sections = []
    for path, item in document["paths"].items():
        op = item["get"]
        rows = "".join(
            f"<tr><td><code>{e(p['name'])}</code></td><td>{e(p['schema'].get('type'))}"
            f"{' (' + e(p['schema']['format']) + ')' if 'format' in p['schema'] else ''}</td>"
            f"<td>{'yes' if p['required'] else 'no'}</td>"
            f"<td>{e(p['schema'].get('default', ''))}</td><td>{e(p['description'])}</td></tr>"
            for p in op.get("parameters", [])
        )
        table = (
            '<table><thead><tr><th scope="col">Parameter</th><th scope="col">Type</th>'
            '<th scope="col">Required</th><th scope="col">Default</th>'
            f'<th scope="col">Description</th></tr></thead><tbody>{rows}</tbody></table>'
            if rows
            else "<p>No parameters.</p>"
        )
        media = ", ".join(next(iter(op["responses"].values())).get("content", {}))
        sections.append(
            f'<section id="{e(op["operationId"])}"><h2><code>GET <a href="{e(path)}">{e(path)}</a>'
            f"</code></h2><p><strong>{e(op['summary'])}</strong></p>"
            f"<p>{e(op.get('description', ''))}</p>"
            f"{table}<p>Formats (by <code>Accept</code>): {e(media)}</p></section>"
        )
    body = (
        "<h1>REST API</h1><p>Each query of the library is a GET operation; parameters go in the "
        "query string and are bound as RDF terms. Machine-readable description: "
        '<a href="/openapi.json">/openapi.json</a> (OpenAPI 3); the library as JSON: '
        '<a href="/api/queries">/api/queries</a>.</p>' + "".join(sections)
    )
    return layout("REST API", body, lang=lang, current="/api")


def run_query(
    backend: ServedGraph,
    query: LibraryQuery,
    params: Mapping[str, str],
    *,
    timeout: float | None,
    max_rows: int | None,
) -> QueryResult:
    """Run a library query with parameters (see :func:`kg.query.api.execute`).

    Raises
    ------
    UsageError, QueryRefused, DataError
        As :func:`kg.query.api.execute` does.
    """
    from kg.query.api import execute

    return execute(backend, query, params, timeout=timeout, max_rows=max_rows)


def error_status(exc: Exception) -> int:
    """The HTTP status for an error of :func:`run_query`."""
    from kg.query.sandbox import MemoryLimitExceeded, QueryTimedOut

    if isinstance(exc, QueryTimedOut):
        return 503
    if isinstance(exc, MemoryLimitExceeded):
        return 422
    if isinstance(exc, QueryRefused):
        return 403
    if isinstance(exc, UsageError | DataError):
        return 400
    return 500


def listing_json(queries: list[LibraryQuery]) -> bytes:
    """``/api/queries`` as JSON bytes."""
    return (json.dumps(library_listing(queries), ensure_ascii=False, indent=1) + "\n").encode()
