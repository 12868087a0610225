"""``kg build``: seeds folder → ``OUT/kg.ttl``."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import ontology_option, out_dir_option, quiet_option, seeds_option


@click.command()
@seeds_option("Folder of municipality profiles (*.txt); every file in it is read.")
@out_dir_option(Path("build"), "The graph is written to OUT/kg.ttl.")
@ontology_option()
@click.option(
    "--base-iri",
    default=None,
    envvar="KG_BASE_IRI",
    help="Base IRI for the data (default https://w3id.org/kg-decentralisatie/; env KG_BASE_IRI).",
)
@click.option(
    "--no-curation",
    is_flag=True,
    help="Ignore the curation files (seeds/<name>.curation.yaml): the extractor alone.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: one per CPU).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Re-extract every profile instead of reusing OUT/.cache for unchanged ones.",
)
@click.option(
    "--no-validate",
    is_flag=True,
    help="Skip the SHACL check of each document (faster; for benchmarks and debugging).",
)
@click.option(
    "--reference",
    "reference_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Reference data folder (municipalities, labour-market regions; default: the one "
    "shipped in kg/data/reference). A missing or malformed file fails with exit code 2.",
)
@quiet_option()
def build(
    seeds: Path,
    out: Path,
    ontology_dir: Path | None,
    base_iri: str | None,
    no_curation: bool,
    jobs: int | None,
    no_cache: bool,
    no_validate: bool,
    reference_dir: Path | None,
    quiet: bool,
) -> None:
    """Build the knowledge graph from the profiles in SEEDS.

    Reads every *.txt profile, recovers its structure, extracts mentions,
    findings, indicators and relations, checks each document against the SHACL
    shapes (ontology/shapes.ttl), and writes the whole graph (ontology + data)
    to OUT/kg.ttl and its VoID/DCAT description to OUT/void.ttl, atomically: a
    failed build, or a graph that does not conform, leaves the previous output
    untouched. Profiles are processed on all cores; an
    unchanged profile is not re-extracted (its result is cached in OUT/.cache).
    Shows progress on a terminal and prints a summary of what was built.
    """
    from kg.build import build as run_build
    from kg.cli.progress import progress_reporter
    from kg.errors import UsageError, printable
    from kg.loading import unread_texts
    from kg.namespaces import base_iri as check_base

    try:
        check_base(base_iri)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    target, summary = run_build(
        seeds,
        out,
        ontology_dir,
        base_iri,
        curation=not no_curation,
        jobs=jobs,
        cache=not no_cache,
        progress=None if quiet else progress_reporter(),
        validate=not no_validate,
        reference_dir=reference_dir,
    )
    if quiet:
        return
    for warning in summary.warnings:
        click.echo(f"Warning: {warning}", err=True)
    skipped = unread_texts(seeds)
    if skipped:
        names = ", ".join(printable(name) for name in skipped[:3])
        more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
        click.echo(
            f"Warning: {printable(str(seeds))}: not read, only *.txt files are profiles: "
            f"{names}{more} (rename a profile to .txt)",
            err=True,
        )
    rows = summary.as_rows()
    width = max(len(name) for name, _ in rows)
    cached = f" ({summary.cached} of {summary.documents} from cache)" if summary.cached else ""
    click.echo(f"Built {target}{cached}")
    for name, count in rows:
        click.echo(f"  {name:<{width}}  {count:>8,}")
