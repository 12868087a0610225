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
from kg.maps.i18n import counts, text
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


def map_data(selection: nx.MultiDiGraph, lang: str = "en") -> dict:
    """The JSON the page draws: nodes with positions, sizes and tooltips; edges; styles.

    Parameters
    ----------
    selection : networkx.MultiDiGraph
        A map selection (see :mod:`kg.maps.kinds`).
    lang : {"en", "nl"}
        Language of labels and tooltips.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``styles`` and ``text``; deterministic order.
    """
    pos = positions(selection)
    simple = undirected(selection)
    strength = dict(simple.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    nodes = []
    for node in sorted(selection):
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
        href = source_href(data) if data.get("type") == "finding" else None
        if href:
            entry["href"] = href
        nodes.append(entry)
    edges = []
    for source, target, data in sorted(
        selection.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))
    ):
        weight = int(data.get("weight", 1))
        relation = data.get("relation", "")
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
    used = sorted({n["style"] for n in nodes})
    styles = {
        name: {"color": style_of(name).colour, "shape": style_of(name).shape} for name in used
    }
    return {
        "nodes": nodes,
        "edges": edges,
        "styles": styles,
        "text": {"matches": text(lang, "matches")},
    }


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


def _legend(nodes: list[dict], lang: str) -> str:
    per_style = Counter(n["style"] for n in nodes)
    order = [name for name in STYLES if name in per_style] + sorted(set(per_style) - set(STYLES))
    items = []
    for name in order:
        style = style_of(name)
        items.append(
            f'<label><input type="checkbox" checked data-style="{escape(name)}">'
            f'<span class="kg-swatch kg-shape-{escape(style.shape)}" '
            f'style="background:{escape(style.colour)}"></span>'
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

    Returns
    -------
    str
        The HTML page.
    """
    data = map_data(selection, lang)
    note = ""
    if cap_info is not None and cap_info.dropped:
        note = (
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
        f'<div class="kg-legend" role="group" aria-label="{escape(text(lang, "show"))}">'
        f"{_legend(data['nodes'], lang)}</div></div>\n"
        f"{empty}"
        '<div id="kg-map"></div>\n'
        f'<script type="application/json" id="kg-data">{script_json(data)}</script>\n'
        f"<script>\n{assets.vis_js()}\n</script>\n"
        f"<script>\n{assets.static('map.js')}\n</script>\n"
        "</body>\n</html>\n"
    )
