"""Analytics on a projection: centrality, communities, shared problems, ego networks.

Every function takes the graph first and returns data; none prints or writes.
Centrality and communities are computed on the undirected, simple view of the
projection (:func:`undirected`), with parallel edges' weights summed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.network.projection import CONCERNS

#: The seed used for everything random (Louvain, sampled betweenness).
SEED = 42


def undirected(graph: nx.Graph) -> nx.Graph:
    """The undirected simple view of ``graph``: one edge per node pair, weights summed.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b")])
    >>> undirected(g)["a"]["b"]["weight"]
    3
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: str(item[0])))
    for source, target, weight in graph.edges(data="weight", default=1):
        if source == target:
            continue
        if simple.has_edge(source, target):
            simple[source][target]["weight"] += weight
        else:
            simple.add_edge(source, target, weight=weight)
    return simple


def degree_centrality(graph: nx.Graph) -> dict[str, float]:
    """Degree centrality of each node (distinct neighbours / (n - 1)).

    Examples
    --------
    >>> degree_centrality(nx.MultiDiGraph([("a", "b"), ("a", "c")]))["a"]
    1.0
    """
    return nx.degree_centrality(undirected(graph))


def betweenness_centrality(graph: nx.Graph, sample: int | None = None) -> dict[str, float]:
    """Betweenness centrality of each node (normalised, unweighted shortest paths).

    Parameters
    ----------
    graph : networkx.Graph
        A projection or a subgraph of one.
    sample : int, optional
        Estimate from this many source nodes (seeded) instead of all; for large graphs.

    Examples
    --------
    >>> betweenness_centrality(nx.MultiDiGraph([("a", "b"), ("b", "c")]))["b"]
    1.0
    """
    simple = undirected(graph)
    k = sample if sample is not None and sample < simple.number_of_nodes() else None
    return nx.betweenness_centrality(simple, k=k, seed=SEED if k else None)


def top_central(
    graph: nx.Graph,
    n: int = 10,
    exclude_types: Iterable[str] = ("finding",),
    lang: str = "en",
) -> list[dict]:
    """The ``n`` most central nodes by betweenness, then degree.

    Returns
    -------
    list of dict
        ``node``, ``label``, ``type``, ``degree`` (distinct neighbours),
        ``degree_centrality`` and ``betweenness``, best first.
    """
    excluded = set(exclude_types)
    simple = undirected(graph)
    degree = nx.degree_centrality(simple)
    sample = 500 if simple.number_of_nodes() > 2000 else None
    between = betweenness_centrality(graph, sample=sample)
    rows = [
        {
            "node": node,
            "label": data.get(f"label_{lang}", node),
            "type": data.get("type", ""),
            "degree": simple.degree(node),
            "degree_centrality": round(degree[node], 4),
            "betweenness": round(between[node], 4),
        }
        for node, data in simple.nodes(data=True)
        if data.get("type") not in excluded
    ]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["node"]))
    return rows[:n]


def communities(graph: nx.Graph, seed: int = SEED, resolution: float = 1.0) -> list[list[str]]:
    """Louvain communities of the projection, largest first (deterministic for a seed).

    Returns
    -------
    list of list of str
        Each community's nodes, sorted; communities ordered by size, then first node.
    """
    simple = undirected(graph)
    if simple.number_of_edges() == 0:
        return [[n] for n in sorted(simple)]
    found = nx.community.louvain_communities(
        simple, weight="weight", resolution=resolution, seed=seed
    )
    groups = [sorted(c) for c in found]
    groups.sort(key=lambda c: (-len(c), c[0]))
    return groups


def _finding_targets(graph: nx.Graph, finding: str, relations: Iterable[str]) -> list[str]:
    wanted = set(relations)
    return sorted({t for _, t, r in graph.out_edges(finding, data="relation") if r in wanted})


def findings_of(graph: nx.Graph) -> list[str]:
    """All finding nodes, sorted."""
    return sorted(n for n, t in graph.nodes(data="type") if t == "finding")


def municipality_subjects(graph: nx.Graph, kind: str = "problem") -> dict[str, Counter[str]]:
    """For each subject of one type: how many findings per municipality concern it.

    Parameters
    ----------
    graph : networkx.Graph
        A projection.
    kind : str
        The subject's node type (``problem``, ``law``, ``actor``, ``organisation``).

    Returns
    -------
    dict
        subject → Counter(municipality → number of findings).
    """
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in findings_of(graph):
        places = _finding_targets(graph, finding, ["aboutMunicipality"])
        for subject in _finding_targets(graph, finding, (*CONCERNS, "concerns")):
            if graph.nodes[subject].get("type") != kind:
                continue
            for municipality in places:
                table[subject][municipality] += 1
    return dict(table)


