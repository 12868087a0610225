"""The index page: every map in the folder, with a line on what it shows.

Each ``kg map`` run also writes ``maps.json``, the manifest of the maps in
the folder (file, kind, title, description, counts, language). Drawing one
kind into a folder that holds other maps merges its maps into the manifest
and redraws the index from it (:func:`merge_manifest`), so the index lists
every page in the folder with the counts that page shows; drawing in another
language than the folder's maps is refused, so one folder is one language.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from kg.errors import UsageError
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


#: The manifest of the maps in a folder.
MANIFEST = "maps.json"

_FIELDS = ("filename", "kind", "title", "description", "nodes", "edges")


def manifest_text(entries: list[dict], lang: str) -> str:
    """The manifest's JSON text (stable: same maps, same bytes).

    Examples
    --------
    >>> print(manifest_text([{"filename": "a.html", "kind": "overview", "title": "A",
    ...     "description": "", "nodes": 2, "edges": 1}], "en"))  # doctest: +NORMALIZE_WHITESPACE
    {"lang": "en", "maps": [{"filename": "a.html", "kind": "overview", "title": "A",
     "description": "", "nodes": 2, "edges": 1}]}
    """
    maps = [{k: entry[k] for k in _FIELDS} for entry in entries]
    return json.dumps({"lang": lang, "maps": maps}, ensure_ascii=False) + "\n"


def read_manifest(folder: str | Path) -> tuple[str | None, list[dict]]:
    """The language and map entries of a folder's manifest (``(None, [])`` when it has none).

    Entries whose page is gone from the folder are left out; an unreadable
    manifest counts as none (the index is then drawn from this run's maps).
    """
    path = Path(folder) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [e for e in data["maps"] if all(k in e for k in _FIELDS)]
        lang = str(data["lang"])
    except (OSError, ValueError, KeyError, TypeError):
        return None, []
    return lang, [e for e in entries if (Path(folder) / str(e["filename"])).is_file()]


def merge_manifest(
    folder: str | Path, entries: list[dict], lang: str, order: list[str]
) -> list[dict]:
    """The folder's maps after this run writes ``entries``: new ones replace old, sorted.

    Parameters
    ----------
    folder : str or Path
        The maps folder (may not exist yet).
    entries : list of dict
        This run's maps.
    lang : str
        This run's language.
    order : list of str
        Kind names in the order the index lists them.

    Raises
    ------
    UsageError
        When the folder's maps are in another language.
    """
    old_lang, old = read_manifest(folder)
    if old and old_lang != lang:
        raise UsageError(
            f"the maps in this folder are in {old_lang!r}, not {lang!r}: draw them in "
            f"{old_lang!r}, or redraw every kind in {lang!r} (one language per folder)",
            folder,
        )
    new = {e["filename"]: e for e in entries}
    merged = [e for e in old if e["filename"] not in new] + list(new.values())
    rank = {kind: i for i, kind in enumerate(order)}
    return sorted(merged, key=lambda e: (rank.get(e["kind"], len(rank)), e["filename"]))
