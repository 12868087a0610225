"""kg.namelookup: names looked up on a SPARQL backend, exact index reads first."""

from __future__ import annotations

import pytest

from kg.namelookup import (
    LOOKUP_QUERY,
    iri_bindings,
    lookup,
    lookup_best,
    lookup_exact,
    lookup_pool,
    resolve_on,
    settled,
)
from kg.names import AmbiguousName, Named, Names, UnknownName, names_from_graph
from kg.query.engine import LocalGraph
from tests.name_support import InProcess, devset_build, typed_forms  # noqa: F401
from tests.query_support import _query_cache_in_tmp, query_graph  # noqa: F401
from tests.test_names import BASE, FORMS


def outcome(call, *args, **kwargs) -> object:
    """The IRI a resolver returns, or its error's type and message."""
    try:
        return call(*args, **kwargs)
    except (UnknownName, AmbiguousName) as exc:
        return (type(exc).__name__, str(exc), exc.candidates)


def resolve_by_scan(backend, name, kind=None, *, prefer_like=None):  # noqa: ANN001
    """The resolver before the exact path: always the full :func:`lookup`."""
    names = lookup(backend, name, also=prefer_like)
    anchor = names.entities.get(prefer_like or "")
    try:
        return names.resolve(name, kind, prefer=anchor.kind if anchor else None)
    except UnknownName:
        pool = lookup_pool(backend, kind)
        for entity in names.entities.values():
            pool.add(entity)
        raise pool.unknown(name, kind, kind or "entity") from None


class Counting:
    """A backend that records the text of every query it runs."""

    def __init__(self, backend) -> None:  # noqa: ANN001
        self.backend = backend
        self.texts: list[str] = []

    def execute(self, text, bindings=None, **kwargs):  # noqa: ANN001, ANN201
        self.texts.append(text)
        return self.backend.execute(text, bindings, **kwargs)


@pytest.mark.parametrize(("kind", "name", "expected"), FORMS)
def test_the_sparql_feeder_resolves_every_form(query_graph, kind, name, expected):  # noqa: F811
    assert resolve_on(query_graph, name, kind) == BASE + expected


def test_the_name_is_bound_as_a_literal(query_graph):  # noqa: F811
    hostile = '" } ; DROP ALL ; SELECT * { "'
    assert lookup(query_graph, hostile).entities == {}
    assert lookup_exact(query_graph, hostile).entities == {}
    assert len(query_graph.store) > 10_000


def test_both_lookups_bind_the_same_iris():
    bound = iri_bindings("id:municipality/brunssum", also=BASE + "concept/law/jeugdwet")
    assert bound["_iri"].value == BASE + "id/municipality/brunssum"
    assert bound["_also"].value == BASE + "concept/law/jeugdwet"
    assert "?_iri" in LOOKUP_QUERY and "?_also" in LOOKUP_QUERY
    assert iri_bindings("Brunssum")["_iri"] == iri_bindings("<not an iri>")["_iri"]


def test_the_exact_lookup_reads_labels_codes_and_iris_in_the_usual_cases(query_graph):  # noqa: F811
    brunssum = BASE + "id/municipality/brunssum"
    for typed in ("Brunssum", "brunssum", "BRUNSSUM", "gm0899", f"<{brunssum}>"):
        names = lookup_exact(query_graph, typed)
        assert names.matches(typed, "municipality")[0] <= (2, brunssum)


def test_the_exact_lookup_leaves_slugs_to_the_full_one(query_graph):  # noqa: F811
    assert lookup_exact(query_graph, "care-avoiders").matches("care-avoiders", "problem") == []
    assert not settled(lookup_exact(query_graph, "care-avoiders"), "care-avoiders", "problem")
    assert resolve_on(query_graph, "care-avoiders", "problem") == (
        BASE + "concept/problem/care-avoiders"
    )


def test_a_preferred_label_needs_no_scan_a_slug_does(query_graph):  # noqa: F811
    counting = Counting(query_graph)
    found = lookup_best(counting, "Brunssum", "municipality")
    assert found.resolve("Brunssum", "municipality") == BASE + "id/municipality/brunssum"
    assert LOOKUP_QUERY not in counting.texts and len(counting.texts) == 1
    found = lookup_best(counting, "care-avoiders", "problem")
    assert counting.texts[-1] == LOOKUP_QUERY and len(counting.texts) == 3
    assert found.resolve("care-avoiders", "problem") == BASE + "concept/problem/care-avoiders"


def test_known_entities_and_among_decide_whether_the_exact_lookup_settles(query_graph):  # noqa: F811
    known = Names([Named("http://e/x", "municipality", (("alt", "Brunssum"),))])
    counting = Counting(query_graph)
    found = lookup_best(counting, "Brunssum", "municipality", known=known)
    assert set(found.entities) >= {"http://e/x", BASE + "id/municipality/brunssum"}
    assert LOOKUP_QUERY not in counting.texts
    # only http://e/x counts, and it matches by an alternative label: scan
    found = lookup_best(counting, "Brunssum", "municipality", known=known, among={"http://e/x"})
    assert counting.texts[-1] == LOOKUP_QUERY
    assert "http://e/x" in found.entities


@pytest.mark.parametrize("which", ["seeds", "devset"])
def test_resolve_on_answers_as_the_full_scan_did(which, graph, graph_path, request):
    rdf, path = (graph, graph_path) if which == "seeds" else request.getfixturevalue("devset_build")
    backend = InProcess(LocalGraph(path, cache=False))
    entities = names_from_graph(rdf, "municipality").of_kind("municipality")
    typed = sorted({form for entity in entities for form in typed_forms(entity)})
    typed += ["Utrecht", "Twente", "gemeente", "GM9999", "care-avoiders", "Jeugdwet"]
    assert len(entities) >= 5 and len(typed) > 5 * len(entities)
    kinds = ("municipality", None) if which == "seeds" else ("municipality",)
    for name in typed:
        for kind in kinds:
            assert outcome(resolve_on, backend, name, kind) == outcome(
                resolve_by_scan, backend, name, kind
            ), (name, kind)
