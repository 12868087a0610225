"""Generate a set of map pages from the RDF graph, and write them.

:func:`generate_maps` is pure (graph in, ``{relative path: html}`` out);
:func:`write_maps` writes them atomically under the output folder's lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import UsageError
from kg.io import file_stem, write_pages
from kg.maps.i18n import LANGUAGES
from kg.maps.index import MANIFEST, manifest_text, merge_manifest, render_index
from kg.maps.kinds import KINDS, CapInfo, MapKind, cap, focus_candidates
from kg.maps.render import render_map
from kg.maps.source_pages import render_source_page, source_documents
from kg.names import Names, names_from_graph, names_from_projection
from kg.network.projection import label, project


@dataclass
class MapInfo:
    """One generated map, for the index and the CLI's report."""

    filename: str
    kind: str
    title: str
    description: str
    nodes: int
    edges: int
    focus: str | None = None
    cap: CapInfo | None = None


@dataclass
class MapSet:
    """Everything :func:`generate_maps` produced."""

    pages: dict[str, str] = field(default_factory=dict)
    maps: list[MapInfo] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    #: Language of every page.
    lang: str = "en"
    #: Titles of the source pages, for an index redrawn at write time.
    source_titles: list[dict] = field(default_factory=list)


def plan_maps(
    projection: nx.MultiDiGraph,
    kind: str | None = None,
    municipality: str | None = None,
    law: str | None = None,
    names: Names | None = None,
) -> list[tuple[MapKind, str | None]]:
    """Which maps to draw: ``(kind, focus node)`` pairs.

    With no ``kind`` every kind is drawn; focused kinds (municipality, law) are
    drawn for the named entity, else for each candidate (profiled
    municipalities, laws that findings concern). A name is anything
    :mod:`kg.names` resolves (label, slug, CBS code, IRI, prefixed name),
    looked up in ``names`` (default: the projection's nodes).

    Raises
    ------
    UsageError
        For an unknown kind, municipality or law.
    """
    if kind is not None and kind not in KINDS:
        raise UsageError(f"unknown map kind {kind!r} (known: {', '.join(KINDS)})")
    kinds = [KINDS[kind]] if kind else list(KINDS.values())
    named = {"municipality": municipality, "law": law}
    planned: list[tuple[MapKind, str | None]] = []
    for map_kind in kinds:
        if map_kind.focus_type is None:
            planned.append((map_kind, None))
            continue
        wanted = named[map_kind.focus_type]
        if wanted:
            planned.append((map_kind, _focus(projection, map_kind, wanted, names)))
        else:
            planned += [(map_kind, node) for node in focus_candidates(projection, map_kind)]
    return planned


def _focus(projection: nx.MultiDiGraph, kind: MapKind, wanted: str, names: Names | None) -> str:
    """The projection node ``wanted`` names, which must be one the kind is drawn for."""
    names = names_from_projection(projection) if names is None else names
    focus = names.resolve(wanted, kind.focus_type)
    candidates = focus_candidates(projection, kind)
    if focus not in candidates:
        drawn = ", ".join(projection.nodes[n]["slug"] for n in candidates) or "none"
        raise UsageError(
            f"{names.describe(focus)} has no findings to draw a {kind.name} map of "
            f"(drawn for: {drawn})"
        )
    return focus


def map_filename(kind: MapKind, projection: nx.MultiDiGraph, focus: str | None) -> str:
    """``overview.html``, ``municipality-brunssum.html``, ``law-wmo-2015.html`` …"""
    if focus is None:
        return f"{kind.name}.html"
    return f"{kind.name}-{file_stem(projection.nodes[focus]['slug'])}.html"


def relation_labels(graph: Graph, lang: str) -> dict[str, str]:
    """Local name of each ``kg:`` property → its ``rdfs:label`` in ``lang`` (from the ontology).

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <https://w3id.org/kg-decentralisatie/def#speaker> rdfs:label "spreker"@nl .''',
    ...     format="turtle")
    >>> relation_labels(g, "nl")
    {'speaker': 'spreker'}
    """
    from rdflib import RDFS, Literal

    from kg.publish.graphs import detect_base

    namespace = detect_base(graph) + "def#"
    found: dict[str, str] = {}
    for subject, name in sorted(graph.subject_objects(RDFS.label)):
        iri = str(subject)
        if iri.startswith(namespace) and isinstance(name, Literal) and name.language == lang:
            found.setdefault(iri[len(namespace) :], str(name))
    return found


