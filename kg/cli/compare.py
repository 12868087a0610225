"""``kg compare``: put two or more municipalities side by side in one offline report."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import format_option, graph_option, lang_option, out_dir_option, quiet_option


@click.command("compare")
@click.argument("municipalities", nargs=-1, required=True, metavar="A B [C …]")
@graph_option()
@lang_option("Language of headings and labels.")
@format_option(("html", "md"), "html", "The map and source pages are HTML either way.")
@out_dir_option(Path("build/compare"), "")
@quiet_option()
def compare(
    municipalities: tuple[str, ...],
    graph_path: Path | None,
    lang: str,
    fmt: str,
    out: Path,
    quiet: bool,
) -> None:
    """Compare municipalities side by side: indicators, problems, laws, governance, voices.

    A B [C …] are profiled municipalities, by name ("Brunssum"), slug, CBS
    code (GM0899), IRI or prefixed name (id:municipality/brunssum). Writes
    OUT/compare-<a>-<b>.html (or .md), the comparison map
    OUT/compare-<a>-<b>-map.html and the quoted profiles under OUT/sources/;
    every finding and figure links to its highlighted sentence there.
    """
    from kg.cli import env
    from kg.compare import generate_report, write_report

    report = generate_report(
        municipalities,
        env.graph_path(graph_path),
        lang=lang,
        fmt=fmt,
        queries_dir=env.queries_dir(),
        cache=env.store_cache() or False,
    )
    write_report(report, out)
    if quiet:
        return
    comparison = report.comparison
    groups = comparison.problem_groups()
    names = ", ".join(comparison.labels(iri, lang) for iri in comparison.iris)
    click.echo(f"Compared {names}")
    click.echo(f"  problems shared by all   {len(groups.shared_by_all):>4}")
    if len(comparison.iris) > 2:
        click.echo(f"  problems shared by some  {len(groups.shared_by_some):>4}")
    for iri in comparison.iris:
        label = f"only {comparison.labels(iri, lang)}"
        click.echo(f"  problems {label:<15} {len(groups.unique[iri]):>4}")
    topics = comparison.problem_groups("topic")
    click.echo(f"  topics shared by all     {len(topics.shared_by_all):>4}")
    for iri in comparison.iris:
        label = f"only {comparison.labels(iri, lang)}"
        click.echo(f"  topics {label:<17} {len(topics.unique[iri]):>4}")
    click.echo(f"  laws discussed           {len(comparison.laws()):>4}")
    click.echo(f"  speaker roles heard      {len(comparison.voices()):>4}")
    click.echo(f"Wrote {len(report.pages)} files to {out}")
    click.echo(f"Open {out / report.filename}")
