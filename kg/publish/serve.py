"""A local, read-only SPARQL endpoint over the built graph, plus maps and docs.

:func:`create_server` loads the graph into an in-memory pyoxigraph store and
returns a :class:`http.server.ThreadingHTTPServer` (not started) that answers:

``/query`` (also ``/sparql``)
    SPARQL 1.1 Protocol queries: ``GET ?query=``, ``POST`` form
    (``query=``) or ``POST application/sparql-query``. Results as SPARQL JSON
    (default), XML, CSV or TSV for SELECT/ASK; Turtle or N-Triples for
    CONSTRUCT/DESCRIBE, chosen by the ``Accept`` header. Queries using
    ``SERVICE`` (which would make HTTP requests) are refused, and each query
    runs in a worker process with no network, a memory limit (422 past it)
    and a time limit (503 past it; the worker is killed).
``/update``
    Refused (403): the endpoint is read-only; the store is in memory, so
    nothing a request does can change the graph file either.
``/docs/ontology.html``, ``/maps/…``, ``/kg.ttl``, ``/void.ttl``
    The ontology documentation, the maps folder (if present), the graph file
    and its VoID description naming this endpoint.
``/id/…``, ``/concept/…``, ``/def``, ``/findings``, ``/source/…``, ``/api…``, ``/openapi.json``
    The linked-data explorer (:mod:`kg.publish.explorer`): every data IRI
    dereferences by content negotiation, a findings browser, a REST API from
    the query library; ``GET /sparql`` with no ``query`` is the query editor.
"""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import DataError
from kg.graphfile import OX_FORMATS, detect_format
from kg.publish.csp import BASE_HEADERS, content_security_policy
from kg.query.sandbox import DEFAULT_MAX_MEMORY_MB

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


#: Seconds a connection may stay silent (headers or body) before it is closed.
SOCKET_TIMEOUT = 10.0
#: Seconds a whole request body may take to arrive.
BODY_DEADLINE = 30.0
#: Requests handled at once; further connections wait in the listen queue.
MAX_THREADS = 16
#: Longest request path accepted (characters, after decoding).
MAX_PATH = 1024
#: An over-large body is read and dropped up to this size, so the client sees the 413.
DRAIN_LIMIT = 64 * 1024 * 1024


class _Stopped(Exception):
    """Raised inside a serialization to stop it (too large)."""


class _LimitedSink:
    """A write target for pyoxigraph's serializers that stops them past a size."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
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


class ResultTooLarge(DataError):
    """The serialized result passed the server's size limit."""


def evaluate(store: object, query: str, accept: str, limit: int | None) -> tuple[str, bytes]:
    """Run ``query`` on ``store`` and serialize it for ``accept``: (media type, body).

    Runs in the query's worker process (:func:`kg.query.sandbox.run_isolated`).

    Raises
    ------
    ResultTooLarge
        Past ``limit`` bytes of output.
    """
    import pyoxigraph as ox

    sink = _LimitedSink(limit)
    results = store.query(query)  # type: ignore[attr-defined]
    try:
        if isinstance(results, ox.QueryTriples):
            media, name = _negotiate(accept, GRAPH_TYPES, "application/n-triples")
            # pyoxigraph types ``output`` as IO[bytes]; it only calls ``write``.
            results.serialize(output=sink, format=getattr(ox.RdfFormat, name))  # type: ignore[arg-type]
        else:
            media, name = _negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
            results.serialize(output=sink, format=getattr(ox.QueryResultsFormat, name))
    except (_Stopped, OSError, ValueError) as exc:
        if sink.limit is not None and sink.size > sink.limit:
            raise ResultTooLarge(f"more than {sink.limit} bytes") from None
        raise RuntimeError(str(exc)) from None
    return media, b"".join(sink.parts)


