"""Content negotiation for a resource's description, and its RDF serializations.

Examples
--------
>>> choose_format("text/turtle;q=0.9, application/ld+json", None)
'jsonld'
>>> choose_format("text/html,application/xhtml+xml,*/*;q=0.8", None)
'html'
>>> choose_format("*/*", "nt")
'nt'
>>> choose_format("image/png", None) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.publish.explorer.graphdata import Statement

#: ``?format=`` value → media type.
MEDIA: dict[str, str] = {
    "html": "text/html; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}
#: Accepted media types → format.
ACCEPTED: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "*/*": "html",
    "text/*": "html",
    "application/*": "jsonld",
}


def parse_accept(accept: str) -> list[tuple[str, float]]:
    """Media ranges of an ``Accept`` header with their q values, best first (stable).

    Examples
    --------
    >>> parse_accept("a/b;q=0.5, c/d")
    [('c/d', 1.0), ('a/b', 0.5)]
    """
    found = []
    for position, part in enumerate(accept.split(",")):
        media, *options = part.split(";")
        media = media.strip().lower()
        if not media:
            continue
        quality = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        found.append((media, quality, position))
    found.sort(key=lambda m: (-m[1], m[2]))
    return [(media, quality) for media, quality, _ in found if quality > 0]


def choose_format(accept: str, requested: str | None) -> str | None:
    """The format to answer: ``?format=`` wins, else the best accepted, else None (406)."""
    if requested:
        return requested if requested in MEDIA else None
    if not accept.strip():
        return "html"
    for media, _ in parse_accept(accept):
        if media in ACCEPTED:
            return ACCEPTED[media]
    return None


def _triples(statements: Iterable[Statement]) -> list[ox.Triple]:
    import pyoxigraph as ox

    return [ox.Triple(s.subject, s.predicate, s.object) for s in statements]


def serialize(statements: Iterable[Statement], fmt: str, prefixes: dict[str, str]) -> bytes:
    """``statements`` (subject, predicate, object terms) as ``ttl``, ``nt`` or ``jsonld``."""
    import pyoxigraph as ox

    triples = _triples(statements)
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    if fmt == "ttl":
        used = {
            p: ns
            for p, ns in sorted(prefixes.items())
            if not ns.endswith("/id/")
            and not ns.endswith("/concept/")
            and any(
                isinstance(t, ox.NamedNode) and t.value.startswith(ns)
                for triple in triples
                for t in (triple.subject, triple.predicate, triple.object)
            )
        }
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used) or b""
    return _jsonld(triples)


def _jsonld(triples: list[ox.Triple]) -> bytes:
    import json

    from rdflib import Graph

    from kg.publish.jsonld import jsonld_document
    from kg.terms import from_oxigraph, to_rdflib

    graph = Graph()
    for t in triples:
        s, p, o = (to_rdflib(from_oxigraph(x)) for x in (t.subject, t.predicate, t.object))
        graph.add((s, p, o))
    document = jsonld_document(graph)
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
