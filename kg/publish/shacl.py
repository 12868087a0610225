"""A compiled SHACL validator for the shapes in ``ontology/shapes.ttl``.

pySHACL builds rdflib terms and runs rdflib SPARQL: about 1.2 s per profile.
The shapes are compiled once (:mod:`kg.publish.shacl_compile`) into Python
closures (:mod:`kg.publish.shacl_shapes`) that work on N-Triples term strings
(as :func:`kg.rdf.document_triples` makes them), evaluated on an index of the
data (:mod:`kg.publish.shacl_data`); the SHACL-SPARQL constraints run in
Python where they have an implementation (:mod:`kg.publish.shacl_native`),
else with pyoxigraph, once per constraint and document, with ``$this``
pre-bound by a ``VALUES`` clause.

pySHACL stays the reference: the tests check that both engines name the same
(focus, path) pairs on the seed graph and on many broken copies of a document.

A document is validated together with the ontology (``ontology`` triples,
indexed once). Results of nodes the document cannot affect are computed once:
a node's verdict depends only on the triples within a bounded distance of it
(:attr:`CompiledShapes.depth`), so per document only the nodes the document
describes, and the ontology nodes that reach them within that distance, are
checked; SPARQL constraints, which may read anything, run on every target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.errors import DataError
from kg.publish.shacl_compile import CompiledShapes
from kg.publish.shacl_data import Data, Index, evaluate, subclass_closure
from kg.publish.shacl_native import Row
from kg.publish.shacl_report import Violation, report_graph
from kg.publish.shacl_shapes import (
    RDF_TYPE,
    SUBCLASS,
    Shape,
    SparqlConstraint,
    UnsupportedShapes,
)
from kg.publish.shacl_terms import term_string

__all__ = ["CompiledShapes", "UnsupportedShapes", "Validator", "validate_rdflib"]


class Validator:
    """Validate documents (N-Triples term triples) together with fixed ontology triples.

    Parameters
    ----------
    shapes : CompiledShapes
        The compiled shapes.
    ontology : iterable of (str, str, str), optional
        Triples every validated graph includes (the ontology), as N-Triples terms.
    native : bool, optional
        Run SHACL-SPARQL constraints with their Python implementations where they
        have one (default); False runs every one in pyoxigraph (the tests compare).

    Examples
    --------
    >>> from rdflib import Graph
    >>> shapes = Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
    ... <urn:S> sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .''',
    ...     format="turtle")
    >>> v = Validator(CompiledShapes(shapes))
    >>> [x.focus for x in v.validate([("<urn:a>", RDF_TYPE, "<urn:C>")])]
    ['urn:a']
    """

    def __init__(
        self,
        shapes: CompiledShapes,
        ontology: Iterable[tuple[str, str, str]] = (),
        native: bool = True,
    ) -> None:
        self.shapes = shapes
        self.native = native
        self.base = Index(ontology)
        self.base_triples = [
            (s, p, o) for s, props in self.base.spo.items() for p, vs in props.items() for o in vs
        ]
        self.subclass_pairs = [
            (s, o) for s, props in self.base.spo.items() for o in props.get(SUBCLASS, ())
        ]
        self.subclasses = subclass_closure(self.subclass_pairs)
        self.shapes_of_type = self._shapes_of_type(self.subclasses)
        reverse: dict[str, set[str]] = {}
        for s, props in self.base.spo.items():
            for vs in props.values():
                for o in vs:
                    if o[0] != '"':
                        reverse.setdefault(o, set()).add(s)
        self.reverse = reverse
        self.sparql_shapes = [s for s in self._all_targeted() if s.sparql]
        self.base_text = "".join(f"{s} {p} {o} .\n" for s, p, o in self.base_triples).encode()
        data = Data(self.base, Index(()), self.subclasses)
        #: focus (N-Triples) → violations of the ontology alone
        self.base_results: dict[str, list[Violation]] = {}
        for node in self.base.spo:
            found = self._core(data, [node], self.shapes_of_type)
            if found:
                self.base_results[node] = found

    def _all_targeted(self) -> list[Shape]:
        seen: dict[int, Shape] = {}
        for shapes in self.shapes.targets.values():
            for s in shapes:
                seen.setdefault(id(s), s)
        return list(seen.values())

    def _shapes_of_type(self, subclasses: dict[str, frozenset[str]]) -> dict[str, list[Shape]]:
        out: dict[str, list[Shape]] = {}
        for cls, shapes in self.shapes.targets.items():
            for sub in subclasses.get(cls, frozenset((cls,))):
                have = out.setdefault(sub, [])
                have.extend(s for s in shapes if s not in have)
        return out

    @staticmethod
    def _core(
        data: Data, nodes: Iterable[str], shapes_of_type: dict[str, list[Shape]]
    ) -> list[Violation]:
        out = []
        by_types: dict[tuple[str, ...], list[Shape]] = {}
        for node in nodes:
            types = data.props(node).get(RDF_TYPE)
            if not types:
                continue
            key = tuple(types)
            shapes = by_types.get(key)
            if shapes is None:
                shapes = by_types[key] = []
                for t in types:
                    for s in shapes_of_type.get(t, ()):
                        if s not in shapes:
                            shapes.append(s)
            for shape in shapes:
                for sh, value, message in evaluate(shape, node, data):
                    out.append(_violation(node, sh, value, message))
        return out

    def validate(self, triples: Iterable[tuple[str, str, str]]) -> list[Violation]:
        """Violations of the ontology plus ``triples``, sorted (empty when they conform).

        Parameters
        ----------
        triples : iterable of (str, str, str)
            N-Triples terms, as :func:`kg.rdf.document_triples` makes them.
        """
        triples = triples if isinstance(triples, (list, set, frozenset, tuple)) else list(triples)
        doc = Index(triples)
        subclasses = self.subclasses
        shapes_of_type = self.shapes_of_type
        extra = [(s, o) for s, props in doc.spo.items() for o in props.get(SUBCLASS, ())]
        if extra:
            subclasses = subclass_closure(self.subclass_pairs + extra)
            shapes_of_type = self._shapes_of_type(subclasses)
        data = Data(self.base, doc, subclasses)
        if extra:
            touched = set(self.base.spo) | set(doc.spo)
            kept: list[Violation] = []
        else:
            touched = set(doc.spo)
            frontier = touched
            for _ in range(self.shapes.depth):
                reached: set[str] = set()
                for node in frontier:
                    reached.update(self.reverse.get(node, ()))
                frontier = reached - touched
                touched |= frontier
            kept = [v for node, vs in self.base_results.items() if node not in touched for v in vs]
        out = set(kept)
        out.update(self._core(data, touched, shapes_of_type))
        if self.sparql_shapes:
            out.update(self._sparql(triples, data, subclasses))
        return sorted(out)

    def _targets(
        self, shape: Shape, data: Data, subclasses: dict[str, frozenset[str]]
    ) -> list[str]:
        nodes: set[str] = set()
        for cls, shapes in self.shapes.targets.items():
            if shape in shapes:
                for sub in subclasses.get(cls, frozenset((cls,))):
                    nodes.update(self.base.by_type.get(sub, ()))
                    nodes.update(data.doc.by_type.get(sub, ()))
        if any(n[0] != "<" for n in nodes):
            raise UnsupportedShapes(
                "SPARQL constraints on blank-node focus nodes are not supported by the fast engine"
            )
        return sorted(nodes)

    def _sparql(
        self,
        triples: Iterable[tuple[str, str, str]],
        data: Data,
        subclasses: dict[str, frozenset[str]],
    ) -> list[Violation]:
        """Run the SHACL-SPARQL constraints: in Python where they have an implementation.

        A constraint with no Python implementation (:mod:`kg.publish.shacl_native`),
        or focus nodes its implementation leaves to SPARQL, run in pyoxigraph on a
        fresh store of the ontology and ``triples``, made only when needed.
        """
        out: list[Violation] = []
        pending: list[tuple[Shape, SparqlConstraint, list[str]]] = []
        for shape in self.sparql_shapes:
            focus = self._targets(shape, data, subclasses)
            for constraint in shape.sparql if focus else ():
                left = focus
                if constraint.native is not None and self.native:
                    left = []
                    for node in focus:
                        rows = constraint.native(node, data)
                        if rows is None:
                            left.append(node)
                        else:
                            out.extend(_sparql_violation(shape, constraint, r) for r in rows)
                if left:
                    pending.append((shape, constraint, left))
        if pending:
            out.extend(self._oxigraph(triples, pending))
        return out

    def _oxigraph(
        self,
        triples: Iterable[tuple[str, str, str]],
        pending: list[tuple[Shape, SparqlConstraint, list[str]]],
    ) -> list[Violation]:
        """Run SPARQL constraints on a fresh store of the ontology and ``triples``.

        A fresh in-memory store loaded in one go measured faster (12 ms per
        synthetic profile) than adding a named graph to a store that keeps the
        ontology and removing it afterwards (17 ms).
        """
        from pyoxigraph import QuerySolutions, RdfFormat, Store

        store = Store()
        text = "".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode("utf-8")
        store.load(self.base_text + text, format=RdfFormat.N_TRIPLES, lenient=True)
        out = []
        for shape, constraint, focus in pending:
            rows = store.query(constraint.query(focus))
            if not isinstance(rows, QuerySolutions):  # a SELECT, checked on load
                raise DataError(f"SPARQL constraint of {shape.name} is no SELECT")
            names = [v.value for v in rows.variables]
            for row in rows:
                bound = {n: str(row[n]) for n in names if row[n] is not None}
                out.append(_sparql_violation(shape, constraint, bound))
        return out


def _violation(focus: str, shape: Shape, value: str | None, message: str) -> Violation:
    if value is None and shape.path is None:
        value = focus
    messages = shape.messages or [message.replace("{focus}", term_string(focus))]
    return Violation(
        focus=term_string(focus),
        path=term_string(shape.path) if shape.path else "",
        message=" ".join(messages),
        severity=shape.severity,
        value=term_string(value) if value is not None else "",
    )


def _sparql_violation(shape: Shape, constraint: SparqlConstraint, row: Row) -> Violation:
    """The violation of one solution (variable → N-Triples term) of a SPARQL constraint."""
    focus, value, path = row["this"], row.get("value"), row.get("path", "")

    def fill(message: str) -> str:
        def one(m: re.Match[str]) -> str:
            term = row.get(m.group(1))
            return m.group(0) if term is None else term_string(term)

        return re.sub(r"\{[?$](\w+)\}", one, message)

    messages = sorted({fill(m) for m in [*shape.messages, *constraint.messages]})
    return Violation(
        focus=term_string(focus),
        path=term_string(path) if path.startswith("<") else "",
        message=" ".join(messages),
        severity=shape.severity,
        value=term_string(value if value is not None else focus),
    )


# --- entry points ---------------------------------------------------------------------


def validate_rdflib(graph: Any, shapes: Any) -> tuple[list[Violation], Any]:
    """Validate an rdflib graph (ontology + data) with the compiled engine.

    Returns
    -------
    tuple
        The sorted violations and the report as an rdflib Graph.

    Raises
    ------
    UnsupportedShapes
        If the shapes use a feature the engine does not implement.
    """
    from rdflib import BNode

    from kg.turtle import term_nt

    def term(t: Any) -> str:
        return f"_:{t}" if isinstance(t, BNode) else term_nt(t)

    validator = Validator(CompiledShapes(shapes))
    violations = validator.validate([(term(s), term(p), term(o)) for s, p, o in graph])
    return violations, report_graph(violations)