class _Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "kg-serve"

    def setup(self) -> None:
        # StreamRequestHandler applies ``timeout`` to the socket: every read and write.
        # socketserver declares ``timeout`` on the class; here it is per server.
        self.timeout = self.server.socket_timeout  # type: ignore[misc]
        super().setup()

    def version_string(self) -> str:
        """The ``Server`` header: the name alone, no Python version."""
        return self.server_version

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.log:
            super().log_message(format, *args)

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str,
        *,
        close: bool = False,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in [*BASE_HEADERS, *(headers or [])]:
            self.send_header(name, value)
        page = body if ctype.startswith("text/html") else None
        self.send_header("Content-Security-Policy", content_security_policy(page))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, *, close: bool = False) -> None:
        body = (message + "\n").encode("utf-8")
        self._send(status, body, "text/plain; charset=utf-8", close=close)

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        if len(path) > MAX_PATH or "\x00" in urllib.parse.unquote(path):
            return self._text(HTTPStatus.BAD_REQUEST, "bad request path")
        params = urllib.parse.parse_qs(url.query)
        if path == "/query" or (path == "/sparql" and ("query" in params or "update" in params)):
            if "update" in params:
                return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
            if "query" not in params:
                return self._text(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            return self._query(params["query"][0])
        if path == "/update":
            return self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if path == "/":
            return self._send(HTTPStatus.OK, self.server.index_html(), "text/html; charset=utf-8")
        answer = self.server.explorer.answer(path, url.query, self.headers.get("Accept") or "")
        if answer is not None:
            return self._send(answer.status, answer.body, answer.ctype, headers=answer.headers)
        try:
            static = self.server.static(path)
        except DataError as exc:  # the ontology page, built on first request
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"Error: {exc.message}")
        if static is None:
            return self._text(HTTPStatus.NOT_FOUND, "not found")
        body, ctype = static
        return self._send(HTTPStatus.OK, body, ctype)

    def do_POST(self) -> None:  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        raw = self._read_body()
        if raw is None:
            return None
        body = raw.decode("utf-8", "replace")
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

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering a bad Content-Length or a slow body."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._text(
                HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length", close=True
            )
            return None
        text = (self.headers.get("Content-Length") or "0").strip()
        if not text.isascii() or not text.isdigit():
            self._text(HTTPStatus.BAD_REQUEST, "bad Content-Length", close=True)
            return None
        length = int(text)
        if length > MAX_BODY:
            self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large", close=True)
            self._drain(length)
            return None
        data = _read_exactly(self.rfile, length, self.server.body_deadline)
        if data is None:
            self._text(HTTPStatus.REQUEST_TIMEOUT, "request body incomplete", close=True)
        return data

    def _drain(self, length: int) -> None:
        """Read and drop up to ``length`` bytes (at most DRAIN_LIMIT): the client sees the reply."""
        import contextlib

        with contextlib.suppress(OSError):
            self.wfile.flush()
            _read_exactly(
                self.rfile, min(length, DRAIN_LIMIT), self.server.body_deadline, keep=False
            )

    def do_PUT(self) -> None:  # noqa: N802
        self._text(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused", close=True)

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    def _query(self, query: str) -> None:
        from kg.errors import QueryRefused, UsageError
        from kg.query.safety import check_query
        from kg.query.sandbox import MemoryLimitExceeded, QueryTimedOut, run_isolated

        try:
            # The dataset is the served store: FROM names its graphs and fetches nothing.
            check_query(query, allow_remote=False, local_graphs=None, where="query")
        except QueryRefused as exc:
            return self._text(HTTPStatus.FORBIDDEN, f"{exc.message} on this endpoint")
        except UsageError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed query: {exc.message}")
        accept = self.headers.get("Accept") or ""
        server = self.server
        try:
            media, body = run_isolated(
                lambda: evaluate(server.store, query, accept, server.max_result_bytes),
                timeout=server.timeout,
                max_memory_mb=server.max_memory_mb,
                where="query",
                query=query,
                network_namespace=server.network_namespace,
            )
        except QueryTimedOut:
            return self._text(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"query timed out after the server's {server.timeout:g} s limit",
            )
        except MemoryLimitExceeded:
            return self._text(
                HTTPStatus.UNPROCESSABLE_ENTITY,
                f"query needed more than the server's {server.max_memory_mb:g} MB memory limit; "
                "stopped (add LIMIT, or narrow the patterns)",
            )
        except ResultTooLarge:
            limit = (server.max_result_bytes or 0) / 1e6
            return self._text(
                HTTPStatus.BAD_REQUEST,
                f"result larger than the server's {limit:g} MB limit; stopped "
                "(add LIMIT to the query)",
            )
        except QueryRefused as exc:
            return self._text(HTTPStatus.FORBIDDEN, f"{exc.message} on this endpoint")
        except SyntaxError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}")
        except (DataError, OSError, ValueError, RuntimeError) as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"query failed: {exc}")
        self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8")


