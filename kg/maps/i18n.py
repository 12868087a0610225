"""Interface text of the map pages in Dutch and English."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "all_maps": "All maps",
        "search": "Search labels and quotes…",
        "show": "Show",
        "matches": "matches",
        "nodes": "nodes",
        "edges": "connections",
        "capped": "Showing the {shown} most central of {total} nodes (--max-nodes {cap}); "
        "{dropped} left out.",
        "help": "Hover a node for details; click a finding to open its sentence in the source "
        "text. Scroll to zoom, drag to pan.",
        "quote": "Quote",
        "speaker": "Speaker",
        "section": "Section",
        "document": "Document",
        "polarity": "Polarity",
        "theme": "Theme",
        "municipality": "Municipality",
        "type": "Type",
        "name_other": "Dutch name",
        "iri": "IRI",
        "connections": "Connections in this map",
        "index_title": "Relationship maps",
        "index_intro": "Interactive maps of the knowledge graph. Every page works offline; "
        "click a finding to read it in its source text.",
        "sources": "Source texts",
        "source_back": "Back to the maps",
        "source_intro": "Cleaned text of the profile; the offsets of every quote refer to it.",
        "empty": "This map has no nodes for the current graph.",
    },
    "nl": {
        "all_maps": "Alle kaarten",
        "search": "Zoek in namen en citaten…",
        "show": "Toon",
        "matches": "treffers",
        "nodes": "knopen",
        "edges": "verbindingen",
        "capped": "De {shown} meest centrale van {total} knopen getoond (--max-nodes {cap}); "
        "{dropped} weggelaten.",
        "help": "Beweeg over een knoop voor details; klik op een bevinding om de zin in de "
        "brontekst te openen. Scroll om te zoomen, sleep om te verschuiven.",
        "quote": "Citaat",
        "speaker": "Spreker",
        "section": "Paragraaf",
        "document": "Document",
        "polarity": "Polariteit",
        "theme": "Thema",
        "municipality": "Gemeente",
        "type": "Soort",
        "name_other": "Engelse naam",
        "iri": "IRI",
        "connections": "Verbindingen in deze kaart",
        "index_title": "Relatiekaarten",
        "index_intro": "Interactieve kaarten van de kennisgraaf. Elke pagina werkt offline; "
        "klik op een bevinding om haar in de brontekst te lezen.",
        "sources": "Bronteksten",
        "source_back": "Terug naar de kaarten",
        "source_intro": "Opgeschoonde tekst van het profiel; de posities van elk citaat verwijzen "
        "hiernaar.",
        "empty": "Deze kaart heeft geen knopen voor de huidige graaf.",
    },
}

LANGUAGES = tuple(TEXT)


def counts(lang: str, nodes: int, edges: int) -> str:
    """``82 nodes · 154 connections`` in ``lang``."""
    return f"{nodes:,} {text(lang, 'nodes')} · {edges:,} {text(lang, 'edges')}"


def text(lang: str, key: str, **values: object) -> str:
    """Interface string ``key`` in ``lang``, formatted with ``values``."""
    return TEXT[lang][key].format(**values) if values else TEXT[lang][key]
