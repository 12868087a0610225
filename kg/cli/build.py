"""``kg build``: seeds folder → ``OUT/kg.ttl``."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _progress(enabled: bool):  # noqa: ANN202
    if not enabled:
        return None

    def report(done: int, total: int, name: str) -> None:
        click.echo(f"\r[{done}/{total}] {name[:60]:<60}", nl=done == total, err=True)

    return report


@click.command()
@click.option(
    "--seeds",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("seeds"),
    show_default=True,
    help="Folder of municipality profiles (*.txt); every file in it is read.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("build"),
    show_default=True,
    help="Output folder; the graph is written to OUT/kg.ttl.",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Ontology folder (default: ./ontology, else the one beside the package).",
)
@click.option(
    "--base-iri",
    default=None,
    envvar="KG_BASE_IRI",
    help="Base IRI for the data (default https://w3id.org/kg-decentralisatie/; env KG_BASE_IRI).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(seeds: Path, out: Path, ontology_dir: Path | None, base_iri: str | None, quiet: bool) -> None:
    """Build the knowledge graph from the profiles in SEEDS.

    Reads every *.txt profile, recovers its structure, extracts mentions,
    findings, indicators and relations, and writes the whole graph
    (ontology + data) to OUT/kg.ttl, atomically: a failed build leaves the
    previous output untouched. Prints a summary of what was built.
    """
    from kg.build import build_graph, write_build
    from kg.errors import UsageError

    try:
        from kg.namespaces import base_iri as check_base

        check_base(base_iri)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    show_progress = not quiet and sys.stderr.isatty()
    result = build_graph(seeds, ontology_dir, base_iri, progress=_progress(show_progress))
    target = write_build(result, out)
    if quiet:
        return
    for warning in result.summary.warnings:
        click.echo(f"Warning: {warning}", err=True)
    rows = result.summary.as_rows()
    width = max(len(name) for name, _ in rows)
    click.echo(f"Built {target}")
    for name, count in rows:
        click.echo(f"  {name:<{width}}  {count:>8,}")
