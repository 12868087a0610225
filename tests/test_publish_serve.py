"""The local read-only SPARQL endpoint, through real HTTP requests on a free port."""

from __future__ import annotations

import json
import os
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.namespaces import DEFAULT_BASE, KG
from kg.publish.serve import create_server
from tests.query_support import children_of

pytestmark = pytest.mark.server

BRUNSSUM = DEFAULT_BASE + "id/municipality/brunssum"


@pytest.fixture(scope="module")
def server(graph_path, tmp_path_factory):
    maps = tmp_path_factory.mktemp("maps")
    (maps / "network.html").write_text("<html>map</html>", encoding="utf-8")
    (maps.parent / "secret.txt").write_text("do not serve", encoding="utf-8")
    srv = create_server(graph_path, "127.0.0.1", 0, maps_dir=maps)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def get(server, path: str, accept: str = "") -> tuple[int, str, bytes]:  # noqa: ANN001
    host, port = server.server_address[:2]
    req = urllib.request.Request(
        f"http://{host}:{port}{path}", headers={"Accept": accept} if accept else {}
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def post(server, path: str, body: bytes, ctype: str) -> tuple[int, bytes]:  # noqa: ANN001
    host, port = server.server_address[:2]
    req = urllib.request.Request(
        f"http://{host}:{port}{path}", data=body, headers={"Content-Type": ctype}
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def query_path(sparql: str) -> str:
    return "/query?" + urllib.parse.urlencode({"query": sparql})


def test_select_over_http_matches_the_graph(server, graph):
    sparql = f"SELECT ?o WHERE {{ <{BRUNSSUM}> <{KG}cooperatesWith> ?o }}"
    status, ctype, body = get(server, query_path(sparql))
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    values = {row["o"]["value"] for row in json.loads(body)["results"]["bindings"]}
    from rdflib import URIRef

    assert values == {
        str(o) for o in graph.objects(URIRef(BRUNSSUM), URIRef(KG + "cooperatesWith"))
    }
    assert DEFAULT_BASE + "id/municipality/maastricht" in values


def test_post_forms_csv_and_construct(server):
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?f a <{KG}Finding> }}"
    status, body = post(server, "/query", sparql.encode(), "application/sparql-query")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0
    status, ctype, body = get(server, query_path(sparql), accept="text/csv")
    assert status == 200 and ctype.startswith("text/csv") and body.splitlines()[0] == b"n"
    form = urllib.parse.urlencode(
        {"query": f"CONSTRUCT {{ <{BRUNSSUM}> ?p ?o }} WHERE {{ <{BRUNSSUM}> ?p ?o }}"}
    )
    status, body = post(server, "/sparql", form.encode(), "application/x-www-form-urlencoded")
    assert status == 200 and body.count(b"\n") >= 3


