"""Positions are deterministic, and large graphs are laid out without full spring layout."""

from __future__ import annotations

import networkx as nx

from kg.maps import layout


def test_same_graph_same_positions():
    g = nx.karate_club_graph()
    g = nx.relabel_nodes(g, {n: f"n{n}" for n in g})
    assert layout.positions(g) == layout.positions(g.copy())
    assert len(layout.positions(g)) == g.number_of_nodes()


def test_large_graph_places_every_node_deterministically():
    g = nx.barabasi_albert_graph(layout.SKELETON + 300, 2, seed=3)
    g = nx.relabel_nodes(g, {n: f"n{n:04d}" for n in g})
    g.add_nodes_from(["isolated-a", "isolated-b"])
    first = layout.positions(g)
    assert set(first) == set(g)
    assert first == layout.positions(g)
    assert len(set(first.values())) > 0.95 * len(first)


def test_empty_and_single_node():
    assert layout.positions(nx.Graph()) == {}
    assert layout.positions(nx.Graph([("a", "a")])) == {"a": (0.0, 0.0)}
