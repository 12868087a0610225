"""``kg evaluate``: precision, recall and F1 of the extraction against the gold standard."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.options import format_option, ontology_option, seeds_option


def _rows(evaluation) -> list[tuple[str, int, int, int, float, float, float]]:  # noqa: ANN001
    return [
        (name, sc.tp, sc.fp, sc.fn, sc.precision, sc.recall, sc.f1)
        for name, sc in evaluation.scores.items()
    ]


def format_table(evaluation, markdown: bool = False) -> str:  # noqa: ANN001
    """Render an evaluation as a plain-text or Markdown table (none when no document has gold:
    empty counts would print as perfect scores)."""
    if not evaluation.documents:
        skipped = ", ".join(evaluation.skipped) or "none"
        return f"Nothing scored: no gold file for any profile (profiles: {skipped})."
    rows = _rows(evaluation)
    header = ("category", "tp", "fp", "fn", "precision", "recall", "F1")
    body = [
        (name, str(tp), str(fp), str(fn), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
        for name, tp, fp, fn, p, r, f in rows
    ]
    attrs = [(name, f"{acc.value:.3f}") for name, acc in sorted(evaluation.attributes.items())]
    mode = "with curation (--curation)" if evaluation.curation else "extractor alone"
    docs = ", ".join(d.name for d in evaluation.documents)
    lines = []
    if markdown:
        lines.append(f"Documents: {docs}; {mode}.\n")
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * 6) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in body]
        lines.append("")
        lines.append("| attribute (on matched items) | accuracy |")
        lines.append("|---|---:|")
        lines += [f"| {name} | {value} |" for name, value in attrs]
    else:
        lines.append(f"Documents: {docs}; {mode}")
        widths = [max(len(r[i]) for r in [header, *body]) for i in range(7)]
        for row in [header, *body]:
            lines.append(
                "  ".join(
                    cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                    for i, cell in enumerate(row)
                )
            )
        lines.append("")
        width = max(len(name) for name, _ in attrs) if attrs else 0
        lines.append("attribute accuracy on matched items")
        lines += [f"  {name:<{width}}  {value}" for name, value in attrs]
    if evaluation.skipped:
        lines.append("")
        lines.append("Not evaluated (no gold file): " + ", ".join(evaluation.skipped))
    return "\n".join(lines)


def format_suggestions(suggestions: dict) -> str:
    """Render suggested curation entries as YAML, one document after the other."""
    import yaml

    parts = []
    for name, entry in suggestions.items():
        body = yaml.safe_dump(
            entry, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False
        )
        parts.append(
            f"# ---- seeds/{name}.curation.yaml (suggestions: review each against the text) ----\n"
            + (body if entry else "{}\n")
        )
    return "\n".join(parts)


def _sets(
    seeds: Path, gold_dir: Path, devset: Path, devset_gold: Path, with_devset: bool
) -> tuple[dict[str, tuple[Path, Path]], str | None]:
    """The sets to score, and a note when the development set is not there."""
    sets = {"seeds": (seeds, gold_dir)}
    if not with_devset:
        return sets, None
    if devset.is_dir() and devset_gold.is_dir() and any(devset_gold.glob("*.yaml")):
        sets["devset"] = (devset, devset_gold)
        return sets, None
    return sets, (
        f"Dev set not evaluated: no profiles in {devset} or no gold files in {devset_gold}."
    )


_TITLES = {"seeds": "Seeds", "devset": "Development set (text the extractor was not written on)"}


@click.command()
@seeds_option("Folder of municipality profiles (*.txt) and their curation files.")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("tests") / "gold",
    show_default=True,
    help="Folder of gold-standard annotations (<document>.yaml) of the seeds.",
)
@click.option(
    "--devset",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("tests") / "devset",
    show_default=True,
    help="Folder of the development-set profiles, scored apart from the seeds.",
)
@click.option(
    "--devset-gold",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("tests") / "gold" / "devset",
    show_default=True,
    help="Folder of the development set's gold annotations.",
)
@click.option("--no-devset", is_flag=True, help="Score the seeds only.")
@ontology_option()
@click.option(
    "--curation/--no-curation",
    default=False,
    show_default=True,
    help="Apply the seeds' curation files (reviewed corrections). The default scores the "
    "extractor alone.",
)
@format_option(("table", "json", "md"), default="table")
@click.option(
    "--suggest-curation",
    is_flag=True,
    help="Print, as curation YAML, the gold items the extraction of the seeds misses (add) "
    "and the extracted items the gold standard lacks (retract), for a human to review.",
)
def evaluate(
    seeds: Path,
    gold_dir: Path,
    devset: Path,
    devset_gold: Path,
    no_devset: bool,
    ontology_dir: Path | None,
    curation: bool,
    fmt: str,
    suggest_curation: bool,
) -> None:
    """Score the extraction against the gold standard.

    Builds the profiles in SEEDS and in the development set in memory and
    prints, for each set apart, precision, recall and F1 per category
    (mentions, indicators, relations, findings, topics), plus the accuracy of
    attributes on matched items. By default the extractor is scored alone;
    --curation applies the seeds' reviewed corrections first. See the README
    section "Extraction and its quality" for the matching criteria.
    """
    from kg.evaluate import evaluate_sets
    from kg.evaluate import suggest_curation as suggest

    sets, note = _sets(seeds, gold_dir, devset, devset_gold, not no_devset and not suggest_curation)
    evaluations = evaluate_sets(sets, curation=curation, ontology_dir=ontology_dir)
    if suggest_curation:
        click.echo(format_suggestions(suggest(evaluations["seeds"])), nl=False)
        return
    if fmt == "json":
        data = {name: ev.as_dict() for name, ev in evaluations.items()}
        click.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    parts = []
    for name, ev in evaluations.items():
        title = _TITLES.get(name, name)
        heading = f"## {title}\n" if fmt == "md" else f"{title}\n{'=' * len(title)}"
        parts.append(heading + "\n" + format_table(ev, markdown=fmt == "md"))
    if note:
        parts.append(note)
    click.echo("\n\n".join(parts))
