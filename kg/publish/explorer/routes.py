"""Which explorer page answers a GET request: :class:`Explorer` maps paths to answers.

``kg serve`` (:mod:`kg.publish.serve`) asks :meth:`Explorer.answer` first and
falls back to its own paths when it returns None. Answers are plain
:class:`Answer` values; the server adds the security headers.
"""

from __future__ import annotations

import threading
import urllib.parse
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import DataError, UsageError
from kg.publish.explorer import findings_html, restapi
from kg.publish.explorer.entity import entity_page
from kg.publish.explorer.findings import FACETS, FindingsIndex, build_index
from kg.publish.explorer.graphdata import GraphData, detect_store_base, source_document
from kg.publish.explorer.page import language
from kg.publish.explorer.rdfout import MEDIA, choose_format, serialize

STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


@dataclass
class Answer:
    """An HTTP answer: status, body, content type and extra headers."""

    status: int
    body: bytes
    ctype: str
    headers: list[tuple[str, str]] = field(default_factory=list)


def text_answer(status: int, message: str) -> Answer:
    """A plain-text answer (errors)."""
    return Answer(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")


#: Bounded: request paths are untrusted, so made-up names must not grow the cache.
@lru_cache(maxsize=64)
def static_file(name: str) -> bytes | None:
    """A file of ``kg/publish/explorer/static`` by plain name, or None."""
    if "/" in name or name.startswith(".") or Path(name).suffix not in STATIC_TYPES:
        return None
    try:
        return resources.files("kg.publish.explorer").joinpath("static", name).read_bytes()
    except (FileNotFoundError, OSError):
        return None


class Explorer:
    """The explorer over one served store.

    Parameters
    ----------
    server : KgServer
        Gives the store and the query limits (``timeout``, ``max_memory_mb``,
        ``max_result_bytes``, ``network_namespace``).
    queries_dir : Path, optional
        The query library (default :func:`kg.query.library.default_queries_dir`).
    base : str, optional
        The data base IRI (default: read from the graph's ontology header).
    """

    def __init__(
        self, server: object, queries_dir: Path | None = None, base: str | None = None
    ) -> None:
        from kg.query.library import list_queries

        self.server = server
        store = server.store  # type: ignore[attr-defined]
        self.data = GraphData(store, base or detect_store_base(store))
        self._index: FindingsIndex | None = None
        self._index_lock = threading.Lock()
        try:
            self.queries = list_queries(queries_dir)
        except (UsageError, DataError):
            self.queries = []
        self._sources: dict[str, bytes] = {}

    @property
    def index(self) -> FindingsIndex:
        """The findings' search index, built on first use.

        Building it reads every finding (about 4 s CPU at 100 profiles, issue 18),
        so ``kg serve`` starts without it and the first page that needs it waits.
        """
        with self._index_lock:
            if self._index is None:
                self._index = build_index(self.server.store, self.data.kg)  # type: ignore[attr-defined]
            return self._index

    def query_named(self, name: str) -> object | None:
        """The library query called ``name``, if any."""
        return next((q for q in self.queries if q.name == name), None)

    def answer(self, path: str, query: str, accept: str) -> Answer | None:
        """The answer to ``GET path?query``, or None when the path is not the explorer's."""
        params = urllib.parse.parse_qs(query, keep_blank_values=False)
        lang = language(params)
        if path.startswith("/static/"):
            body = static_file(path[len("/static/") :])
            if body is None:
                return text_answer(404, "not found")
            return Answer(200, body, STATIC_TYPES[Path(path).suffix])
        if path == "/favicon.ico":  # browsers ask for it; there is none
            return Answer(204, b"", "image/x-icon")
        if path == "/findings":
            return self.findings(params, lang)
        if path == "/sparql":
            from kg.publish.explorer.editor import editor_page

            return Answer(200, editor_page(self.queries, self.data.base, lang), MEDIA["html"])
        if path in ("/api", "/api/", "/openapi.json") or path.startswith("/api/queries"):
            return self.api(path, params, accept, lang)
        if path.startswith("/source/"):
            return self.source(urllib.parse.unquote(path[len("/source/") :]), lang)
        iri = self.data.iri_for_path(urllib.parse.unquote(path))
        if iri is not None:
            return self.resource(iri, path, params, accept, lang)
        return None

    def resource(self, iri: str, path: str, params: dict, accept: str, lang: str) -> Answer:
        """A data IRI's description, in the negotiated format."""
        fmt = choose_format(accept, (params.get("format") or [None])[0])
        vary = [("Vary", "Accept")]
        if fmt is None:
            return text_answer(
                406,
                "not acceptable: ask for text/html, text/turtle, "
                "application/ld+json or application/n-triples",
            )
        if not self.data.exists(iri):
            return text_answer(404, f"no resource {iri} in this graph")
        if fmt == "html":
            page = entity_page(self.data, self.index, iri, urllib.parse.unquote(path), lang)
            return Answer(200, page, MEDIA["html"], vary)
        from kg.namespaces import PREFIXES, rebase

        prefixes = {p: rebase(ns, self.data.base) for p, ns in PREFIXES.items()}
        body = serialize(self.data.description(iri), fmt, prefixes)
        return Answer(200, body, MEDIA[fmt], vary)

    def source(self, key: str, lang: str) -> Answer:
        """The source text page of document ``key`` (sentences anchored by offsets)."""
        from kg.maps.source_pages import render_source_page

        if key not in self._sources:
            document = source_document(self.data, key)
            if document is None:
                return text_answer(404, "no such source document")
            page = render_source_page(document, lang, back_href="/findings")  # type: ignore[arg-type]
            self._sources[key] = page.encode("utf-8")
        return Answer(200, self._sources[key], MEDIA["html"])

    def findings(self, params: dict, lang: str) -> Answer:
        """The findings browser, or its rows as CSV / JSON."""
        text = (params.get("q") or [""])[0]
        selected = {k: v for k, v in params.items() if k in FACETS}
        try:
            page = int((params.get("page") or ["1"])[0])
        except ValueError:
            page = 1
        result = self.index.search(text, selected, page)
        fmt = (params.get("format") or ["html"])[0]
        if fmt in ("csv", "json"):
            rows = findings_html.finding_rows(self.data, result.matches, lang)
            if fmt == "csv":
                return Answer(200, findings_html.findings_csv(rows), "text/csv; charset=utf-8")
            return Answer(200, findings_html.findings_json(rows, result.total), "application/json")
        if fmt != "html":
            return text_answer(400, "format must be html, csv or json")
        page_html = findings_html.findings_page(self.data, result, text, params, lang)
        return Answer(200, page_html, MEDIA["html"])

    def api(self, path: str, params: dict, accept: str, lang: str) -> Answer:
        """The REST API: listing, OpenAPI document, its HTML page, and query runs."""
        import json

        if path == "/openapi.json":
            host, port = self.server.server_address[:2]  # type: ignore[attr-defined]
            doc = restapi.openapi_document(self.queries, f"http://{host}:{port}")
            body = (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()
            return Answer(200, body, "application/json")
        if path in ("/api", "/api/"):
            doc = restapi.openapi_document(self.queries, "")
            return Answer(200, restapi.api_page(doc, lang), MEDIA["html"])
        if path in ("/api/queries", "/api/queries/"):
            return Answer(200, restapi.listing_json(self.queries), "application/json")
        name = path[len("/api/queries/") :]
        resolved = name.endswith("/sparql")
        query = self.query_named(name[: -len("/sparql")] if resolved else name)
        if query is None:
            return text_answer(404, f"no library query {name!r}; /api/queries lists them")
        return self.run(query, params, accept, resolved=resolved)

    def run(self, query: object, params: dict, accept: str, *, resolved: bool) -> Answer:
        """Run a library query (or give its text with parameters bound)."""
        from kg.errors import KgError
        from kg.query.api import resolved_text

        server = self.server
        twice = sorted(k for k, v in params.items() if len(v) > 1)
        if twice:  # which value was meant is not for the server to guess
            return text_answer(400, f"parameter {twice[0]} given more than once")
        given = {k: v[-1] for k, v in params.items()}
        requested = None
        if "format" in given and query.param("format") is None:  # type: ignore[attr-defined]
            requested = given.pop("format")
        backend = restapi.ServedGraph(
            server.store,  # type: ignore[attr-defined]
            f"<{query.name}>",  # type: ignore[attr-defined]
            server.max_memory_mb,  # type: ignore[attr-defined]
        )
        backend.network_namespace = server.network_namespace  # type: ignore[attr-defined]
        try:
            if resolved:
                text = resolved_text(query, given, backend, timeout=server.timeout)  # type: ignore[arg-type, attr-defined]
                return Answer(200, text.encode("utf-8"), "application/sparql-query; charset=utf-8")
            is_graph = query.form in ("CONSTRUCT", "DESCRIBE")  # type: ignore[attr-defined]
            fmt = restapi.result_format(accept, requested, is_graph)
            if fmt is None:
                return text_answer(406, "not acceptable for a " + query.form + " query")  # type: ignore[attr-defined]
            result = restapi.run_query(
                backend,
                query,  # type: ignore[arg-type]
                given,
                timeout=server.timeout,  # type: ignore[attr-defined]
                max_rows=100_000,
            )
        except KgError as exc:
            return text_answer(restapi.error_status(exc), exc.message)
        body = restapi.serialize_result(result, fmt)
        limit = server.max_result_bytes  # type: ignore[attr-defined]
        if limit is not None and len(body) > limit:
            return text_answer(400, "result larger than the server's limit (narrow the query)")
        return Answer(200, body, restapi.FORMAT_MEDIA[fmt], [("Vary", "Accept")])
