"""Compiling a SHACL shapes graph (rdflib) into :class:`~kg.publish.shacl_shapes.Shape` values.

It supports exactly the SHACL features the project's shapes use (see
:data:`SUPPORTED`); any other feature raises
:class:`~kg.publish.shacl_shapes.UnsupportedShapes` at compile time, so a new
shape is never silently ignored (``kg build`` then falls back to pySHACL).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kg.publish.shacl_native import native_check
from kg.publish.shacl_shapes import (
    NODE_KINDS,
    SH,
    Shape,
    SparqlConstraint,
    UnsupportedShapes,
    class_check,
    count_check,
    has_value_check,
    language_in,
    or_check,
    pair_check,
    qualified_check,
    regex_flags,
    unique_lang,
)
from kg.publish.shacl_terms import at_least, datatype_test, nt, term_string

#: Predicates in the SHACL namespace this engine understands.
SUPPORTED = frozenset(
    SH + name
    for name in [
        *("targetClass", "property", "path", "minCount", "maxCount", "datatype", "class"),
        *("nodeKind", "pattern", "flags", "node", "qualifiedValueShape", "qualifiedMinCount"),
        *("languageIn", "minInclusive", "in", "uniqueLang", "or", "minLength", "lessThan"),
        *("lessThanOrEquals", "hasValue", "message", "severity", "sparql", "select"),
        *("prefixes", "declare", "prefix", "namespace", "deactivated"),
        *("name", "description", "order", "group"),
    ]
)
#: ``rdf:type`` values in the SHACL namespace this engine understands.
SUPPORTED_TYPES = frozenset(SH + n for n in ("NodeShape", "PropertyShape", "SPARQLConstraint"))
#: SPARQL text that pre-binding ``$this`` with ``VALUES`` would not honour.
_SPARQL_REFUSED = re.compile(
    r"(?i:\b(LIMIT|OFFSET|GROUP\s+BY|HAVING|MINUS|SERVICE|GRAPH|COUNT|SUM|AVG|MIN|MAX|SAMPLE|"
    r"GROUP_CONCAT)\b)|[$?](currentShape|shapesGraph)\b|\$PATH\b"
)
_SELECT_HEAD = re.compile(
    r"^(.*?)\bSELECT\s+(DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\s*\{", re.I | re.S
)


class CompiledShapes:
    """The shapes of a shapes graph, compiled for :class:`Validator`.

    Parameters
    ----------
    shapes : rdflib.Graph
        The shapes graph.

    Raises
    ------
    UnsupportedShapes
        If the shapes use a SHACL feature this engine does not implement.
    """

    def __init__(self, shapes: Any) -> None:
        from rdflib import RDF, URIRef

        self.graph = shapes
        for _, p, o in shapes:
            if str(p).startswith(SH) and str(p) not in SUPPORTED:
                raise UnsupportedShapes(
                    f"SHACL feature not supported by the fast engine: sh:{str(p)[len(SH) :]}"
                )
            if p == RDF.type and str(o).startswith(SH) and str(o) not in SUPPORTED_TYPES:
                raise UnsupportedShapes(
                    f"SHACL feature not supported by the fast engine: sh:{str(o)[len(SH) :]}"
                )
        for cls in (
            URIRef("http://www.w3.org/2000/01/rdf-schema#Class"),
            URIRef("http://www.w3.org/2002/07/owl#Class"),
        ):
            for s in shapes.subjects(RDF.type, cls):
                if (s, RDF.type, URIRef(SH + "NodeShape")) in shapes:
                    raise UnsupportedShapes(
                        f"implicit class targets are not supported by the fast engine: {s}"
                    )
        self._compiled: dict[Any, Shape] = {}
        self._busy: set[Any] = set()
        #: target class (N-Triples IRI) → shapes targeting it
        self.targets: dict[str, list[Shape]] = {}
        for s, o in sorted(shapes.subject_objects(URIRef(SH + "targetClass"))):
            shape = self.shape(s)
            if shape is not None:
                self.targets.setdefault(nt(o), []).append(shape)
        self.depth = max((s.depth for s in self._compiled.values()), default=0)

    # compile ---------------------------------------------------------------------------

    def _one(self, node: Any, name: str) -> Any:
        from rdflib import URIRef

        values = list(self.graph.objects(node, URIRef(SH + name)))
        if len(values) > 1:
            raise UnsupportedShapes(f"shape {node} has {len(values)} values of sh:{name}")
        return values[0] if values else None

    def _list(self, node: Any) -> list[Any]:
        from rdflib.collection import Collection

        return list(Collection(self.graph, node))

    def shape(self, node: Any) -> Shape | None:
        """The compiled shape for ``node`` (None if deactivated)."""
        from rdflib import URIRef

        if node in self._compiled:
            return self._compiled[node]
        if node in self._busy:
            raise UnsupportedShapes(
                f"recursive shapes are not supported by the fast engine: {node}"
            )
        self._busy.add(node)
        g = self.graph
        deactivated = self._one(node, "deactivated")
        if deactivated is not None and deactivated.toPython() is True:
            self._busy.discard(node)
            return None
        path = self._one(node, "path")
        if path is not None and not isinstance(path, URIRef):
            raise UnsupportedShapes(
                f"only IRI paths are supported by the fast engine (shape {node})"
            )
        severity = self._one(node, "severity")
        shape = Shape(
            name=g.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node),
            path=nt(path) if path is not None else None,
            messages=sorted(str(m) for m in g.objects(node, URIRef(SH + "message"))),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        )
        self._constraints(node, shape)
        for prop in sorted(g.objects(node, URIRef(SH + "property"))):
            compiled = self.shape(prop)
            if compiled is not None:
                if compiled.path is None:
                    raise UnsupportedShapes(f"sh:property {prop} has no sh:path")
                shape.properties.append(compiled)
                shape.depth = max(shape.depth, compiled.depth)
        for constraint in sorted(g.objects(node, URIRef(SH + "sparql"))):
            if path is not None:
                raise UnsupportedShapes(
                    f"SPARQL constraints on property shapes are not supported ({node})"
                )
            shape.sparql.append(self._sparql(constraint))
        self._busy.discard(node)
        self._compiled[node] = shape
        return shape

    def _sparql(self, node: Any) -> SparqlConstraint:
        from rdflib import URIRef

        select = self._one(node, "select")
        if select is None:
            raise UnsupportedShapes(f"SPARQL constraint {node} has no sh:select")
        text = str(select)
        refused = _SPARQL_REFUSED.search(text)
        if refused or text.upper().count("SELECT") != 1:
            what = refused.group(0) if refused else "a subquery"
            raise UnsupportedShapes(
                f"SPARQL constraint {node} uses {what}; not supported by the fast engine"
            )
        head = _SELECT_HEAD.match(text)
        if head is None:
            raise UnsupportedShapes(f"SPARQL constraint {node}: cannot find SELECT … WHERE {{")
        before, modifier, projection = head.group(1), head.group(2) or "", head.group(3)
        if projection.strip() != "*" and not re.search(r"[$?]this\b", projection):
            projection = "?this " + projection
        prefixes, namespaces = [], {}
        for source in self.graph.objects(node, URIRef(SH + "prefixes")):
            for decl in self.graph.objects(source, URIRef(SH + "declare")):
                prefix, namespace = self._one(decl, "prefix"), self._one(decl, "namespace")
                prefixes.append(f"PREFIX {prefix}: <{namespace}>")
                namespaces[str(prefix)] = str(namespace)
        head_text = (
            "\n".join(sorted(set(prefixes))) + f"\n{before}SELECT {modifier}{projection} WHERE {{\n"
        )
        return SparqlConstraint(
            head=head_text,
            body=text[head.end() :],
            messages=sorted(str(m) for m in self.graph.objects(node, URIRef(SH + "message"))),
            native=native_check(text, namespaces),
        )

    def _constraints(self, node: Any, shape: Shape) -> None:  # noqa: C901 - one branch per feature
        from rdflib import URIRef

        g = self.graph

        def label(term: Any) -> str:
            return g.namespace_manager.normalizeUri(term) if isinstance(term, URIRef) else str(term)

        checks = shape.checks
        path = shape.path
        step = 1 if path else 0  # value nodes of a property shape are one triple away
        where = f"{{focus}}->{label(URIRef(path[1:-1]))}" if path else ""

        def per_value(test: Callable[[str], bool], message: str) -> None:
            checks.append(lambda f, vs, d: [(v, message) for v in vs if not test(v)])

        def nested(sub: Shape, message: str) -> None:
            checks.append(lambda f, vs, d: [(v, message) for v in vs if not d.conforms(sub, v)])
            shape.depth = max(shape.depth, sub.depth + step)

        low, high = self._one(node, "minCount"), self._one(node, "maxCount")
        if low is not None or high is not None:
            checks.append(count_check(low, high, where))
        datatype = self._one(node, "datatype")
        if datatype is not None:
            message = f"Value is not Literal with datatype {label(datatype)}"
            per_value(datatype_test(str(datatype)), message)
        kind = self._one(node, "nodeKind")
        if kind is not None:
            allowed = NODE_KINDS.get(str(kind)[len(SH) :])
            if allowed is None:
                raise UnsupportedShapes(f"unknown sh:nodeKind {kind}")
            per_value(lambda t: t[0] in allowed, f"Value is not of Node Kind {label(kind)}")
        for cls in g.objects(node, URIRef(SH + "class")):
            checks.append(class_check(nt(cls), f"Value does not have class {label(cls)}"))
            shape.depth = max(shape.depth, step)
        self._value_constraints(node, per_value, label)
        unique = self._one(node, "uniqueLang")
        if unique is not None and unique.toPython() is True:
            checks.append(unique_lang)
        has_value = self._one(node, "hasValue")
        if has_value is not None:
            checks.append(has_value_check(nt(has_value), where))
        for name, strict in (("lessThan", True), ("lessThanOrEquals", False)):
            other = self._one(node, name)
            if other is not None:
                if not path:
                    raise UnsupportedShapes(f"sh:{name} on a node shape ({node})")
                op = "<" if strict else "<="
                message = f"Value of {where} not {op} {label(other)}"
                checks.append(pair_check(nt(other), strict, message))
        self._nested_constraints(node, shape, step, nested, label)

    def _value_constraints(
        self,
        node: Any,
        per_value: Callable[[Callable[[str], bool], str], None],
        label: Callable[[Any], str],
    ) -> None:
        """Add the per-value tests of ``node``: pattern, minLength, languageIn, minInclusive, in.

        Parameters
        ----------
        node : rdflib term
            The shape node.
        per_value : callable
            Adds a test every value must pass, with its message.
        label : callable
            A term as the messages show it.
        """
        pattern = self._one(node, "pattern")
        if pattern is not None:
            flags = self._one(node, "flags")
            regex = re.compile(str(pattern), regex_flags(str(flags) if flags else ""))
            per_value(
                lambda t: t[0] != "_" and regex.search(term_string(t)) is not None,
                f"Value does not match pattern '{pattern}'",
            )
        min_length = self._one(node, "minLength")
        if min_length is not None:
            n = int(min_length)
            per_value(
                lambda t: t[0] != "_" and len(term_string(t)) >= n,
                f"String length not >= {min_length}",
            )
        languages = self._one(node, "languageIn")
        if languages is not None:
            wanted = {str(x).lower() for x in self._list(languages)}
            per_value(
                lambda t: language_in(t, wanted), f"String language is not in {sorted(wanted)}"
            )
        minimum = self._one(node, "minInclusive")
        if minimum is not None:
            per_value(lambda t: at_least(t, minimum), f"Value is not >= {label(minimum)}")
        members = self._one(node, "in")
        if members is not None:
            allowed_terms = frozenset(nt(x) for x in self._list(members))
            per_value(allowed_terms.__contains__, "Value not in list")

    def _nested_constraints(
        self,
        node: Any,
        shape: Shape,
        step: int,
        nested: Callable[[Shape, str], None],
        label: Callable[[Any], str],
    ) -> None:
        """Add the constraints of ``node`` that refer to other shapes: node, or, qualified.

        Parameters
        ----------
        node : rdflib term
            The shape node.
        shape : Shape
            The compiled shape; its checks and depth grow.
        step : int
            1 for a property shape (values one triple away), 0 for a node shape.
        nested : callable
            Adds a check that every value conforms to a sub-shape.
        label : callable
            A term as the messages show it.
        """
        from rdflib import URIRef

        g = self.graph
        for ref in g.objects(node, URIRef(SH + "node")):
            sub = self.shape(ref)
            if sub is not None:
                nested(sub, f"Value does not conform to Shape {label(ref)}")
        alternatives = self._one(node, "or")
        if alternatives is not None:
            subs = [s for s in (self.shape(x) for x in self._list(alternatives)) if s is not None]
            shape.checks.append(or_check(subs))
            shape.depth = max(shape.depth, max((s.depth for s in subs), default=0) + step)
        qualified = self._one(node, "qualifiedValueShape")
        q_min = self._one(node, "qualifiedMinCount")
        if qualified is not None or q_min is not None:
            sub = self.shape(qualified) if qualified is not None else None
            if sub is None or q_min is None:
                raise UnsupportedShapes(
                    f"sh:qualifiedValueShape needs sh:qualifiedMinCount ({node})"
                )
            shape.checks.append(qualified_check(sub, int(q_min)))
            shape.depth = max(shape.depth, sub.depth + step)
