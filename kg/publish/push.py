"""Upload the graph to a SPARQL 1.1 store (Graph Store HTTP Protocol).

The graph is split into named graphs (:func:`kg.publish.graphs.partition`:
one per source document, one for the ontology, one for minted entities); each
is *replaced* with ``PUT``, so pushing twice never duplicates a triple.

Nothing is half-replaced. With an update endpoint (SPARQL 1.1 Update; derived
from a store URL ending in ``/store`` as ``…/update``, as on Oxigraph) every
graph is first ``PUT`` to a staging graph (``<target>/staging``), read back
with ``GET`` and compared with what was sent, and only when all of them are in
place one update request ``MOVE <staging> TO <target> ; …`` swaps them in. A
store that runs an update request as one transaction (Oxigraph does) switches
all graphs at once; if the push stops before the ``MOVE``, the target graphs
keep their previous content and only staging graphs are left behind (the next
push overwrites them). Without an update endpoint (``direct=True``) each graph
is ``PUT`` straight to its target: each graph is replaced whole, but an
interrupted push leaves some graphs new and some old.

Credentials go in an ``Authorization`` header, Basic or HTTP Digest (RFC 7616,
as Virtuoso's ``/sparql-auth`` and ``/sparql-graph-crud-auth`` demand): before
the first request that carries a body, a bodiless ``GET`` learns which scheme
the store asks for (a store that refuses Basic may close the connection while
a large body is still being sent, which looked like "Broken pipe"). A 401
answer is reported as an authentication error (:class:`AuthenticationError`).
Credentials never appear in messages; URLs in messages have any
``user:password@`` part removed.
"""

from __future__ import annotations

import base64
import http.client
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import DataError, UsageError

NTRIPLES = "application/n-triples"
#: Largest answer read from a store, in bytes (a read-back is limited further).
MAX_ANSWER_BYTES = 1 << 30
_SAFE_IRI = re.compile(r"^[^\s<>\"{}|\\^`]+$")

Progress = Callable[[str, str], None]


class PushError(DataError):
    """The store refused, failed or could not be reached (exit 1)."""


class AuthenticationError(PushError):
    """The store answered 401: no credentials, or credentials it refused (exit 1)."""


