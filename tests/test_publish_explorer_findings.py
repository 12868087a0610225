"""The findings index: one query at start, then search, facets and pages in Python."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.namespaces import CONCEPT, ID, KG
from kg.publish.explorer.findings import FACETS, Finding, FindingsIndex, build_index, fold


def finding(iri: str, quote: str, **facets: tuple[str, ...]) -> Finding:
    return Finding(iri, quote, "doc", 0, len(quote), facets)


@pytest.fixture()
def index() -> FindingsIndex:
    return FindingsIndex(
        [
            finding("f1", "Wachtlijsten in de jeugdzorg", municipality=("a",), tone=("neg",)),
            finding("f2", "De jeugdzorg werkt goed", municipality=("a",), tone=("pos",)),
            finding("f3", "Financiën zijn krap", municipality=("b",), tone=("neg",)),
        ]
    )


def test_search_matches_every_word_without_case_or_accents(index):
    assert [f.iri for f in index.search("JEUGDZORG").rows] == ["f1", "f2"]
    assert [f.iri for f in index.search("financien krap").rows] == ["f3"]
    assert index.search("jeugdzorg krap").total == 0
    assert fold("Één") == "een"


def test_facets_combine_across_and_alternate_within(index):
    assert index.search("", {"tone": ["neg"], "municipality": ["a"]}).total == 1
    assert index.search("", {"municipality": ["a", "b"]}).total == 3
    counts = dict(index.search("jeugdzorg").facets["tone"])
    assert counts == {"neg": 1, "pos": 1}


def test_pages_are_clamped(index):
    result = index.search("", page=9, page_size=2)
    assert (result.page, result.pages, [f.iri for f in result.rows]) == (2, 2, ["f3"])


def test_about_finds_findings_by_any_facet_value(index):
    assert [f.iri for f in index.about("b")] == ["f3"]


def test_the_seed_index_has_every_finding_with_its_quote(graph_path):
    store = ox.Store()
    store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    built = build_index(store, KG)
    count = len(list(store.query(f"SELECT ?f WHERE {{ ?f a <{KG}Finding> }}")))
    assert len(built) == count > 100
    assert all(f.quote and f.document and f.end > f.start for f in built.findings)
    town = ID + "municipality/brunssum"
    assert all(f.values("municipality") == (town,) for f in built.about(town))
    assert set(FACETS) >= {"tone", "speaker", "law"}
    assert any(CONCEPT + "polarity/negative" in f.values("tone") for f in built.findings)
