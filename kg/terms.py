"""RDF terms: one model, its N-Triples text, and every conversion between engines.

A :class:`Term` is an RDF term as plain values, independent of the engine that
produced it: it comes from pyoxigraph, from a remote endpoint's JSON results or
from a parameter, and can be turned into a pyoxigraph or rdflib term, into
N-Triples syntax, into the W3C SPARQL JSON form, or into a Python value.

The conversions between rdflib, pyoxigraph and :class:`Term` all live here
(``from_*``/``to_*``, and :func:`rdflib_to_oxigraph` for exports), and so do the
N-Triples lexical helpers (:func:`escape_string`, :func:`iri_nt`,
:func:`decimal_lexical`) that :mod:`kg.turtle` writes with.

The build writes millions of triples; creating an rdflib term, then formatting
it, costs several microseconds each. :class:`NTriplesTerms` makes the
N-Triples text of a term directly (what :func:`kg.turtle.term_nt` would make of
the rdflib term) and moves IRIs under the configured base as it goes;
:class:`RdflibTerms` makes rdflib terms, for code that wants an rdflib Graph.
Both offer the same methods, so one writer serves both.

Neither rdflib nor pyoxigraph is imported at module level: the query path
(``kg query``) imports this module and must stay light.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from kg.namespaces import DEFAULT_BASE, XSD

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib.term import Identifier, Node

XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Characters an IRI may not contain (IRIREF in SPARQL, Turtle and N-Triples).
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_BNODE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")

# --- N-Triples text ---------------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def escape_string(text: str) -> str:
    """Escape a lexical form for a double-quoted N-Triples, Turtle or SPARQL string.

    Quotes, backslashes and line breaks get their ECHAR escapes; other control
    characters are written as ``\\uXXXX``. Nothing else is changed, so the
    literal cannot end early or run into the surrounding query.

    Examples
    --------
    >>> print(escape_string('say "hi"\\n\\x01'))
    say \\"hi\\"\\n\\u0001
    """
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def iri_nt(iri: str) -> str:
    """An IRI in N-Triples form; characters not allowed in IRIs are \\u-escaped.

    Examples
    --------
    >>> print(iri_nt("urn:a b"))
    <urn:a\\u0020b>
    """
    if _BAD_IRI_CHARS.search(iri):
        iri = _BAD_IRI_CHARS.sub(lambda m: f"\\u{ord(m.group()):04X}", iri)
    return f"<{iri}>"


def decimal_lexical(value: Decimal) -> str:
    """The canonical ``xsd:decimal`` lexical form of ``value`` (no exponent).

    Examples
    --------
    >>> decimal_lexical(Decimal("2.50")), decimal_lexical(Decimal("1E+2"))
    ('2.5', '100.0')
    """
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return text


# --- the term model ----------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Term:
    """An RDF term.

    Attributes
    ----------
    kind : str
        ``uri``, ``literal`` or ``bnode`` (the W3C SPARQL JSON names).
    value : str
        The IRI, the literal's lexical form, or the blank node label.
    datatype : str or None
        The datatype IRI of a literal (None for plain strings and language strings).
    lang : str or None
        The language tag of a literal.
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def iri(cls, value: str) -> Term:
        """An IRI term; raise ValueError if ``value`` is not a valid absolute IRI.

        Checked by Oxigraph's own IRI parser (RFC 3987), so a value accepted here
        is also accepted inside a query (``http://e/##`` or a bad ``%`` escape
        is not).
        """
        import pyoxigraph as ox

        if not value or _BAD_IRI_CHARS.search(value) or ":" not in value:
            raise ValueError(f"not a valid absolute IRI: {value!r}")
        try:
            ox.NamedNode(value)
        except ValueError:
            raise ValueError(f"not a valid absolute IRI: {value!r}") from None
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> Term:
        """A literal; a language tag wins over a datatype, xsd:string is left implicit."""
        if lang:
            if not _LANG.match(lang):
                raise ValueError(f"not a valid language tag: {lang!r}")
            return cls("literal", value, None, lang.lower())
        if datatype in (None, XSD_STRING):
            return cls("literal", value)
        cls.iri(datatype)  # validates the datatype IRI
        return cls("literal", value, datatype)

    def n3(self) -> str:
        """The term in N-Triples syntax (also valid SPARQL and Turtle).

        Examples
        --------
        >>> Term.literal('say "hi"\\n', lang="en").n3()
        '"say \\\\"hi\\\\"\\\\n"@en'
        >>> Term.iri("http://example.org/a").n3()
        '<http://example.org/a>'
        """
        if self.kind == "uri":
            if _BAD_IRI_CHARS.search(self.value):
                raise ValueError(f"not a valid IRI: {self.value!r}")
            return f"<{self.value}>"
        if self.kind == "bnode":
            if not _BNODE.match(self.value):
                raise ValueError(f"not a valid blank node label: {self.value!r}")
            return f"_:{self.value}"
        text = '"' + escape_string(self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype:
            return f"{text}^^{Term.iri(self.datatype).n3()}"
        return text

    def to_json(self) -> dict[str, str]:
        """The term as in the W3C SPARQL 1.1 Query Results JSON format."""
        out = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype:
            out["datatype"] = self.datatype
        return out

    @classmethod
    def from_json(cls, data: dict[str, str]) -> Term:
        """Read a term from W3C SPARQL JSON results (``typed-literal`` accepted too)."""
        kind = data.get("type", "")
        if kind in ("literal", "typed-literal"):
            return cls.literal(data["value"], data.get("datatype"), data.get("xml:lang"))
        if kind in ("uri", "bnode"):
            return cls(kind, data["value"])
        raise ValueError(f"unknown term type {kind!r} in JSON results")

    def python(self) -> object:
        """A Python value: str for IRIs, int/Decimal/float/bool/date for typed literals.

        Examples
        --------
        >>> Term.literal("42", XSD + "integer").python()
        42
        """
        if self.kind == "uri":
            return self.value
        if self.kind == "bnode":
            return "_:" + self.value
        from decimal import InvalidOperation

        convert = _python_converters().get(self.datatype or "")
        if convert is None:
            return self.value
        try:
            return convert(self.value)
        except (ValueError, InvalidOperation):
            return self.value

    def __str__(self) -> str:
        return self.value


def _boolean(text: str) -> bool:
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(text)


_INTEGER_TYPES = (
    "integer",
    "int",
    "long",
    "short",
    "byte",
    "nonNegativeInteger",
    "positiveInteger",
    "negativeInteger",
    "nonPositiveInteger",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
    "unsignedByte",
)
_CONVERTERS: dict[str, Callable[[str], object]] = {}


def _python_converters() -> dict[str, Callable[[str], object]]:
    """Datatype IRI → converter (built on first use: decimal and datetime load lazily)."""
    if not _CONVERTERS:
        import datetime as dt
        from decimal import Decimal

        _CONVERTERS.update({XSD + name: int for name in _INTEGER_TYPES})
        _CONVERTERS.update(
            {
                XSD + "decimal": Decimal,
                XSD + "double": float,
                XSD + "float": float,
                XSD + "boolean": _boolean,
                XSD + "date": dt.date.fromisoformat,
                XSD + "dateTime": dt.datetime.fromisoformat,
            }
        )
    return _CONVERTERS


# --- pyoxigraph -------------------------------------------------------------------


def from_oxigraph(term: object) -> Term:
    """Convert a pyoxigraph NamedNode, BlankNode or Literal into a :class:`Term`."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return Term("literal", term.value, None, term.language)
        return Term("literal", term.value, None if datatype == XSD_STRING else datatype)
    raise TypeError(f"unsupported RDF term: {term!r}")


def to_oxigraph(term: Term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert a :class:`Term` into a pyoxigraph term."""
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)


