"""The SPARQL lexer: keywords are found only where they are keywords."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.query.lexer import inspect_query, tokenize
from kg.terms import escape_string


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(text)]


def test_strings_comments_iris_and_names_are_single_tokens():
    text = (
        "PREFIX service: <http://e/SERVICE#>\n"
        "SELECT ?service WHERE { # SERVICE <http://x>\n"
        '  ?service service:SERVICE """SERVICE { } """ ; <http://e/SERVICE> \'SERVICE\'@en .\n'
        "  FILTER(?a<?b && ?b>?c) _:SERVICE ?p $SERVICE }"
    )
    words = [t.text.upper() for t in tokenize(text) if t.kind == "word"]
    assert "SERVICE" not in words
    shape = inspect_query(text)
    assert "SERVICE" not in shape.keywords
    assert shape.prefixes == {"service": "http://e/SERVICE#"}
    assert ("punct", "<") in kinds("FILTER(?a<?b && ?b>?c)")


def test_iri_and_less_than_are_told_apart():
    assert kinds("<http://a/b>") == [("iri", "<http://a/b>")]
    assert [k for k, _ in kinds("?a < ?b")] == ["var", "punct", "var"]


def test_long_strings_with_quotes_inside():
    tokens = kinds('"""a "b" \'\'c\'\' """ \'x\\\'y\'')
    assert tokens == [("string", '"""a "b" \'\'c\'\' """'), ("string", "'x\\'y'")]


def test_language_tags_are_not_keywords():
    assert "ADD" not in inspect_query('SELECT * { ?s ?p "x"@add }').keywords


def test_query_form_variables_and_dataset():
    shape = inspect_query(
        "PREFIX ex: <http://e/>\nCONSTRUCT { ?_a ex:p ?o } FROM ex:g FROM NAMED <http://e/h>\n"
        "WHERE { ?_a ex:p ?o }"
    )
    assert shape.form == "CONSTRUCT"
    assert shape.variables == ("_a", "o")
    assert shape.datasets == ((False, "http://e/g"), (True, "http://e/h"))


def test_where_clause_position():
    for text in (
        "SELECT * WHERE { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o }",
        "SELECT (EXISTS { ?a ?b ?c } AS ?e) { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "ASK { ?s ?p ?o }",
    ):
        where = inspect_query(text).where_open
        assert text[where - 1] == "{"
        assert text[where:].strip().startswith("?s ?p ?o"), text
    assert inspect_query("DESCRIBE <http://e/a>").where_open is None


_WORDS = st.sampled_from(
    ["SERVICE", "service", "INSERT", "DROP ALL", "LOAD", "FROM", "}", "{", "#"]
)
_NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS, _NOISE), max_size=6).map(" ".join))
def test_keywords_inside_strings_and_comments_are_ignored(words):
    text = (
        f'SELECT ?x WHERE {{ BIND("{escape_string(words)}" AS ?x) }}'
        f"\n# {words.splitlines()[0] if words.splitlines() else ''}\n"
    )
    ox.Store().query(text)  # a valid query: the engine parses it
    shape = inspect_query(text)
    assert shape.keywords == {"SELECT", "WHERE", "BIND", "AS"}
