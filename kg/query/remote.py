"""Running queries on a remote SPARQL 1.1 endpoint over HTTP (the SPARQL protocol).

A remote endpoint cannot take bound terms, so parameters travel in a
``VALUES`` block built from the terms' N-Triples form (every quote, backslash
and line break escaped; an IRI with a character IRIs may not contain is
refused), placed at the start of the WHERE clause, or after the query when it
has none. Only the serialised terms are added; the query text is not touched
otherwise. Errors (refused connection, timeout, HTTP status, wrong content
type, unreadable results) are one-line messages naming the URL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import urlsplit

from kg.errors import DataError, QueryTimedOut, UsageError
from kg.namespaces import PREFIXES
from kg.query.engine import call_with_timeout
from kg.query.lexer import PNAME, inspect_query, tokenize
from kg.query.result import QueryResult
from kg.query.values import inject_values
from kg.terms import Term, from_oxigraph

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
#: Largest answer read from an endpoint, in bytes.
MAX_ANSWER_BYTES = 512_000_000
_GRAPH_TYPES = ("application/n-triples", "text/turtle", "application/n-quads", "application/trig")


def add_default_prefixes(text: str) -> str:
    """Declare the project prefixes a query uses without declaring them (one line, prepended)."""
    declared = inspect_query(text).prefixes
    used = {t.text.partition(":")[0] for t in tokenize(text) if t.kind == PNAME}
    missing = sorted(p for p in used if p in PREFIXES and p not in declared)
    if not missing:
        return text
    return " ".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in missing) + "\n" + text


def check_endpoint_url(url: str) -> str:
    """Return ``url`` if it is an http(s) URL with a host.

    Raises
    ------
    UsageError
        Otherwise.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"endpoint must be an http(s) URL, got {url!r}")
    return url


class Endpoint:
    """A SPARQL 1.1 query endpoint.

    Parameters
    ----------
    url : str
        The endpoint URL (for Oxigraph: ``http://host:port/query``).
    """

    def __init__(self, url: str) -> None:
        self.url = check_endpoint_url(url)

    @property
    def where(self) -> str:
        """The URL, for messages."""
        return self.url

    def execute(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        timeout: float | None = None,
        name: str = "<query>",
        form: str = "SELECT",
        max_rows: int | None = None,
    ) -> QueryResult:
        """Send the query (with parameters as VALUES) and read the results.

        Raises
        ------
        DataError
            If the endpoint cannot be reached, times out, answers with an error
            status, with an answer cut short, larger than :data:`MAX_ANSWER_BYTES`
            or with something that is not SPARQL results; or if the result has
            more than ``max_rows`` rows (or triples).
        UsageError
            If the endpoint rejects the query as malformed (HTTP 400).
        """
        body = add_default_prefixes(inject_values(text, dict(bindings or {})))
        shape = inspect_query(body)
        form = shape.form or form
        accept = RESULTS_JSON if form in ("SELECT", "ASK") else N_TRIPLES
        limit = timeout if timeout and timeout > 0 else None

        def work() -> tuple[str, bytes]:
            return self._post(body, accept, limit)

        content_type, payload = call_with_timeout(work, limit, self.url)
        if form in ("SELECT", "ASK"):
            if not content_type.startswith((RESULTS_JSON, "application/json")):
                got = content_type or "no content type"
                raise DataError(f"expected {RESULTS_JSON} from the endpoint, got {got}", self.url)
            result = parse_json_results(payload, self.url, name)
        else:
            if not content_type.startswith(_GRAPH_TYPES):
                got = content_type or "no content type"
                raise DataError(f"expected {N_TRIPLES} from the endpoint, got {got}", self.url)
            result = parse_graph_results(payload, content_type, self.url, name, form)
        if max_rows and max(len(result.bindings), len(result.triples)) > max_rows:
            from kg.query.engine import too_many_results

            raise too_many_results(max_rows, self.url)
        return result

    def _post(self, body: str, accept: str, timeout: float | None) -> tuple[str, bytes]:
        import http.client
        import urllib.error
        import urllib.parse
        import urllib.request

        data = urllib.parse.urlencode({"query": body}).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=data,
            method="POST",
            headers={
                "Accept": accept,
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "User-Agent": "kg-query",
            },
        )
        limit = f"the {timeout:g} s limit" if timeout else "the limit"
        knob = "timeout" if timeout else None
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                payload = response.read(MAX_ANSWER_BYTES + 1)
                if response.length:  # Content-Length promised more than came
                    raise http.client.IncompleteRead(payload, response.length)
                if len(payload) > MAX_ANSWER_BYTES:
                    raise DataError(
                        f"answer larger than {MAX_ANSWER_BYTES:,} bytes; refused", self.url
                    )
                return response.headers.get("Content-Type", ""), payload
        except http.client.IncompleteRead as exc:
            raise DataError(
                f"connection cut mid-answer ({len(exc.partial):,} bytes received)", self.url
            ) from None
        except http.client.RemoteDisconnected:
            message = "the endpoint closed the connection without answering"
            raise DataError(message, self.url) from None
        except http.client.HTTPException as exc:
            detail = " ".join(str(exc).split())[:80] or type(exc).__name__
            raise DataError(f"not a valid HTTP answer ({detail})", self.url) from None
        except urllib.error.HTTPError as exc:
            try:
                detail = _first_line(exc.read(4096))
            except (OSError, http.client.HTTPException):
                detail = ""
            message = f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
            if exc.code == 400:
                raise UsageError(f"the endpoint rejected the query: {message}", self.url) from None
            raise DataError(message, self.url) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, ConnectionRefusedError):
                raise DataError("connection refused (is the endpoint running?)", self.url) from None
            if isinstance(reason, TimeoutError):
                raise QueryTimedOut(
                    f"query timed out after {limit}", self.url, parameter=knob
                ) from None
            raise DataError(f"cannot reach the endpoint: {reason}", self.url) from None
        except TimeoutError:
            raise QueryTimedOut(
                f"query timed out after {limit}", self.url, parameter=knob
            ) from None
        except ConnectionError as exc:
            raise DataError(f"connection failed: {exc}", self.url) from None


def _first_line(payload: bytes) -> str:
    text = payload.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else ""
    return line[:300]


def parse_json_results(payload: bytes, url: str, name: str = "<query>") -> QueryResult:
    """Read W3C SPARQL 1.1 Query Results JSON (SELECT or ASK).

    Raises
    ------
    DataError
        If the payload is not such a document.
    """
    try:
        data = json.loads(payload.decode("utf-8"))
        if "boolean" in data:
            return QueryResult("ASK", boolean=bool(data["boolean"]), name=name)
        variables = list(data["head"]["vars"])
        rows = [
            {var: Term.from_json(value) for var, value in binding.items()}
            for binding in data["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"not valid SPARQL JSON results ({exc})", url) from None
    return QueryResult("SELECT", variables=variables, bindings=rows, name=name)


def parse_graph_results(
    payload: bytes, content_type: str, url: str, name: str = "<query>", form: str = "CONSTRUCT"
) -> QueryResult:
    """Read the triples of a CONSTRUCT or DESCRIBE answer (N-Triples, Turtle …).

    Raises
    ------
    DataError
        If the payload cannot be parsed.
    """
    import pyoxigraph as ox

    media = content_type.split(";")[0].strip()
    fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
    try:
        triples = sorted(
            {
                (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))
                for q in ox.parse(payload, format=fmt)
            }
        )
    except (SyntaxError, ValueError) as exc:
        raise DataError(f"cannot read the endpoint's {media} answer: {exc}", url) from None
    return QueryResult(form, triples=triples, name=name)
