"""A hostile corpus end to end: a profile whose title, motto, headings and
sentences carry script and markup, built with `kg build`, drawn with `kg map`,
an ontology with the same payloads documented with `kg docs`, and every page
opened in headless Chromium: no dialog fires, no script of theirs runs, no
element of theirs exists, and the markup shows as text. Query results with the
payloads, as Markdown, cannot become HTML or links.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.maps.browser import CHROMIUM
from tests.conftest import ONTOLOGY

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
JS_LINK = '<a href="javascript:alert(1)">klik</a>'
PAYLOADS = (SCRIPT, IMG, SVG, JS_LINK)
# An organisation whose name carries markup and quotes (a label of the ontology,
# so its name in the graph is exactly this); the profile cooperates with it.
ORGANISATION = f'Zorg {SCRIPT} "Fonds"'

PROFILE = f"""Gemeente {SCRIPT}

Samen {SVG}

Bestuur {IMG}

Ambtenaren vertellen dat de Wmo lastig is door {SCRIPT} en {IMG} in de regels. \u0020

Raadsleden geven aan dat {SVG} een probleem is en noemen {JS_LINK} en javascript:alert(1) onhandig.

Financiën {SVG}

De wethouder zegt dat de Jeugdwet 10% duurder werd door {IMG}.

Regionale samenwerking

De gemeente werkt samen met {ORGANISATION}.
"""

SECOND_PROFILE = """Tweedestad

Gewoon

Regionale samenwerking

De gemeente werkt samen met Heerlen. \u0020
"""

SVG_TTL = SVG.replace('"', '\\"')
ORGANISATION_TTL = ORGANISATION.replace('"', '\\"')
JS_LINK_TTL = JS_LINK.replace('"', '\\"')
HOSTILE_ONTOLOGY = f"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix problem: <https://w3id.org/kg-decentralisatie/concept/problem/> .
@prefix kg: <https://w3id.org/kg-decentralisatie/def#> .

problem:hostile a skos:Concept, kg:Problem ;
    skos:inScheme <https://w3id.org/kg-decentralisatie/concept/problems> ;
    skos:prefLabel "{SCRIPT}"@nl, "{IMG}"@en ;
    skos:altLabel "{SVG_TTL}"@nl ;
    skos:definition "{JS_LINK_TTL}"@en ;
    foaf:page <javascript:alert(1)> ;
    rdfs:comment "{IMG}" .

<https://w3id.org/kg-decentralisatie/id/organisation/hostile> a kg:Organisation ;
    skos:prefLabel "{ORGANISATION_TTL}"@nl , "{ORGANISATION_TTL}"@en .
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing (apt install chromium)"
    ),
]


def run(*args: str):  # noqa: ANN201
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Build, map and document the hostile corpus; return the folder of pages."""
    root = tmp_path_factory.mktemp("hostile")
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(PROFILE, encoding="utf-8")
    (seeds / "tweede.txt").write_text(SECOND_PROFILE, encoding="utf-8")
    ontology = root / "ontology"
    shutil.copytree(ONTOLOGY, ontology)
    with (ontology / "vocabularies.ttl").open("a", encoding="utf-8") as handle:
        handle.write(HOSTILE_ONTOLOGY)
    out = root / "out"
    run("build", "--seeds", str(seeds), "--out", str(out), "--ontology", str(ontology), "-q")
    run("map", "--graph", str(out / "kg.ttl"), "--out", str(out / "maps"))
    run("docs", "--out", str(out / "docs"), "--ontology", str(ontology))
    graph = str(out / "kg.ttl")
    municipality = "script-alert-1-script"
    run("compare", municipality, "tweedestad", "--graph", graph, "--out", str(out / "compare"))
    run(
        "compare",
        municipality,
        "tweedestad",
        "--graph",
        graph,
        "--out",
        str(out / "compare-md"),
        "--format",
        "md",
    )
    return out


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) >= 8
    return found


def test_the_payloads_reached_the_graph_verbatim(site):
    turtle = (site / "kg.ttl").read_text(encoding="utf-8")
    for payload in (SCRIPT, IMG):
        assert payload in turtle
    assert '\\"><svg onload=alert(1)>' in turtle


def open_watched(browser, path: Path):  # noqa: ANN001, ANN201
    """Open ``path``; return the page and the dialogs and errors it produced."""
    page = browser.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)  # let any onload / onerror handler fire
    return page, dialogs, errors


INJECTED = """() => ({
    img: document.querySelectorAll('img').length,
    handlers: document.querySelectorAll('[onerror],[onload]').length,
    js: [...document.querySelectorAll('a[href]')]
        .filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    scripts: [...document.scripts]  // data in a script is JSON with < > & escaped
        .filter(s => s.text.includes('<script>alert') || s.text.includes('<img src=x')).length,
})"""


def test_no_page_runs_their_script_or_holds_their_elements(site, browser):
    for path in pages(site):
        page, dialogs, errors = open_watched(browser, path)
        try:
            assert dialogs == [], path.name
            assert errors == [], path.name
            found = page.evaluate(INJECTED)
            assert found == {"img": 0, "handlers": 0, "js": 0, "scripts": 0}, path.name
        finally:
            page.close()


