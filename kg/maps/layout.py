"""Node positions, computed once in Python so the browser needs no physics.

Small maps get networkx's spring layout with a fixed seed. Large maps would
take networkx minutes, so their most connected nodes (the skeleton) get the
spring layout and every other node is placed on a spiral around the placed
neighbour it is most strongly tied to. The same selection always gives the same
positions.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from kg.network.analytics import undirected

#: Seed of the spring layout.
SEED = 7
#: Horizontal stretch: screens are wider than tall.
ASPECT = 1.6
#: Up to this many nodes, Kamada-Kawai (even spacing) refines the spring layout.
KAMADA_KAWAI = 150
#: Above this many nodes only the skeleton gets the spring layout.
SKELETON = 400
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _spring(simple: nx.Graph, spread: float) -> dict[str, tuple[float, float]]:
    n = simple.number_of_nodes()
    if n == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    if n <= KAMADA_KAWAI:
        start = nx.spring_layout(simple, seed=SEED, k=2.5 / math.sqrt(n), weight=None)
        pos = nx.kamada_kawai_layout(simple, pos=start, weight=None, scale=spread)
        return {node: (float(x), float(y)) for node, (x, y) in pos.items()}
    pos = nx.spring_layout(
        simple, seed=SEED, k=1.8 / math.sqrt(n), iterations=120, weight=None, scale=spread
    )
    return {node: (float(x), float(y)) for node, (x, y) in pos.items()}


def positions(selection: nx.Graph) -> dict[str, tuple[float, float]]:
    """Deterministic positions (in screen pixels) for every node of a selection.

    Parameters
    ----------
    selection : networkx.Graph
        A map selection (any networkx graph).

    Returns
    -------
    dict
        node → (x, y), rounded to one decimal.

    Examples
    --------
    >>> pos = positions(nx.path_graph(["a", "b", "c"]))
    >>> sorted(pos) == ["a", "b", "c"] and pos == positions(nx.path_graph(["a", "b", "c"]))
    True
    """
    simple = undirected(selection)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    spread = 120 + 45 * math.sqrt(n)
    placed = _components(simple) if n <= SKELETON else _skeleton_layout(simple, spread)
    return {node: (round(x * ASPECT, 1), round(y, 1)) for node, (x, y) in sorted(placed.items())}


def _components(simple: nx.Graph) -> dict[str, tuple[float, float]]:
    """Lay out each connected component on its own and set them side by side.

    Force layouts of a disconnected graph overlap its components; packing them in
    rows (largest first) keeps each readable.
    """
    parts = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    )
    laid = []
    for part in parts:
        n = len(part)
        pos = _spring(simple.subgraph(part).copy(), 120 + 45 * math.sqrt(n))
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        laid.append((pos, min(xs), max(xs), min(ys), max(ys)))
    total_width = sum(x1 - x0 + 120 for _, x0, x1, _, _ in laid)
    row_width = max(
        max(x1 - x0 for _, x0, x1, _, _ in laid), total_width / 2 if len(laid) > 3 else total_width
    )
    placed: dict[str, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    for pos, x0, x1, y0, y1 in laid:
        width, height = x1 - x0, y1 - y0
        if cursor_x and cursor_x + width > row_width:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height + 120, 0.0
        for node, (x, y) in pos.items():
            placed[node] = (cursor_x + x - x0, cursor_y + y - y0)
        cursor_x += width + 120 / ASPECT
        row_height = max(row_height, height)
    return placed


def _skeleton_layout(simple: nx.Graph, spread: float) -> dict[str, tuple[float, float]]:
    strength = dict(simple.degree(weight="weight"))
    order = sorted(simple, key=lambda node: (-strength[node], node))
    skeleton = simple.subgraph(order[:SKELETON]).copy()
    placed = _spring(skeleton, spread * 0.6)
    children: dict[str, int] = defaultdict(int)
    frontier = sorted(placed, key=lambda node: (-strength[node], node))
    while frontier:
        following: list[str] = []
        for anchor in frontier:
            ax, ay = placed[anchor]
            neighbours = sorted(
                (v for v in simple[anchor] if v not in placed),
                key=lambda v: (-simple[anchor][v].get("weight", 1), v),
            )
            for node in neighbours:
                i = children[anchor]
                children[anchor] += 1
                radius = 18 + 9 * math.sqrt(i + 1)
                angle = i * _GOLDEN
                placed[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
                following.append(node)
        frontier = following
    rest = [node for node in order if node not in placed]
    if rest:  # components without a skeleton node: a grid below the drawing
        columns = max(1, int(math.sqrt(len(rest))))
        top = max(y for _, y in placed.values()) + 80 if placed else 0.0
        left = min(x for x, _ in placed.values()) if placed else 0.0
        for i, node in enumerate(rest):
            placed[node] = (left + 30 * (i % columns), top + 30 * (i // columns))
    return placed
