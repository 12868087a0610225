"""The query editor page (``/sparql``): a textarea, the library, parameter fields.

The page runs its queries through ``/query`` (so the server's time, memory and
SERVICE limits apply) from ``/static/editor.js``; a library query's parameters
are bound by the server (``/api/queries/NAME/sparql``), never pasted in by the
page.

Examples
--------
>>> from kg.query.library import make_query
>>> page = editor_page([make_query("SELECT * WHERE { ?s ?p ?o }", "all <x>")], "https://e.org/")
>>> b'<option value="all &lt;x&gt;">' in page, b'/static/editor.js' in page
(True, True)
"""

from __future__ import annotations

from kg.publish.explorer.page import e, layout
from kg.query.library import LibraryQuery

DEFAULT_QUERY = """PREFIX kg: <{kg}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?municipality ?label WHERE {{
  ?municipality a kg:Municipality ; skos:prefLabel ?label .
  FILTER(LANG(?label) = "nl")
}}
ORDER BY ?label
LIMIT 100
"""


def editor_page(queries: list[LibraryQuery], base: str, lang: str = "en") -> bytes:
    """The editor page, its library picker listing ``queries``."""
    options = "".join(
        f'<option value="{e(q.name)}">{e(q.name)}'
        f"{' – ' + e(q.summary) if q.summary else ''}</option>"
        for q in queries
    )
    body = (
        "<h1>Query editor</h1>"
        "<p>Write SPARQL, or pick a query of the library and fill in its parameters "
        "(they are bound as RDF terms when the library text is unchanged). "
        "Runs on this server's read-only endpoint <code>/query</code>, with its time and "
        "memory limits; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs.</p>"
        f'<form id="kg-editor" data-base="{e(base)}">'
        '<p><label for="kg-library">Library query</label> '
        f'<select id="kg-library"><option value="">(your own query)</option>{options}</select></p>'
        '<p id="kg-library-doc"></p>'
        '<fieldset id="kg-params" hidden></fieldset>'
        '<p><label for="kg-query">SPARQL query</label></p>'
        f'<textarea id="kg-query" name="query" rows="12" spellcheck="false">'
        f"{e(DEFAULT_QUERY.format(kg=base + 'def#'))}</textarea>"
        '<p><button type="submit" id="kg-run">Run query</button></p></form>'
        '<div id="kg-error" role="alert" hidden></div>'
        '<p id="kg-status" aria-live="polite"></p>'
        '<p id="kg-downloads" hidden><button type="button" id="kg-csv">Download CSV</button> '
        '<button type="button" id="kg-json">Download JSON</button></p>'
        '<div id="kg-results"></div>'
    )
    return layout("Query editor", body, lang=lang, scripts=("editor.js",), current="/sparql")
