"""``kg query list`` and ``kg query run``: the SPARQL query library on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli import env
from kg.cli.options import (
    format_option,
    graph_option,
    lang_option,
    max_memory_option,
    max_width_option,
)

if TYPE_CHECKING:
    from kg.query.library import LibraryQuery
    from kg.query.params import Backend
    from kg.query.result import QueryResult

#: Output formats (kept here as plain strings so ``--help`` imports nothing heavy).
_FORMATS = ("table", "csv", "tsv", "json", "md", "ttl")

_queries_option = click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Query library folder (default: $KG_QUERIES, ./queries, else the one beside the package).",
)

_param_option = click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter value: a label ('Brunssum'), an IRI, a prefixed name (law:jeugdwet) "
    "or a literal. Repeat for several.",
)


def _open_backend(graph_path: Path | None, endpoint: str | None, **options: Any) -> Backend:
    """The graph (``--graph``, else ``$KG_GRAPH``, else build/kg.ttl) or the endpoint.

    A local graph is read through the store cache the environment chooses.
    """
    from kg.query.api import open_backend

    if endpoint is None:
        graph_path = env.graph_path(graph_path)
    cache = env.store_cache()
    return open_backend(graph_path, endpoint, cache=cache or False, **options)


@click.group()
def query() -> None:
    """Run the library of named SPARQL queries (or your own .rq files) on the graph.

    \b
    kg query list                              the library: names, parameters, summaries
    kg query show compare-problems --resolved  the exact SPARQL kg runs
    kg query run shared-problems               run one on build/kg.ttl
    kg query run problems-of-municipality --param municipality=Bunschoten --format csv

    Queries are read-only: updates are refused, and so are SERVICE and FROM
    graphs outside the local file unless --allow-remote is given.
    """


@query.command("list")
@format_option(("table", "json"), "table")
@_queries_option
def list_command(fmt: str, queries_dir: Path | None) -> None:
    """List the library's queries with their parameters and summaries."""
    from kg.query.library import list_queries

    specs = list_queries(env.queries_dir(queries_dir))
    if fmt == "json":
        import json

        data = [
            {
                "name": q.name,
                "summary": q.summary,
                "description": q.description,
                "tags": list(q.tags),
                "form": q.form,
                "params": [
                    {
                        "name": p.name,
                        "variable": "?" + p.variable,
                        "type": p.type_label,
                        "required": p.required,
                        "default": p.default,
                    }
                    for p in q.params
                ],
                "file": str(q.path),
            }
            for q in specs
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = [
        (
            q.name,
            " ".join(
                f"{p.name}={_short_default(p.default)}" if p.default else p.name for p in q.params
            ),
            q.summary,
        )
        for q in specs
    ]
    name_w = max([4] + [len(r[0]) for r in rows])
    param_w = max([10] + [len(r[1]) for r in rows])
    click.echo(f"{'name':<{name_w}}  {'parameters':<{param_w}}  summary")
    click.echo(f"{'-' * name_w}  {'-' * param_w}  {'-' * 7}")
    for name, params, summary in rows:
        click.echo(f"{name:<{name_w}}  {params:<{param_w}}  {summary}".rstrip())


def _short_default(value: str | None) -> str:
    from kg.query.formats import shorten

    return shorten(value or "")


@query.command("run")
@click.argument("name", metavar="NAME|FILE")
@_param_option
@graph_option("query")
@click.option(
    "--endpoint", metavar="URL", default=None, help="Query a SPARQL 1.1 endpoint instead."
)
@format_option(
    _FORMATS,
    None,
    "Default: table for SELECT/ASK, ttl for CONSTRUCT/DESCRIBE; json is W3C SPARQL 1.1 "
    "Query Results JSON, csv and tsv the W3C SPARQL 1.1 CSV/TSV results.",
)
@max_width_option()
@lang_option("Language of labels, for queries with a lang parameter (same as -p lang=…).", None)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Give up after this many seconds (0: no limit); exit code 1.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=0),
    default=100_000,
    show_default=True,
    help="Stop with exit code 1 past this many result rows or triples (0: no limit).",
)
@max_memory_option("Stop with exit code 1 when a query needs more than this many MB (0: no limit).")
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow SERVICE and FROM/FROM NAMED graphs outside the local file (makes HTTP requests).",
)
@_queries_option
def run_command(
    name: str,
    params: tuple[str, ...],
    graph_path: Path | None,
    endpoint: str | None,
    fmt: str | None,
    max_width: int,
    lang: str | None,
    timeout: float,
    max_rows: int,
    max_memory: int,
    allow_remote: bool,
    queries_dir: Path | None,
) -> None:
    """Run the library query NAME, or the query in FILE, and print its results.

    Parameters (?_name variables in the query) take their defaults from the
    query's header unless given with --param. Each query on a graph file runs
    in a worker process with no network, killed at --timeout or --max-memory.
    Exit codes: 0 success, 1 timeout, memory limit, too many results,
    unreachable endpoint or unreadable graph, 2 bad query, parameter or option
    (a refused query: update, SERVICE, remote FROM).
    """
    from kg.errors import UsageError
    from kg.query.api import execute
    from kg.query.formats import render
    from kg.query.library import load_query
    from kg.query.params import parse_param_options

    if graph_path is not None and endpoint is not None:
        raise UsageError("give --graph or --endpoint, not both")
    given = parse_param_options(params)
    spec = load_query(name, env.queries_dir(queries_dir))
    if lang is not None:
        if spec.param("lang") is None:
            raise UsageError(f"query {spec.name} has no lang parameter: its labels are fixed")
        if given.setdefault("lang", lang) != lang:
            raise UsageError("give --lang or -p lang=…, not both")
    if fmt == "ttl" and spec.form not in ("CONSTRUCT", "DESCRIBE"):
        raise UsageError(
            f"{spec.form} gives rows: --format ttl is for CONSTRUCT and DESCRIBE", spec.where
        )
    backend = _open_backend(graph_path, endpoint, max_memory_mb=max_memory or None)
    result = execute(
        backend,
        spec,
        given,
        timeout=timeout or None,
        allow_remote=allow_remote,
        max_rows=max_rows or None,
    )
    click.echo(render(result, fmt, max_width=max_width), nl=False)
    _note_empty_defaults(result, spec, given)


