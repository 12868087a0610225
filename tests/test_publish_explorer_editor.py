"""kg.publish.explorer.editor: the SPARQL editor page lists the library, escaped."""

from __future__ import annotations

import re
from html import unescape

from kg.publish.explorer.editor import editor_page
from kg.query.library import make_query

BASE = "http://example.org/"


def test_the_picker_lists_every_query_with_its_summary_escaped():
    queries = [
        make_query("#+ summary: a <b> & c\nASK {}", "first"),
        make_query("ASK {}", "second"),
    ]
    page = editor_page(queries, BASE).decode()
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', page)
    assert options == [
        ("", "(your own query)"),
        ("first", "first – a &lt;b&gt; &amp; c"),
        ("second", "second"),
    ]


def test_the_default_query_uses_the_served_base():
    page = editor_page([], BASE, lang="nl").decode()
    text = unescape(
        re.search(r'<textarea id="kg-query"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    )
    assert f"PREFIX kg: <{BASE}def#>" in text
    assert f'data-base="{BASE}"' in page and '<html lang="nl">' in page
    assert '<script src="/static/editor.js">' in page
