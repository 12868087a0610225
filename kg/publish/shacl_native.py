"""Python implementations of the SHACL-SPARQL constraints of ``ontology/shapes.ttl``.

:mod:`kg.publish.shacl` runs a SHACL-SPARQL constraint with pyoxigraph, which
needs a store holding the ontology and the document: loading it was most of the
cost of the per-document check in ``kg build``. The six constraints of the
project's shapes are simple (a substring comparison, a string length, a
missing triple), so this module implements each of them in Python, on the
N-Triples term strings the engine indexes.

An implementation is found by the constraint's **exact query text** (whitespace
collapsed, see :func:`native_check`): a changed query in the shapes file has no
implementation and runs in pyoxigraph again, so a native check can never drift
from its SPARQL. An implementation decides only the cases it is sure to decide
as SPARQL does (canonical ``xsd:integer`` offsets, simple string literals); for
anything else it returns None and the engine asks pyoxigraph, so the answers
are those of the query text in every case. ``tests/test_publish_shacl.py``
checks every constraint of the shapes has an implementation and that both ways
name the same violations, with the same messages, on broken documents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from kg.publish.shacl_terms import XSD, split_literal, term_string

#: One solution: variable name → N-Triples term.
Row = dict[str, str]
#: ``check(focus, data) -> rows``, or None when pyoxigraph must decide.
NativeCheck = Callable[[str, Any], "list[Row] | None"]
_INTEGER_SUFFIX = f'"^^<{XSD}integer>'


def normalise(query: str) -> str:
    """The query text with runs of whitespace collapsed, the key of :data:`NATIVE`.

    Examples
    --------
    >>> normalise('''SELECT $this
    ...     WHERE { $this ?p ?o }''')
    'SELECT $this WHERE { $this ?p ?o }'
    """
    return " ".join(query.split())


def native_check(query: str, prefixes: Mapping[str, str]) -> NativeCheck | None:
    """The Python implementation of ``query`` (a ``sh:select`` text), or None.

    Parameters
    ----------
    query : str
        The constraint's ``sh:select`` text.
    prefixes : mapping of str to str
        The constraint's ``sh:prefixes`` (prefix → namespace IRI), which give
        its prefixed names their IRIs (the shapes may be moved onto another base).

    Examples
    --------
    >>> check = native_check(UNIT_WITH_VALUE, {"kg": "urn:kg#"})
    >>> check("<urn:a>", _Props({"<urn:a>": {"<urn:kg#value>": ['"1"']}}))
    [{'this': '<urn:a>', 'path': '<urn:kg#unit>'}]
    >>> native_check("SELECT $this WHERE { $this ?p ?o }", {}) is None
    True
    """
    make = NATIVE.get(normalise(query))
    if make is None:
        return None
    try:
        return make(_Names(prefixes))
    except KeyError:  # a prefix the implementation needs is not declared
        return None


class _Names:
    """Prefixed name → N-Triples IRI, with the constraint's prefixes."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = prefixes

    def __call__(self, name: str) -> str:
        prefix, local = name.split(":", 1)
        return f"<{self.prefixes[prefix]}{local}>"


class _Props:
    """A minimal stand-in for the engine's data (``values``), for the examples."""

    def __init__(self, spo: dict[str, dict[str, list[str]]]) -> None:
        self.spo = spo

    def values(self, node: str, path: str) -> list[str]:
        return self.spo.get(node, {}).get(path, [])


def _integer(term: str) -> int | None:
    """The value of a canonical ``xsd:integer`` literal, else None."""
    if term.endswith(_INTEGER_SUFFIX):
        lexical = term[1 : -len(_INTEGER_SUFFIX)]
        body = lexical[1:] if lexical[:1] == "-" else lexical
        if body.isascii() and body.isdigit() and (body == "0" or body[0] != "0"):
            return int(lexical)
    return None


@lru_cache(maxsize=16)
def _string(term: str) -> str | None:
    """The lexical form of a simple literal or ``xsd:string``, else None.

    Cached: a document's cleaned text is read once per quote.
    """
    if term[0] != '"':
        return None
    lexical, lang, datatype = split_literal(term)
    if lang is not None or datatype not in (None, XSD + "string"):
        return None
    return lexical


def _str(term: str) -> str | None:
    """SPARQL ``STR()`` of an IRI or a literal; None for a blank node (an error)."""
    return None if term[0] == "_" else term_string(term)


def _length(lexical: str) -> str:
    return f'"{len(lexical)}"^^<{XSD}integer>'


# --- the constraints of ontology/shapes.ttl --------------------------------------------

END_WITHIN_TEXT = """
SELECT $this ?end ?length (oa:end AS ?path) (?end AS ?value) WHERE {
    $this oa:end ?end ; kg:inDocument ?doc .
    ?doc kg:cleanedText ?text .
    BIND (STRLEN(?text) AS ?length)
    FILTER (?end > ?length)
}
"""


def _end_within_text(name: _Names) -> NativeCheck:
    end_p, in_doc, cleaned = name("oa:end"), name("kg:inDocument"), name("kg:cleanedText")

    def check(focus: str, data: Any) -> list[Row] | None:
        rows = []
        for end in data.values(focus, end_p):
            for doc in data.values(focus, in_doc):
                for text in data.values(doc, cleaned):
                    number, lexical = _integer(end), _string(text)
                    if number is None or lexical is None:
                        return None
                    if number > len(lexical):
                        length = _length(lexical)
                        rows.append(
                            {"this": focus, "end": end, "length": length, "path": end_p,
                             "value": end}
                        )  # fmt: skip
        return rows

    return check


