"""kg.publish.shacl_terms: N-Triples term strings read and compared as pySHACL would."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from kg.publish.shacl_terms import (
    LANG_STRING,
    XSD,
    at_least,
    datatype_test,
    nt,
    ordered,
    split_literal,
    term_string,
    to_rdflib,
)


def integer(n: str) -> str:
    return f'"{n}"^^<{XSD}integer>'


def test_literal_parts_are_unescaped():
    assert split_literal('"a \\"b\\""@nl') == ('a "b"', "nl", None)
    assert split_literal(integer("3")) == ("3", None, XSD + "integer")
    assert split_literal('"plain"') == ("plain", None, None)


def test_term_string_is_what_str_of_the_rdflib_term_gives():
    for term in (URIRef("http://e/a"), Literal("x y", lang="en"), Literal(5)):
        assert term_string(nt(term)) == str(term)
    assert term_string("_:b1") == "b1"


@pytest.mark.parametrize(
    "term", [URIRef("http://e/a"), Literal("x", lang="nl"), Literal(2.5), BNode("n1")]
)
def test_nt_and_to_rdflib_round_trip(term):
    assert to_rdflib(nt(term)) == term


def test_datatype_tests_refuse_ill_typed_literals():
    is_integer = datatype_test(XSD + "integer")
    assert is_integer(integer("12")) and is_integer(integer("+12"))
    assert not is_integer(integer("twelve")) and not is_integer('"12"')
    assert datatype_test(XSD + "string")('"x"') and not datatype_test(XSD + "string")('"x"@nl')
    assert datatype_test(LANG_STRING)('"x"@nl') and not datatype_test(LANG_STRING)('"x"')
    assert not datatype_test(XSD + "date")(f'"2015-13-01"^^<{XSD}date>')


def test_order_compares_numbers_by_value_and_strings_by_text():
    assert ordered(integer("2"), integer("10"), strict=True)
    assert ordered(integer("2"), integer("2"), strict=False)
    assert not ordered(integer("2"), integer("2"), strict=True)
    assert ordered('"a"', '"b"', strict=True)
    assert not ordered('"a"', integer("1"), strict=True)  # a string and a number: no order
    assert not ordered("_:b1", integer("1"), strict=False)


def test_at_least_compares_with_the_minimum_literal():
    assert at_least(integer("5"), Literal(0))
    assert not at_least(integer("-1"), Literal(0))
    assert at_least(f'"1.5"^^<{XSD}decimal>', Literal(1))
    assert not at_least('"text"', Literal(0))
