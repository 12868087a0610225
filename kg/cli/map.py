"""``kg map``: draw offline, interactive relationship maps from the graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import graph_option, lang_option, out_dir_option, quiet_option

KIND_NAMES = ("overview", "municipality", "law", "problems", "voices", "regions", "findings")


@click.command("map")
@click.argument("kind", required=False, type=click.Choice(KIND_NAMES))
@click.option(
    "--municipality",
    metavar="NAME",
    help="Municipality for the municipality map: name, slug, CBS code (GM0899), IRI or "
    "prefixed name.",
)
@click.option(
    "--law",
    metavar="NAME",
    help="Law for the law map: name (Jeugdwet, Youth Act), slug, IRI or prefixed name.",
)
@lang_option()
@graph_option("draw")
@out_dir_option(Path("build/maps"), "")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Keep at most N nodes per map, the most central ones (0: no cap).",
)
@quiet_option()
def map_command(
    kind: str | None,
    municipality: str | None,
    law: str | None,
    lang: str,
    graph_path: Path | None,
    out: Path,
    max_nodes: int,
    quiet: bool,
) -> None:
    """Draw relationship maps as self-contained HTML pages that work offline.

    KIND is one of overview, municipality, law, problems, voices, regions,
    findings. With no KIND every kind is drawn (the municipality and law maps
    once per profiled municipality and per law). OUT/index.html lists every
    map in the folder: drawing one KIND into a folder of maps updates the
    index (and OUT/maps.json) without touching the other maps; a folder holds
    one language. Each finding links to its sentence in
    OUT/sources/<document>.html.
    """
    from kg.cli.env import graph_path as env_graph_path
    from kg.graphfile import load_graph
    from kg.maps import generate_maps, write_maps

    graph = load_graph(env_graph_path(graph_path))
    maps = generate_maps(
        graph, kind=kind, municipality=municipality, law=law, lang=lang, max_nodes=max_nodes or None
    )
    write_maps(maps, out)
    if quiet:
        return
    drawn = _plural(len(maps.maps), "map")
    click.echo(f"Wrote {drawn} and {_plural(len(maps.sources), 'source page')} to {out}")
    width = max((len(m.filename) for m in maps.maps), default=0)
    for info in maps.maps:
        capped = f"  (capped from {info.cap.total:,})" if info.cap and info.cap.dropped else ""
        click.echo(
            f"  {info.filename:<{width}}  {info.nodes:>6,} nodes  {info.edges:>6,} edges{capped}"
        )
    start = out / (maps.maps[0].filename if len(maps.maps) == 1 else "index.html")
    click.echo(f"Open {start} in a browser.")


def _plural(count: int, noun: str) -> str:
    """``1 map``, ``2 maps``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
