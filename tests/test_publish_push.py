"""`push_graph` against a real Oxigraph server, and error handling against fake servers.

The Oxigraph tests start ``oxigraph serve`` (PyPI package ``oxigraph``) on a
free loopback port with an on-disk store in a tmp folder.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, URIRef

from kg.errors import UsageError
from kg.namespaces import DEFAULT_BASE, KG
from kg.publish.push import (
    AuthenticationError,
    HttpClient,
    PushError,
    derive_endpoint,
    push_graph,
    safe_url,
)
from tests.server_support import (  # noqa: F401 - oxigraph is a fixture
    OxigraphServer,
    free_port,
    needs_oxigraph,
    oxigraph,
)

pytestmark = pytest.mark.server

DOC_GRAPH = DEFAULT_BASE + "graph/document/brunssum"
PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX problem: <{DEFAULT_BASE}concept/problem/>\n"


def local_store(graph: Graph) -> ox.Store:
    from kg.publish.export import serialize

    store = ox.Store()
    store.load(serialize(graph, "nq"), format=ox.RdfFormat.N_QUADS)
    return store


def fast_client(**kwargs) -> HttpClient:  # noqa: ANN003
    return HttpClient(timeout=10, retries=0, backoff=0.01, **kwargs)


@needs_oxigraph
def test_push_query_remotely_and_push_again_without_doubling(oxigraph, graph):  # noqa: F811
    result = push_graph(graph, f"{oxigraph.base}/store", client=fast_client())
    assert result.staged
    counts = oxigraph.graph_counts()
    assert counts == dict(result.graphs)
    assert sum(counts.values()) >= len(graph)
    assert not any(name.endswith("/staging") for name in counts)

    query = PREFIXES + (
        "SELECT DISTINCT ?m ?p WHERE { GRAPH ?g { ?f kg:aboutMunicipality ?m ; "
        "kg:concernsProblem ?p } FILTER (?p IN (problem:privacy-rules, problem:care-avoiders)) }"
    )
    remote = {(row["m"]["value"], row["p"]["value"]) for row in oxigraph.query(query)}
    local = {(s["m"].value, s["p"].value) for s in local_store(graph).query(query)}
    assert remote == local
    brunssum, bunschoten = (
        DEFAULT_BASE + "id/municipality/brunssum",
        DEFAULT_BASE + "id/municipality/bunschoten",
    )
    for muni in (brunssum, bunschoten):
        for problem in ("privacy-rules", "care-avoiders"):
            assert (muni, DEFAULT_BASE + "concept/problem/" + problem) in remote

    maastricht = DEFAULT_BASE + "id/municipality/maastricht"
    cooperation = f"ASK {{ GRAPH ?g {{ <{brunssum}> <{KG}cooperatesWith> <{maastricht}> }} }}"
    assert oxigraph.ask(cooperation) is True

    push_graph(graph, f"{oxigraph.base}/store", client=fast_client())
    assert oxigraph.graph_counts() == counts


@needs_oxigraph
def test_server_stopped_mid_push_leaves_previous_graphs_intact(oxigraph, graph):  # noqa: F811
    push_graph(graph, f"{oxigraph.base}/store", client=fast_client())
    before = oxigraph.graph_counts()

    changed = Graph()
    changed += graph
    finding = sorted(changed.subjects(RDF.type, URIRef(KG + "Finding")))[0]
    changed.remove((finding, None, None))
    steps = []

    def stop_after_first_graph(step: str, iri: str) -> None:
        steps.append((step, iri))
        if len(steps) == 1:
            oxigraph.stop()

    with pytest.raises(PushError) as err:
        push_graph(
            changed, f"{oxigraph.base}/store", client=fast_client(), progress=stop_after_first_graph
        )
    message = str(err.value)
    assert "connection refused" in message and "\n" not in message
    assert steps == [("staged", DOC_GRAPH)]

    oxigraph.start()
    after = {
        name: n for name, n in oxigraph.graph_counts().items() if not name.endswith("/staging")
    }
    assert after == before
    push_graph(changed, f"{oxigraph.base}/store", client=fast_client())
    final = oxigraph.graph_counts()
    assert final[DOC_GRAPH] < before[DOC_GRAPH]
    assert not any(name.endswith("/staging") for name in final)


@needs_oxigraph
def test_direct_mode_replaces_in_place(oxigraph, graph):  # noqa: F811
    result = push_graph(graph, f"{oxigraph.base}/store", direct=True, client=fast_client())
    assert not result.staged
    assert oxigraph.graph_counts() == dict(result.graphs)


def test_refused_connection_is_one_line_after_retries(graph):
    waits: list[float] = []
    client = HttpClient(timeout=2, retries=2, backoff=0.5, sleep=waits.append)
    with pytest.raises(PushError, match=r"connection refused .*\(3 attempts\)$"):
        push_graph(graph, f"http://127.0.0.1:{free_port()}/store", client=client)
    assert waits == [0.5, 1.0]


class FakeStore(BaseHTTPRequestHandler):
    """Answers every request with the class's configured status/body; records headers."""

    status = 500
    body = b"internal trouble"
    ctype = "text/plain"
    delay = 0.0
    seen: list

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def _answer(self) -> None:
        self.seen.append((self.command, self.path, dict(self.headers)))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        time.sleep(self.delay)
        try:
            self.send_response(self.status)
            self.send_header("Content-Type", self.ctype)
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    do_GET = do_PUT = do_POST = _answer  # noqa: N815