def _read_exactly(
    stream: object, length: int, deadline_s: float, *, keep: bool = True
) -> bytes | None:
    """``length`` bytes from ``stream``, or None if they do not all arrive in time."""
    import time

    deadline = time.monotonic() + deadline_s
    parts: list[bytes] = []
    left = length
    while left > 0:
        if time.monotonic() > deadline:
            return None
        try:
            chunk = stream.read1(min(left, 1 << 16))  # type: ignore[attr-defined]
        except OSError:  # socket timeout or reset
            return None
        if not chunk:
            return None
        left -= len(chunk)
        if keep:
            parts.append(chunk)
    return b"".join(parts)


class KgServer(ThreadingHTTPServer):
    """The HTTP server :func:`create_server` returns (``serve_forever`` to run it)."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        graph_path: Path,
        maps_dir: Path | None,
        docs: bytes | Callable[[], bytes],
        timeout: float | None = DEFAULT_TIMEOUT,
        max_result_mb: float | None = DEFAULT_MAX_RESULT_MB,
        max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
        max_threads: int = MAX_THREADS,
        queries_dir: Path | None = None,
        base_iri: str | None = None,
    ) -> None:
        import threading

        import pyoxigraph as ox

        from kg.query.cache import cache_enabled, open_store, store_is_empty

        super().__init__(address, _Handler)
        self.log = False
        #: Megabytes one query's worker may allocate (None: no limit).
        self.max_memory_mb = max_memory_mb or None
        #: False forces the parser check instead of the network namespace (tests).
        self.network_namespace = True
        #: Seconds a connection may stay silent, and a whole body may take.
        self.socket_timeout = SOCKET_TIMEOUT
        self.body_deadline = BODY_DEADLINE
        self._slots = threading.BoundedSemaphore(max_threads)
        #: Seconds a query may take (None or 0: no limit).
        self.timeout = timeout or None
        #: Bytes of serialized results a query may give (None: no limit).
        self.max_result_bytes = int(max_result_mb * 1e6) if max_result_mb else None
        self.graph_path = graph_path
        self.maps_dir = maps_dir.resolve() if maps_dir and maps_dir.is_dir() else None
        #: The ontology page, or the function that builds it on first request.
        self._docs = docs
        self._docs_lock = threading.Lock()
        fmt = getattr(ox.RdfFormat, OX_FORMATS[detect_format(graph_path)])
        try:
            # the on-disk store kg query keeps (read-only, optimised), else in memory
            self.store = open_store(graph_path, fmt, cache=cache_enabled())[0]
        except (DataError, ValueError, OSError) as exc:
            self.server_close()
            raise DataError(
                f"cannot load graph: {' '.join(str(exc).split())[:200]}", graph_path
            ) from None
        if store_is_empty(self.store):  # len() would count every triple: seconds
            self.server_close()
            raise DataError("no triples in the graph file", graph_path)
        self._void: bytes | None = None
        from kg.publish.explorer.routes import Explorer

        #: The linked-data explorer: IRI pages, findings, REST API, query editor.
        self.explorer = Explorer(self, queries_dir, base_iri)

    def process_request(self, request: object, client_address: object) -> None:
        """Hand the connection to a thread once one of ``max_threads`` slots is free."""
        self._slots.acquire()
        try:
            super().process_request(request, client_address)  # type: ignore[arg-type]
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: object, client_address: object) -> None:
        try:
            super().process_request_thread(request, client_address)  # type: ignore[arg-type]
        finally:
            self._slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        """One log line for a request that failed (a reset, a timeout), never a traceback."""
        import sys

        if self.log:
            error = sys.exc_info()[1]
            print(f"{client_address[0]}: request failed: {error!r:.200}", file=sys.stderr)  # type: ignore[index]

    @property
    def endpoint(self) -> str:
        """The URL of the SPARQL endpoint."""
        host, port = self.server_address[:2]
        if isinstance(host, bytes):
            host = host.decode()
        return f"http://{host}:{port}/query"

    def void(self) -> bytes:
        """The VoID description, naming this endpoint (built on first use)."""
        if self._void is None:
            from kg.graphfile import load_graph
            from kg.publish.void import void_turtle

            self._void = void_turtle(load_graph(self.graph_path), self.endpoint)
        return self._void

    def docs(self) -> bytes:
        """The ontology's HTML page (``/docs/ontology.html``), built on first request.

        Building it parses the ontology and took most of the server's start-up
        (issue 18); a server that never shows it never pays for it.

        Raises
        ------
        DataError
            If the ontology cannot be read (answered with status 500).
        """
        with self._docs_lock:
            if callable(self._docs):
                self._docs = self._docs()
            return self._docs

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
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>kg</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/static/explorer.css"><link rel="icon" href="data:,">'
            '</head><body><main id="main"><h1>kg: read-only SPARQL endpoint</h1>'
            f"<p>SPARQL endpoint: <code>{html.escape(self.endpoint)}</code> "
            "(GET <code>?query=</code> or POST)</p><ul>"
            '<li><a href="/findings">Findings browser</a>: search the quotes, filter by '
            "municipality, speaker, theme, law, problem, topic and tone</li>"
            '<li><a href="/sparql">Query editor</a> with the query library</li>'
            '<li><a href="/api">REST API</a> from the query library '
            '(<a href="/openapi.json">OpenAPI</a>)</li>'
            '<li><a href="/def">The ontology</a> and '
            '<a href="/docs/ontology.html">its documentation</a></li>'
            '<li><a href="/kg.ttl">The graph (Turtle)</a></li>'
            '<li><a href="/void.ttl">Dataset description (VoID/DCAT)</a></li>'
            f"</ul>{self._entry_points()}{maps}</main></body></html>\n"
        ).encode()

    def _entry_points(self) -> str:
        """Links to the municipalities' pages: where a reader starts."""
        from kg.publish.explorer.page import e

        data = self.explorer.data
        towns = sorted(
            {
                f.values("municipality")[0]
                for f in self.explorer.index.findings
                if f.values("municipality")
            }
        )
        items = "".join(
            f'<li><a href="{e(data.local_path(iri) or iri)}">{e(data.label(iri, "nl"))}</a></li>'
            for iri in towns
        )
        return f"<h2>Profiled municipalities</h2><ul>{items}</ul>" if items else ""

    def static(self, path: str) -> tuple[bytes, str] | None:
        """Body and content type for a static path, or None."""
        if path in ("/docs/ontology.html", "/docs/", "/docs"):
            return self.docs(), "text/html; charset=utf-8"
        if path == "/kg.ttl":
            return self.graph_path.read_bytes(), "text/turtle; charset=utf-8"
        if path == "/void.ttl":
            return self.void(), "text/turtle; charset=utf-8"
        if path.startswith("/maps/") and self.maps_dir:
            relative = urllib.parse.unquote(path[len("/maps/") :]) or "index.html"
            try:
                target = (self.maps_dir / relative).resolve()
                if not target.is_relative_to(self.maps_dir) or not target.is_file():
                    return None
            except (OSError, ValueError):  # a name too long, a NUL byte
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
    max_memory_mb: float | None = DEFAULT_MAX_MEMORY_MB,
    queries_dir: str | Path | None = None,
    base_iri: str | None = None,
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
        Ontology folder for ``/docs/ontology.html`` (built on its first request).
    timeout : float, optional
        Seconds one query may take before the server answers 503 (None or 0:
        no limit; default 60).
    max_result_mb : float, optional
        Megabytes of serialized results one query may give before the server
        answers 400 (None or 0: no limit; default 100).
    max_memory_mb : float, optional
        Megabytes one query's worker process may allocate before the server
        answers 422 (None or 0: no limit; default 2048).
    queries_dir : str or Path, optional
        The query library for ``/api`` and ``/sparql`` (default: ``$KG_QUERIES``,
        ``./queries`` or the shipped library).
    base_iri : str, optional
        The data base IRI whose paths (``/id/…``, ``/concept/…``, ``/def``) the
        server dereferences (default: read from the graph's ontology header).

    Raises
    ------
    DataError
        If the graph cannot be read; the port is released.
    """
    path = Path(graph_path)
    detect_format(path)  # a missing, empty or unrecognisable file fails at once

    def docs() -> bytes:
        from kg.ontology import load_ontology
        from kg.publish.docs import ontology_html

        return ontology_html(load_ontology(ontology_dir)).encode("utf-8")

    try:
        return KgServer(
            (host, port),
            path,
            Path(maps_dir) if maps_dir else None,
            docs,
            timeout=timeout,
            max_result_mb=max_result_mb,
            max_memory_mb=max_memory_mb,
            queries_dir=Path(queries_dir) if queries_dir else None,
            base_iri=base_iri,
        )
    except OSError as exc:
        raise DataError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