def generate_maps(
    graph: Graph,
    *,
    kind: str | None = None,
    municipality: str | None = None,
    law: str | None = None,
    lang: str = "en",
    max_nodes: int | None = None,
    projection: nx.MultiDiGraph | None = None,
) -> MapSet:
    """Render maps, source pages and (when every kind is drawn) the index.

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph (read only).
    kind : str, optional
        One of :data:`kg.maps.kinds.KINDS`; ``None`` draws every kind plus ``index.html``.
    municipality, law : str, optional
        The municipality / law for the focused kinds: label, slug, CBS code,
        IRI or prefixed name (see :mod:`kg.names`).
    lang : {"en", "nl"}
        Language of labels and interface.
    max_nodes : int, optional
        Keep at most this many nodes per map (the most central); 0 or None: all.
    projection : networkx.MultiDiGraph, optional
        A ready projection of ``graph`` (computed if omitted).

    Returns
    -------
    MapSet
        ``pages`` maps relative paths (``overview.html``, ``sources/brunssum.html``)
        to HTML.
    """
    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    if max_nodes is not None and max_nodes < 0:
        raise UsageError(f"max_nodes must be 0 or more, not {max_nodes}", parameter="max_nodes")
    projection = project(graph) if projection is None else projection
    from kg.publish.graphs import detect_base

    names = relation_labels(graph, lang)
    base = detect_base(graph)
    result = MapSet(lang=lang)
    entity_names = names_from_graph(graph) if municipality or law else None
    for map_kind, focus in plan_maps(projection, kind, municipality, law, entity_names):
        selection = map_kind.select(projection, focus) if focus else map_kind.select(projection)
        selection, info = cap(selection, max_nodes, keep=[focus] if focus else [])
        focus_label = label(projection, focus, lang) if focus else None
        title = map_kind.title(lang, focus_label)
        filename = map_filename(map_kind, projection, focus)
        result.pages[filename] = render_map(
            selection,
            title=title,
            description=map_kind.description(lang),
            lang=lang,
            cap_info=info,
            focus=focus,
            relation_labels=names,
            base=base,
        )
        result.maps.append(
            MapInfo(
                filename=filename,
                kind=map_kind.name,
                title=title,
                description=map_kind.description(lang),
                nodes=selection.number_of_nodes(),
                edges=selection.number_of_edges(),
                focus=focus,
                cap=info,
            )
        )
    sources = _add_source_pages(graph, lang, result)
    if kind is None:
        entries = [vars(m) for m in result.maps]
        result.pages["index.html"] = render_index(entries, sources, lang)
        result.pages[MANIFEST] = manifest_text(entries, lang)
    return result


def _add_source_pages(graph: Graph, lang: str, result: MapSet) -> list[dict[str, str]]:
    """Add a quoted source page per profile to ``result`` (pages, sources, titles).

    Parameters
    ----------
    graph : rdflib.Graph
        The knowledge graph (read only).
    lang : {"en", "nl"}
        Language of the pages.
    result : MapSet
        The set being built; its ``pages``, ``sources`` and ``source_titles`` grow.

    Returns
    -------
    list of dict
        ``filename`` and ``title`` of each source page, as the index lists them.

    Examples
    --------
    >>> from rdflib import Graph
    >>> result = MapSet(lang="en")
    >>> _add_source_pages(Graph(), "en", result), result.pages
    ([], {})
    """
    sources = []
    for document in source_documents(graph):
        path = f"sources/{document.filename}"
        result.pages[path] = render_source_page(document, lang)
        result.sources.append(path)
        sources.append(
            {"filename": path, "title": document.label_nl if lang == "nl" else document.label_en}
        )
    result.source_titles = sources
    return sources


def write_maps(maps: MapSet, out: str | Path) -> list[Path]:
    """Write every page under ``out`` atomically; return the paths written, sorted.

    A set drawn for some kinds only (no ``index.html`` of its own) is merged
    with the maps already in ``out`` (its ``maps.json``): the index and the
    manifest are redrawn to list every map the folder then holds.

    Raises
    ------
    UsageError
        When ``out`` holds maps in another language.
    """
    pages = dict(maps.pages)
    if "index.html" not in pages:
        entries = merge_manifest(out, [vars(m) for m in maps.maps], maps.lang, list(KINDS))
        pages["index.html"] = render_index(entries, maps.source_titles, maps.lang)
        pages[MANIFEST] = manifest_text(entries, maps.lang)
    return write_pages(pages, out)
