"""A local, read-only SPARQL endpoint over the built graph, plus maps and docs.

:func:`create_server` loads the graph into an in-memory pyoxigraph store and
returns a :class:`http.server.ThreadingHTTPServer` (not started) that answers:

``/query`` (also ``/sparql``)
    SPARQL 1.1 Protocol queries: ``GET ?query=``, ``POST`` form
    (``query=``) or ``POST application/sparql-query``. Results as SPARQL JSON
    (default), XML, CSV or TSV for SELECT/ASK; Turtle or N-Triples for
    CONSTRUCT/DESCRIBE, chosen by the ``Accept`` header. Queries using
    ``SERVICE`` (which would make HTTP requests) are refused.
``/update``
    Refused (403): the endpoint is read-only; the store is in memory, so
    nothing a request does can change the graph file either.
``/docs/ontology.html``, ``/maps/…``, ``/kg.ttl``, ``/void.ttl``
    The ontology documentation, the maps folder (if present), the graph file
    and its VoID description naming this endpoint.
"""

from __future__ import annotations

import html
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import DataError

SELECT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES"}
MAX_BODY = 1_000_000
#: Default limits of one query: seconds, and megabytes of serialized results.
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RESULT_MB = 100.0


class _Stopped(Exception):
    """Raised inside a serialization to stop it (too large, or abandoned)."""


