"""Topics on the problems map: what the findings discuss, bounded so the map stays readable.

A topic (``kg:Topic``, read from the text) becomes a node linked to the
municipalities whose findings discuss it (``discussesTopic``, weighted by the
number of findings) and to the problems of the taxonomy it falls under
(``broader``). Only topics discussed by at least :data:`MIN_FINDINGS` findings
are drawn, and at most :data:`PER_MUNICIPALITY` per municipality: those that
fall under a problem first, then the most discussed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.network.analytics import findings_of

#: A topic is drawn when at least this many findings (of the mapped municipalities) discuss it.
MIN_FINDINGS = 2
#: At most this many topics per municipality.
PER_MUNICIPALITY = 8


def topic_counts(
    graph: nx.MultiDiGraph, municipalities: Iterable[str] | None = None
) -> dict[str, Counter[str]]:
    """For each topic: how many findings per municipality discuss it.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection (:func:`kg.network.projection.project`).
    municipalities : iterable of str, optional
        Count only findings about these municipalities.

    Returns
    -------
    dict
        topic → Counter(municipality → number of findings).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("f", {"type": "finding"}), ("m", {"type": "municipality"})])
    >>> g.add_node("t", type="topic")
    >>> _ = g.add_edge("f", "m", relation="aboutMunicipality")
    >>> _ = g.add_edge("f", "t", relation="discussesTopic")
    >>> topic_counts(g)
    {'t': Counter({'m': 1})}
    """
    keep = set(municipalities) if municipalities is not None else None
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in findings_of(graph):
        places, topics = set(), set()
        for _, target, relation in graph.out_edges(finding, data="relation"):
            if relation == "aboutMunicipality" and (keep is None or target in keep):
                places.add(target)
            elif relation == "discussesTopic" and graph.nodes[target].get("type") == "topic":
                topics.add(target)
        for topic in topics:
            for place in places:
                table[topic][place] += 1
    return {topic: table[topic] for topic in sorted(table)}


def problems_of(graph: nx.MultiDiGraph, topic: str) -> list[str]:
    """The problems of the taxonomy ``topic`` falls under, sorted."""
    return sorted(
        v
        for _, v, r in graph.out_edges(topic, data="relation")
        if r == "broader" and graph.nodes[v].get("type") == "problem"
    )


def chosen_topics(
    graph: nx.MultiDiGraph,
    table: dict[str, Counter[str]],
    per_municipality: int = PER_MUNICIPALITY,
    min_findings: int = MIN_FINDINGS,
) -> list[str]:
    """The topics to draw: discussed often enough, the top ``per_municipality`` of each.

    Within a municipality, topics under a problem of the taxonomy rank first,
    then by the number of its findings discussing them, then by IRI.
    """
    frequent = {t for t, counts in table.items() if sum(counts.values()) >= min_findings}
    per_place: dict[str, list[str]] = defaultdict(list)
    for topic in frequent:
        for place in table[topic]:
            per_place[place].append(topic)
    chosen: set[str] = set()
    for place, topics in per_place.items():
        topics.sort(key=lambda t: (not problems_of(graph, t), -table[t][place], t))
        chosen.update(topics[:per_municipality])
    return sorted(chosen)


def add_topics(
    selection: nx.MultiDiGraph,
    graph: nx.MultiDiGraph,
    municipalities: Iterable[str] | None = None,
    per_municipality: int = PER_MUNICIPALITY,
    min_findings: int = MIN_FINDINGS,
) -> list[str]:
    """Add the chosen topics to a problems selection; return them.

    Each topic node keeps the projection's attributes (its label falls back to
    Dutch when the vocabulary has no English one), gets ``style="topic"`` and
    ``findings`` (how many findings discuss it), an edge from every mapped
    municipality that discusses it and an edge to each problem it falls under
    (the problem is added if the selection lacks it).
    """
    table = topic_counts(graph, municipalities)
    chosen = chosen_topics(graph, table, per_municipality, min_findings)
    for topic in chosen:
        data = dict(graph.nodes[topic])
        data["style"] = "topic"
        data["findings"] = sum(table[topic].values())
        selection.add_node(topic, **data)
        for place, count in sorted(table[topic].items()):
            if place not in selection:
                selection.add_node(place, **{**graph.nodes[place], "style": "municipality"})
            selection.add_edge(
                place, topic, key="discussesTopic", relation="discussesTopic", weight=count
            )
        for problem in problems_of(graph, topic):
            if problem not in selection:
                selection.add_node(problem, **{**graph.nodes[problem], "style": "problem"})
            selection.add_edge(topic, problem, key="broader", relation="broader", weight=1)
    return chosen
