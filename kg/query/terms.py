"""RDF terms as plain values, independent of the engine that produced them.

A :class:`Term` comes from pyoxigraph, from a remote endpoint's JSON results or
from a parameter; it can be turned back into a pyoxigraph term (to bind it),
into N-Triples syntax (for a VALUES block or TSV output), into the W3C SPARQL
JSON form, or into a Python value for notebooks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib.term import Identifier

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Characters an IRI may not contain (IRIREF in SPARQL, Turtle and N-Triples).
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_BNODE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")


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


_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def escape_string(value: str) -> str:
    """Escape a string for a double-quoted N-Triples / SPARQL literal.

    Quotes, backslashes and line breaks get their ECHAR escapes; other control
    characters are written as ``\\uXXXX``. Nothing else is changed, so the
    literal cannot end early or run into the surrounding query.
    """
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


# --- pyoxigraph -----------------------------------------------------------------


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