class _LimitedSink:
    """A write target for pyoxigraph's serializers that stops them past a size.

    It also stops a serialization whose request has timed out (``abandoned``),
    so the worker thread does not go on producing output nobody reads.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        self.too_large = False
        self.abandoned = False

    def write(self, data: bytes) -> int:
        if self.abandoned:
            raise _Stopped("abandoned")
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            self.too_large = True
            raise _Stopped("too large")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _negotiate(accept: str, table: dict[str, str], default: str) -> tuple[str, str]:
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return media, table[media]
    return default, table[default]


class _Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "kg-serve"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.log:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        if path in ("/query", "/sparql"):
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
            if "query" not in params:
                return self._text(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            return self._query(params["query"][0])
        if path == "/update":
            return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if path == "/":
            return self._send(HTTPStatus.OK, self.server.index_html(), "text/html; charset=utf-8")
        static = self.server.static(path)
        if static is None:
            return self._text(HTTPStatus.NOT_FOUND, f"not found: {path}")
        body, ctype = static
        return self._send(HTTPStatus.OK, body, ctype)

    def do_POST(self) -> None:  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if path not in ("/query", "/sparql") or ctype == "application/sparql-update":
            return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if ctype == "application/sparql-query":
            return self._query(body)
        params = urllib.parse.parse_qs(body)
        if "update" in params:
            return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if "query" not in params:
            return self._text(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
        return self._query(params["query"][0])

    def do_PUT(self) -> None:  # noqa: N802
        self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    def _query(self, query: str) -> None:
        import pyoxigraph as ox

        from kg.errors import QueryRefused, UsageError
        from kg.query.engine import call_with_timeout
        from kg.query.safety import check_query

        try:
            # The dataset is the served store: FROM names its graphs and fetches nothing.
            check_query(query, allow_remote=False, local_graphs=None, where="query")
        except QueryRefused as exc:
            return self._text(HTTPStatus.FORBIDDEN, f"{exc.message} on this endpoint")
        except UsageError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed query: {exc.message}")
        accept = self.headers.get("Accept") or ""
        server = self.server
        sink = _LimitedSink(server.max_result_bytes)

        def work() -> str:
            results = server.store.query(query)
            if isinstance(results, ox.QueryTriples):
                media, name = _negotiate(accept, GRAPH_TYPES, "application/n-triples")
                results.serialize(output=sink, format=getattr(ox.RdfFormat, name))
            else:
                media, name = _negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
                results.serialize(output=sink, format=getattr(ox.QueryResultsFormat, name))
            return media

        try:
            media = call_with_timeout(work, server.timeout, "query")
        except DataError:  # the time limit passed; stop the worker at its next write
            sink.abandoned = True
            return self._text(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"query timed out after the server's {server.timeout:g} s limit",
            )
        except SyntaxError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}")
        except (OSError, ValueError, RuntimeError, _Stopped) as exc:
            if sink.too_large:
                limit = (server.max_result_bytes or 0) / 1e6
                return self._text(
                    HTTPStatus.BAD_REQUEST,
                    f"result larger than the server's {limit:g} MB limit; stopped "
                    "(add LIMIT to the query)",
                )
            return self._text(HTTPStatus.BAD_REQUEST, f"query failed: {exc}")
        self._send(HTTPStatus.OK, b"".join(sink.parts), f"{media}; charset=utf-8")


class KgServer(ThreadingHTTPServer):
    """The HTTP server :func:`create_server` returns (``serve_forever`` to run it)."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        graph_path: Path,
        maps_dir: Path | None,
        docs: bytes,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_result_mb: float | None = DEFAULT_MAX_RESULT_MB,
    ) -> None:
        import pyoxigraph as ox

        from kg.io import rdf_format_of

        super().__init__(address, _Handler)
        self.log = False
        #: Seconds a query may take (None or 0: no limit).
        self.timeout = timeout or None
        #: Bytes of serialized results a query may give (None: no limit).
        self.max_result_bytes = int(max_result_mb * 1e6) if max_result_mb else None
        self.graph_path = graph_path
        self.maps_dir = maps_dir.resolve() if maps_dir and maps_dir.is_dir() else None
        self.docs = docs
        self.store = ox.Store()
        fmt = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "trig": ox.RdfFormat.TRIG,
        }
        fmt |= {"nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD}
        try:
            self.store.bulk_load(path=str(graph_path), format=fmt[rdf_format_of(graph_path)])
        except (SyntaxError, ValueError, OSError) as exc:
            self.server_close()
            raise DataError(
                f"cannot load graph: {' '.join(str(exc).split())[:200]}", graph_path
            ) from None
        self._void: bytes | None = None

    @property
    def endpoint(self) -> str:
        """The URL of the SPARQL endpoint."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/query"

    def void(self) -> bytes:
        """The VoID description, naming this endpoint (built on first use)."""
        if self._void is None:
            from kg.publish.graphs import load_graph
            from kg.publish.void import void_turtle

            self._void = void_turtle(load_graph(self.graph_path), self.endpoint)
        return self._void

    def index_html(self) -> bytes:
        """A small landing page with links."""
        maps = ""
        if self.maps_dir:
            names = sorted(p.name for p in self.maps_dir.glob("*.html"))
            items = "".join(
                f'<li><a href="/maps/{html.escape(n)}">{html.escape(n)}</a></li>' for n in names
            )
            maps = f"<h2>Maps</h2><ul>{items}</ul>"
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>kg</title></head>'
            "<body><h1>kg: read-only SPARQL endpoint</h1>"
            f"<p>SPARQL endpoint: <code>{html.escape(self.endpoint)}</code> "
            "(GET <code>?query=</code> or POST)</p><ul>"
            '<li><a href="/docs/ontology.html">Ontology documentation</a></li>'
            '<li><a href="/kg.ttl">The graph (Turtle)</a></li>'
            '<li><a href="/void.ttl">Dataset description (VoID/DCAT)</a></li>'
            f"</ul>{maps}</body></html>\n"
        ).encode()

    def static(self, path: str) -> tuple[bytes, str] | None:
        """Body and content type for a static path, or None."""
        if path in ("/docs/ontology.html", "/docs/", "/docs"):
            return self.docs, "text/html; charset=utf-8"
        if path == "/kg.ttl":
            return self.graph_path.read_bytes(), "text/turtle; charset=utf-8"
        if path == "/void.ttl":
            return self.void(), "text/turtle; charset=utf-8"
        if path.startswith("/maps/") and self.maps_dir:
            relative = urllib.parse.unquote(path[len("/maps/") :]) or "index.html"
            target = (self.maps_dir / relative).resolve()
            if not target.is_relative_to(self.maps_dir) or not target.is_file():
                return None
            types = {
                ".html": "text/html; charset=utf-8",
                ".js": "text/javascript",
                ".css": "text/css",
            }
            types |= {".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png"}
            return target.read_bytes(), types.get(target.suffix.lower(), "application/octet-stream")
        return None


def create_server(
    graph_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    maps_dir: str | Path | None = None,
    ontology_dir: str | Path | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_result_mb: float | None = DEFAULT_MAX_RESULT_MB,
) -> KgServer:
    """Load the graph and return a ready (not yet running) read-only server.

    Parameters
    ----------
    graph_path : str or Path
        The graph file (``build/kg.ttl``).
    host : str
        Interface to bind; loopback by default.
    port : int
        Port; 0 picks a free one (see ``server.server_address``).
    maps_dir : str or Path, optional
        Folder of maps to serve under ``/maps/`` (skipped when missing).
    ontology_dir : str or Path, optional
        Ontology folder for ``/docs/ontology.html``.
    timeout : float, optional
        Seconds one query may take before the server answers 503 (None or 0:
        no limit; default 60).
    max_result_mb : float, optional
        Megabytes of serialized results one query may give before the server
        answers 400 (None or 0: no limit; default 100).

    Raises
    ------
    DataError
        If the graph cannot be read; the port is released.
    """
    from kg.io import check_graph_file
    from kg.ontology import load_ontology
    from kg.publish.docs import ontology_html

    path = check_graph_file(graph_path)
    docs = ontology_html(load_ontology(ontology_dir)).encode("utf-8")
    try:
        return KgServer(
            (host, port),
            path,
            Path(maps_dir) if maps_dir else None,
            docs,
            timeout=timeout,
            max_result_mb=max_result_mb,
        )
    except OSError as exc:
        raise DataError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
