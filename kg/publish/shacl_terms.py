"""N-Triples term strings for :mod:`kg.publish.shacl`: parts, values, comparisons.

The engine works on the strings :class:`kg.terms.NTriplesTerms` makes; a
literal's lexical form, language or datatype is parsed only when a constraint
needs it, and rare comparisons (anything but canonical ``xsd:integer``) go
through rdflib terms so they decide exactly as pySHACL does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kg.memo import LruCache
from kg.publish.void import nt_text
from kg.turtle import unescape_string

XSD = "http://www.w3.org/2001/XMLSchema#"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")


def split_literal(term: str) -> tuple[str, str | None, str | None]:
    """A literal's ``(lexical form, language, datatype IRI)``; a plain literal has neither."""
    end = term.rfind('"')
    lexical = unescape_string(term[1:end])
    suffix = term[end + 1 :]
    if suffix.startswith("@"):
        return lexical, suffix[1:], None
    if suffix.startswith("^^<"):
        return lexical, None, unescape_string(suffix[3:-1])
    return lexical, None, None


def term_string(term: str) -> str:
    """What ``str()`` of the rdflib term gives: an IRI, a blank node id or a lexical form."""
    return term[2:] if term.startswith("_:") else nt_text(term)


def nt(term: Any) -> str:
    """An rdflib term as an N-Triples string (blank nodes as ``_:id``)."""
    from rdflib import BNode

    from kg.turtle import term_nt

    return f"_:{term}" if isinstance(term, BNode) else term_nt(term)


#: The rdflib terms of the last N-Triples strings converted.
_RDFLIB_TERMS: LruCache[str, Any] = LruCache(maxsize=100_000)


def to_rdflib(term: str) -> Any:
    """The rdflib term of an N-Triples string (cached; for rare comparisons only)."""
    return _RDFLIB_TERMS.get_or_make(term, _make_rdflib)


def _make_rdflib(term: str) -> Any:
    from rdflib import BNode, Literal, URIRef

    if term[0] == "<":
        return URIRef(term_string(term))
    if term[0] == "_":
        return BNode(term[2:])
    lexical, lang, datatype = split_literal(term)
    return Literal(lexical, lang=lang, datatype=URIRef(datatype) if datatype else None)


def datatype_test(datatype: str) -> Callable[[str], bool]:
    """A test for ``sh:datatype``, as pySHACL decides it (ill-typed literals fail)."""
    if datatype == XSD + "string":
        suffix = f'"^^<{datatype}>'
        return lambda t: t[0] == '"' and (t[-1] == '"' or t.endswith(suffix))
    if datatype == LANG_STRING:
        return lambda t: t[0] == '"' and t[t.rfind('"') + 1 : t.rfind('"') + 2] == "@"
    suffix = f'"^^<{datatype}>'
    cache: dict[str, bool] = {}

    def test(t: str) -> bool:
        if not t.endswith(suffix):
            return False
        found = cache.get(t)
        if found is None:
            if datatype == XSD + "integer" and _INTEGER.match(t, 1, len(t) - len(suffix)):
                found = True
            else:
                found = _rdflib_datatype_ok(to_rdflib(t), datatype)
            if len(cache) < 100_000:
                cache[t] = found
        return found

    return test


def _rdflib_datatype_ok(literal: Any, datatype: str) -> bool:
    from datetime import date, datetime, time
    from decimal import Decimal

    if getattr(literal, "ill_typed", None) is True:
        return False
    kinds = {
        "integer": int,
        "float": float,
        "decimal": Decimal,
        "boolean": bool,
        "date": date,
        "time": time,
        "dateTime": datetime,
    }
    kind = kinds.get(datatype[len(XSD) :]) if datatype.startswith(XSD) else None
    return kind is None or isinstance(literal.value, kind)


def _numeric(term: str) -> int | None:
    """The value of a canonical ``xsd:integer`` literal, else None (then rdflib decides)."""
    if term.endswith(f'"^^<{XSD}integer>'):
        lexical = term[1 : -len(f'"^^<{XSD}integer>')]
        if _INTEGER.match(lexical):
            return int(lexical)
    return None


def ordered(value: str, other: str, strict: bool) -> bool:
    """``value < other`` (or ``<=``) as pySHACL's sh:lessThan(OrEquals) decides it."""
    a, b = _numeric(value), _numeric(other)
    if a is not None and b is not None:
        return a < b if strict else a <= b
    from rdflib import BNode, Literal, URIRef

    left, right = to_rdflib(value), to_rdflib(other)
    if isinstance(left, BNode) or isinstance(right, BNode):
        return False

    def plain(term: Any) -> tuple[Any, bool]:
        if isinstance(term, URIRef):
            return str(term), True
        if isinstance(term, Literal) and isinstance(term.value, str):
            return term.value, True
        return term, False

    (left, left_str), (right, right_str) = plain(left), plain(right)
    if left_str != right_str:
        return False
    try:
        return bool(left < right if strict else left <= right)
    except TypeError:
        return False


def at_least(value: str, minimum: Any) -> bool:
    """``value >= minimum`` as pySHACL's sh:minInclusive decides it."""
    a = _numeric(value)
    if a is not None and isinstance(minimum.value, int):
        return a >= minimum.value
    from pyshacl.rdfutil.compare import compare_literal
    from rdflib import Literal

    literal = to_rdflib(value)
    if not isinstance(literal, Literal):
        return False
    if isinstance(minimum.value, str) != isinstance(literal.value, str):
        return False
    try:
        return compare_literal(literal, minimum) >= 0
    except (TypeError, NotImplementedError):
        return False