def to_oxigraph_triple(triple: tuple[Term, Term, Term]) -> ox.Triple:
    """Convert a triple of :class:`Term` into a pyoxigraph triple.

    Raises
    ------
    TypeError
        If the subject is a literal or the predicate is not an IRI.

    Examples
    --------
    >>> a, p = Term("uri", "urn:a"), Term("uri", "urn:p")
    >>> str(to_oxigraph_triple((a, p, Term.literal("x"))))
    '<urn:a> <urn:p> "x"'
    """
    import pyoxigraph as ox

    subject, predicate, obj = (to_oxigraph(term) for term in triple)
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not an RDF triple: {triple!r}")
    return ox.Triple(subject, predicate, obj)


# --- rdflib (tests and comparisons only; never on the query path) ---------------


def from_rdflib(term: object) -> Term:
    """Convert an rdflib URIRef, BNode or Literal into a :class:`Term`."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return Term("uri", str(term))
    if isinstance(term, BNode):
        return Term("bnode", str(term))
    if isinstance(term, Literal):
        if term.language:
            return Term("literal", str(term), None, term.language.lower())
        datatype = str(term.datatype) if term.datatype else None
        return Term("literal", str(term), None if datatype == XSD_STRING else datatype)
    raise TypeError(f"unsupported RDF term: {term!r}")


def to_rdflib(term: Term) -> Identifier:
    """Convert a :class:`Term` into an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if term.kind == "uri":
        return URIRef(term.value)
    if term.kind == "bnode":
        return BNode(term.value)
    if term.lang:
        return Literal(term.value, lang=term.lang)
    return Literal(term.value, datatype=URIRef(term.datatype) if term.datatype else None)


