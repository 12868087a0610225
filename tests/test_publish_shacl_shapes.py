"""The constraint checks a compiled shape is made of, each on its own."""

from __future__ import annotations

import re

from kg.publish.shacl_shapes import (
    Shape,
    SparqlConstraint,
    class_check,
    count_check,
    has_value_check,
    language_in,
    or_check,
    pair_check,
    qualified_check,
    regex_flags,
    unique_lang,
)

INT = "<http://www.w3.org/2001/XMLSchema#integer>"


def integer(n: int) -> str:
    return f'"{n}"^^{INT}'


class FakeData:
    """The three questions a check asks of the data, answered from dicts."""

    def __init__(self, classes=None, values=None, conforming=None) -> None:  # noqa: ANN001
        self.classes = classes or {}
        self.by_path = values or {}
        self.conforming = conforming or {}

    def has_class(self, node: str, cls: str) -> bool:
        return cls in self.classes.get(node, ())

    def values(self, node: str, path: str) -> list[str]:
        return self.by_path.get((node, path), [])

    def conforms(self, shape: Shape, node: str) -> bool:
        return node in self.conforming.get(shape.name, ())


def test_counts_name_the_bound_that_fails():
    check = count_check(1, 2, "f->p")
    assert check("<urn:a>", [], None) == [(None, "Less than 1 values on f->p")]
    assert check("<urn:a>", ["<urn:x>"], None) == []
    assert check("<urn:a>", ["<urn:x>", "<urn:y>", "<urn:z>"], None) == [
        (None, "More than 2 values on f->p")
    ]


def test_a_missing_count_bound_never_fails():
    assert count_check(None, None, "f->p")("<urn:a>", ["<urn:x>"] * 50, None) == []


def test_class_check_reports_each_value_without_the_class():
    data = FakeData(classes={"<urn:x>": {"<urn:C>"}})
    check = class_check("<urn:C>", "no class")
    assert check("<urn:a>", ["<urn:x>", "<urn:y>"], data) == [("<urn:y>", "no class")]


def test_has_value_needs_the_value_among_the_values():
    check = has_value_check("<urn:v>", "f->p")
    assert check("<urn:a>", ["<urn:v>"], None) == []
    ((value, message),) = check("<urn:a>", ["<urn:w>"], None)
    assert value is None and message.endswith("urn:v")


def test_pair_check_compares_with_the_other_path_of_the_focus():
    data = FakeData(values={("<urn:a>", "<urn:end>"): [integer(5)]})
    strict = pair_check("<urn:end>", True, "not less")
    assert strict("<urn:a>", [integer(4)], data) == []
    assert strict("<urn:a>", [integer(5)], data) == [(integer(5), "not less")]
    assert pair_check("<urn:end>", False, "m")("<urn:a>", [integer(5)], data) == []


def test_or_and_qualified_ask_the_data_whether_values_conform():
    one, two = Shape("one"), Shape("two")
    data = FakeData(conforming={"one": {"<urn:x>"}, "two": {"<urn:y>"}})
    either = or_check([one, two])
    assert either("<urn:a>", ["<urn:x>", "<urn:y>", "<urn:z>"], data) == [
        ("<urn:z>", "Node does not conform to one or more shapes in sh:or")
    ]
    assert qualified_check(one, 1)("<urn:a>", ["<urn:x>", "<urn:z>"], data) == []
    assert qualified_check(one, 2)("<urn:a>", ["<urn:x>", "<urn:z>"], data) != []


def test_regex_flags_read_the_shacl_letters():
    assert regex_flags("") == 0
    assert regex_flags("is") == re.I | re.S
    assert regex_flags("q") == 0


def test_language_in_matches_a_language_or_its_primary_tag():
    assert language_in('"huis"@nl', {"nl"})
    assert language_in('"huis"@nl-BE', {"nl"})
    assert not language_in('"house"@en', {"nl"})
    assert not language_in('"huis"', {"nl"})
    assert not language_in("<urn:x>", {"*"})
    assert language_in('"x"@fr', {"*"})


def test_unique_lang_reports_each_shared_language_once():
    values = ['"a"@nl', '"b"@NL', '"c"@en', '"d"@en', '"e"@de', "<urn:x>"]
    assert len(unique_lang("<urn:a>", values, None)) == 2
    assert unique_lang("<urn:a>", ['"a"@nl', '"b"@en'], None) == []


def test_a_sparql_constraint_binds_this_with_values():
    constraint = SparqlConstraint(head="SELECT ?this WHERE {\n", body="?this ?p ?o }", messages=[])
    text = constraint.query(["<urn:a>", "<urn:b>"])
    assert "VALUES ?this { <urn:a> <urn:b> }" in text
    assert text.startswith("SELECT ?this WHERE {") and text.endswith("?this ?p ?o }")
