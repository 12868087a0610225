"""Reading a graph file, whatever its RDF serialisation: the one loader of every command.

``kg validate``, ``export``, ``push``, ``map``, ``network``, ``compare`` and
``serve`` read their ``--graph`` through :func:`load_graph`. It reads Turtle,
TriG, N-Triples, N-Quads, JSON-LD and RDF/XML, recognised by the file's content
first and its extension second (:func:`detect_format`), so a TriG file named
``.ttl`` or a graph downloaded without an extension is read, not silently
emptied. Named graphs are kept: the union of all graphs is the returned
rdflib graph, and the named graphs themselves are in its ``named_graphs``
attribute (``kg push`` and ``kg export --format trig`` put them back as they
were). A file that yields no triple at all is refused.

Parsing is done by pyoxigraph (the parser ``kg query`` uses), about twice as
fast as rdflib's; the terms are then turned into rdflib terms. rdflib is
imported only inside the functions, so ``kg query`` can use
:func:`detect_format` without paying for it.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import DataError, UsageError
from kg.io import RDF_FORMATS

#: Parser names (rdflib's spelling, as :data:`kg.io.RDF_FORMATS`) → pyoxigraph format names.
OX_FORMATS: dict[str, str] = {
    "turtle": "TURTLE",
    "trig": "TRIG",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "json-ld": "JSON_LD",
    "xml": "RDF_XML",
}

#: File extension → format, for files whose content does not decide.
EXTENSIONS: dict[str, str] = {
    **RDF_FORMATS,
    ".nquads": "nquads",
    ".rdf": "xml",
    ".owl": "xml",
}

#: Bytes read from the start of a file to recognise its format.
SNIFF_BYTES = 8192

_TERM = r"(?:<[^<>\s]*>|_:\S+)"
_OBJECT = r"(?:<[^<>\s]*>|_:\S+|\"(?:[^\"\\]|\\.)*\"(?:@[A-Za-z0-9-]+|\^\^<[^<>\s]*>)?)"
#: One N-Triples or N-Quads statement on a line (full IRIs, no prefixes).
_N_LINE = re.compile(rf"^{_TERM}\s+<[^<>\s]*>\s+{_OBJECT}(?:\s+{_TERM})?\s*\.\s*(?:#.*)?$")
#: A TriG block opening: ``GRAPH <g> {``, ``<g> {``, ``prefix:g {`` or ``{`` at a line start.
_TRIG_BLOCK = re.compile(r"^\s*(?:GRAPH\s+)?(?:<[^<>\s]*>|[\w-]*:[\w.-]*|_:\S+)?\s*\{", re.I | re.M)


def sniff_format(head: str) -> str | None:
    r"""Recognise an RDF serialisation from the start of a file's text.

    Parameters
    ----------
    head : str
        The first few kilobytes of the file, decoded.

    Returns
    -------
    str or None
        ``json-ld``, ``xml``, ``nquads`` (N-Triples and N-Quads: each line a
        statement written with full IRIs), ``trig`` (a Turtle file with graph
        blocks), ``turtle``, or None for text that looks like no RDF at all.

    Examples
    --------
    >>> sniff_format('{"@context": {}, "@graph": []}')
    'json-ld'
    >>> sniff_format('<http://a> <http://p> "x" <http://g> .\n')
    'nquads'
    >>> sniff_format('@prefix ex: <http://e/> .\nex:g { ex:a ex:p ex:b . }\n')
    'trig'
    >>> sniff_format('PREFIX ex: <http://e/>\nex:a ex:p ex:b .\n')
    'turtle'
    >>> sniff_format('hello world') is None
    True
    """
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "json-ld"
    if text.startswith("<?xml") or re.match(r"<(?:rdf:)?RDF\b", text):
        return "xml"
    lines = [ln.strip() for ln in text.splitlines()]
    if not text.endswith("\n"):
        lines = lines[:-1]  # maybe cut at the end of the head
    statements = [ln for ln in lines if ln and not ln.startswith("#")]
    if statements and all(_N_LINE.match(ln) for ln in statements[:50]):
        return "nquads"
    body = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"", "<>", text)  # IRIs and strings
    if _TRIG_BLOCK.search(body):
        return "trig"
    if re.search(r"^\s*(?:@prefix|@base|PREFIX|BASE)\b", text, re.I | re.M) or re.match(
        rf"{_TERM}|[\w-]*:[\w.-]*\s", text
    ):
        return "turtle"
    return None


def detect_format(path: str | Path) -> str:
    """The RDF serialisation of a graph file: by its content, else by its extension.

    Turtle is read as TriG and N-Triples as N-Quads (each a subset of the other),
    so a named graph in a file with the narrower extension is kept.

    Raises
    ------
    DataError
        If the file is missing or empty.
    UsageError
        If neither the content nor the extension names an RDF format.
    """
    path = _check_file(path)
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES).decode("utf-8", "replace")
    fmt = sniff_format(head) or EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise UsageError(f"not a recognisable RDF file (known extensions: {known})", path)
    return {"turtle": "trig", "nt": "nquads"}.get(fmt, fmt)


def _check_file(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise DataError("graph file not found", path, parameter="graph")
    if path.stat().st_size == 0:
        raise DataError("graph file is empty", path)
    return path


def _rdflib_term(term, xsd_string: str):  # noqa: ANN001, ANN202
    from rdflib import BNode, Literal, URIRef

    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == xsd_string else URIRef(datatype))
    if kind == "BlankNode":
        return BNode(term.value)
    raise DataError(f"RDF-star triple terms are not supported ({term})")


def load_graph(path: str | Path):  # noqa: ANN201 - rdflib.Graph, imported lazily
    """Read a graph file of any RDF serialisation into one rdflib graph.

    Parameters
    ----------
    path : str or Path
        The graph file, e.g. ``build/kg.ttl`` or ``build/kg.trig``.

    Returns
    -------
    rdflib.Graph
        The union of the default graph and every named graph. Its attribute
        ``named_graphs`` maps each named graph's IRI to its triples (sorted by
        IRI; empty for a triples-only file), ``rdf_format`` names the format read.

    Raises
    ------
    DataError
        If the file is missing, empty, does not parse or holds no triple (exit 1).
    UsageError
        If its format cannot be recognised.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> trig = folder / "g.trig"
    >>> _ = trig.write_text("<http://e/g> { <http://e/a> <http://e/p> <http://e/b> . }")
    >>> graph = load_graph(trig)
    >>> len(graph), [str(g) for g in graph.named_graphs]
    (1, ['http://e/g'])
    """
    import pyoxigraph as ox
    from rdflib import Graph, URIRef

    fmt = detect_format(path)
    path = Path(path)
    xsd_string = "http://www.w3.org/2001/XMLSchema#string"
    graph = Graph()
    named: dict = {}
    cache: dict = {}

    def term(value):  # noqa: ANN001, ANN202
        found = cache.get(value)
        if found is None:
            found = cache[value] = _rdflib_term(value, xsd_string)
        return found

    try:
        for quad in ox.parse(path=str(path), format=getattr(ox.RdfFormat, OX_FORMATS[fmt])):
            triple = (term(quad.subject), term(quad.predicate), term(quad.object))
            graph.add(triple)
            if isinstance(quad.graph_name, ox.NamedNode):
                named.setdefault(URIRef(quad.graph_name.value), set()).add(triple)
    except (SyntaxError, ValueError, OSError) as exc:
        message = " ".join(str(exc).split())[:200]
        raise DataError(f"cannot parse graph as {_NAMES[fmt]}: {message}", path) from None
    if not len(graph):
        raise DataError(f"no triples in the graph file (read as {_NAMES[fmt]})", path)
    # The loader's two findings ride on the rdflib Graph it returns (documented above);
    # rdflib's Graph declares no such attributes, hence the two ignores.
    graph.named_graphs = {  # type: ignore[attr-defined]
        iri: sorted(named[iri], key=triple_key) for iri in sorted(named)
    }
    graph.rdf_format = fmt  # type: ignore[attr-defined]
    return graph


_NAMES = {
    "trig": "Turtle/TriG",
    "nquads": "N-Triples/N-Quads",
    "json-ld": "JSON-LD",
    "xml": "RDF/XML",
}


def triple_key(triple: tuple) -> tuple[str, str, str]:
    """A total, deterministic sort key for a triple (its terms in N3)."""
    return (triple[0].n3(), triple[1].n3(), triple[2].n3())
