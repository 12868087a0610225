"""Checks shared by the hardening tests: a graph parses and its quotes are exact."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

QUOTES = """
PREFIX kg: <https://w3id.org/kg-decentralisatie/def#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?node ?exact ?start ?end ?text WHERE {
  ?node oa:exact ?exact ; oa:start ?start ; oa:end ?end ; kg:inDocument ?doc .
  ?doc kg:cleanedText ?text .
}
"""


def load_turtle(data: bytes | str | Path) -> ox.Store:
    """Parse Turtle (bytes, text or a file) into a pyoxigraph store; fails on bad syntax."""
    store = ox.Store()
    if isinstance(data, Path):
        store.load(path=str(data), format=ox.RdfFormat.TURTLE)
    else:
        store.load(data.encode() if isinstance(data, str) else data, format=ox.RdfFormat.TURTLE)
    return store


def check_quotes(store: ox.Store) -> int:
    """Assert every quote is the exact slice of its document's cleaned text; return how many."""
    checked = 0
    for row in store.query(QUOTES):
        text = row["text"].value
        start, end = int(row["start"].value), int(row["end"].value)
        assert 0 <= start < end <= len(text), row["node"]
        assert text[start:end] == row["exact"].value, row["node"]
        checked += 1
    return checked


def check_one_line_error(message: str, file_name: str) -> None:
    """Assert ``message`` is one line that names ``file_name`` (no traceback)."""
    assert "\n" not in message.strip(), message
    assert "Traceback" not in message
    assert file_name in message, message
