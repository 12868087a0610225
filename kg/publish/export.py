"""Deterministic exports: Turtle, TriG, N-Triples, N-Quads, JSON-LD.

Every format is written from sorted triples (or quads), so the same graph gives
byte-identical output. Turtle is written by the build's own writer
(:class:`kg.turtle.TurtleFormatter`, the same bytes for the same triples in
``kg build`` and ``kg export``); TriG and the N-formats by pyoxigraph's
serialisers (the project's prefixes bound); JSON-LD
by :mod:`kg.publish.jsonld` with the published ``@context`` embedded. TriG and
N-Quads hold the named graphs of :func:`kg.publish.graphs.partition`.

Examples
--------
>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph()
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
>>> print(serialize(g, "nt").decode(), end="")
<https://example.org/a> <https://example.org/p> "x" .
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rdflib import Graph

from kg.errors import UsageError
from kg.io import atomic_write_bytes
from kg.namespaces import compactor as compactor  # re-exported: validate, docs
from kg.namespaces import prefixes_for
from kg.terms import rdflib_to_oxigraph

if TYPE_CHECKING:
    import pyoxigraph as ox

#: Export format name → (file extension, media type).
FORMATS: dict[str, tuple[str, str]] = {
    "ttl": (".ttl", "text/turtle"),
    "trig": (".trig", "application/trig"),
    "nt": (".nt", "application/n-triples"),
    "nq": (".nq", "application/n-quads"),
    "jsonld": (".jsonld", "application/ld+json"),
}


def oxigraph_triples(triples: Iterable) -> list:  # noqa: ANN001
    """rdflib triples → sorted pyoxigraph triples."""
    import pyoxigraph as ox

    out = [
        ox.Triple(
            cast("ox.NamedNode | ox.BlankNode", rdflib_to_oxigraph(s)),
            cast("ox.NamedNode", rdflib_to_oxigraph(p)),
            rdflib_to_oxigraph(o),
        )
        for s, p, o in triples
    ]
    return sorted(out, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def oxigraph_quads(parts: dict) -> list:  # noqa: ANN001
    """Named graph IRI → triples, as sorted pyoxigraph quads."""
    import pyoxigraph as ox

    quads = []
    for name in sorted(parts, key=str):
        g = ox.NamedNode(str(name))
        quads += [
            ox.Quad(t.subject, t.predicate, t.object, g) for t in oxigraph_triples(parts[name])
        ]
    return quads


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.splitlines(keepends=True)))
    return b"".join(lines)


def kg_turtle(graph: Graph, prefixes: dict[str, str]) -> bytes | None:
    """``graph`` as the build writes Turtle (:class:`kg.turtle.TurtleFormatter`).

    None when the graph holds a blank node: kg mints an IRI for everything, so
    such a graph did not come from ``kg build`` and goes to pyoxigraph's writer.

    Examples
    --------
    >>> from rdflib import BNode, Graph, Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal(2)))
    >>> xsd = "http://www.w3.org/2001/XMLSchema#"
    >>> print(kg_turtle(g, {"ex": "https://example.org/", "xsd": xsd}).decode(), end="")
    @prefix ex: <https://example.org/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    <BLANKLINE>
    ex:a
        ex:p 2 .
    <BLANKLINE>
    >>> _ = g.add((BNode(), URIRef("https://example.org/p"), Literal(1)))
    >>> kg_turtle(g, {}) is None
    True
    """
    from kg.turtle import TurtleFormatter, term_nt

    try:
        triples = {(term_nt(s), term_nt(p), term_nt(o)) for s, p, o in graph}
    except ValueError:  # a blank node
        return None
    formatter = TurtleFormatter(prefixes)
    return (formatter.header() + formatter.block_triples(triples)).encode("utf-8")


def serialize(graph: Graph, fmt: str, ontology_dir: str | Path | None = None) -> bytes:
    """Serialise ``graph`` in ``fmt`` (one of :data:`FORMATS`), deterministically.

    Parameters
    ----------
    graph : rdflib.Graph
        The whole graph (not modified).
    fmt : str
        ``ttl``, ``trig``, ``nt``, ``nq`` or ``jsonld``.
    ontology_dir : str or Path, optional
        Ontology folder used to partition TriG/N-Quads and to find the JSON-LD
        context; defaults to :func:`kg.ontology.default_ontology_dir`.

    Returns
    -------
    bytes
        UTF-8 encoded document.

    Raises
    ------
    UsageError
        For an unknown format.
    """
    import pyoxigraph as ox

    from kg.publish.graphs import detect_base, partition

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    base = detect_base(graph)
    prefixes = prefixes_for(base)
    if fmt == "ttl":
        written = kg_turtle(graph, prefixes)
        if written is not None:
            return written
        triples = oxigraph_triples(graph)  # blank nodes: not a graph kg writes
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    if fmt == "nt":
        nt = ox.serialize(oxigraph_triples(graph), format=ox.RdfFormat.N_TRIPLES) or b""
        return _sorted_lines(nt)
    if fmt == "jsonld":
        from kg.publish.jsonld import serialize_jsonld

        return serialize_jsonld(graph, ontology_dir)
    quads = oxigraph_quads(partition(graph, ontology_dir))
    if fmt == "nq":
        return _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b""


def write_export(
    graph: Graph, fmt: str, path: str | Path, ontology_dir: str | Path | None = None
) -> Path:
    """Serialise ``graph`` (see :func:`serialize`) and write it to ``path`` atomically."""
    path = Path(path)
    atomic_write_bytes(path, serialize(graph, fmt, ontology_dir))
    return path