def safe_url(url: str) -> str:
    """``url`` without any ``user:password@`` part, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def derive_endpoint(store_url: str, name: str) -> str | None:
    """``…/store`` → ``…/{name}`` (Oxigraph's layout); None when not derivable."""
    parts = urllib.parse.urlsplit(store_url)
    if not parts.path.rstrip("/").endswith("/store"):
        return None
    path = parts.path.rstrip("/")[: -len("store")] + name
    return urllib.parse.urlunsplit(parts._replace(path=path, query=""))


@dataclass
class HttpClient:
    """A small urllib client with timeouts, retries and redacted errors.

    Parameters
    ----------
    user, password : str, optional
        Basic authentication; the password is never put into a message.
    timeout : float
        Seconds per request.
    retries : int
        Extra attempts after a connection error, timeout or 5xx answer.
    backoff : float
        First wait between attempts in seconds; doubles each time.
    """

    user: str | None = None
    password: str | None = None
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    #: The store's Digest challenge, once learnt (None: Basic, or not asked yet).
    digest: dict[str, str] | None = field(default=None, repr=False)
    _probed: bool = field(default=False, repr=False)
    _answering: bool = field(default=False, repr=False)
    _digest_handler: urllib.request.HTTPDigestAuthHandler | None = field(default=None, repr=False)

    def _headers(self, headers: dict[str, str], req: urllib.request.Request) -> dict[str, str]:
        out = dict(headers)
        if self.user is not None and self.digest is not None:
            out["Authorization"] = self._digest_authorization(req)
        elif self.user is not None:
            token = f"{self.user}:{self.password or ''}".encode()
            out["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        return out

    def _digest_authorization(self, req: urllib.request.Request) -> str:
        """The ``Authorization: Digest …`` value for ``req`` (urllib computes it)."""
        if self._digest_handler is None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            parts = urllib.parse.urlsplit(req.full_url)
            root = f"{parts.scheme}://{parts.netloc}/"  # every path on the store
            passwords.add_password(None, root, self.user or "", self.password or "")
            self._digest_handler = urllib.request.HTTPDigestAuthHandler(passwords)
        value = self._digest_handler.get_authorization(req, dict(self.digest or {}))
        if value is None:  # urllib knows MD5 and SHA only
            algorithm = (self.digest or {}).get("algorithm", "MD5")
            raise AuthenticationError(f"unsupported HTTP Digest algorithm {algorithm!r}")
        return "Digest " + value

    def _learn_challenge(self, exc: urllib.error.HTTPError) -> bool:
        """Keep a Digest challenge from a 401; True when its nonce is new (worth one more try)."""
        header = exc.headers.get("WWW-Authenticate", "") if exc.headers else ""
        scheme, _, rest = header.strip().partition(" ")
        if self.user is None or scheme.lower() != "digest":
            return False
        challenge = urllib.request.parse_keqv_list(
            [item for item in urllib.request.parse_http_list(rest) if item]
        )
        old = self.digest
        self.digest = challenge
        return old is None or old.get("nonce") != challenge.get("nonce")

    def _probe(self, url: str) -> None:
        """A bodiless GET without credentials that learns the store's authentication scheme.

        Without credentials: Virtuoso answers a Basic header with a bare 401,
        with no challenge to answer.
        """
        self._probed = True
        req = urllib.request.Request(url, method="GET")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                resp.read(1 << 16)
        except urllib.error.HTTPError as exc:
            if exc.code == 401:
                self._learn_challenge(exc)
        except (OSError, http.client.HTTPException):
            pass  # the real request reports what is wrong

    def _auth_refused(self, url: str) -> bool:
        """True when a bodiless GET with the credentials is answered 401 (twice if a new nonce)."""
        for _ in range(2):
            req = urllib.request.Request(url, method="GET")
            req.headers.update(self._headers({}, req))
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                    resp.read(1 << 16)
                return False
            except urllib.error.HTTPError as exc:
                if exc.code != 401 or not self._learn_challenge(exc):
                    return exc.code == 401
            except (OSError, http.client.HTTPException):
                return False
        return True

    def _unauthorized(self, method: str, shown: str) -> AuthenticationError:
        if self.user is None:
            why = "the store needs a user name and password"
        else:
            why = f"the store refused user {self.user!r} (check the user name and password)"
        return AuthenticationError(
            self._clean(f"{method} {shown}: HTTP 401 Unauthorized: {why}"), parameter="credentials"
        )

    def _clean(self, message: str) -> str:
        if self.password:
            message = message.replace(self.password, "***")
        return " ".join(message.split())

    def request(
        self,
        method: str,
        url: str,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        max_bytes: int = MAX_ANSWER_BYTES,
        *,
        retries: int | None = None,
        accept: tuple[int, ...] = (),
    ) -> tuple[int, str, bytes]:
        """Send one request; return ``(status, content type, body)``.

        Connection errors, timeouts, answers cut short or garbled, and 5xx
        answers are retried (``retries`` times; default the client's); a 4xx
        answer or one larger than ``max_bytes`` is not. An error status listed
        in ``accept`` is returned like a success.

        Raises
        ------
        PushError
            After the last attempt, or at once for a 4xx or oversized answer.
        """
        shown = safe_url(url)
        last = ""
        if self.user is not None and not self._probed:
            self._probe(url)
        retries = self.retries if retries is None else retries
        for attempt in range(retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=data, method=method)
            req.headers.update(self._headers(headers or {}, req))
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                    return self._read_answer(resp, f"{method} {shown}", max_bytes)
            except urllib.error.HTTPError as exc:
                if exc.code in accept:
                    return exc.code, exc.headers.get("Content-Type", ""), b""
                try:
                    body = exc.read(300).decode("utf-8", "replace")
                except (OSError, http.client.HTTPException):
                    body = ""
                last = f"{method} {shown}: HTTP {exc.code} {exc.reason}: {body}".rstrip(": ")
                if exc.code == 401:
                    if not self._answering and self._learn_challenge(exc):
                        self._answering = True  # one more try, with the challenge answered
                        try:
                            return self.request(method, url, data, headers, max_bytes)
                        finally:
                            self._answering = False
                    raise self._unauthorized(method, shown) from None
                if exc.code < 500:
                    raise PushError(self._clean(last)) from None
            except http.client.IncompleteRead as exc:
                last = (
                    f"{method} {shown}: connection cut mid-answer "
                    f"({len(exc.partial):,} bytes received)"
                )
            except http.client.RemoteDisconnected:
                last = f"{method} {shown}: the store closed the connection without answering"
            except http.client.HTTPException as exc:
                detail = " ".join(str(exc).split())[:80] or type(exc).__name__
                last = f"{method} {shown}: not a valid HTTP answer ({detail})"
            except TimeoutError:
                last = f"{method} {shown}: timed out after {self.timeout:g} s"
            except urllib.error.URLError as exc:
                last = self._url_error(exc, method, url, data)
            except (ConnectionError, OSError) as exc:
                last = f"{method} {shown}: connection failed: {exc.strerror or exc}"
        tries = retries + 1
        raise PushError(self._clean(f"{last} ({tries} attempt{'s' if tries > 1 else ''})"))

    def _read_answer(
        self, resp: http.client.HTTPResponse, what: str, max_bytes: int
    ) -> tuple[int, str, bytes]:
        """Read a successful answer of at most ``max_bytes`` bytes.

        Parameters
        ----------
        resp : http.client.HTTPResponse
            The open answer.
        what : str
            ``"METHOD url"``, for messages.
        max_bytes : int
            The largest body accepted.

        Returns
        -------
        (int, str, bytes)
            Status, content type and body.

        Raises
        ------
        http.client.IncompleteRead
            When the body is shorter than its Content-Length (retried).
        PushError
            When the body is larger than ``max_bytes`` (not retried).
        """
        body = resp.read(max_bytes + 1)
        if resp.length:  # Content-Length promised more than came
            raise http.client.IncompleteRead(body, resp.length)
        if len(body) > max_bytes:
            raise PushError(self._clean(f"{what}: answer larger than {max_bytes:,} bytes; refused"))
        return resp.status, resp.headers.get("Content-Type", ""), body

    def _url_error(
        self, exc: urllib.error.URLError, method: str, url: str, data: bytes | None
    ) -> str:
        """The message for a request that could not connect (to retry).

        Parameters
        ----------
        exc : urllib.error.URLError
            The error.
        method, url : str
            The request.
        data : bytes or None
            Its body: a store that refuses the credentials (or their absence)
            may answer 401 and close before reading it, so a closed connection
            with a body is asked again without one to tell.

        Returns
        -------
        str
            What went wrong, for the final message.

        Raises
        ------
        PushError
            When the store refused the credentials.
        """
        shown = safe_url(url)
        reason = exc.reason
        closed = isinstance(reason, BrokenPipeError | ConnectionResetError)
        if closed and data and self._auth_refused(url):
            raise self._unauthorized(method, shown) from None
        if isinstance(reason, ConnectionRefusedError):
            return f"{method} {shown}: connection refused (is the store running?)"
        if isinstance(reason, TimeoutError):
            return f"{method} {shown}: timed out after {self.timeout:g} s"
        cause = getattr(reason, "strerror", None) or reason
        return f"{method} {shown}: cannot connect: {cause}"


@dataclass
class PushResult:
    """What :func:`push_graph` did: the graphs replaced and how."""

    store: str
    graphs: list[tuple[str, int]] = field(default_factory=list)
    staged: bool = True

    @property
    def triples(self) -> int:
        """Triples sent, over all graphs."""
        return sum(n for _, n in self.graphs)


def _take_credentials(url: str, client: HttpClient) -> str:
    """Move ``user:password@`` from ``url`` into ``client`` (unless it has a user); strip it."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url
    if client.user is None:
        client.user = urllib.parse.unquote(parts.username)
        client.password = urllib.parse.unquote(parts.password or "")
    return safe_url(url)


def _graph_url(store: str, iri: str) -> str:
    sep = "&" if "?" in store else "?"
    return f"{store}{sep}graph={urllib.parse.quote(iri, safe='')}"


def _iri_ref(iri: str) -> str:
    if not _SAFE_IRI.match(iri):
        raise UsageError(f"not a safe IRI for a SPARQL update: {iri!r}")
    return f"<{iri}>"


def _ntriples(triples: list) -> bytes:  # noqa: ANN001
    import pyoxigraph as ox

    from kg.publish.export import oxigraph_triples

    return ox.serialize(oxigraph_triples(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def _put_and_check(client: HttpClient, store: str, iri: str, data: bytes, expected: int) -> None:

    url = _graph_url(store, iri)
    client.request("PUT", url, data, {"Content-Type": NTRIPLES})
    # What comes back is the same triples; allow for other escaping, refuse more.
    limit = 8 * len(data) + 1_000_000
    _, ctype, body = client.request("GET", url, None, {"Accept": NTRIPLES}, max_bytes=limit)
    media = ctype.split(";")[0].strip().lower()
    if media not in (NTRIPLES, "text/plain"):
        raise PushError(
            f"GET {safe_url(url)}: expected {NTRIPLES}, got content type {media or 'none'!r}"
        )
    got = _count_triples(body, url)
    if got != expected:
        raise PushError(f"GET {safe_url(url)}: store holds {got} triples, {expected} were sent")


def push_graph(
    graph: Graph,
    store: str,
    *,
    update: str | None = None,
    direct: bool = False,
    client: HttpClient | None = None,
    progress: Progress | None = None,
    ontology_dir: str | Path | None = None,
) -> PushResult:
    """Replace the graph's named graphs on a Graph Store (see the module docstring).

    Parameters
    ----------
    graph : rdflib.Graph
        The whole graph, as ``kg build`` writes it (not modified).
    store : str
        Graph Store endpoint, e.g. ``http://127.0.0.1:7878/store``.
    update : str, optional
        SPARQL Update endpoint for the staging swap; derived from ``store``
        when it ends in ``/store``.
    direct : bool
        PUT straight to the target graphs (no staging, no update endpoint).
    client : HttpClient, optional
        Transport settings (credentials, timeout, retries).
    progress : callable, optional
        Called as ``progress(step, graph_iri)`` after each step
        (``staged``, ``replaced``).
    ontology_dir : str or Path, optional
        The ontology folder, which decides the ontology's named graph
        (:func:`kg.publish.graphs.partition`); defaults to
        :func:`kg.ontology.default_ontology_dir`.

    Returns
    -------
    PushResult

    Raises
    ------
    PushError
        When the store refuses, fails or cannot be reached; one line, no credentials.
    UsageError
        When no update endpoint is known and ``direct`` is not set.
    """
    from kg.publish.graphs import partition

    if not store.startswith(("http://", "https://")):
        raise UsageError(f"store URL must start with http:// or https://: {safe_url(store)}")
    client = client or HttpClient()
    store = _take_credentials(store, client)
    if update:
        update = _take_credentials(update, client)
    update = update or (None if direct else derive_endpoint(store, "update"))
    if not direct and update is None:
        raise UsageError(
            f"no SPARQL update endpoint for {safe_url(store)}: give one, or PUT each graph "
            "in place without staging (direct)",
            parameter="update",
        )
    parts = partition(graph, ontology_dir)
    result = PushResult(safe_url(store), staged=not direct)
    moves = []
    for iri, triples in parts.items():
        target = str(iri)
        destination = target if direct else f"{target}/staging"
        _put_and_check(client, store, destination, _ntriples(triples), len(triples))
        result.graphs.append((target, len(triples)))
        if direct:
            if progress:
                progress("replaced", target)
        else:
            moves.append(f"MOVE {_iri_ref(destination)} TO {_iri_ref(target)}")
            if progress:
                progress("staged", target)
    if moves:
        _move_into_place(client, store, update, moves, result.graphs)  # type: ignore[arg-type]
        if progress:
            for target, _ in result.graphs:
                progress("replaced", target)
    return result


def _move_into_place(
    client: HttpClient, store: str, update: str, moves: list[str], graphs: list[tuple[str, int]]
) -> None:
    """Send the MOVE update; when its answer is lost, read the store to learn what happened.

    A store can apply the update and still fail to answer (a 500 after the
    commit, a reply after the time limit). Sending the MOVE again would then
    fail ("staging graph does not exist") although the push succeeded. So the
    MOVE is sent once per attempt, and after a failure the store is asked:
    staging graphs gone and targets holding what was sent means it was applied
    (success); staging graphs all still there means it was not (try again);
    anything else is reported as it is.

    Raises
    ------
    PushError
        When the MOVE was not applied after the last attempt, or the store is
        in a state that is neither before nor after it.
    """
    body = (" ;\n".join(moves) + "\n").encode("utf-8")
    for attempt in range(client.retries + 1):
        if attempt:
            client.sleep(client.backoff * 2 ** (attempt - 1))
        try:
            client.request(
                "POST", update, body, {"Content-Type": "application/sparql-update"}, retries=0
            )
            return
        except PushError as exc:
            failure = exc
        state = _settled_state(client, store, graphs)
        if state == "applied":
            return
        if state != "pending":
            raise PushError(f"{failure.message}; afterwards the store holds {state}") from None
    raise failure


def _settled_state(client: HttpClient, store: str, graphs: list[tuple[str, int]]) -> str:
    """:func:`_swap_state`, asked again (with backoff) while the store may still be applying."""
    state = _swap_state(client, store, graphs)
    for attempt in range(client.retries):
        if state in ("applied", "pending"):
            break
        client.sleep(client.backoff * 2**attempt)
        state = _swap_state(client, store, graphs)
    return state


def _swap_state(client: HttpClient, store: str, graphs: list[tuple[str, int]]) -> str:
    """``applied``, ``pending`` (nothing moved yet) or a description of a mixed state."""
    moved, waiting, other = 0, 0, []
    for target, expected in graphs:
        staged = _graph_size(client, _graph_url(store, f"{target}/staging"))
        held = _graph_size(client, _graph_url(store, target))
        if staged == 0 and held == expected:
            moved += 1
        elif staged == expected:
            waiting += 1
        else:
            other.append(target)
    if moved == len(graphs):
        return "applied"
    if waiting == len(graphs):
        return "pending"
    return (
        f"{moved} graph(s) moved, {waiting} still staged, {len(other)} in neither state "
        "(push again to repair)"
    )


def _graph_size(client: HttpClient, url: str) -> int:
    """Triples in the graph at ``url`` (0 when the store has no such graph)."""
    status, _, body = client.request("GET", url, None, {"Accept": NTRIPLES}, accept=(404,))
    return 0 if status == 404 else _count_triples(body, url)


def _count_triples(body: bytes, url: str) -> int:
    """Distinct triples in an N-Triples answer from ``url``."""
    import pyoxigraph as ox

    try:
        return len(set(ox.parse(body, format=ox.RdfFormat.N_TRIPLES)))
    except (SyntaxError, ValueError) as exc:
        message = f"GET {safe_url(url)}: store returned unparseable N-Triples: {exc}"
        raise PushError(message) from None