def test_updates_are_refused(server):
    update = f"INSERT DATA {{ <{BRUNSSUM}> <{KG}note> 'x' }}"
    assert post(server, "/update", update.encode(), "application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert post(server, "/query", form, "application/x-www-form-urlencoded")[0] == 403
    status, _, body = get(server, query_path(update))
    assert status == 403 and b"INSERT is an update" in body
    status, _, body = get(server, query_path(f"ASK {{ <{BRUNSSUM}> <{KG}note> 'x' }}"))
    assert json.loads(body)["boolean"] is False


def test_service_is_refused(server):
    sparql = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    status, _, body = get(server, query_path(sparql))
    assert status == 403 and b"SERVICE would send a request" in body


@pytest.mark.parametrize(
    "sparql",
    [
        # A codepoint escape turns "<urn:a\u0041#>" into an IRI, not a comment.
        "SELECT * WHERE { BIND(<urn:a\\u0041#> AS ?x) SERVICE <http://127.0.0.1:1/x> {?s ?p ?o} }",
        # A prefixed name may contain an escaped "#".
        "PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\#b AS ?x) "
        "SERVICE <http://127.0.0.1:1/internal> {?s ?p ?o} }",
    ],
)
def test_hidden_service_is_refused(server, sparql):
    status, _, body = get(server, query_path(sparql))
    assert status == 403 and b"SERVICE" in body


def test_docs_maps_graph_and_void(server, graph_path):
    status, ctype, body = get(server, "/docs/ontology.html")
    assert status == 200 and ctype.startswith("text/html") and b"kg:Finding" in body
    assert get(server, "/maps/network.html")[2] == b"<html>map</html>"
    assert get(server, "/maps/../secret.txt")[0] == 404
    assert get(server, "/maps/%2e%2e/secret.txt")[0] == 404
    assert get(server, "/kg.ttl")[2] == graph_path.read_bytes()
    status, _, void = get(server, "/void.ttl")
    assert status == 200 and server.endpoint.encode() in void
    status, _, index = get(server, "/")
    assert b"network.html" in index and b"/docs/ontology.html" in index
    assert get(server, "/nothing")[0] == 404


def test_malformed_query_is_400(server):
    status, _, body = get(server, query_path("SELEKT nonsense"))
    assert status == 400 and body.startswith(b"malformed query")


def test_unreadable_graph_is_a_data_error(tmp_path):
    from kg.errors import DataError

    bad = tmp_path / "kg.ttl"
    bad.write_text("not turtle <", encoding="utf-8")
    with pytest.raises(DataError, match="cannot load graph"):
        create_server(bad, "127.0.0.1", 0)


def _limited_server(graph_path, **limits):  # noqa: ANN001, ANN003, ANN202
    srv = create_server(graph_path, "127.0.0.1", 0, **limits)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def test_a_result_over_the_size_limit_is_refused_and_smaller_ones_still_answered(graph_path):
    srv = _limited_server(graph_path, max_result_mb=0.05)  # 50 kB
    try:
        status, _, body = get(srv, query_path("SELECT * WHERE { ?s ?p ?o }"), "text/csv")
        assert status == 400
        assert body.decode().startswith("result larger than the server's 0.05 MB limit")
        status, _, body = get(srv, query_path("CONSTRUCT WHERE { ?s ?p ?o }"))
        assert status == 400 and b"0.05 MB limit" in body
        small = "SELECT ?s WHERE { ?s a <" + KG + "Municipality> } ORDER BY ?s"
        status, _, body = get(srv, query_path(small), "text/csv")
        assert status == 200
        lines = body.decode().splitlines()
        assert lines[0] == "s"
        assert {BRUNSSUM, DEFAULT_BASE + "id/municipality/bunschoten"} <= set(lines[1:])
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_query_over_the_time_limit_gets_503_and_its_worker_stops(graph_path):
    import time

    srv = _limited_server(graph_path, timeout=0.3, max_result_mb=0)
    try:
        # ~10^8 rows, streamed: far more than 0.3 s of work, and no size limit to stop it.
        slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
        others = set(children_of(os.getpid()))  # an Oxigraph server, a browser …
        started = time.monotonic()
        status, _, body = get(srv, query_path(slow), "text/csv")
        assert status == 503
        assert body.decode().strip() == "query timed out after the server's 0.3 s limit"
        assert time.monotonic() - started < 20
        # The worker process was killed and reaped before the answer was sent.
        assert set(children_of(os.getpid())) - others == set()
        status, _, _ = get(srv, query_path("ASK { ?s ?p ?o }"))
        assert status == 200
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_query_over_the_memory_limit_gets_422_and_the_server_goes_on(graph_path):
    from kg.publish.serve import create_server as make

    srv = make(graph_path, "127.0.0.1", 0, timeout=120, max_result_mb=0, max_memory_mb=300)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        # The reproduction of issue 15: 3.1 GB with only a time limit.
        big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
        status, _, body = get(srv, query_path(big), "text/csv")
        assert status == 422
        assert body.decode().startswith("query needed more than the server's 300 MB memory limit")
        assert get(srv, query_path("ASK { ?s ?p ?o }"))[0] == 200
    finally:
        srv.shutdown()
        srv.server_close()


def test_no_limits_when_both_are_zero(graph_path):
    srv = _limited_server(graph_path, timeout=0, max_result_mb=0)
    try:
        assert srv.timeout is None and srv.max_result_bytes is None
        status, _, body = get(srv, query_path("SELECT * WHERE { ?s ?p ?o }"), "text/csv")
        assert status == 200 and len(body.splitlines()) > 10_000
    finally:
        srv.shutdown()
        srv.server_close()


def test_the_ontology_page_is_built_on_first_request(graph_path, tmp_path):
    """Start-up does not read the ontology folder; a broken one is answered with 500."""
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    (ontology / "kg.ttl").write_text("this is not turtle", encoding="utf-8")
    srv = create_server(graph_path, "127.0.0.1", 0, ontology_dir=ontology)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        assert callable(srv._docs)
        status, _, body = get(srv, "/docs/ontology.html")
        assert status == 500 and b"cannot parse ontology file" in body
        (ontology / "kg.ttl").write_text(
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
            "<https://example.org/def> a owl:Ontology .\n",
            encoding="utf-8",
        )
        status, ctype, body = get(srv, "/docs/ontology.html")
        assert status == 200 and ctype.startswith("text/html")
        assert srv.docs() is srv.docs()
    finally:
        srv.shutdown()
        srv.server_close()