def _note_empty_defaults(result: QueryResult, spec: LibraryQuery, given: dict[str, str]) -> None:
    """On stderr: an empty answer whose IRI parameters took the header's defaults (which name
    entities of the example graph, e.g. Brunssum) says so, and how to give one's own."""
    if result.bindings or result.triples or result.boolean:
        return
    defaulted = [
        f"{p.name}={p.default}"
        for p in spec.params
        if p.kind == "iri" and p.default and p.name not in given and p.variable not in given
    ]
    if defaulted:
        click.echo(
            f"note: no results with the default {', '.join(defaulted)}; "
            "give --param NAME=VALUE to ask about an entity of your graph",
            err=True,
        )


@query.command("show")
@click.argument("name", metavar="NAME|FILE")
@click.option(
    "--resolved",
    is_flag=True,
    help="Print only the exact SPARQL kg runs: parameters bound in a VALUES block and "
    "the project prefixes declared, runnable as is by any SPARQL 1.1 engine.",
)
@_param_option
@graph_option("look labels up in")
@click.option("--endpoint", metavar="URL", default=None, help="Look labels up on an endpoint.")
@_queries_option
def show_command(
    name: str,
    resolved: bool,
    params: tuple[str, ...],
    graph_path: Path | None,
    endpoint: str | None,
    queries_dir: Path | None,
) -> None:
    """Show the library query NAME: its header (summary, parameters, defaults) and SPARQL.

    With --resolved, print the exact text kg executes with the parameters
    bound (defaults unless given with --param), e.g. to run it on another
    store: kg query show NAME --resolved > q.rq.
    """
    from kg.errors import UsageError
    from kg.query.library import load_query
    from kg.query.params import parse_param_options

    if graph_path is not None and endpoint is not None:
        raise UsageError("give --graph or --endpoint, not both")
    spec = load_query(name, env.queries_dir(queries_dir))
    given = parse_param_options(params)
    if resolved:
        from kg.query.api import resolved_text

        backend = None
        if graph_path is not None or endpoint is not None or env.graph_path().is_file():
            backend = _open_backend(graph_path, endpoint)
        click.echo(resolved_text(spec, given, backend), nl=False)
        return
    if given:
        raise UsageError("--param binds values for --resolved only")
    click.echo(_header(spec))
    click.echo(_sparql_body(spec.text), nl=False)


def _header(spec) -> str:  # noqa: ANN001
    lines = [f"# {spec.name}: {spec.summary}".rstrip(": ")]
    if spec.description:
        lines += ["#", *(f"# {line}" for line in _wrap(spec.description))]
    if spec.tags:
        lines.append(f"# tags: {', '.join(spec.tags)}")
    lines.append(f"# form: {spec.form}")
    if spec.params:
        lines.append("# parameters:")
        for p in spec.params:
            need = "required" if p.required else "optional"
            default = f", default {p.default}" if p.default else ""
            lines.append(f"#   {p.name} (?{p.variable}, {p.type_label}, {need}{default})")
    else:
        lines.append("# parameters: none")
    if spec.path is not None:
        lines.append(f"# file: {spec.path}")
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=88) or [""]


def _sparql_body(text: str) -> str:
    """The query text without its ``#+`` header lines (and the blank lines after them)."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and (lines[start].startswith("#+") or not lines[start].strip()):
        start += 1
    return "".join(lines[start:])
