"""Analytics return data computed on the projection."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.network import analytics as a
from kg.network import load_graph, project

TOWN = "https://w3id.org/kg-decentralisatie/id/municipality/"
LAW = "https://w3id.org/kg-decentralisatie/concept/law/"
PROBLEM = "https://w3id.org/kg-decentralisatie/concept/problem/"


@pytest.fixture(scope="module")
def projection(graph_path):
    return project(load_graph(graph_path))


def _toy() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node, kind in [
        ("m1", "municipality"),
        ("m2", "municipality"),
        ("p", "problem"),
        ("q", "problem"),
        ("l", "law"),
        ("f1", "finding"),
        ("f2", "finding"),
        ("f3", "finding"),
    ]:
        g.add_node(node, type=kind, label_en=node.upper(), label_nl=node)
    for f, m, subjects in [("f1", "m1", ["p", "l"]), ("f2", "m2", ["p"]), ("f3", "m1", ["q"])]:
        g.add_edge(f, m, key="aboutMunicipality", relation="aboutMunicipality", weight=1)
        for s in subjects:
            rel = "concernsLaw" if s == "l" else "concernsProblem"
            g.add_edge(f, s, key=rel, relation=rel, weight=1)
    return g


def test_shared_problems_on_a_toy_graph():
    rows = a.shared_problems(_toy())
    assert [(r["problem"], r["municipalities"], r["findings"]) for r in rows] == [
        ("p", ["M1", "M2"], 2)
    ]


def test_cooccurrence_scopes_on_a_toy_graph():
    assert a.problem_law_cooccurrence(_toy(), "finding") == {("p", "l"): 1}
    with pytest.raises(ValueError, match="unknown scope"):
        a.problem_law_cooccurrence(_toy(), "chapter")


def test_ego_network():
    ego = a.ego_network(_toy(), "p", radius=1)
    assert set(ego) == {"p", "f1", "f2"}
    with pytest.raises(KeyError):
        a.ego_network(_toy(), "nowhere")


def test_centrality_puts_the_two_profiled_municipalities_on_top(projection):
    top = a.top_central(projection, 5)
    assert {TOWN + "brunssum", TOWN + "bunschoten"} <= {r["node"] for r in top}
    assert all(r["type"] != "finding" for r in top)
    degree = a.degree_centrality(projection)
    assert set(degree) == set(projection) and all(0 <= v <= 1 for v in degree.values())


def test_communities_cover_every_node_and_are_deterministic(projection):
    first = a.communities(projection)
    assert sorted(n for c in first for n in c) == sorted(projection)
    assert a.communities(projection) == first


def test_privacy_rules_and_care_avoiders_are_shared(projection):
    shared = {r["problem"]: r for r in a.shared_problems(projection)}
    for slug in ("privacy-rules", "care-avoiders"):
        assert shared[PROBLEM + slug]["municipalities"] == ["Brunssum", "Bunschoten"]


def test_network_stats_is_plain_data(projection):
    stats = a.network_stats(projection, top=3)
    assert stats["nodes"] == projection.number_of_nodes()
    assert len(stats["centrality"]) == 3
    assert stats["types"]["municipality"] >= 2
    assert all(set(r) == {"problem", "law", "findings", "sections"} for r in stats["cooccurrence"])
