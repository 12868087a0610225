"""The explorer in headless Chromium: click through entity → finding → source, search
and facet, run queries from the editor and the REST API, with no console errors and
no accessibility violations (axe-core)."""

from __future__ import annotations

import json

import pytest
from a11y_support import violations
from browser_support import BROWSER_MARKS
from explorer_support import start, stop, url

pytestmark = BROWSER_MARKS

PAGES = [
    "/",
    "/id/municipality/brunssum",
    "/concept/law/jeugdwet",
    "/def",
    "/findings",
    "/findings?q=zorg&lang=nl",
    "/sparql",
    "/api",
    "/source/brunssum",
]


@pytest.fixture(scope="module")
def server(graph_path):
    srv = start(graph_path)
    yield srv
    stop(srv)


@pytest.fixture()
def tab(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.errors = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


@pytest.mark.parametrize("path", PAGES)
def test_each_page_loads_clean_and_passes_axe(server, tab, path):
    response = tab.goto(url(server, path))
    assert response.status == 200
    tab.wait_for_load_state("load")
    assert violations(tab) == []
    assert tab.errors == []


def test_entity_to_finding_to_source(server, tab):
    tab.goto(url(server, "/id/municipality/brunssum"))
    tab.click("#findings .kg-finding-link >> nth=0")
    tab.wait_for_url("**/id/finding/**")
    quote = tab.inner_text(".kg-quote blockquote")
    tab.click(".kg-quote .kg-source-link")
    tab.wait_for_url("**/source/brunssum#s-*")
    target = tab.evaluate("document.querySelector(':target').textContent")
    assert " ".join(target.split()) == " ".join(quote.split())
    assert tab.errors == []


def test_search_and_facets_narrow_the_findings(server, tab):
    tab.goto(url(server, "/findings"))
    total = int(tab.inner_text("#kg-total").split()[0])
    tab.fill("#kg-q", "gemeente")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**q=gemeente**")
    searched = int(tab.inner_text("#kg-total").split()[0])
    assert 0 < searched < total
    assert tab.locator(".kg-finding mark").count() > 0
    tab.click('a[data-facet="tone"] >> nth=0')
    tab.wait_for_url("**tone=**")
    faceted = int(tab.inner_text("#kg-total").split()[0])
    assert 0 < faceted <= searched
    assert "q=gemeente" in tab.url  # the search is kept
    assert tab.get_attribute('a[data-facet="tone"][aria-current="true"]', "href")
    assert tab.errors == []


def test_the_editor_runs_a_library_query_with_a_parameter(server, tab):
    tab.goto(url(server, "/sparql"))
    tab.wait_for_selector("body[data-library]")
    tab.select_option("#kg-library", "problems-of-municipality")
    tab.fill("#kg-param-municipality", "Bunschoten")
    tab.click("#kg-run")
    tab.wait_for_selector("#kg-table")
    cells = tab.locator("#kg-table tbody td").all_inner_texts()
    assert any(cell.endswith("/municipality/bunschoten") for cell in cells)
    assert not any(cell.endswith("/municipality/brunssum") for cell in cells)
    assert tab.is_visible("#kg-csv")
    with tab.expect_download() as download:
        tab.click("#kg-csv")
    assert download.value.suggested_filename == "results.csv"
    assert tab.errors == []


def test_the_editor_shows_errors_in_place(server, tab):
    tab.goto(url(server, "/sparql"))
    tab.fill("#kg-query", "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    tab.focus("#kg-query")
    tab.keyboard.press("Control+Enter")  # the keyboard alone runs it
    tab.wait_for_selector("#kg-error:not([hidden])")
    assert "SERVICE" in tab.inner_text("#kg-error")
    tab.fill("#kg-query", "SELECT * WHERE { ?s ?p }")
    tab.click("#kg-run")
    tab.locator("#kg-error", has_text="malformed").wait_for()


def test_the_rest_api_answers_a_page_script(server, tab):
    tab.goto(url(server, "/api"))
    answer = tab.evaluate(
        "fetch('/api/queries/problems-of-municipality?municipality=Brunssum',"
        " {headers: {Accept: 'application/sparql-results+json'}}).then(r => r.text())"
    )
    rows = json.loads(answer)["results"]["bindings"]
    assert rows and all(r["_municipality_iri"]["value"].endswith("brunssum") for r in rows)


def test_the_keyboard_reaches_the_navigation_and_facets(server, tab):
    tab.goto(url(server, "/findings"))
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip"
    for _ in range(12):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.dataset.facet"):
            break
    assert tab.evaluate("document.activeElement.dataset.facet") == "municipality"
