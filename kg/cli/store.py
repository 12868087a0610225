"""``kg push`` and ``kg serve``: the graph on a triple store, remote or local."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg.cli.options import max_memory_option, ontology_option, quiet_option
from kg.cli.publish import graph_option, read_graph
from kg.errors import UsageError


@click.command()
@click.option(
    "--store", required=True, help="Graph Store endpoint, e.g. http://127.0.0.1:7878/store."
)
@graph_option
@click.option(
    "--update",
    default=None,
    help="SPARQL Update endpoint for the staging swap (default: STORE with /store → /update).",
)
@click.option(
    "--direct",
    is_flag=True,
    help="PUT each graph in place, without staging (for stores with no update endpoint).",
)
@click.option("--user", default=None, help="User name for HTTP Basic authentication.")
@click.option(
    "--password-env",
    "password_env",
    default="KG_STORE_PASSWORD",
    show_default=True,
    help="Environment variable holding the password (used with --user; never printed).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Extra attempts after a connection error, timeout or 5xx, with exponential backoff.",
)
@ontology_option()
@quiet_option()
def push(
    store: str,
    graph_path: Path | None,
    update: str | None,
    direct: bool,
    user: str | None,
    password_env: str,
    timeout: float,
    retries: int,
    ontology_dir: Path | None,
    quiet: bool,
) -> None:
    """Upload the graph to a SPARQL 1.1 store, one named graph per document.

    Each named graph (one per source document, one for the ontology, one for
    minted entities) is replaced with PUT, so pushing twice never duplicates.
    Graphs go to staging graphs first, are read back and checked, then all are
    moved into place with one SPARQL Update (MOVE); an interrupted push leaves
    the previous graphs as they were.
    """
    from kg.publish.push import HttpClient, push_graph

    password = None
    if user is not None:
        password = os.environ.get(password_env)
        if password is None:
            raise UsageError(f"--user given but environment variable {password_env} is not set")
    client = HttpClient(user=user, password=password, timeout=timeout, retries=retries)
    graph = read_graph(graph_path)

    def report(step: str, iri: str) -> None:
        if not quiet and step == "replaced":
            click.echo(f"  {iri}")

    result = push_graph(
        graph,
        store,
        update=update,
        direct=direct,
        client=client,
        progress=report,
        ontology_dir=ontology_dir,
    )
    if not quiet:
        how = "staged, checked and moved into place" if result.staged else "replaced in place"
        count = f"{result.triples:,} triples in {len(result.graphs)} graphs"
        click.echo(f"Pushed {count} to {result.store} ({how})")


@click.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port (0: any free port).",
)
@click.option(
    "--maps",
    "maps_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("build") / "maps",
    show_default=True,
    help="Folder of maps to serve under /maps/ (skipped when missing).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds one query may take; past it the answer is 503 (0: no limit).",
)
@click.option(
    "--max-result-mb",
    type=click.FloatRange(min=0),
    default=100.0,
    show_default=True,
    help="Megabytes of results one query may give; past it the answer is 400 (0: no limit).",
)
@max_memory_option("Megabytes one query may use; past it the answer is 422 (0: no limit).")
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Query library for /api and /sparql (default: $KG_QUERIES, ./queries or the shipped one).",
)
@click.option(
    "--base-iri",
    default=None,
    help="Base IRI whose paths (/id/…, /concept/…, /def) the server answers "
    "(default: the one the graph was built with).",
)
@ontology_option()
def serve(
    graph_path: Path | None,
    host: str,
    port: int,
    maps_dir: Path,
    timeout: float,
    max_result_mb: float,
    max_memory: int,
    queries_dir: Path | None,
    base_iri: str | None,
    ontology_dir: Path | None,
) -> None:
    """Serve the graph as a local read-only SPARQL endpoint, with docs and maps.

    Queries go to http://HOST:PORT/query (SPARQL 1.1 Protocol, GET or POST);
    updates are refused, and each query runs in a worker process with no
    network, held to --timeout (503), --max-memory (422) and --max-result-mb (400).
    Also a linked-data explorer: every data IRI's path (/id/…, /concept/…,
    /def) answers HTML, Turtle, JSON-LD or N-Triples by content negotiation;
    /findings searches and filters the findings; /api and /openapi.json run
    the query library as a REST API; /sparql is a query editor. Also serves
    /docs/ontology.html, /maps/, /kg.ttl and /void.ttl. Stop with Ctrl-C.
    """
    from kg.cli import env
    from kg.publish.serve import create_server

    def check_base(value: str) -> str:
        from kg.namespaces import base_iri as valid_base

        try:
            return valid_base(value)
        except ValueError as exc:
            raise UsageError(str(exc)) from None

    server = create_server(
        env.graph_path(graph_path),
        host,
        port,
        maps_dir,
        ontology_dir=ontology_dir,
        timeout=timeout,
        max_result_mb=max_result_mb,
        max_memory_mb=max_memory or None,
        queries_dir=env.queries_dir(queries_dir),
        base_iri=check_base(base_iri) if base_iri else None,
    )
    server.log = True
    click.echo(
        f"Serving {server.graph_path} read-only at {server.endpoint} (Ctrl-C to stop)", err=True
    )
    home = server.endpoint.rsplit("/", 1)[0]
    click.echo(f"Explorer: {home}/ (findings: {home}/findings, editor: {home}/sparql)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped", err=True)
    finally:
        server.server_close()
