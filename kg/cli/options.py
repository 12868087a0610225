"""Options shared by several commands, so they read and behave the same everywhere."""

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


def ontology_option() -> Callable[[F], F]:
    """``--ontology DIR``: the ontology folder."""
    return click.option(
        "--ontology",
        "ontology_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Ontology folder (default: ./ontology, else the one beside the package).",
    )


def lang_option(help_text: str = "Language of labels.") -> Callable[[F], F]:
    """``--lang nl|en``."""
    return click.option(
        "--lang",
        type=click.Choice(["en", "nl"]),
        default="en",
        show_default=True,
        help=help_text,
    )


def out_dir_option(default: Path, help_text: str) -> Callable[[F], F]:
    """``--out DIR``: an output folder."""
    return click.option(
        "--out",
        type=click.Path(path_type=Path, file_okay=False),
        default=default,
        show_default=True,
        help=help_text,
    )