QUOTE_EQUALS_TEXT = """
SELECT $this (oa:exact AS ?path) ?value WHERE {
    $this oa:exact ?value ; oa:start ?start ; oa:end ?end ; kg:inDocument ?doc .
    ?doc kg:cleanedText ?text .
    FILTER (?start >= 0 && ?start < ?end && ?end <= STRLEN(?text))
    FILTER (SUBSTR(?text, ?start + 1, ?end - ?start) != STR(?value))
}
"""


def _quote_equals_text(name: _Names) -> NativeCheck:
    exact_p, start_p, end_p = name("oa:exact"), name("oa:start"), name("oa:end")
    in_doc, cleaned = name("kg:inDocument"), name("kg:cleanedText")

    def check(focus: str, data: Any) -> list[Row] | None:
        texts = [t for doc in data.values(focus, in_doc) for t in data.values(doc, cleaned)]
        starts, ends = data.values(focus, start_p), data.values(focus, end_p)
        rows = []
        for value in data.values(focus, exact_p):
            quoted = _str(value)
            for start in starts:
                for end in ends:
                    for text in texts:
                        a, b, lexical = _integer(start), _integer(end), _string(text)
                        if a is None or b is None or lexical is None or quoted is None:
                            return None
                        if 0 <= a < b <= len(lexical) and lexical[a:b] != quoted:
                            rows.append({"this": focus, "path": exact_p, "value": value})
        return rows

    return check


UNIT_WITH_VALUE = """
SELECT $this (kg:unit AS ?path) WHERE {
    $this kg:value ?value .
    FILTER NOT EXISTS { $this kg:unit ?unit }
}
"""


def _unit_with_value(name: _Names) -> NativeCheck:
    value_p, unit_p = name("kg:value"), name("kg:unit")

    def check(focus: str, data: Any) -> list[Row] | None:
        if data.values(focus, unit_p):
            return []
        return [{"this": focus, "path": unit_p} for _ in data.values(focus, value_p)]

    return check


DIRECT_TRIPLE = """
SELECT $this ?value WHERE {
    $this kg:relationType ?type ; kg:relationSubject ?s ; kg:relationObject ?o .
    ?type kg:property ?p .
    BIND (?p AS ?value)
    FILTER NOT EXISTS { ?s ?p ?o }
}
"""


def _direct_triple(name: _Names) -> NativeCheck:
    type_p, subject_p = name("kg:relationType"), name("kg:relationSubject")
    object_p, property_p = name("kg:relationObject"), name("kg:property")

    def check(focus: str, data: Any) -> list[Row] | None:
        rows = []
        for kind in data.values(focus, type_p):
            for s in data.values(focus, subject_p):
                for o in data.values(focus, object_p):
                    for p in data.values(kind, property_p):
                        if o not in data.values(s, p):
                            rows.append({"this": focus, "value": p})
        return rows

    return check


TOOI_MATCHES_CBS = """
SELECT $this ?code (owl:sameAs AS ?path) ?value WHERE {
    $this kg:cbsCode ?code ; owl:sameAs ?value .
    FILTER (STR(?value) != CONCAT("https://identifier.overheid.nl/tooi/id/gemeente/",
                                  LCASE(STR(?code))))
}
"""


def _tooi_matches_cbs(name: _Names) -> NativeCheck:
    code_p, same_p = name("kg:cbsCode"), name("owl:sameAs")
    tooi = "https://identifier.overheid.nl/tooi/id/gemeente/"

    def check(focus: str, data: Any) -> list[Row] | None:
        rows = []
        for code in data.values(focus, code_p):
            for value in data.values(focus, same_p):
                code_text, iri = _str(code), _str(value)
                if code_text is None or iri is None or not code_text.isascii():
                    return None  # an error in SPARQL, or Unicode case mapping: let it decide
                if iri != tooi + code_text.lower():
                    rows.append({"this": focus, "code": code, "path": same_p, "value": value})
        return rows

    return check


LAW_PAGE_MATCHES_BWB = """
SELECT $this ?id ?path ?value WHERE {
    $this dcterms:identifier ?id .
    $this ?path ?value .
    FILTER (?path = foaf:page || ?path = skos:exactMatch)
    FILTER (STR(?value) != CONCAT("https://wetten.overheid.nl/", STR(?id)))
}
"""


def _law_page_matches_bwb(name: _Names) -> NativeCheck:
    id_p, paths = name("dcterms:identifier"), (name("foaf:page"), name("skos:exactMatch"))

    def check(focus: str, data: Any) -> list[Row] | None:
        rows = []
        for ident in data.values(focus, id_p):
            for path in paths:
                for value in data.values(focus, path):
                    id_text, iri = _str(ident), _str(value)
                    if id_text is None or iri is None:
                        return None
                    if iri != "https://wetten.overheid.nl/" + id_text:
                        rows.append({"this": focus, "id": ident, "path": path, "value": value})
        return rows

    return check


#: Normalised query text → factory of its check (given the constraint's prefixes).
NATIVE: dict[str, Callable[[_Names], NativeCheck]] = {
    normalise(END_WITHIN_TEXT): _end_within_text,
    normalise(QUOTE_EQUALS_TEXT): _quote_equals_text,
    normalise(UNIT_WITH_VALUE): _unit_with_value,
    normalise(DIRECT_TRIPLE): _direct_triple,
    normalise(TOOI_MATCHES_CBS): _tooi_matches_cbs,
    normalise(LAW_PAGE_MATCHES_BWB): _law_page_matches_bwb,
}
