"""Two ways to make RDF terms for :mod:`kg.rdf`: N-Triples strings, or rdflib objects.

The build writes millions of triples; creating an rdflib term, then formatting
it, costs several microseconds each. :class:`NTriplesTerms` makes the
N-Triples text of a term directly (what :func:`kg.turtle.term_nt` would make of
the rdflib term) and moves IRIs under the configured base as it goes;
:class:`RdflibTerms` makes rdflib terms, for code that wants an rdflib Graph.
Both offer the same methods, so one writer serves both.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from kg.namespaces import DEFAULT_BASE, XSD
from kg.turtle import decimal_lexical, escape_string, iri_nt

if TYPE_CHECKING:
    from rdflib.term import Identifier, Node


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
