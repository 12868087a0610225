"""Options shared by several commands, so they read and behave the same everywhere.

The vocabulary: ``--graph FILE`` (the graph to read), ``--out DIR`` (a folder,
for commands that write several files: build, map, compare, docs) or
``--out FILE`` (export, which writes one file), ``--format/-f NAME`` (value
names from :data:`FORMAT_NAMES`, one meaning each), ``--quiet/-q``,
``--lang en|nl`` (one label language per output) and ``--max-width N`` (table
cells; 0: no limit). ``tests/test_cli_options.py`` checks every command keeps to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


def graph_option(verb: str = "read") -> Callable[[F], F]:
    """``--graph PATH``: the graph file to use (default ``$KG_GRAPH`` or ``build/kg.ttl``)."""
    return click.option(
        "--graph",
        "graph_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help=f"Graph file to {verb} (Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML; "
        "default: $KG_GRAPH or build/kg.ttl).",
    )


def seeds_option(help_text: str = "Folder of municipality profiles (*.txt).") -> Callable[[F], F]:
    """``--seeds DIR``: the folder of profiles (default ``seeds``)."""
    return click.option(
        "--seeds",
        type=click.Path(path_type=Path, file_okay=False),
        default=Path("seeds"),
        show_default=True,
        help=help_text,
    )


def _ontology_dir(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """The folder given, else ``$KG_ONTOLOGY``, else None (:func:`kg.cli.env.ontology_dir`)."""
    from kg.cli.env import ontology_dir

    return ontology_dir(value)


def ontology_option() -> Callable[[F], F]:
    """``--ontology DIR``: the ontology folder, passed to the library as ``ontology_dir``."""
    return click.option(
        "--ontology",
        "ontology_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        callback=_ontology_dir,
        help="Ontology folder (default: $KG_ONTOLOGY, else ./ontology, else the one beside "
        "the package).",
    )


#: The label languages: every output is in one of them.
LANGUAGES = ("en", "nl")


def lang_option(
    help_text: str = "Language of labels (one language per output).", default: str | None = "en"
) -> Callable[[F], F]:
    """``--lang en|nl``."""
    return click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=default,
        show_default=default is not None,
        help=help_text,
    )


def out_dir_option(default: Path, help_text: str) -> Callable[[F], F]:
    """``--out DIR``: an output folder (commands that write several files)."""
    return click.option(
        "--out",
        type=click.Path(path_type=Path, file_okay=False),
        default=default,
        show_default=True,
        metavar="DIR",
        help=f"Output folder. {help_text}".strip(),
    )


#: Every ``--format`` value, with the one meaning it has on every command.
FORMAT_NAMES: dict[str, str] = {
    "table": "aligned text for people",
    "csv": "comma-separated values",
    "tsv": "tab-separated values",
    "json": "JSON for tools",
    "md": "Markdown",
    "html": "an HTML page",
    "ttl": "Turtle",
    "trig": "TriG (named graphs)",
    "nt": "N-Triples",
    "nq": "N-Quads (named graphs)",
    "jsonld": "JSON-LD",
}

#: Old value names still accepted (not listed): ``kg validate --format text``.
FORMAT_ALIASES: dict[str, str] = {"text": "table"}


class FormatChoice(click.Choice):
    """A ``click.Choice`` of format names that also takes the old aliases."""

    def convert(self, value, param, ctx):  # noqa: ANN001, ANN201
        alias = FORMAT_ALIASES.get(value) if isinstance(value, str) else None
        return super().convert(alias if alias in self.choices else value, param, ctx)


def format_option(
    choices: tuple[str, ...], default: str | None = None, note: str = ""
) -> Callable[[F], F]:
    """``--format/-f NAME``: each value means what :data:`FORMAT_NAMES` says, everywhere."""
    unknown = [c for c in choices if c not in FORMAT_NAMES]
    if unknown:
        raise ValueError(f"format names outside the shared vocabulary: {unknown}")
    listed = "; ".join(f"{c}: {FORMAT_NAMES[c]}" for c in choices)
    return click.option(
        "--format",
        "-f",
        "fmt",
        type=FormatChoice(list(choices)),
        default=default,
        show_default=default is not None,
        help=f"Output format ({listed}).{' ' + note if note else ''}",
    )


def quiet_option() -> Callable[[F], F]:
    """``--quiet/-q``: print nothing but errors (the exit code still tells the outcome)."""
    return click.option(
        "--quiet",
        "-q",
        is_flag=True,
        help="Print nothing but errors; the exit code still tells the outcome.",
    )


#: Longest table cell printed before it is cut (``--max-width``; 0: no limit).
DEFAULT_MAX_WIDTH = 60


def max_width_option() -> Callable[[F], F]:
    """``--max-width N``: cut table cells longer than N characters (0: no limit)."""
    return click.option(
        "--max-width",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_WIDTH,
        show_default=True,
        metavar="N",
        help="Cut table cells longer than N characters with '…' (0: no limit).",
    )


#: Megabytes one query may use (``--max-memory``; 0: no limit). The same figure as
#: ``kg.query.sandbox.DEFAULT_MAX_MEMORY_MB``, kept here so option parsing imports no
#: query machinery (a test checks they agree).
DEFAULT_MAX_MEMORY_MB = 2048


def max_memory_option(help_text: str) -> Callable[[F], F]:
    """``--max-memory MB``: the memory one query's worker may use (0: no limit)."""
    return click.option(
        "--max-memory",
        "max_memory",
        type=click.IntRange(min=0),
        default=DEFAULT_MAX_MEMORY_MB,
        show_default=True,
        metavar="MB",
        help=help_text,
    )


def out_file_option(help_text: str) -> Callable[[F], F]:
    """``--out FILE``: one output file (for commands that write one file)."""
    return click.option(
        "--out",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        metavar="FILE",
        help=help_text,
    )
