"""kg.query.values: parameters bound at the top and inside each UNION branch."""

import pyoxigraph as ox

from kg.query.values import inject_values, union_branches
from kg.terms import Term

DATA = """
<urn:f1> <urn:about> <urn:a> ; <urn:problem> <urn:p1> .
<urn:f2> <urn:about> <urn:b> ; <urn:problem> <urn:p1> .
<urn:f3> <urn:about> <urn:c> ; <urn:problem> <urn:p2> .
"""

UNION = """SELECT ?_a ?_b ?problem (COUNT(DISTINCT ?fa) AS ?inA) (COUNT(DISTINCT ?fb) AS ?inB)
WHERE {
  { ?fa <urn:about> ?_a ; <urn:problem> ?problem . }
  UNION
  { ?fb <urn:about> ?_b ; <urn:problem> ?problem . }
}
GROUP BY ?_a ?_b ?problem ORDER BY ?problem"""


def rows(text: str) -> list[tuple[str, ...]]:
    store = ox.Store()
    store.load(DATA.encode(), format=ox.RdfFormat.TURTLE)
    return [tuple(v.value for v in row) for row in store.query(text)]


def test_each_branch_gets_only_the_parameters_it_uses():
    bindings = {"_a": Term.iri("urn:a"), "_b": Term.iri("urn:b")}
    text = inject_values(UNION, bindings)
    first, second = text.split("UNION")
    assert "VALUES (?_a) { (<urn:a>) }" in first and "VALUES (?_b)" not in first.split("{", 2)[2]
    assert "VALUES (?_b) { (<urn:b>) }" in second and "?_a)" not in second


def test_answers_equal_those_of_the_top_binding_alone():
    bindings = {"_a": Term.iri("urn:a"), "_b": Term.iri("urn:b")}
    where = UNION.index("{") + 1
    top_only = f"{UNION[:where]} VALUES (?_a ?_b) {{ (<urn:a> <urn:b>) }} {UNION[where:]}"
    assert rows(inject_values(UNION, bindings)) == rows(top_only)
    assert rows(top_only) == [("urn:a", "urn:b", "urn:p1", "1", "1")]


def test_subqueries_are_left_alone():
    text = "SELECT * WHERE { { SELECT ?_a WHERE { { ?_a ?p ?o } UNION { ?o ?p ?_a } } } }"
    assert union_branches(text) == []
    assert inject_values(text, {"_a": Term.iri("urn:a")}).count("VALUES") == 1