def shared_problems(graph: nx.Graph, min_municipalities: int = 2, lang: str = "en") -> list[dict]:
    """Problems that findings about at least ``min_municipalities`` municipalities concern.

    Returns
    -------
    list of dict
        ``problem``, ``label``, ``municipalities`` (labels, sorted), ``findings``
        (total count); most widely shared first.
    """
    rows = []
    for problem, counts in municipality_subjects(graph, "problem").items():
        if len(counts) < min_municipalities:
            continue
        rows.append(
            {
                "problem": problem,
                "label": graph.nodes[problem].get(f"label_{lang}", problem),
                "municipalities": sorted(graph.nodes[m].get(f"label_{lang}", m) for m in counts),
                "findings": sum(counts.values()),
            }
        )
    rows.sort(key=lambda r: (-len(r["municipalities"]), -r["findings"], r["problem"]))
    return rows


def ego_network(graph: nx.Graph, node: str, radius: int = 1) -> nx.Graph:
    """The subgraph of nodes within ``radius`` hops of ``node`` (either direction).

    Raises
    ------
    KeyError
        If ``node`` is not in the graph.
    """
    if node not in graph:
        raise KeyError(f"no node {node!r} in the graph")
    return nx.ego_graph(graph, node, radius=radius, undirected=True).copy()


def problem_law_cooccurrence(graph: nx.Graph, scope: str = "finding") -> dict[tuple[str, str], int]:
    """How often each problem and law are concerned together.

    Parameters
    ----------
    graph : networkx.Graph
        A projection.
    scope : {"finding", "section", "document"}
        Count pairs within one finding, one section or one document.

    Returns
    -------
    dict
        (problem, law) → number of findings / sections / documents where both occur.
    """
    if scope not in ("finding", "section", "document"):
        raise ValueError(f"unknown scope {scope!r} (finding, section, document)")
    groups: dict[tuple, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for finding in findings_of(graph):
        data = graph.nodes[finding]
        if scope == "finding":
            key: tuple = (finding,)
        elif scope == "section":
            key = (data.get("document", ""), data.get("section", ""))
        else:
            key = (data.get("document", ""),)
        problems, laws = groups[key]
        for subject in _finding_targets(graph, finding, (*CONCERNS, "concerns")):
            kind = graph.nodes[subject].get("type")
            if kind == "problem":
                problems.add(subject)
            elif kind == "law":
                laws.add(subject)
    counts: Counter[tuple[str, str]] = Counter()
    for problems, laws in groups.values():
        for problem in problems:
            for law in laws:
                counts[(problem, law)] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def network_stats(graph: nx.Graph, top: int = 10, lang: str = "en") -> dict:
    """Everything ``kg network stats`` reports, as plain data.

    Parameters
    ----------
    graph : networkx.Graph
        A projection.
    top : int
        Rows of centrality, community members and co-occurrence to keep.
    lang : {"en", "nl"}
        Language of labels.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``types`` (count per type), ``centrality`` (see
        :func:`top_central`), ``communities`` (size, findings, top members),
        ``shared_problems`` (see :func:`shared_problems`) and ``cooccurrence``
        (problem, law, findings, sections).
    """

    def name(node: str) -> str:
        return graph.nodes[node].get(f"label_{lang}", node)

    simple = undirected(graph)
    strength = dict(simple.degree(weight="weight"))
    groups = []
    for members in communities(graph):
        entities = [m for m in members if graph.nodes[m].get("type") != "finding"]
        entities.sort(key=lambda m: (-strength[m], m))
        groups.append(
            {
                "size": len(members),
                "findings": len(members) - len(entities),
                "members": [name(m) for m in entities[:top]],
            }
        )
    by_finding = problem_law_cooccurrence(graph, "finding")
    by_section = problem_law_cooccurrence(graph, "section")
    pairs = sorted(
        set(by_finding) | set(by_section),
        key=lambda p: (-by_finding.get(p, 0), -by_section.get(p, 0), p),
    )
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "types": dict(sorted(Counter(t for _, t in graph.nodes(data="type")).items())),
        "centrality": top_central(graph, top, lang=lang),
        "communities": groups,
        "shared_problems": shared_problems(graph, lang=lang),
        "cooccurrence": [
            {
                "problem": name(problem),
                "law": name(law),
                "findings": by_finding.get((problem, law), 0),
                "sections": by_section.get((problem, law), 0),
            }
            for problem, law in pairs[:top]
        ],
    }
