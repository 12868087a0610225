"""SHACL validation of the graph against ``ontology/shapes.ttl``.

:func:`validate_graph` returns a :class:`ValidationReport`; it never modifies
the caller's graph (pySHACL runs on a copy). The shapes use SHACL-SPARQL
constraints (a quote's ``oa:exact`` must equal its document's cleaned text at
``[oa:start, oa:end)``); rdflib parses a SPARQL query on every call, which made
those constraints take ~30 s on the seed graph, so the copy caches prepared
queries by their text (~2 s). ``engine="fast"`` uses :mod:`kg.publish.shacl`
instead (compiled shapes, the SHACL-SPARQL constraints in Python), which names
the same violations; pySHACL is the reference. :func:`document_validator` is
what ``kg build`` checks each document with.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from kg.errors import DataError
from kg.memo import LruCache
from kg.namespaces import DEFAULT_BASE, rebase
from kg.publish.shacl_report import Violation
from kg.terms import sorted_nodes

__all__ = [
    "ENGINES",
    "PyShaclDocuments",
    "ValidationReport",
    "Violation",
    "conformance_message",
    "default_shapes_path",
    "document_validator",
    "load_shapes",
    "prepared_queries",
    "require_conformance",
    "validate_graph",
]

SHAPES_FILE = "shapes.ttl"
#: Validation engines: the compiled one (:mod:`kg.publish.shacl`) and the reference.
ENGINES = ("fast", "pyshacl")


@dataclass
class ValidationReport:
    """What :func:`validate_graph` returns.

    Attributes
    ----------
    conforms : bool
        True when the graph conforms to the shapes.
    violations : list of Violation
        Sorted results (empty when the graph conforms).
    graph : rdflib.Graph
        The SHACL validation report as RDF.
    shapes : Path
        The shapes file used.
    engine : str
        The engine that ran: ``fast`` or ``pyshacl``.
    """

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)
    shapes: Path | None = None
    engine: str = "pyshacl"

    def lines(self, prefixes: dict[str, str] | None = None) -> list[str]:
        """One line per violation: ``focus path: message [value]``, with compact IRIs."""
        from kg.publish.export import compactor

        to_curie = compactor(prefixes or {})

        def compact(iri: str) -> str:
            return to_curie(iri) or (f"<{iri}>" if "://" in iri else iri)

        out = []
        for v in self.violations:
            value = f" [value: {_short(v.value)}]" if v.value and v.value != v.focus else ""
            path = compact(v.path) if v.path else "-"
            out.append(f"{compact(v.focus)} {path}: {' '.join(v.message.split())}{value}")
        return out

    def turtle(self) -> bytes:
        """The report graph as Turtle."""
        data = self.graph.serialize(format="turtle", encoding="utf-8")
        return data if isinstance(data, bytes) else data.encode("utf-8")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def default_shapes_path(ontology_dir: str | os.PathLike[str] | None = None) -> Path:
    """The shapes file: ``shapes.ttl`` in the ontology folder, else the package's copy.

    Parameters
    ----------
    ontology_dir : path, optional
        The ontology folder; defaults to :func:`kg.ontology.default_ontology_dir`.

    Examples
    --------
    >>> default_shapes_path("/nowhere").name
    'shapes.ttl'
    """
    from kg.ontology import default_ontology_dir

    folder = Path(ontology_dir) if ontology_dir is not None else default_ontology_dir()
    path = folder / SHAPES_FILE
    if path.is_file():
        return path
    return Path(__file__).resolve().parents[2] / "ontology" / SHAPES_FILE


def load_shapes(path: str | os.PathLike[str] | None = None, base: str = DEFAULT_BASE) -> Graph:
    """Parse the shapes file, moving IRIs (and ``sh:namespace`` values) onto ``base``.

    Raises
    ------
    DataError
        If the file is missing or does not parse.
    """
    from kg.namespaces import rebase_graph

    path = Path(path) if path else default_shapes_path()
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise DataError("SHACL shapes file not found", path) from None
    except Exception as exc:  # rdflib raises many parser-specific types
        raise DataError(
            f"cannot parse SHACL shapes: {' '.join(str(exc).split())[:200]}", path
        ) from None
    if base == DEFAULT_BASE:
        return graph
    moved = rebase_graph(graph, base)
    for s, o in list(moved.subject_objects(SH.namespace)):
        if str(o).startswith(DEFAULT_BASE):
            moved.remove((s, SH.namespace, o))
            moved.add((s, SH.namespace, Literal(rebase(str(o), base), datatype=XSD.anyURI)))
    return moved


#: How many parsed SPARQL texts a validation keeps (the shapes hold a handful).
PREPARED_QUERIES = 256


def prepared_queries() -> LruCache[str, Any]:
    """A new, bounded cache of parsed SPARQL queries, keyed by their text.

    :func:`validate_graph` makes one per call unless given one; an object that
    validates many graphs with the same shapes (:class:`PyShaclDocuments`)
    owns one and passes it on, so nothing is cached for the whole process.

    Examples
    --------
    >>> cache = prepared_queries()
    >>> (len(cache), cache.maxsize)
    (0, 256)
    """
    return LruCache(maxsize=PREPARED_QUERIES)


class _PreparedQueryGraph(Graph):
    """A graph whose ``query`` parses each distinct SPARQL text once, in ``prepared``."""

    def __init__(self, prepared: LruCache[str, Any]) -> None:
        super().__init__()
        self._prepared = prepared

    def query(self, query_object, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        if isinstance(query_object, str):
            from rdflib.plugins.sparql import prepareQuery

            query_object = self._prepared.get_or_make(query_object, prepareQuery)
        return super().query(query_object, *args, **kwargs)


def _violations(report: Graph) -> list[Violation]:
    out = set()
    top_level = {
        r
        for rep in report.subjects(RDF.type, SH.ValidationReport)
        for r in report.objects(rep, SH.result)
    }
    for result in top_level:  # nested sh:detail results are not listed
        severity = report.value(result, SH.resultSeverity)
        value = report.value(result, SH.value)
        path = report.value(result, SH.resultPath)
        out.add(
            Violation(
                focus=str(report.value(result, SH.focusNode) or ""),
                path=str(path) if isinstance(path, URIRef) else "",
                message=" ".join(
                    str(m) for m in sorted_nodes(report.objects(result, SH.resultMessage))
                ),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                value=str(value) if value is not None else "",
            )
        )
    return sorted(out)


def validate_graph(
    graph: Graph,
    shapes: str | Path | Graph | None = None,
    engine: str = "pyshacl",
    prepared: LruCache[str, Any] | None = None,
) -> ValidationReport:
    """Validate ``graph`` (ontology + data) against the SHACL shapes.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph to check; not modified.
    shapes : str, Path or rdflib.Graph, optional
        Shapes file or graph; defaults to :func:`default_shapes_path`.
    engine : {"pyshacl", "fast"}
        pySHACL (the reference), or the compiled engine of
        :mod:`kg.publish.shacl`; that one falls back to pySHACL when the
        shapes use a feature it does not implement.
    prepared : LruCache, optional
        The parsed SPARQL queries of the shapes, by text, for pySHACL; reused
        across calls when given (see :func:`prepared_queries`), else a new
        one for this call.

    Returns
    -------
    ValidationReport

    Raises
    ------
    DataError
        If the shapes cannot be read or the validator fails.

    Examples
    --------
    >>> from rdflib import Graph
    >>> validate_graph(Graph()).conforms
    True
    """
    import pyshacl

    from kg.publish.graphs import detect_base

    base = detect_base(graph)
    shapes_path = None
    if isinstance(shapes, Graph):
        shapes_graph = shapes
    else:
        shapes_path = Path(shapes) if shapes else default_shapes_path()
        shapes_graph = load_shapes(shapes_path, base)
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; expected one of {ENGINES}")
    if engine == "fast":
        from kg.publish.shacl import UnsupportedShapes, validate_rdflib

        try:
            violations, report = validate_rdflib(graph, shapes_graph)
        except UnsupportedShapes:
            pass  # pySHACL below
        else:
            return ValidationReport(not violations, violations, report, shapes_path, "fast")
    data = _PreparedQueryGraph(prepared if prepared is not None else prepared_queries())
    data += graph
    try:
        conforms, report, _ = pyshacl.validate(
            data, shacl_graph=shapes_graph, inference="none", inplace=True, advanced=False
        )
    except Exception as exc:  # pyshacl raises its own types for broken shapes
        raise DataError(
            f"SHACL validation failed: {' '.join(str(exc).split())[:200]}", shapes_path
        ) from None
    return ValidationReport(bool(conforms), _violations(report), report, shapes_path)


def require_conformance(
    graph: Graph, shapes: str | Path | Graph | None = None, shown: int = 3, engine: str = "fast"
) -> None:
    """Raise :class:`DataError` naming the first violations unless ``graph`` conforms.

    Used by ``kg build`` before it writes anything, so a non-conforming graph
    is never published.
    """
    report = validate_graph(graph, shapes, engine)
    if report.conforms:
        return
    from kg.namespaces import prefixes_for
    from kg.publish.graphs import detect_base

    raise DataError(conformance_message(report.violations, prefixes_for(detect_base(graph)), shown))


def conformance_message(
    violations: list[Violation], prefixes: dict[str, str] | None = None, shown: int = 3
) -> str:
    """The one-line error of a build that does not conform, naming the first violations."""
    lines = ValidationReport(False, violations).lines(prefixes)
    first = "; ".join(lines[:shown]) + ("; …" if len(lines) > shown else "")
    return (
        f"graph does not conform to the SHACL shapes ({len(lines)} violations; "
        f"nothing written; see 'kg validate'): {first}"
    )


class PyShaclDocuments:
    """The pySHACL fallback of :func:`document_validator` (same ``validate`` method)."""

    def __init__(self, shapes: Any, ontology_lines: Iterable[str], reason: str) -> None:
        self.shapes = shapes
        self.ontology = "\n".join(sorted(ontology_lines)) + "\n"
        self.reason = reason
        #: The shapes' parsed SPARQL queries, shared by this object's validations.
        self.prepared = prepared_queries()

    def validate(self, triples: Iterable[tuple[str, str, str]]) -> list[Violation]:
        """Violations of the ontology plus ``triples`` (N-Triples terms), by pySHACL."""
        text = self.ontology + "".join(f"{s} {p} {o} .\n" for s, p, o in triples)
        graph = Graph().parse(data=text, format="nt")
        return validate_graph(graph, self.shapes, "pyshacl", self.prepared).violations


def document_validator(
    shapes_path: str | os.PathLike[str], base: str, ontology_lines: Iterable[str]
) -> Any:
    """What ``kg build`` checks each document with: compiled shapes, else pySHACL.

    Parameters
    ----------
    shapes_path : path
        The shapes file.
    base : str
        The data base IRI (the shapes are moved onto it).
    ontology_lines : iterable of str
        The ontology as N-Triples lines, included in every validated graph.

    Returns
    -------
    kg.publish.shacl.Validator or PyShaclDocuments
        Both have ``validate(triples) -> list of Violation``.
    """
    from kg.publish.shacl import CompiledShapes, UnsupportedShapes, Validator
    from kg.turtle import split_nt

    shapes = load_shapes(shapes_path, base)
    lines = list(ontology_lines)
    try:
        return Validator(CompiledShapes(shapes), [split_nt(line) for line in lines])
    except UnsupportedShapes as exc:
        return PyShaclDocuments(shapes, lines, exc.message)
