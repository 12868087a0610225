"""``kg map``: draw offline, interactive relationship maps from the graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import graph_option, lang_option, out_dir_option

KIND_NAMES = ("overview", "municipality", "law", "problems", "voices", "regions", "findings")


@click.command("map")
@click.argument("kind", required=False, type=click.Choice(KIND_NAMES))
@click.option(
    "--municipality",
    metavar="NAME",
    help="Municipality for the municipality map (slug, name, CBS code such as GM0899, or IRI).",
)
@click.option(
    "--law", metavar="NAME", help="Law for the law map (slug, name or IRI), e.g. jeugdwet."
)
@lang_option()
@graph_option("draw")
@out_dir_option(Path("build/maps"), "Output folder.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Keep at most N nodes per map, the most central ones (0: no cap).",
)
def map_command(
    kind: str | None,
    municipality: str | None,
    law: str | None,
    lang: str,
    graph_path: Path | None,
    out: Path,
    max_nodes: int,
) -> None:
    """Draw relationship maps as self-contained HTML pages that work offline.

    KIND is one of overview, municipality, law, problems, voices, regions,
    findings. With no KIND every kind is drawn (the municipality and law maps
    once per profiled municipality and per law) plus OUT/index.html. Each
    finding links to its sentence in OUT/sources/<document>.html.
    """
    from kg.build import default_graph_path
    from kg.graphfile import load_graph
    from kg.maps import generate_maps, write_maps

    graph = load_graph(graph_path or default_graph_path())
    maps = generate_maps(
        graph, kind=kind, municipality=municipality, law=law, lang=lang, max_nodes=max_nodes or None
    )
    write_maps(maps, out)
    click.echo(f"Wrote {len(maps.maps)} maps and {len(maps.sources)} source pages to {out}")
    width = max((len(m.filename) for m in maps.maps), default=0)
    for info in maps.maps:
        capped = f"  (capped from {info.cap.total:,})" if info.cap and info.cap.dropped else ""
        click.echo(
            f"  {info.filename:<{width}}  {info.nodes:>6,} nodes  {info.edges:>6,} edges{capped}"
        )
    start = out / (
        "index.html" if "index.html" in maps.pages else maps.maps[0].filename if maps.maps else ""
    )
    click.echo(f"Open {start} in a browser.")