def rdflib_to_oxigraph(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term to the equal pyoxigraph term (exports; no :class:`Term` between).

    Examples
    --------
    >>> from rdflib import Literal
    >>> str(rdflib_to_oxigraph(Literal("x", lang="nl")))
    '"x"@nl'
    """
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD_STRING)))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


# --- term makers for kg.rdf ------------------------------------------------------


class NTriplesTerms:
    """Terms as N-Triples strings, IRIs under the default base moved to ``base``.

    Examples
    --------
    >>> t = NTriplesTerms("http://example.org/")
    >>> t.iri("https://w3id.org/kg-decentralisatie/id/x"), t.literal("a", "nl"), t.integer(3)
    ('<http://example.org/id/x>', '"a"@nl', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self._moved = base != DEFAULT_BASE
        self._iris: dict[str, str] = {}
        self._int_suffix = f'"^^<{XSD}integer>'
        self._dec_suffix = f'"^^<{XSD}decimal>'
        self._true = f'"true"^^<{XSD}boolean>'
        self._false = f'"false"^^<{XSD}boolean>'

    def iri(self, value: str) -> str:
        """An IRI (cached: predicates, classes and entities recur)."""
        found = self._iris.get(value)
        if found is None:
            moved = value
            if self._moved and value.startswith(DEFAULT_BASE):
                moved = self.base + value[len(DEFAULT_BASE) :]
            found = iri_nt(moved)
            if len(self._iris) < 50_000:
                self._iris[value] = found
        return found

    def node(self, value: str) -> str:
        """An IRI seen once (a document's own nodes): not cached."""
        if self._moved and value.startswith(DEFAULT_BASE):
            value = self.base + value[len(DEFAULT_BASE) :]
        return iri_nt(value)

    @staticmethod
    def literal(text: str, lang: str | None = None) -> str:
        """A plain or language-tagged string."""
        lexical = f'"{escape_string(text)}"'
        return f"{lexical}@{lang}" if lang else lexical

    def integer(self, value: int) -> str:
        """An ``xsd:integer``."""
        return f'"{value}{self._int_suffix}'

    def boolean(self, value: bool) -> str:
        """An ``xsd:boolean``."""
        return self._true if value else self._false

    def decimal(self, value: Decimal) -> str:
        """An ``xsd:decimal`` in canonical form (no exponent)."""
        return f'"{decimal_lexical(value)}{self._dec_suffix}'


class RdflibTerms:
    """Terms as rdflib objects (no base moving: for in-memory use)."""

    def __init__(self) -> None:
        from rdflib import XSD as RDFLIB_XSD
        from rdflib import Literal, URIRef

        self._uri, self._literal, self._xsd = URIRef, Literal, RDFLIB_XSD

    def iri(self, value: str) -> Any:
        return self._uri(value)

    node = iri

    def literal(self, text: str, lang: str | None = None) -> Any:
        return self._literal(text, lang=lang)

    def integer(self, value: int) -> Any:
        return self._literal(value, datatype=self._xsd.integer)

    def boolean(self, value: bool) -> Any:
        return self._literal(bool(value))

    def decimal(self, value: Decimal) -> Any:
        return self._literal(decimal_lexical(value), datatype=self._xsd.decimal)


def sorted_nodes(nodes: Iterable[Node]) -> list[Identifier]:
    """RDF terms in rdflib's own order (IRIs by text, literals by value).

    rdflib types what a graph yields as ``Node``, which declares no order; every
    node a graph holds is an ``Identifier``, which does. The order is exactly
    ``sorted(nodes)``.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> sorted_nodes([URIRef("urn:b"), URIRef("urn:a")])
    [rdflib.term.URIRef('urn:a'), rdflib.term.URIRef('urn:b')]
    >>> [str(n) for n in sorted_nodes([Literal(10), Literal(9)])]
    ['9', '10']
    """
    return sorted(cast("Iterable[Identifier]", nodes))