def test_markup_shows_as_text(site, browser):
    shown = {
        "maps/sources/evil.html": PAYLOADS,
        "maps/index.html": (SCRIPT,),
        "docs/ontology.html": (SCRIPT, IMG, SVG, JS_LINK),
    }
    for relative, payloads in shown.items():
        page = browser.new_page()
        try:
            page.goto((site / relative).resolve().as_uri())
            text = page.inner_text("body")
            for payload in payloads:
                assert payload in text, (relative, payload)
            if relative.startswith("maps/sources"):
                assert "javascript:alert(1)" in text
        finally:
            page.close()
    map_page = browser.new_page()
    try:
        map_page.goto((site / "maps" / "municipality-script-alert-1-script.html").as_uri())
        assert SCRIPT in map_page.title()
    finally:
        map_page.close()


def test_an_organisation_name_with_markup_is_escaped_where_shown(site, browser):
    turtle = (site / "kg.ttl").read_text(encoding="utf-8")
    assert "cooperatesWith" in turtle and "organisation/hostile" in turtle
    (report,) = sorted((site / "compare").glob("compare-*[!p].html"))
    page = browser.new_page()
    try:
        page.goto(report.resolve().as_uri())
        assert ORGANISATION in page.inner_text("body")
    finally:
        page.close()
    map_page = next((site / "maps").glob("municipality-script*.html"))
    assert '<script>alert(1)</script> "Fonds"' not in map_page.read_text(encoding="utf-8")
    (markdown,) = sorted((site / "compare-md").glob("compare-*.md"))
    body = markdown.read_text(encoding="utf-8")
    assert "Zorg \\<script\\>alert\\(1\\)\\</script\\>" in body  # Markdown-escaped


def test_query_results_as_markdown_cannot_become_html_or_links(site):
    result = CliRunner().invoke(
        main,
        ["query", "run", "document-provenance", "--graph", str(site / "kg.ttl"), "-f", "md"],
    )
    assert result.exit_code == 0, result.stderr
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    assert "<" not in result.stdout and "](" not in result.stdout


@pytest.fixture(scope="module")
def served(site):
    """``kg serve`` over the hostile build (the explorer pages included)."""
    import threading

    from kg.publish.serve import create_server

    srv = create_server(site / "kg.ttl", "127.0.0.1", 0, maps_dir=site / "maps")
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def explorer_paths(srv) -> list[str]:  # noqa: ANN001
    """Every kind of explorer page, for the hostile graph's own entities."""
    data = srv.explorer.data
    findings = srv.explorer.index.findings
    assert findings, "the hostile profile gave no findings"
    entities = sorted({e for f in findings for e in f.entities()})
    paths = [data.local_path(f.iri) for f in findings[:3]]
    paths += [data.local_path(e) for e in entities if data.local_path(e)]
    payload = "script"
    return [
        "/",
        "/findings",
        f"/findings?q={payload}",
        "/findings?q=%3Cimg+src%3Dx",
        "/sparql",
        "/api",
        "/def",
        "/source/evil",
        *[p for p in paths if p],
    ]


def test_explorer_pages_run_none_of_their_script(served, browser):
    host, port = served.server_address[:2]
    paths = explorer_paths(served)
    assert len(paths) > 10
    for path in paths:
        page = browser.new_page()
        dialogs: list[str] = []
        errors: list[str] = []
        page.on("dialog", lambda d, found=dialogs: (found.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e, found=errors: found.append(str(e)))
        try:
            response = page.goto(f"http://{host}:{port}{path}")
            assert response.status == 200, path
            page.wait_for_load_state("load")
            page.wait_for_timeout(100)
            assert dialogs == [] and errors == [], path
            assert page.evaluate(INJECTED) == {"img": 0, "handlers": 0, "js": 0, "scripts": 0}, path
        finally:
            page.close()


def test_explorer_pages_show_the_markup_as_text(served, browser):
    host, port = served.server_address[:2]
    town = served.explorer.index.findings[0].values("municipality")[0]
    finding = served.explorer.index.findings[0].iri
    data = served.explorer.data
    for path in (data.local_path(town), data.local_path(finding), "/findings?q=alert"):
        page = browser.new_page()
        try:
            page.goto(f"http://{host}:{port}{path}")
            text = page.inner_text("body")
            assert SCRIPT in text or IMG in text or SVG in text, path
        finally:
            page.close()


def test_the_editor_shows_hostile_results_as_text(served, browser):
    host, port = served.server_address[:2]
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(f"http://{host}:{port}/sparql")
        page.fill(
            "#kg-query",
            "SELECT ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }",
        )
        page.click("#kg-run")
        page.wait_for_selector("#kg-table")
        page.wait_for_timeout(100)
        assert SCRIPT in page.inner_text("#kg-table")
        assert dialogs == [] and page.evaluate(INJECTED)["img"] == 0
    finally:
        page.close()
