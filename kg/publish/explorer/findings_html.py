"""The findings browser (``/findings``) and the finding entries other pages share.

Examples
--------
>>> highlight("Lange wachtlijsten <b>", ["wachtlijst"])
'Lange <mark>wachtlijst</mark>en &lt;b&gt;'
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse

from kg.publish.explorer.findings import FACETS, Finding, SearchResult, fold
from kg.publish.explorer.graphdata import GraphData
from kg.publish.explorer.page import e, layout, link, query_string

FACET_TITLES = {
    "municipality": ("Municipality", "Gemeente"),
    "speaker": ("Speaker", "Spreker"),
    "theme": ("Theme", "Thema"),
    "law": ("Law", "Wet"),
    "problem": ("Problem", "Probleem"),
    "topic": ("Topic", "Onderwerp"),
    "tone": ("Tone", "Toon"),
}
WORDS = {
    "title": ("Findings", "Bevindingen"),
    "search": ("Search the quotes", "Zoek in de citaten"),
    "go": ("Search", "Zoek"),
    "found": ("{n} findings", "{n} bevindingen"),
    "page": ("page {p} of {n}", "pagina {p} van {n}"),
    "prev": ("Previous", "Vorige"),
    "next": ("Next", "Volgende"),
    "source": ("Read in the source", "Lees in de bron"),
    "details": ("Finding", "Bevinding"),
    "clear": ("Clear all filters", "Wis alle filters"),
    "download": ("Download these rows:", "Download deze rijen:"),
    "none": ("No finding matches.", "Geen bevinding gevonden."),
    "speaker": ("Speaker", "Spreker"),
    "tone": ("Tone", "Toon"),
    "about": ("About", "Over"),
    "facets": ("Filters", "Filters"),
    "remove": ("Remove filter", "Verwijder filter"),
}


def word(lang: str, key: str, **values: object) -> str:
    """Interface text ``key`` in ``lang``."""
    english, dutch = WORDS[key]
    return (dutch if lang == "nl" else english).format(**values)


def source_path(finding: Finding) -> str | None:
    """The served source page and sentence anchor of a finding."""
    if not finding.document or finding.end <= finding.start:
        return None
    key = urllib.parse.quote(finding.document, safe="")
    return f"/source/{key}#s-{finding.start}-{finding.end}"


def highlight(text: str, words: list[str]) -> str:
    """``text`` escaped, with each (accent- and case-insensitive) match of ``words`` marked."""
    if not words:
        return e(text)
    folded = fold(text)
    if len(folded) != len(text):  # a character folded to several: mark nothing
        return e(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    out, position = [], 0
    for match in pattern.finditer(folded):
        out.append(e(text[position : match.start()]))
        out.append(f"<mark>{e(text[match.start() : match.end()])}</mark>")
        position = match.end()
    out.append(e(text[position:]))
    return "".join(out)


def entity_links(data: GraphData, iris: tuple[str, ...], lang: str) -> str:
    """Comma-separated links to the entity pages of ``iris``."""
    return ", ".join(link(data.local_path(i) or i, data.label(i, lang)) for i in iris) or "–"


def finding_item(data: GraphData, finding: Finding, lang: str, words: list[str] = ()) -> str:  # type: ignore[assignment]
    """One finding as an ``<li>``: quote, speaker, tone, what it is about, links."""
    about = [
        v for name in ("municipality", "law", "problem", "theme") for v in finding.values(name)
    ]
    source = source_path(finding)
    actions = link(data.local_path(finding.iri), word(lang, "details"), "kg-finding-link")
    if source:
        actions += " · " + link(source, word(lang, "source"), "kg-source-link")
    tone = finding.values("tone")
    tone_class = e(data.label(tone[0], "en").lower()) if tone else "unknown"
    return (
        f'<li class="kg-finding"><blockquote>{highlight(finding.quote, list(words))}</blockquote>'
        f'<dl class="kg-facts"><dt>{e(word(lang, "speaker"))}</dt>'
        f"<dd>{entity_links(data, finding.values('speaker'), lang)}</dd>"
        f'<dt>{e(word(lang, "tone"))}</dt><dd class="kg-tone kg-tone-{tone_class}">'
        f"{entity_links(data, tone, lang)}</dd>"
        f"<dt>{e(word(lang, 'about'))}</dt><dd>{entity_links(data, tuple(about), lang)}</dd></dl>"
        f'<p class="kg-actions">{actions}</p></li>'
    )


def _facet_html(data: GraphData, result: SearchResult, params: dict, lang: str) -> str:
    blocks = []
    for name in FACETS:
        values = result.facets.get(name) or []
        if not values:
            continue
        chosen = params.get(name, [])
        items = []
        for iri, count in values:
            on = iri in chosen
            others = [v for v in chosen if v != iri] if on else [*chosen, iri]
            target = "/findings" + query_string(params, **{name: others, "page": None})
            text = f"{data.label(iri, lang)} ({count})"
            cls = "kg-facet-on" if on else ""
            current = ' aria-current="true"' if on else ""
            items.append(
                f'<li><a href="{e(target)}" class="{cls}"{current} '
                f'data-facet="{e(name)}" data-value="{e(iri)}">{e(text)}</a></li>'
            )
        english, dutch = FACET_TITLES[name]
        blocks.append(
            f'<section class="kg-facet"><h3>{e(dutch if lang == "nl" else english)}</h3>'
            f"<ul>{''.join(items)}</ul></section>"
        )
    return "".join(blocks)


def _active(data: GraphData, params: dict, lang: str) -> str:
    """The chosen facet values, each with a link that removes it."""
    chips = []
    for name in FACETS:
        for value in params.get(name, []):
            rest = [v for v in params[name] if v != value]
            target = "/findings" + query_string(params, **{name: rest, "page": None})
            english, dutch = FACET_TITLES[name]
            title = dutch if lang == "nl" else english
            chips.append(
                f'<li>{e(title)}: {e(data.label(value, lang))} <a href="{e(target)}" '
                f'class="kg-remove" aria-label="{e(word(lang, "remove"))}: {e(title)}">×</a></li>'
            )
    return f'<ul class="kg-active">{"".join(chips)}</ul>' if chips else ""


def findings_page(
    data: GraphData, result: SearchResult, text: str, params: dict, lang: str
) -> bytes:
    """The findings browser page for one search."""
    words = fold(text).split()
    items = "".join(finding_item(data, f, lang, words) for f in result.rows)
    listing = (
        f'<ol class="kg-findings">{items}</ol>' if items else f"<p>{e(word(lang, 'none'))}</p>"
    )
    nav = []
    if result.page > 1:
        target = "/findings" + query_string(params, page=str(result.page - 1))
        nav.append(f'<a href="{e(target)}" rel="prev">{e(word(lang, "prev"))}</a>')
    nav.append(f"<span>{e(word(lang, 'page', p=result.page, n=result.pages))}</span>")
    if result.page < result.pages:
        target = "/findings" + query_string(params, page=str(result.page + 1))
        nav.append(f'<a href="{e(target)}" rel="next">{e(word(lang, "next"))}</a>')
    downloads = " ".join(
        f'<a href="{e("/findings" + query_string(params, format=fmt, page=None))}">{fmt}</a>'
        for fmt in ("csv", "json")
    )
    clear = f'<a href="/findings{e(query_string({"lang": [lang]} if lang != "en" else {}))}">'
    hidden = f'<input type="hidden" name="lang" value="{e(lang)}">' if lang != "en" else ""
    kept = "".join(
        f'<input type="hidden" name="{e(k)}" value="{e(v)}">'
        for k in sorted(params)
        if k in FACETS
        for v in params[k]
    )
    body = (
        f"<h1>{e(word(lang, 'title'))}</h1>"
        '<form class="kg-search" method="get" action="/findings" role="search">'
        f'<label for="kg-q">{e(word(lang, "search"))}</label> '
        f'<input id="kg-q" type="search" name="q" value="{e(text)}">{hidden}{kept} '
        f'<button type="submit">{e(word(lang, "go"))}</button></form>'
        f'<p class="kg-summary" id="kg-total">{e(word(lang, "found", n=result.total))} · '
        f"{clear}{e(word(lang, 'clear'))}</a> · {e(word(lang, 'download'))} {downloads}</p>"
        f"{_active(data, params, lang)}"
        '<div class="kg-browse">'
        f'<aside aria-label="{e(word(lang, "facets"))}">'
        f"{_facet_html(data, result, params, lang)}</aside>"
        f'<div class="kg-results">{listing}<nav class="kg-pages" aria-label="pages">'
        f"{' '.join(nav)}</nav></div></div>"
    )
    return layout(word(lang, "title"), body, lang=lang, current="/findings")


COLUMNS = (
    "finding",
    "quote",
    "document",
    "start",
    "end",
    "source",
    *FACETS,
    *(f"{name}_label" for name in FACETS),
)


def finding_rows(data: GraphData, findings: list[Finding], lang: str) -> list[dict[str, str]]:
    """Flat rows (multiple values joined with ``; ``) for CSV and JSON."""
    rows = []
    for f in findings:
        row = {
            "finding": f.iri,
            "quote": f.quote,
            "document": f.document,
            "start": str(f.start),
            "end": str(f.end),
            "source": source_path(f) or "",
        }
        for name in FACETS:
            row[name] = "; ".join(f.values(name))
            row[f"{name}_label"] = "; ".join(data.label(v, lang) for v in f.values(name))
        rows.append(row)
    return rows


def findings_csv(rows: list[dict[str, str]]) -> bytes:
    """The rows as CSV (header first, CRLF lines)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def findings_json(rows: list[dict[str, str]], total: int) -> bytes:
    """The rows as a JSON object ``{"total": n, "rows": [...]}``."""
    return (
        json.dumps({"total": total, "rows": rows}, ensure_ascii=False, indent=1) + "\n"
    ).encode()
