"""The data a compiled shape is checked on: the ontology index plus one document's.

:class:`Index` maps subject → predicate → objects (N-Triples term strings);
:class:`Data` is the union of the ontology's index and a document's, with the
class and conformance answers the checks of :mod:`kg.publish.shacl_shapes`
ask for, memoised per validation; :func:`evaluate` runs a shape at a focus
node.

Examples
--------
>>> TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
>>> data = Data(Index([("<urn:a>", TYPE, "<urn:C>")]), Index([("<urn:a>", "<urn:p>", '"x"')]), {})
>>> data.values("<urn:a>", "<urn:p>"), data.has_class("<urn:a>", "<urn:C>")
(['"x"'], True)
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.publish.shacl_shapes import RDF_TYPE, Shape


class Index:
    """Subject → predicate → objects, for the ontology or one document."""

    def __init__(self, triples: Iterable[tuple[str, str, str]]) -> None:
        spo: dict[str, dict[str, list[str]]] = {}
        by_type: dict[str, list[str]] = {}
        for s, p, o in triples:
            props = spo.get(s)
            if props is None:
                props = spo[s] = {}
            values = props.get(p)
            if values is None:
                props[p] = [o]
            else:
                values.append(o)
            if p == RDF_TYPE:
                by_type.setdefault(o, []).append(s)
        self.spo = spo
        self.by_type = by_type


class Data:
    """The union of the ontology index and a document index, as the checks see it."""

    def __init__(self, base: Index, doc: Index, subclasses: dict[str, frozenset[str]]) -> None:
        self.base, self.doc, self.subclasses = base, doc, subclasses
        self._merged: dict[str, dict[str, list[str]]] = {}
        self._classes: dict[tuple[str, str], bool] = {}
        self._conforms: dict[tuple[int, str], bool] = {}

    def props(self, node: str) -> dict[str, list[str]]:
        mine = self.doc.spo.get(node)
        theirs = self.base.spo.get(node)
        if mine is None:
            return theirs or {}
        if theirs is None:
            return mine
        merged = self._merged.get(node)
        if merged is None:
            merged = {p: list(v) for p, v in theirs.items()}
            for p, vs in mine.items():
                have = merged.setdefault(p, [])
                have.extend(v for v in vs if v not in have)
            self._merged[node] = merged
        return merged

    def values(self, node: str, path: str) -> list[str]:
        return self.props(node).get(path, [])

    def has_class(self, node: str, cls: str) -> bool:
        key = (node, cls)
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = self._has_class(node, cls)
        return found

    def _has_class(self, node: str, cls: str) -> bool:
        if node[0] == '"':
            return False
        types = self.props(node).get(RDF_TYPE)
        if not types:
            return False
        wanted = self.subclasses.get(cls)
        if wanted is None:
            return cls in types
        return any(t in wanted for t in types)

    def conforms(self, shape: Shape, node: str) -> bool:
        key = (id(shape), node)
        found = self._conforms.get(key)
        if found is None:
            found = self._conforms[key] = not evaluate(shape, node, self, first=True)
        return found


_NONE: list[str] = []


def evaluate(
    shape: Shape, focus: str, data: Data, first: bool = False
) -> list[tuple[Shape, str | None, str]]:
    """Results of ``shape`` at ``focus`` as ``(shape, value, default message)``.

    With ``first``, stop at the first result (for nested shapes: conforms or not).
    """
    out: list[tuple[Shape, str | None, str]] = []
    props = data.props(focus) if (shape.path or shape.properties) else None
    if shape.checks:
        values = props.get(shape.path, _NONE) if shape.path else [focus]  # type: ignore[union-attr]
        for check in shape.checks:
            found = check(focus, values, data)
            if found:
                if first:
                    return [(shape, None, "")]
                out.extend((shape, v, m) for v, m in found)
    for prop in shape.properties:
        if prop.properties:
            nested = evaluate(prop, focus, data, first)
            if nested:
                if first:
                    return nested
                out.extend(nested)
            continue
        values = props.get(prop.path, _NONE)  # type: ignore[union-attr, arg-type]
        for check in prop.checks:
            found = check(focus, values, data)
            if found:
                if first:
                    return [(prop, None, "")]
                out.extend((prop, v, m) for v, m in found)
    return out


def subclass_closure(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Class → itself and every (transitive) subclass."""
    subs: dict[str, set[str]] = {}
    for sub, sup in pairs:
        subs.setdefault(sup, set()).add(sub)
    closure: dict[str, frozenset[str]] = {}
    for cls in subs:
        seen, todo = {cls}, [cls]
        while todo:
            for s in subs.get(todo.pop(), ()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        closure[cls] = frozenset(seen)
    return closure
