"""The frame every explorer page shares, and small escaping helpers.

Pages link one style sheet and their scripts from ``/static/`` (served by
``kg serve``): no inline script, nothing from another origin. Every piece of
text that comes from the graph goes through :func:`e` (HTML escaping, quotes
too); every link target through :func:`href`, which lets only local paths and
``http(s)`` IRIs become links.

Examples
--------
>>> e('<b title="x">')
'&lt;b title=&quot;x&quot;&gt;'
>>> href("javascript:alert(1)") is None, href("/id/x"), href("https://e.org/a b")
(True, '/id/x', 'https://e.org/a%20b')
"""

from __future__ import annotations

import html
import urllib.parse

#: Interface languages of the explorer pages.
LANGUAGES = ("en", "nl")

NAV = (
    ("/", "Home", "Start"),
    ("/findings", "Findings", "Bevindingen"),
    ("/sparql", "Query editor", "Query-editor"),
    ("/api", "REST API", "REST-API"),
    ("/def", "Ontology", "Ontologie"),
    ("/maps/", "Maps", "Kaarten"),
)


def e(value: object) -> str:
    """HTML-escape ``value`` (quotes too)."""
    return html.escape(str(value), quote=True)


def href(target: str) -> str | None:
    """``target`` as a safe link: a local path, or an http(s) IRI; else None."""
    if target.startswith("/") and not target.startswith("//"):
        return urllib.parse.quote(target, safe="/#?=&%:;,.-_~+@!$'()*")
    parts = urllib.parse.urlsplit(target)
    if parts.scheme in ("http", "https") and parts.netloc:
        return urllib.parse.quote(target, safe="/#?=&%:;,.-_~+@!$'()*")
    return None


def link(target: str | None, text: str, cls: str = "") -> str:
    """``<a>`` to ``target`` with escaped ``text``; plain text when the target is unsafe."""
    safe = href(target) if target else None
    attr = f' class="{e(cls)}"' if cls else ""
    if safe is None:
        return f"<span{attr}>{e(text)}</span>"
    return f'<a href="{e(safe)}"{attr}>{e(text)}</a>'


def language(params: dict[str, list[str]]) -> str:
    """The ``lang`` query parameter if it is a known language, else English."""
    wanted = (params.get("lang") or ["en"])[0]
    return wanted if wanted in LANGUAGES else "en"


def layout(
    title: str,
    body: str,
    *,
    lang: str = "en",
    scripts: tuple[str, ...] = (),
    current: str = "",
) -> bytes:
    """A complete page: head, navigation, ``body`` (already HTML), footer scripts.

    Examples
    --------
    >>> page = layout("T <x>", "<p>hi</p>", scripts=("editor.js",)).decode()
    >>> "<title>T &lt;x&gt; · kg</title>" in page, '<script src="/static/editor.js">' in page
    (True, True)
    """
    nl = lang == "nl"
    mark = ' aria-current="page"'
    items = "".join(
        f'<li><a href="{path}"{mark if path == current else ""}>'
        f"{e(dutch if nl else english)}</a></li>"
        for path, english, dutch in NAV
    )
    tags = "".join(f'<script src="/static/{e(name)}"></script>' for name in scripts)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)} · kg</title>\n"
        '<link rel="stylesheet" href="/static/explorer.css">\n'
        '<link rel="icon" href="data:,">\n'
        "</head>\n<body>\n"
        '<a class="skip" href="#main">Skip to content</a>\n'
        f'<header><nav aria-label="{"Hoofdmenu" if nl else "Main"}"><ul>{items}</ul></nav>'
        "</header>\n"
        f'<main id="main">\n{body}\n</main>\n{tags}\n</body>\n</html>\n'
    ).encode()


def query_string(params: dict[str, list[str]], **changes: str | list[str] | None) -> str:
    """``params`` with ``changes`` applied, as ``?a=b&…`` (sorted; empty values dropped).

    Examples
    --------
    >>> query_string({"q": ["zorg"], "page": ["2"]}, page=None, tone="x")
    '?q=zorg&tone=x'
    """
    merged = {k: list(v) for k, v in params.items()}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = [value] if isinstance(value, str) else list(value)
    pairs = [(k, v) for k in sorted(merged) for v in merged[k] if v != ""]
    return "?" + urllib.parse.urlencode(pairs) if pairs else "?"
