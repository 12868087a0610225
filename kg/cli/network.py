"""``kg network``: the graph as a network (centrality, communities, shared problems)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.options import format_option, graph_option, lang_option, max_width_option


def _table(headers: list[str], rows: list[list[object]], max_width: int = 0) -> str:
    cells = [[_cut(str(c), max_width) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(headers))]

    def line(values: list[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def _cut(text: str, width: int) -> str:
    return text[: width - 1] + "…" if width and len(text) > width else text


def format_stats(stats: dict, max_width: int = 0) -> str:
    """The stats as plain-text tables (cells cut at ``max_width`` characters; 0: no limit)."""
    types = ", ".join(f"{kind} {n}" for kind, n in stats["types"].items())
    parts = [f"Projection: {stats['nodes']:,} nodes, {stats['edges']:,} edges ({types})"]
    parts.append(
        "\nCentrality (top by betweenness)\n"
        + _table(
            ["label", "type", "degree", "degree centr.", "betweenness"],
            [
                [r["label"], r["type"], r["degree"], r["degree_centrality"], r["betweenness"]]
                for r in stats["centrality"]
            ],
            max_width,
        )
    )
    parts.append(
        "\nCommunities (Louvain, seed 42)\n"
        + _table(
            ["#", "size", "findings", "main members"],
            [
                [i, c["size"], c["findings"], "; ".join(list(dict.fromkeys(c["members"]))[:6])]
                for i, c in enumerate(stats["communities"], 1)
            ],
            max_width,
        )
    )
    parts.append(
        "\nProblems shared by several municipalities\n"
        + _table(
            ["problem", "municipalities", "findings"],
            [
                [r["label"], ", ".join(r["municipalities"]), r["findings"]]
                for r in stats["shared_problems"]
            ],
            max_width,
        )
    )
    parts.append(
        "\nProblem × law co-occurrence (same finding / same section)\n"
        + _table(
            ["problem", "law", "findings", "sections"],
            [[r["problem"], r["law"], r["findings"], r["sections"]] for r in stats["cooccurrence"]],
            max_width,
        )
    )
    return "\n".join(parts)


@click.group()
def network() -> None:
    """Analyse the knowledge graph as a network (networkx projection)."""


@network.command()
@graph_option("analyse")
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows per table."
)
@format_option(("table", "json"), "table")
@lang_option()
@max_width_option()
def stats(graph_path: Path | None, top: int, fmt: str, lang: str, max_width: int) -> None:
    """Print centrality, communities, shared problems and problem × law co-occurrence."""
    from kg.cli.env import graph_path as env_graph_path
    from kg.graphfile import load_graph
    from kg.network import project
    from kg.network.analytics import network_stats

    projection = project(load_graph(env_graph_path(graph_path)))
    data = network_stats(projection, top=top, lang=lang)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(format_stats(data, max_width))
