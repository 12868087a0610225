"""Validation results: :class:`Violation` and the SHACL report graph made from them.

Both SHACL engines (pySHACL through :mod:`kg.publish.validate`, the compiled one in
:mod:`kg.publish.shacl`) return :class:`Violation` values; this module sits below
both, so neither imports the other to share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True, order=True)
class Violation:
    """One validation result.

    Attributes
    ----------
    focus : str
        The node that does not conform.
    path : str
        The property concerned ("" for a node-level result).
    message : str
        What is wrong.
    severity : str
        ``Violation``, ``Warning`` or ``Info``.
    value : str
        The offending value, if any.

    Examples
    --------
    >>> sorted([Violation("urn:b", "", "x"), Violation("urn:a", "urn:p", "y")])[0].focus
    'urn:a'
    """

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""


def report_graph(violations: list[Violation]) -> Any:
    """A SHACL validation report (rdflib Graph) for ``violations``.

    Examples
    --------
    >>> len(report_graph([Violation("urn:a", "urn:p", "missing")]))  # report 3, result 5
    8
    """
    from rdflib import RDF, BNode, Graph, Literal, URIRef
    from rdflib.namespace import SH as RDFLIB_SH

    graph = Graph()
    graph.bind("sh", RDFLIB_SH)
    report = BNode()
    graph.add((report, RDF.type, RDFLIB_SH.ValidationReport))
    graph.add((report, RDFLIB_SH.conforms, Literal(not violations)))
    for v in violations:
        result = BNode()
        graph.add((report, RDFLIB_SH.result, result))
        graph.add((result, RDF.type, RDFLIB_SH.ValidationResult))
        graph.add((result, RDFLIB_SH.focusNode, URIRef(v.focus)))
        graph.add((result, RDFLIB_SH.resultSeverity, URIRef(SH + v.severity)))
        graph.add((result, RDFLIB_SH.resultMessage, Literal(v.message)))
        if v.path:
            graph.add((result, RDFLIB_SH.resultPath, URIRef(v.path)))
        if v.value:
            looks_like_iri = "://" in v.value and not any(c.isspace() for c in v.value)
            graph.add(
                (result, RDFLIB_SH.value, URIRef(v.value) if looks_like_iri else Literal(v.value))
            )
    return graph
