"""The compiled form of SHACL shapes: :class:`Shape`, its constraint checks, the errors.

:mod:`kg.publish.shacl_compile` turns a shapes graph into :class:`Shape` values
whose ``checks`` are the closures made here; :mod:`kg.publish.shacl_data`
evaluates them on N-Triples term strings and :mod:`kg.publish.shacl` reports
what they find. A check is ``check(focus, values, data) -> list of (value or
None, default message)``: ``values`` are the focus node's values on the
shape's path (``[focus]`` for a node shape) and ``data`` answers
``values``, ``has_class`` and ``conforms`` (a :class:`kg.publish.shacl_data.Data`).

Examples
--------
>>> check = count_check(1, None, "{focus}->ex:p")
>>> check("<urn:a>", [], None)
[(None, 'Less than 1 values on {focus}->ex:p')]
>>> check("<urn:a>", ['"x"'], None)
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.errors import DataError
from kg.publish.shacl_native import NativeCheck
from kg.publish.shacl_terms import ordered, split_literal, term_string

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


class UnsupportedShapes(DataError):
    """The shapes use a SHACL feature this engine does not implement."""


# --- compiled shapes ------------------------------------------------------------------


@dataclass
class Shape:
    """One compiled node or property shape.

    Attributes
    ----------
    name : str
        The shape's IRI or blank node id (for messages).
    path : str or None
        The property (N-Triples IRI) of a property shape; None for a node shape.
    checks : list
        ``check(focus, values, data) -> list of (value or None, default message)``,
        one per constraint; ``values`` is ``[focus]`` for a node shape.
    sparql : list of SparqlConstraint
        SHACL-SPARQL constraints.
    messages : list of str
        ``sh:message`` values.
    severity : str
        ``Violation``, ``Warning`` or ``Info``.
    """

    name: str
    path: str | None = None
    checks: list[Callable[[str, list[str], Any], list[tuple[str | None, str]]]] = field(
        default_factory=list
    )
    sparql: list[SparqlConstraint] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    severity: str = "Violation"
    properties: list[Shape] = field(default_factory=list)
    depth: int = 0


@dataclass
class SparqlConstraint:
    """A SHACL-SPARQL ``sh:select`` constraint with ``$this`` bound by ``VALUES``."""

    head: str
    body: str
    messages: list[str]
    #: Its Python implementation (:mod:`kg.publish.shacl_native`), if it has one.
    native: NativeCheck | None = None

    def query(self, focus: list[str]) -> str:
        """The query for these focus nodes (N-Triples IRIs)."""
        return f"{self.head}VALUES ?this {{ {' '.join(focus)} }}\n{self.body}"


NODE_KINDS = {
    "IRI": "<",
    "BlankNode": "_",
    "Literal": '"',
    "BlankNodeOrIRI": "_<",
    "BlankNodeOrLiteral": '_"',
    "IRIOrLiteral": '<"',
}
Check = Callable[[str, list[str], Any], list[tuple[str | None, str]]]


def count_check(low: Any, high: Any, where: str) -> Check:
    n_min = int(low) if low is not None else 0
    n_max = int(high) if high is not None else 1 << 62
    few, many = f"Less than {n_min} values on {where}", f"More than {n_max} values on {where}"

    def check(f: str, vs: list[str], d: Any) -> list[tuple[str | None, str]]:
        n = len(vs)
        if n < n_min:
            return [(None, few)]
        return [(None, many)] if n > n_max else []

    return check


def class_check(cls: str, message: str) -> Check:
    return lambda f, vs, d: [(v, message) for v in vs if not d.has_class(v, cls)]


def has_value_check(value: str, where: str) -> Check:
    message = f"Node {where} does not contain a value in the set: {term_string(value)}"
    return lambda f, vs, d: [] if value in vs else [(None, message)]


def pair_check(other: str, strict: bool, message: str) -> Check:
    def check(f: str, vs: list[str], d: Any) -> list[tuple[str | None, str]]:
        return [(v, message) for v in vs for w in d.values(f, other) if not ordered(v, w, strict)]

    return check


def or_check(subs: list[Shape]) -> Check:
    message = "Node does not conform to one or more shapes in sh:or"
    return lambda f, vs, d: [(v, message) for v in vs if not any(d.conforms(s, v) for s in subs)]


def qualified_check(sub: Shape, n: int) -> Check:
    message = f"Focus node does not conform to {n} qualified value shapes"

    def check(f: str, vs: list[str], d: Any) -> list[tuple[str | None, str]]:
        return [] if sum(1 for v in vs if d.conforms(sub, v)) >= n else [(None, message)]

    return check


def regex_flags(flags: str) -> int:
    value = 0
    for ch in flags:
        value |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
    return value


def language_in(term: str, wanted: set[str]) -> bool:
    if term[0] != '"':
        return False
    lang = split_literal(term)[1]
    if not lang:
        return False
    lang = lang.lower()
    return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted


def unique_lang(focus: str, values: list[str], data: Any) -> list[tuple[str | None, str]]:
    seen: set[str] = set()
    dupes: set[str] = set()
    for v in values:
        if v[0] == '"':
            lang = split_literal(v)[1]
            if lang:
                low = lang.lower()
                (dupes if low in seen else seen).add(low)
    return [(None, "More than one String shares the same Language") for _ in sorted(dupes)]
