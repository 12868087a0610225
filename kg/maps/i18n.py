"""Interface text of the map pages in Dutch and English."""

from __future__ import annotations

TEXT: dict[str, dict[str, object]] = {
    "en": {
        "all_maps": "All maps",
        "search": "Search labels and quotes…",
        "show": "Show",
        "matches": "matches",
        "nodes": "nodes",
        "edges": "connections",
        "capped": "Showing the {shown} most central of {total} nodes (limit: {cap}); "
        "{dropped} left out.",
        "help": "Hover a node for details; click a finding to open its sentence in the source "
        "text, any other node to open its page. Scroll to zoom (more labels appear), drag to pan.",
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
        "filtered": "Showing {shown} of {total} nodes; hidden: {hidden}.",
        "show_all": "Show all nodes",
        "relations": {"broader": "broader", "mentions": "mentions"},
    },
    "nl": {
        "all_maps": "Alle kaarten",
        "search": "Zoek in namen en citaten…",
        "show": "Toon",
        "matches": "treffers",
        "nodes": "knopen",
        "edges": "verbindingen",
        "capped": "De {shown} meest centrale van {total} knopen getoond (limiet: {cap}); "
        "{dropped} weggelaten.",
        "help": "Beweeg over een knoop voor details; klik op een bevinding om de zin in de "
        "brontekst te openen, op een andere knoop om zijn pagina te openen. Scroll om te zoomen "
        "(meer namen verschijnen), sleep om te verschuiven.",
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
        "filtered": "{shown} van {total} knopen getoond; verborgen: {hidden}.",
        "show_all": "Toon alle knopen",
        "relations": {"broader": "breder", "mentions": "noemt"},
    },
}

LANGUAGES = tuple(TEXT)


def counts(lang: str, nodes: int, edges: int) -> str:
    """``82 nodes · 154 connections`` in ``lang``."""
    return f"{nodes:,} {text(lang, 'nodes')} · {edges:,} {text(lang, 'edges')}"


def text(lang: str, key: str, **values: object) -> str:
    """Interface string ``key`` in ``lang``, formatted with ``values``."""
    found = TEXT[lang][key]
    if not isinstance(found, str):
        raise KeyError(f"{key!r} is not an interface string")
    return found.format(**values) if values else found


def relation_names(lang: str) -> dict[str, str]:
    """The names of the relation types in ``lang`` (``memberOf`` → ``member of``)."""
    found = TEXT[lang]["relations"]
    if not isinstance(found, dict):
        raise KeyError("'relations' is not a table of names")
    return found
