"""Parameters: labels, IRIs and literals become RDF terms; bad values are usage errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import UsageError
from kg.query.engine import LocalGraph
from kg.query.library import make_query
from kg.query.params import parse_param_options, resolve_params
from kg.terms import XSD, Term
from tests.query_support import _query_cache_in_tmp, query_graph  # noqa: F401

ID = "https://w3id.org/kg-decentralisatie/id/"
QUERY = make_query(
    "#+ defaults:\n#+   - m: https://w3id.org/kg-decentralisatie/id/municipality/brunssum\n"
    "SELECT ?_m_iri ?__n_integer ?__word ?__when_date WHERE { ?_m_iri ?p ?o }",
    "demo",
)


def bind(graph, **given):
    return resolve_params(QUERY, given, graph)


@pytest.mark.parametrize(
    "value",
    [
        "Brunssum",
        "brunssum",
        "  BRUNSSUM ".strip(),
        "Brunssumse",  # skos:hiddenLabel
        "https://w3id.org/kg-decentralisatie/id/municipality/brunssum",
        "<https://w3id.org/kg-decentralisatie/id/municipality/brunssum>",
        "id:municipality/brunssum",
    ],
)
def test_municipality_by_label_or_iri(query_graph, value):  # noqa: F811
    assert bind(query_graph, m=value)["_m_iri"] == Term.iri(ID + "municipality/brunssum")


def test_alternative_labels_and_other_kinds(query_graph):  # noqa: F811
    assert bind(query_graph, m="Eemland")["_m_iri"].value == ID + "region/eemland"
    assert bind(query_graph, m="ISD BOL")["_m_iri"].value == ID + "body/isd-bol"
    assert bind(query_graph, m="jeugdwet")["_m_iri"].value.endswith("/law/jeugdwet")


def test_default_is_used_when_not_given(query_graph):  # noqa: F811
    bound = bind(query_graph)
    assert bound == {"_m_iri": Term.iri(ID + "municipality/brunssum")}  # optional ones stay unbound


def test_unknown_label_lists_candidates(query_graph):  # noqa: F811
    with pytest.raises(
        UsageError, match=r"unknown entity 'Amersfort'; close matches: .*Amersfoort"
    ):
        bind(query_graph, m="Amersfort")
    with pytest.raises(UsageError, match="close matches: id:municipality/amersfoort"):
        bind(query_graph, m="amersf")


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        ("problem", "care-avoiders", "concept/problem/care-avoiders"),  # slug
        ("problem", "Care Avoiders", "concept/problem/care-avoiders"),  # English label
        ("problem", "problem:care-avoiders", "concept/problem/care-avoiders"),  # prefixed
        ("municipality", "GM0899", "id/municipality/brunssum"),  # CBS code
        ("municipality", "https://identifier.overheid.nl/tooi/id/gemeente/gm0899", None),
        ("law", "Youth Act", "concept/law/jeugdwet"),
        ("law", "BWBR0034925", "concept/law/jeugdwet"),  # dcterms:identifier
        ("speaker", "civil-servants", "concept/role/civil-servants"),
        ("topic", "privacy", "concept/topic/privacy"),
    ],
)
def test_every_naming_form_for_every_kind(query_graph, param, value, expected):  # noqa: F811
    query = make_query(f"SELECT * WHERE {{ ?s ?p ?_{param}_iri }}", "demo")
    bound = resolve_params(query, {param: value}, query_graph)[f"_{param}_iri"]
    # A TOOI IRI is used as given (an IRI is never looked up); the rest resolve.
    assert bound.value == (
        value if expected is None else "https://w3id.org/kg-decentralisatie/" + expected
    )


def test_a_parameter_named_after_a_kind_takes_only_that_kind(query_graph):  # noqa: F811
    query = make_query("SELECT * WHERE { ?s ?p ?_problem_iri }", "demo")
    with pytest.raises(UsageError, match="'jeugdwet' is not a problem: it names law law:jeugdwet"):
        resolve_params(query, {"problem": "jeugdwet"}, query_graph)
    with pytest.raises(
        UsageError, match="unknown problem 'care-avoider'; close matches: problem:care-avoiders"
    ):
        resolve_params(query, {"problem": "care-avoider"}, query_graph)


def test_ambiguous_label_lists_both(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<http://e/a> skos:prefLabel "Twin"@nl .\n<http://e/b> skos:prefLabel "twin"@en .\n'
        '<http://e/c> skos:altLabel "Twin"@nl .\n',
        encoding="utf-8",
    )
    with pytest.raises(UsageError, match=r"ambiguous: http://e/a \(Twin\); http://e/b \(twin\)"):
        resolve_params(QUERY, {"m": "Twin"}, LocalGraph(path))


def test_literal_parameters(query_graph):  # noqa: F811
    bound = bind(query_graph, n="42", word='say "hi"', when="2015-01-01")
    assert bound["__n_integer"] == Term.literal("42", XSD + "integer")
    assert bound["__word"] == Term.literal('say "hi"')
    assert bound["__when_date"] == Term.literal("2015-01-01", XSD + "date")
    with pytest.raises(UsageError, match="not a valid integer"):
        bind(query_graph, n="4x")
    with pytest.raises(UsageError, match="not a valid date"):
        bind(query_graph, when="yesterday")


def test_unknown_missing_and_malformed_parameters(query_graph):  # noqa: F811
    with pytest.raises(UsageError, match="unknown parameter 'x'.*parameters: m, n, word, when"):
        bind(query_graph, x="1")
    required = make_query("SELECT ?_who WHERE { ?s ?p ?_who }", "needs")
    with pytest.raises(UsageError, match="needs parameter who=VALUE"):
        resolve_params(required, {}, query_graph)
    with pytest.raises(UsageError, match="not a valid IRI"):
        bind(query_graph, m="<http://e/a>b>")


def test_parse_param_options():
    assert parse_param_options(["a=1", "?b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in (["novalue"], ["=x"]):
        with pytest.raises(UsageError, match="NAME=VALUE"):
            parse_param_options(bad)
    with pytest.raises(UsageError, match="given twice"):
        parse_param_options(["a=1", "a=2"])


HOSTILE = st.one_of(
    st.sampled_from(
        ['"', "'", "}", "{", "} ; DROP ALL #", '" } ; DROP ALL ; SELECT * { "', "\\", "\n#"]
    ),
    st.text(max_size=30),
)


@settings(max_examples=60, deadline=None)
@given(HOSTILE)
def test_hostile_labels_are_bound_as_literals(query_graph, value):  # noqa: F811
    """A label is a literal in the lookup query: it can only fail to match."""
    try:
        bound = bind(query_graph, m=value)
    except UsageError as exc:
        assert "unknown" in str(exc) or "IRI" in str(exc) or "ambiguous" in str(exc)
    else:
        assert bound["_m_iri"].kind == "uri"
    assert len(query_graph.store) > 10_000  # still the whole graph, nothing dropped
