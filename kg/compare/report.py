"""Generate a comparison report with its map and source pages, and write it.

:func:`generate_report` is pure (graph file in, ``{relative path: text}``
out); :func:`write_report` writes the pages atomically under the output
folder's lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.compare.html import render_html, title
from kg.compare.i18n import LANGUAGES
from kg.compare.markdown import render_md
from kg.compare.model import Comparison, build_comparison
from kg.errors import UsageError
from kg.io import write_pages

if TYPE_CHECKING:
    from kg.query.cache import StoreCache

FORMATS = ("html", "md")


@dataclass
class Report:
    """Everything :func:`generate_report` produced."""

    comparison: Comparison
    filename: str
    map_filename: str
    pages: dict[str, str] = field(default_factory=dict)


def comparison_map(graph, comparison: Comparison, lang: str = "en") -> str:  # noqa: ANN001
    """The problems × municipalities map restricted to the compared municipalities."""
    from kg.maps.kinds import KINDS, select_problems
    from kg.maps.render import render_map
    from kg.network.projection import project

    kind = KINDS["problems"]
    selection = select_problems(project(graph), municipalities=comparison.iris)
    return render_map(
        selection,
        title=f"{kind.title(lang)}: {title(comparison, lang)}",
        description=kind.description(lang),
        lang=lang,
        index_href=None,
    )


def source_pages(graph, comparison: Comparison, lang: str = "en") -> dict[str, str]:  # noqa: ANN001
    """``sources/<document>.html`` for every document the report quotes."""
    from kg.maps.source_pages import render_source_page, source_documents

    used = {f.span.document for items in comparison.findings.values() for f in items}
    used |= {i.span.document for items in comparison.indicators.values() for i in items}
    used |= {r.span.document for items in comparison.relations.values() for r in items}
    return {
        f"sources/{document.filename}": render_source_page(document, lang, back_href=None)
        for document in source_documents(graph)
        if document.key in used
    }


def generate_report(
    names: list[str] | tuple[str, ...],
    graph_path: str | Path | None = None,
    *,
    lang: str = "en",
    fmt: str = "html",
    queries_dir: str | Path | None = None,
    cache: bool | StoreCache = True,
) -> Report:
    """Compare municipalities: the report, its comparison map and its source pages.

    Parameters
    ----------
    names : sequence of str
        Two or more profiled municipalities (label, slug, CBS code or IRI).
    graph_path : str or Path, optional
        The graph file (default ``build/kg.ttl``).
    lang : {"en", "nl"}
        Language of headings and labels.
    fmt : {"html", "md"}
        Format of the report page (the map and source pages are always HTML).
    queries_dir : str or Path, optional
        The query library folder (default: :func:`kg.query.library.default_queries_dir`).
    cache : bool or StoreCache
        The on-disk store cache the queries read the graph through (see
        :func:`kg.query.cache.open_store`).

    Returns
    -------
    Report
        ``pages`` maps relative paths (``compare-brunssum-bunschoten.html``,
        ``compare-brunssum-bunschoten-map.html``, ``sources/brunssum.html``) to text.

    Raises
    ------
    UsageError
        For an unknown language or format, or unknown municipalities.
    DataError
        If the graph file is missing or invalid.
    """
    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    from kg.graphfile import load_graph
    from kg.io import default_graph_path
    from kg.query.api import connect

    path = Path(graph_path) if graph_path is not None else default_graph_path()
    graph = load_graph(path)  # first: a file with no triples fails here, not as "unknown name"
    comparison = build_comparison(connect(path, queries=queries_dir, cache=cache), names)
    comparison.graph = str(path)
    base = f"compare-{comparison.slug}"
    report = Report(comparison, f"{base}.{fmt}", f"{base}-map.html")
    render = render_html if fmt == "html" else render_md
    report.pages[report.filename] = render(comparison, lang, map_href=report.map_filename)
    report.pages[report.map_filename] = comparison_map(graph, comparison, lang)
    report.pages.update(source_pages(graph, comparison, lang))
    return report


def write_report(report: Report, out: str | Path) -> list[Path]:
    """Write every page of ``report`` under ``out`` atomically; return the paths, sorted."""
    return write_pages(report.pages, out)
