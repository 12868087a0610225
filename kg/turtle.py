"""A small, fast, deterministic Turtle and N-Triples writer.

rdflib's Turtle serializer is slow and superlinear on large graphs (it took
9 s for 60,000 triples here). The graph has no blank nodes, so Turtle can be
written block by block: subjects sorted, predicates sorted (``rdf:type`` first,
written ``a``), objects sorted, IRIs shortened with the project's prefixes where
the local part is a plain name. Same triples in, same bytes out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.terms import decimal_lexical, escape_string, iri_nt

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_INTEGER = re.compile(r'"-?\d+"')
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_SIMPLE_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'"}


def unescape_string(text: str) -> str:
    """Undo N-Triples escapes (``\\n``, ``\\"``, ``\\u00E9`` …) in a lexical form or IRI.

    Examples
    --------
    >>> unescape_string('a \\"b\\" caf\\u00E9')
    'a "b" café'
    """
    if "\\" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        if code:
            return chr(int(code, 16))
        return _SIMPLE_ESCAPES.get(m.group(3), m.group(3))

    return _UNESCAPE.sub(one, text)


def term_nt(term: Node) -> str:
    """Format an rdflib term in N-Triples syntax.

    Raises
    ------
    ValueError
        For blank nodes (the project mints IRIs for everything).
    """
    if isinstance(term, URIRef):
        return iri_nt(str(term))
    if isinstance(term, Literal):
        lexical = f'"{escape_string(str(term))}"'
        if term.language:
            return f"{lexical}@{term.language}"
        if term.datatype and str(term.datatype) != XSD + "string":
            return f"{lexical}^^{iri_nt(str(term.datatype))}"
        return lexical
    if isinstance(term, BNode):
        raise ValueError("blank nodes are not written; mint an IRI")
    raise TypeError(f"not an RDF term: {term!r}")


def split_nt(line: str) -> tuple[str, str, str]:
    """An N-Triples line (no blank nodes) as its three terms; IRIs hold no ``>``."""
    s_end = line.index(">") + 1
    p_end = line.index(">", s_end + 1) + 1
    return line[:s_end], line[s_end + 1 : p_end], line[p_end + 1 : -2]


def triple_nt(s: Node, p: Node, o: Node) -> str:
    """One N-Triples line (without newline)."""
    return f"{term_nt(s)} {term_nt(p)} {term_nt(o)} ."


class TurtleFormatter:
    """Format N-Triples lines as Turtle blocks with prefixes.

    Parameters
    ----------
    prefixes : dict
        Prefix → namespace IRI.

    Examples
    --------
    >>> f = TurtleFormatter({"ex": "http://example.org/"})
    >>> lines = ['<http://example.org/a> <http://example.org/p> "x" .']
    >>> print(f.block(lines), end="")
    ex:a
        ex:p "x" .
    <BLANKLINE>
    """

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so the most specific prefix wins.
        self.prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self._cache: dict[str, str] = {}
        self._typed: dict[str, str] = {}
        namespaces = dict(prefixes.items())
        self._by_namespace: dict[str, str] | None = None
        if all(ns.endswith(("/", "#")) for ns in namespaces.values()):
            self._by_namespace = {}
            for prefix, ns in self.prefixes:  # longest first; the first prefix of a namespace wins
                self._by_namespace.setdefault(ns, prefix)

    def header(self) -> str:
        """The ``@prefix`` lines, sorted by prefix."""
        return (
            "".join(
                f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.prefixes, key=lambda kv: kv[0])
            )
            + "\n"
        )

    def _iri(self, nt: str) -> str:
        cached = self._cache.get(nt)
        if cached is not None:
            return cached
        iri = nt[1:-1]
        out = nt
        if self._by_namespace is not None:
            # Every namespace ends with / or #, and a local name holds neither:
            # the only namespace that can apply is the IRI up to its last one.
            cut = max(iri.rfind("/"), iri.rfind("#")) + 1
            prefix = self._by_namespace.get(iri[:cut])
            if prefix is not None and _LOCAL.match(iri[cut:]):
                out = f"{prefix}:{iri[cut:]}"
        else:
            for prefix, ns in self.prefixes:
                if iri.startswith(ns) and _LOCAL.match(iri[len(ns) :]):
                    out = f"{prefix}:{iri[len(ns) :]}"
                    break
        if len(self._cache) < 100_000:
            self._cache[nt] = out
        return out

    def _object(self, nt: str) -> str:
        if nt.startswith("<"):
            return self._iri(nt)
        if not nt.endswith(">"):
            return nt  # a plain or language-tagged string
        cached = self._typed.get(nt)
        if cached is not None:
            return cached
        out = nt
        if "^^<" in nt:
            lexical, _, datatype = nt.rpartition("^^")
            short = self._iri(datatype)
            out = f"{lexical}^^{short}"
            integer = short == "xsd:integer" and _INTEGER.fullmatch(lexical)
            if integer or (short == "xsd:boolean" and lexical in ('"true"', '"false"')):
                out = lexical[1:-1]  # written bare
        if len(self._typed) < 100_000:
            self._typed[nt] = out
        return out

    def block(self, lines: Iterable[str]) -> str:
        """Turtle for a set of N-Triples lines, grouped by subject, sorted."""
        return self.block_triples(split_nt(line) for line in set(lines))

    def block_triples(self, triples: Iterable[tuple[str, str, str]]) -> str:
        """Turtle for distinct ``(subject, predicate, object)`` N-Triples terms; as :meth:`block`.

        Subjects sorted, then ``a`` (rdf:type) and the other predicates sorted,
        objects sorted: all by their N-Triples text.
        """
        by_subject: dict[str, list[tuple[str, str]]] = {}
        for s, p, o in triples:
            pairs = by_subject.get(s)
            if pairs is None:
                by_subject[s] = [(p, o)]
            else:
                pairs.append((p, o))
        out: list[str] = []
        type_nt = f"<{RDF_TYPE}>"
        iri, obj = self._iri, self._object
        for s in sorted(by_subject):
            pairs = by_subject[s]
            pairs.sort()
            parts = []
            types = [obj(o) for p, o in pairs if p == type_nt]
            if types:
                parts.append("    a " + " , ".join(types))
            current, objects = "", list[str]()
            for p, o in pairs:
                if p == type_nt:
                    continue
                if p != current:
                    if objects:
                        parts.append(f"    {iri(current)} " + " , ".join(objects))
                    current, objects = p, []
                objects.append(obj(o))
            if objects:
                parts.append(f"    {iri(current)} " + " , ".join(objects))
            out.append(iri(s) + "\n" + " ;\n".join(parts) + " .\n\n")
        return "".join(out)


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` literal with a canonical lexical form (no exponent)."""
    return Literal(decimal_lexical(value), datatype=URIRef(XSD + "decimal"))
