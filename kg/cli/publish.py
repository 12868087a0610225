"""``kg export``, ``kg validate``, ``kg docs``: the graph as linked data."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import (
    format_option,
    ontology_option,
    out_dir_option,
    out_file_option,
    quiet_option,
)
from kg.cli.options import graph_option as shared_graph_option
from kg.errors import DataError, KgError, UsageError

graph_option = shared_graph_option()


def read_graph(graph_path: Path | None):  # noqa: ANN201
    """Load ``graph_path`` (or the default graph) as an rdflib graph."""
    from kg.cli.env import graph_path as env_graph_path
    from kg.graphfile import load_graph

    return load_graph(env_graph_path(graph_path))


@click.command()
@graph_option
@format_option(
    ("ttl", "trig", "nt", "nq", "jsonld"), None, "Default: from the --out extension, else ttl."
)
@out_file_option(
    "Output file, written atomically (a file, not a folder: export writes one file); "
    "standard output when not given."
)
@ontology_option()
@quiet_option()
def export(
    graph_path: Path | None,
    fmt: str | None,
    out: Path | None,
    ontology_dir: Path | None,
    quiet: bool,
) -> None:
    """Export the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

    TriG and N-Quads hold one named graph per source document, one for the
    ontology and vocabularies and one for entities minted by the extraction.
    JSON-LD embeds the published context (ontology/context.jsonld). The same
    graph always gives byte-identical output.
    """
    from kg.publish.export import FORMATS, serialize, write_export

    if fmt is None:
        by_suffix = {ext: name for name, (ext, _) in FORMATS.items()}
        fmt = by_suffix.get(out.suffix.lower(), "ttl") if out else "ttl"
    graph = read_graph(graph_path)
    if out is None:
        sys.stdout.buffer.write(serialize(graph, fmt, ontology_dir))
        return
    write_export(graph, fmt, out, ontology_dir)
    if not quiet:
        click.echo(f"Wrote {out} ({fmt}, {len(graph):,} triples)", err=True)


class ValidationFailed(UsageError):
    """The shapes could not be read or applied (exit 2, as pySHACL does)."""


@click.command()
@graph_option
@click.option(
    "--shapes",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="SHACL shapes file (default: shapes.ttl in the ontology folder).",
)
@ontology_option()
@format_option(
    ("table", "ttl"),
    "table",
    "table: one violation per line, then a summary; ttl: the SHACL validation report.",
)
@click.option(
    "--engine",
    type=click.Choice(["fast", "pyshacl"]),
    default="fast",
    show_default=True,
    help="fast: the compiled shapes (falls back to pySHACL for features it lacks); "
    "pyshacl: the reference validator.",
)
@quiet_option()
def validate(
    graph_path: Path | None,
    shapes: Path | None,
    ontology_dir: Path | None,
    fmt: str,
    engine: str,
    quiet: bool,
) -> None:
    """Check the graph against the SHACL shapes.

    \b
    Exit codes: 0 the graph conforms, 1 it does not (violations listed on
    standard output as "focus path: message") or the graph file is missing,
    empty or unreadable (as on every command), 2 the shapes could not be read.
    """
    from kg.namespaces import prefixes_for
    from kg.publish.graphs import detect_base
    from kg.publish.validate import default_shapes_path, validate_graph

    graph = read_graph(graph_path)
    try:
        report = validate_graph(graph, shapes or default_shapes_path(ontology_dir), engine)
    except KgError as exc:
        raise ValidationFailed(str(exc)) from None
    if quiet:
        pass
    elif fmt == "ttl":
        sys.stdout.buffer.write(report.turtle())
    else:
        for line in report.lines(prefixes_for(detect_base(graph))):
            click.echo(line)
    if not report.conforms:
        from kg.cli.env import graph_path as env_graph_path

        count = len(report.violations)
        message = f"graph does not conform to the shapes ({count} violations)"
        raise DataError(message, env_graph_path(graph_path))
    if fmt == "table" and not quiet:
        click.echo(f"Conforms: {len(graph):,} triples checked against {report.shapes}")


@click.command()
@out_dir_option(Path("build") / "docs", "ontology.html is written into it.")
@ontology_option()
@shared_graph_option("list the terms and examples of (when it exists)")
@quiet_option()
def docs(out: Path, ontology_dir: Path | None, graph_path: Path | None, quiet: bool) -> None:
    """Write HTML documentation of the ontology to OUT/ontology.html.

    One self-contained page: classes, properties with domain and range,
    concept schemes with their concepts, the gazetteer's organisations with
    their public identifiers; Dutch and English labels and definitions. With
    a built graph, also every class and property the data uses, ours and
    external (oa:exact, oa:start, oa:end, dcterms, prov, qb, skos, org), each
    with its meaning and one example triple from the graph.
    """
    from kg.cli.env import graph_path as env_graph_path
    from kg.publish.docs import write_docs

    if out.exists() and not out.is_dir():
        raise UsageError("not a folder", out)
    if graph_path is None and env_graph_path().is_file():
        graph_path = env_graph_path()
    data = read_graph(graph_path) if graph_path is not None else None
    written = write_docs(out, ontology_dir, data)
    if not quiet:
        click.echo(f"Wrote {written}")
