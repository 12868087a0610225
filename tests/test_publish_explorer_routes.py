"""The explorer over HTTP: dereferenceable IRIs, findings browser, REST API, editor page."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from explorer_support import get, start, stop

from kg.namespaces import CONCEPT, ID, KG

BRUNSSUM = ID + "municipality/brunssum"
NEGATIVE = CONCEPT + "polarity/negative"


@pytest.fixture(scope="module")
def server(graph_path):
    srv = start(graph_path)
    yield srv
    stop(srv)


def parse(body: bytes, fmt: object) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)}


def test_a_data_iri_answers_html_for_browsers_with_its_findings(server):
    status, headers, body = get(server, "/id/municipality/brunssum", "text/html,*/*;q=0.8")
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert headers["vary"] == "Accept"
    assert "<h1>Brunssum</h1>" in page
    assert "GM0899" in page and "https://identifier.overheid.nl/tooi/id/gemeente/gm0899" in page
    assert page.count('class="kg-finding"') > 10
    assert "/source/brunssum#s-" in page
    assert "default-src 'self'" in headers["content-security-policy"]


@pytest.mark.parametrize(
    ("accept", "query", "fmt", "media"),
    [
        ("text/turtle", "", ox.RdfFormat.TURTLE, "text/turtle"),
        ("application/n-triples", "", ox.RdfFormat.N_TRIPLES, "application/n-triples"),
        ("text/html", "?format=ttl", ox.RdfFormat.TURTLE, "text/turtle"),
        ("text/html", "?format=nt", ox.RdfFormat.N_TRIPLES, "application/n-triples"),
        ("application/ld+json", "", ox.RdfFormat.JSON_LD, "application/ld+json"),
    ],
)
def test_machines_get_the_description_in_both_directions(server, accept, query, fmt, media):
    status, headers, body = get(server, "/id/municipality/brunssum" + query, accept)
    assert status == 200 and headers["content-type"].startswith(media)
    triples = parse(body, fmt)
    town = ox.NamedNode(BRUNSSUM)
    assert (town, ox.NamedNode(KG + "cbsCode"), ox.Literal("GM0899")) in triples
    incoming = {t for t in triples if t[2] == town}
    assert any(t[1] == ox.NamedNode(KG + "aboutMunicipality") for t in incoming)
    labels = {t[2] for t in triples if t[0] == town and t[1].value.endswith("prefLabel")}
    assert {label.language for label in labels} == {"nl", "en"}


def test_concepts_and_the_ontology_dereference(server):
    status, _, body = get(server, "/concept/law/jeugdwet")
    assert status == 200 and "wetten.overheid.nl/BWBR0034925" in body.decode()
    status, _, body = get(server, "/def", "text/turtle")
    triples = parse(body, ox.RdfFormat.TURTLE)
    assert (
        ox.NamedNode(KG + "Finding"),
        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("http://www.w3.org/2002/07/owl#Class"),
    ) in triples
    status, _, body = get(server, "/def")
    assert 'id="Finding"' in body.decode()


def test_unknown_iris_and_unacceptable_types_are_refused(server):
    assert get(server, "/id/municipality/atlantis")[0] == 404
    assert get(server, "/id/municipality/brunssum", "image/png")[0] == 406
    assert get(server, "/id/municipality/brunssum?format=xls")[0] == 406


@pytest.mark.parametrize("path", ["/id/%ZZ", "/id/a%20b", "/id/a%7Cb", "/concept/%C3", "/id/%ff"])
def test_a_path_that_is_no_iri_is_not_found(server, path):
    status, headers, body = get(server, path, "text/html")
    assert status == 404 and b"Traceback" not in body


def test_a_finding_page_shows_the_quote_and_leads_to_its_sentence(server):
    finding = next(
        f for f in server.explorer.index.findings if f.document == "brunssum" and f.quote
    )
    path = finding.iri[len(ID) - len("id/") - 1 :]
    status, _, body = get(server, path)
    page = body.decode()
    assert status == 200
    anchor = f"/source/brunssum#s-{finding.start}-{finding.end}"
    assert anchor in page
    status, _, source = get(server, "/source/brunssum")
    assert status == 200 and f'id="s-{finding.start}-{finding.end}"' in source.decode()


def test_findings_search_and_facets_combine(server):
    index = server.explorer.index
    everything = get(server, "/findings?format=json")[2]
    total = json.loads(everything)["total"]
    assert total == len(index) > 100
    negative = json.loads(get(server, f"/findings?format=json&tone={NEGATIVE}")[2])
    assert 0 < negative["total"] < total
    assert all(row["tone"] == NEGATIVE for row in negative["rows"])
    both = json.loads(
        get(server, f"/findings?format=json&tone={NEGATIVE}&municipality={BRUNSSUM}")[2]
    )
    assert 0 < both["total"] < negative["total"]
    assert all(row["municipality"] == BRUNSSUM for row in both["rows"])
    word = json.loads(get(server, "/findings?format=json&q=GEMEENTE")[2])
    assert word["rows"] and all("gemeente" in row["quote"].lower() for row in word["rows"])


def test_findings_csv_has_the_same_rows_as_json(server):
    query = f"/findings?q=zorg&tone={NEGATIVE}"
    rows = list(csv.DictReader(io.StringIO(get(server, query + "&format=csv")[2].decode())))
    data = json.loads(get(server, query + "&format=json")[2])
    assert [r["finding"] for r in rows] == [r["finding"] for r in data["rows"]]
    assert len(rows) == data["total"]


def test_the_findings_page_counts_facets_and_pages(server):
    page = get(server, "/findings")[2].decode()
    assert 'data-facet="tone"' in page and 'rel="next"' in page
    second = get(server, "/findings?page=2")[2].decode()
    assert 'rel="prev"' in second


def test_the_library_is_listed_and_described_in_openapi(server):
    listing = json.loads(get(server, "/api/queries")[2])
    names = {q["name"] for q in listing}
    assert "problems-of-municipality" in names
    doc = json.loads(get(server, "/openapi.json")[2])
    assert doc["openapi"].startswith("3.")
    assert {p.rsplit("/", 1)[-1] for p in doc["paths"]} >= names
    op = doc["paths"]["/api/queries/problems-of-municipality"]["get"]
    param = op["parameters"][0]
    assert param["name"] == "municipality" and param["schema"]["default"].startswith("http")
    assert op["summary"] and op["description"]
    page = get(server, "/api")[2].decode()
    assert "/api/queries/problems-of-municipality" in page


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
    ],
)
def test_a_library_query_runs_with_bound_parameters(server, accept, media):
    status, headers, body = get(
        server, "/api/queries/problems-of-municipality?municipality=Brunssum", accept
    )
    assert status == 200 and headers["content-type"].startswith(media)
    assert BRUNSSUM in body.decode()
    other = get(server, "/api/queries/problems-of-municipality?municipality=Bunschoten", accept)
    assert BRUNSSUM not in other[2].decode()


def test_construct_queries_answer_turtle_or_json_ld(server):
    status, headers, body = get(
        server, "/api/queries/describe-entity?entity=Brunssum", "text/turtle"
    )
    assert status == 200 and (
        ox.NamedNode(BRUNSSUM),
        ox.NamedNode(KG + "cbsCode"),
        ox.Literal("GM0899"),
    ) in parse(body, ox.RdfFormat.TURTLE)
    status, headers, body = get(server, "/api/queries/describe-entity", "application/ld+json")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert json.loads(body)["@graph"]


def test_parameter_values_never_become_query_text(server):
    hostile = "x%22%20%7D%20SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo"  # x" } SELECT * { ?s ?p ?o
    status, _, body = get(server, f"/api/queries/problems-of-municipality?municipality={hostile}")
    assert status == 400 and b"unknown municipality" in body
    status, _, body = get(server, "/api/queries/problems-of-municipality?nope=1")
    assert status == 400 and b"unknown parameter" in body
    assert get(server, "/api/queries/no-such-query")[0] == 404
    twice = "municipality=Brunssum&municipality=Bunschoten"
    status, _, body = get(server, f"/api/queries/problems-of-municipality?{twice}")
    assert status == 400 and body == b"parameter municipality given more than once\n"


def test_the_editor_page_lists_the_library_and_loads_its_script(server):
    status, headers, body = get(server, "/sparql")
    page = body.decode()
    assert status == 200 and '<option value="problems-of-municipality">' in page
    assert '<script src="/static/editor.js"></script>' in page
    assert "'sha256-" not in headers["content-security-policy"]  # no inline script at all
    assert get(server, "/static/editor.js")[0] == 200
    assert get(server, "/static/../serve.py")[0] == 404


def test_a_graph_built_with_another_base_iri_dereferences_under_it(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import SEEDS

    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--seeds",
            str(SEEDS),
            "--out",
            str(out),
            "--base-iri",
            "https://e.org/kg/",
            "-q",
        ],
    )
    assert result.exit_code == 0, result.stderr
    srv = start(out / "kg.ttl")
    try:
        assert srv.explorer.data.base == "https://e.org/kg/"
        for path in ("/id/municipality/brunssum", "/kg/id/municipality/brunssum"):
            status, _, body = get(srv, path, "application/n-triples")
            assert status == 200, path
            assert b"<https://e.org/kg/id/municipality/brunssum>" in body
        page = get(srv, "/id/municipality/brunssum")[2].decode()
        assert 'href="/id/region/' in page  # links stay on this server
        assert len(srv.explorer.index) > 100
    finally:
        stop(srv)


def test_static_files_are_read_from_the_package_and_the_cache_is_bounded():
    from kg.publish.explorer.routes import static_file

    static_file.cache_clear()
    for i in range(200):  # made-up names from requests must not grow memory
        assert static_file(f"made-up-{i}.js") is None
    assert static_file("../secret.js") is None
    info = static_file.cache_info()
    assert info.maxsize == 64 and info.currsize <= 64