@pytest.fixture()
def fake_store():
    def start(**attrs):  # noqa: ANN003, ANN202
        handler = type("Handler", (FakeStore,), {"seen": [], **attrs})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/store", handler.seen

    servers: list = []
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_server_error_is_retried_then_reported_with_body_excerpt(fake_store, graph):
    url, seen = fake_store(status=503, body=b"<html>store is overloaded</html>")
    waits: list[float] = []
    client = HttpClient(retries=3, backoff=0.1, sleep=waits.append)
    with pytest.raises(PushError) as err:
        push_graph(graph, url, client=client)
    assert "HTTP 503" in str(err.value) and "store is overloaded" in str(err.value)
    assert len(seen) == 4 and waits == [0.1, 0.2, 0.4]


@pytest.mark.parametrize("in_url", [False, True])
def test_client_error_is_not_retried_and_credentials_never_shown(fake_store, graph, in_url):
    import base64

    secret = "s3cr3t-pass"
    url, seen = fake_store(status=401, body=f"bad credentials for {secret}".encode())
    if in_url:
        client = HttpClient(retries=3, sleep=lambda s: None)
        url = url.replace("http://", f"http://alice:{secret}@")
    else:
        client = HttpClient(user="alice", password=secret, retries=3, sleep=lambda s: None)
    with pytest.raises(PushError) as err:
        push_graph(graph, url, client=client)
    assert "HTTP 401 Unauthorized: the store refused user 'alice'" in str(err.value)
    assert isinstance(err.value, AuthenticationError)
    assert secret not in str(err.value) and "alice:" not in str(err.value)
    # First a GET without credentials learns the scheme (no Digest challenge here),
    # then one PUT with Basic credentials, not retried.
    probe, *sent = seen
    assert probe[0] == "GET" and "Authorization" not in probe[2]
    assert len(sent) == 1
    expected = "Basic " + base64.b64encode(f"alice:{secret}".encode()).decode()
    assert sent[0][2]["Authorization"] == expected


def test_wrong_content_type_on_read_back(fake_store, graph):
    url, _ = fake_store(status=200, body=b"<html>hello</html>", ctype="text/html")
    with pytest.raises(
        PushError, match="expected application/n-triples, got content type 'text/html'"
    ):
        push_graph(graph, url, client=fast_client())


def test_timeout_is_reported(fake_store, graph):
    url, _ = fake_store(status=200, delay=1.0)
    client = HttpClient(timeout=0.2, retries=0)
    with pytest.raises(PushError, match="timed out after 0.2 s"):
        push_graph(graph, url, client=client)


def test_no_update_endpoint_needs_direct_or_update(graph):
    with pytest.raises(UsageError, match="no SPARQL update endpoint"):
        push_graph(graph, "http://127.0.0.1:1/gsp", client=fast_client())
    with pytest.raises(UsageError, match="must start with http"):
        push_graph(graph, "ftp://example.org/store")


def test_url_helpers():
    assert safe_url("http://bob:pw@host:7878/store?x=1") == "http://host:7878/store?x=1"
    assert derive_endpoint("http://h:1/store", "update") == "http://h:1/update"
    assert derive_endpoint("http://h:1/db/store/", "query") == "http://h:1/db/query"
    assert derive_endpoint("http://h:1/gsp", "update") is None


def test_the_ontology_folder_is_a_parameter_read_before_any_request(graph, tmp_path):
    missing = tmp_path / "no-ontology-here"
    with pytest.raises(UsageError, match="ontology folder not found") as caught:
        push_graph(graph, "http://127.0.0.1:1/store", direct=True, ontology_dir=missing)
    assert "no-ontology-here" in str(caught.value)
