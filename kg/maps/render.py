"""One map selection → one self-contained HTML page.

The page is generated here, not with pyvis's template: every script and style
sheet is inlined (see :mod:`kg.maps.assets`), the graph travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
and tooltips are built in the page as DOM text. Positions are precomputed
(:mod:`kg.maps.layout`) and physics is off, so a page draws at once and looks
the same every time. Same selection in, byte-identical HTML out.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from html import escape

import networkx as nx

from kg.io import file_stem
from kg.maps import assets
from kg.maps.i18n import counts, relation_names, text
from kg.maps.kinds import CapInfo
from kg.maps.layout import positions
from kg.maps.styles import STYLES, style_of
from kg.network.analytics import undirected

#: Maps with at most this many edges name each edge on the drawing.
EDGE_LABELS = 40
#: Characters of a quote shown as a finding's label.
SNIPPET = 34


def source_href(data: dict) -> str | None:
    """Relative link from a map to the sentence of a finding in its source page."""
    document, start, end = data.get("document"), data.get("start"), data.get("end")
    if not document or start is None or end is None:
        return None
    return f"sources/{file_stem(document)}.html#s-{int(start)}-{int(end)}"


def _snippet(quote: str) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= SNIPPET else quote[: SNIPPET - 1].rstrip() + "…"


def _label(data: dict, lang: str) -> str:
    if data.get("type") == "finding" and data.get("quote"):
        return _snippet(data["quote"])
    return data.get(f"label_{lang}") or data.get("label_nl") or data.get("slug", "")


def _tip(data: dict, lang: str, degree: int) -> list[list[str]]:
    other = "nl" if lang == "en" else "en"
    rows = [["", data.get(f"label_{lang}") or data.get("label_nl", ""), "title"]]
    if data.get("type") == "finding":
        speakers = "; ".join(data.get(f"speaker_labels_{lang}", ()))
        for key, value, cls in (
            ("quote", data.get("quote", ""), "quote"),
            ("speaker", speakers, "speaker"),
            ("section", data.get("section", ""), "section"),
            ("document", data.get("document_title", ""), "document"),
            ("municipality", data.get(f"municipality_label_{lang}", ""), ""),
            ("polarity", data.get(f"polarity_label_{lang}", ""), ""),
            ("theme", data.get(f"theme_label_{lang}", ""), ""),
        ):
            if value:
                rows.append([text(lang, key), value, cls])
        return rows
    rows.append([text(lang, "type"), style_of(data.get("style", "")).label(lang), ""])
    other_label = data.get(f"label_{other}", "")
    if other_label and other_label != rows[0][1]:
        rows.append([text(lang, "name_other"), other_label, ""])
    rows.append([text(lang, "connections"), str(degree), ""])
    rows.append([text(lang, "iri"), data.get("iri", ""), "iri"])
    return rows


def _first_sources(selection: nx.MultiDiGraph) -> dict[str, str]:
    """Each node → the source sentence of the first finding (in document order) tied to it."""
    findings = sorted(
        (
            (data.get("document", ""), data.get("start", 0), node)
            for node, data in selection.nodes(data=True)
            if data.get("type") == "finding" and source_href(data)
        ),
    )
    first: dict[str, str] = {}
    for _, _, finding in findings:
        href = source_href(selection.nodes[finding])
        for other in sorted({*selection.successors(finding), *selection.predecessors(finding)}):
            first.setdefault(other, href)  # type: ignore[arg-type]
    return first


def edge_label(relation: str, labels: dict[str, str] | None, lang: str) -> str:
    """An edge's name: the ontology's label of its property in ``lang``, else a known one.

    Examples
    --------
    >>> edge_label("aboutMunicipality", {"aboutMunicipality": "over gemeente"}, "nl")
    'over gemeente'
    >>> edge_label("broader", None, "en"), edge_label("someNewRelation", None, "en")
    ('broader', 'some new relation')
    """
    if labels and relation in labels:
        return labels[relation]
    known = relation_names(lang)
    if relation in known:
        return known[relation]
    import re

    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", relation).lower()


def map_data(
    selection: nx.MultiDiGraph,
    lang: str = "en",
    *,
    focus: str | None = None,
    relation_labels: dict[str, str] | None = None,
    base: str | None = None,
) -> dict:
    """The JSON the page draws: nodes with positions, sizes and tooltips; edges; styles.

    Parameters
    ----------
    selection : networkx.MultiDiGraph
        A map selection (see :mod:`kg.maps.kinds`).
    lang : {"en", "nl"}
        Language of labels and tooltips.
    focus : str, optional
        The map's focal node: drawn on top, always labelled.
    relation_labels : dict, optional
        Relation name → the ontology's label in ``lang`` (for edge names).
    base : str, optional
        The data base IRI: served by ``kg serve``, a node opens its IRI's page.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``styles``, ``text``, ``focus`` and ``base``;
        deterministic order (the focus last, so it is drawn on top).
    """
    pos = positions(selection)
    simple = undirected(selection)
    strength = dict(simple.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    nodes = []
    first_source = _first_sources(selection)
    for node in sorted(selection, key=lambda n: (n == focus, n)):
        data = selection.nodes[node]
        size = 7 + 25 * math.sqrt(strength.get(node, 0) / top)
        if data.get("type") == "finding":
            size = min(size, 9.0)
        label_text = _label(data, lang)
        search = " ".join(
            [label_text, data.get("label_nl", ""), data.get("label_en", ""), data.get("quote", "")]
        )
        entry = {
            "id": node,
            "label": label_text,
            "style": data.get("style", data.get("type", "")),
            "x": pos[node][0],
            "y": pos[node][1],
            "size": round(size, 1),
            "tip": _tip(data, lang, simple.degree(node)),
            "search": search.lower(),
        }
        href = source_href(data) if data.get("type") == "finding" else first_source.get(node)
        if node == focus:
            entry["focus"] = True
        if href:
            entry["href"] = href
        nodes.append(entry)
    edges = _edge_entries(selection, lang, relation_labels)
    used = sorted({n["style"] for n in nodes})
    styles = {
        name: {"color": style_of(name).colour, "shape": style_of(name).shape} for name in used
    }
    return {
        "nodes": nodes,
        "edges": edges,
        "styles": styles,
        "text": {key: text(lang, key) for key in ("matches", "filtered", "show_all")},
        "focus": focus,
        "base": base,
    }


def _edge_entries(
    selection: nx.MultiDiGraph, lang: str, relation_labels: dict[str, str] | None
) -> list[dict]:
    """The edges as the page draws them, in a fixed order; labelled when few.

    Parameters
    ----------
    selection : networkx.MultiDiGraph
        A map selection.
    lang : {"en", "nl"}
        Language of relation names.
    relation_labels : dict, optional
        Relation name → the ontology's label in ``lang``.

    Returns
    -------
    list of dict
        ``from``, ``to``, ``title`` and ``width`` (and ``label`` when there are
        at most :data:`EDGE_LABELS` edges).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="x", relation="x", weight=4)
    >>> _edge_entries(g, "en", {"x": "linked to"})
    [{'from': 'a', 'to': 'b', 'title': 'linked to × 4', 'width': 2.6, 'label': 'linked to × 4'}]
    """
    edges = []
    for source, target, data in sorted(
        selection.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))
    ):
        weight = int(data.get("weight", 1))
        relation = edge_label(data.get("relation", ""), relation_labels, lang)
        edges.append(
            {
                "from": source,
                "to": target,
                "title": f"{relation} × {weight}" if weight > 1 else relation,
                "width": round(min(1 + 0.8 * math.log2(weight), 5.0), 2),
            }
        )
    if len(edges) <= EDGE_LABELS:
        for edge in edges:
            edge["label"] = edge["title"]
    return edges


def script_json(value: object) -> str:
    """JSON safe inside ``<script type="application/json">`` (no ``</script>`` can appear).

    Examples
    --------
    >>> script_json({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        raw = raw.replace(char, code)
    return raw.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


#: SVG shapes of the legend, drawn as vis-network draws each node shape (12 x 12 box).
SWATCHES = {
    "dot": '<circle cx="6" cy="6" r="5"/>',
    "hexagon": '<polygon points="11,6 8.5,10.3 3.5,10.3 1,6 3.5,1.7 8.5,1.7"/>',
    "square": '<rect x="1.5" y="1.5" width="9" height="9"/>',
    "diamond": '<polygon points="6,0.5 11.5,6 6,11.5 0.5,6"/>',
    "triangle": '<polygon points="6,1 11.5,10.5 0.5,10.5"/>',
    "triangleDown": '<polygon points="0.5,1.5 11.5,1.5 6,11"/>',
    "star": '<polygon points="6,0.5 7.4,4.2 11.5,4.4 8.3,6.9 9.4,11 6,8.6 2.6,11 3.7,6.9 '
    '0.5,4.4 4.6,4.2"/>',
}


def swatch(shape: str, colour: str) -> str:
    """A small inline SVG of ``shape`` in ``colour`` (the legend's key).

    Examples
    --------
    >>> swatch("hexagon", "#2563eb").startswith('<svg class="kg-swatch" data-shape="hexagon"')
    True
    """
    figure = SWATCHES.get(shape, SWATCHES["dot"])
    return (
        f'<svg class="kg-swatch" data-shape="{escape(shape)}" width="12" height="12" '
        f'viewBox="0 0 12 12" aria-hidden="true" focusable="false">'
        f'<g fill="{escape(colour)}" stroke="#334155" stroke-width="1">{figure}</g></svg>'
    )


def _legend(nodes: list[dict], lang: str) -> str:
    per_style = Counter(n["style"] for n in nodes)
    order = [name for name in STYLES if name in per_style] + sorted(set(per_style) - set(STYLES))
    items = []
    for name in order:
        style = style_of(name)
        items.append(
            f'<label><input type="checkbox" checked data-style="{escape(name)}">'
            f"{swatch(style.shape, style.colour)}"
            f'{escape(style.label(lang))} <span class="kg-count">{per_style[name]}</span></label>'
        )
    return "".join(items)


def render_map(
    selection: nx.MultiDiGraph,
    *,
    title: str,
    description: str,
    lang: str = "en",
    cap_info: CapInfo | None = None,
    index_href: str | None = "index.html",
    focus: str | None = None,
    relation_labels: dict[str, str] | None = None,
    base: str | None = None,
) -> str:
    """Render a map selection as one self-contained HTML page.

    Parameters
    ----------
    selection : networkx.MultiDiGraph
        The nodes and edges to draw (see :mod:`kg.maps.kinds`).
    title, description : str
        Heading and one-line description (escaped here).
    lang : {"en", "nl"}
        Language of labels and interface.
    cap_info : CapInfo, optional
        When nodes were left out, says so on the page.
    index_href : str, optional
        Link back to the index page; ``None`` for none.
    focus, relation_labels, base : optional
        See :func:`map_data`.

    Returns
    -------
    str
        The HTML page.
    """
    data = map_data(selection, lang, focus=focus, relation_labels=relation_labels, base=base)
    note = _cap_note(cap_info, lang)
    nav = (
        f'<nav><a href="{escape(index_href)}">{escape(text(lang, "all_maps"))}</a></nav>'
        if index_href
        else ""
    )
    sizes = counts(lang, len(data["nodes"]), len(data["edges"]))
    empty = "" if data["nodes"] else f'<p class="kg-empty">{escape(text(lang, "empty"))}</p>'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{assets.vis_css()}\n</style>\n"
        f"<style>\n{assets.static('map.css')}\n</style>\n"
        "</head>\n<body>\n<header>\n"
        f"{nav}<h1>{escape(title)}</h1>\n"
        f'<p>{escape(description)} <span class="kg-count">({escape(sizes)})</span></p>\n'
        f"{note}"
        f'<p class="kg-help">{escape(text(lang, "help"))}</p>\n'
        "</header>\n"
        '<div id="kg-controls">'
        f'<input id="kg-search" type="search" placeholder="{escape(text(lang, "search"))}" '
        f'aria-label="{escape(text(lang, "search"))}">'
        '<span id="kg-status" aria-live="polite"></span>'
        '<span id="kg-filtered" hidden><span id="kg-filtered-text"></span> '
        f'<button type="button" id="kg-show-all">{escape(text(lang, "show_all"))}</button></span>'
        f'<div class="kg-legend" role="group" aria-label="{escape(text(lang, "show"))}">'
        f"{_legend(data['nodes'], lang)}</div></div>\n"
        f"{empty}"
        f'<div id="kg-map" tabindex="0" role="application" aria-label="{escape(title)}"></div>\n'
        f'<script type="application/json" id="kg-data">{script_json(data)}</script>\n'
        f"<script>\n{assets.vis_js()}\n</script>\n"
        f"<script>\n{assets.static('map.js')}\n</script>\n"
        "</body>\n</html>\n"
    )


def _cap_note(cap_info: CapInfo | None, lang: str) -> str:
    """The paragraph saying how many nodes a capped map left out ("" when none).

    Parameters
    ----------
    cap_info : CapInfo or None
        What the node limit kept and dropped.
    lang : {"en", "nl"}
        Language of the note.

    Returns
    -------
    str
        An HTML paragraph, or the empty string.

    Examples
    --------
    >>> _cap_note(None, "en")
    ''
    """
    if cap_info is None or not cap_info.dropped:
        return ""
    return (
        '<p class="kg-note">'
        + escape(
            text(
                lang,
                "capped",
                shown=f"{cap_info.shown:,}",
                total=f"{cap_info.total:,}",
                cap=cap_info.limit,
                dropped=f"{cap_info.dropped:,}",
            )
        )
        + "</p>"
    )
