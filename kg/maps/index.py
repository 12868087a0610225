"""The index page: every map written, with a line on what it shows."""

from __future__ import annotations

from html import escape

from kg.maps import assets
from kg.maps.i18n import counts, text


def render_index(maps: list[dict], sources: list[dict], lang: str = "en") -> str:
    """Render ``index.html``.

    Parameters
    ----------
    maps : list of dict
        ``filename``, ``title``, ``description``, ``nodes``, ``edges`` per map, in order.
    sources : list of dict
        ``filename`` (relative) and ``title`` per source page.
    lang : {"en", "nl"}
        Interface language.

    Returns
    -------
    str
        The HTML page (self-contained; all text escaped).
    """
    rows = []
    for entry in maps:
        sizes = counts(lang, entry["nodes"], entry["edges"])
        rows.append(
            f'<li><a href="{escape(entry["filename"])}">{escape(entry["title"])}</a>'
            f' <span class="kg-count">({escape(sizes)})</span>'
            f'<br><span class="kg-desc">{escape(entry["description"])}</span></li>'
        )
    source_rows = [
        f'<li><a href="{escape(s["filename"])}">{escape(s["title"])}</a></li>' for s in sources
    ]
    title = text(lang, "index_title")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{assets.static('index.css')}\n</style>\n"
        "</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f"<p>{escape(text(lang, 'index_intro'))}</p>\n"
        f'<ul class="kg-maps">{"".join(rows)}</ul>\n'
        f"<h2>{escape(text(lang, 'sources'))}</h2>\n"
        f'<ul class="kg-sources">{"".join(source_rows)}</ul>\n'
        "</body>\n</html>\n"
    )
