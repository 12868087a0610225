"""The query library: grlc headers, parameters, discovery."""

from __future__ import annotations

import pytest
import yaml

from kg.errors import DataError, UsageError
from kg.query.library import (
    list_queries,
    load_query,
    make_query,
    param_from_variable,
    parse_header,
)
from kg.terms import XSD
from tests.query_support import QUERIES


@pytest.mark.parametrize("spec", list_queries(QUERIES), ids=lambda s: s.name)
def test_headers_are_the_yaml_grlc_reads(spec):
    """grlc strips '#+ ' and loads the rest as YAML: our reading must agree."""
    lines = []
    for line in spec.text.splitlines():
        if not line.startswith("#+"):
            break
        lines.append(line[3:] if line.startswith("#+ ") else line[2:])
    assert yaml.safe_load("\n".join(lines)) == parse_header(spec.text)
    header = parse_header(spec.text)
    assert set(header) <= {"summary", "description", "tags", "defaults", "enumerate", "endpoint"}
    for item in header.get("defaults", []):
        (name,) = item
        assert spec.param(name) is not None, f"{spec.name}: default for unknown parameter {name}"


@pytest.mark.parametrize("spec", list_queries(QUERIES), ids=lambda s: s.name)
def test_select_queries_project_their_parameters(spec):
    """pyoxigraph binds only projected variables; the library keeps to that."""
    if spec.form != "SELECT":
        return
    select_clause = spec.text.split("WHERE", 1)[0]
    for param in spec.params:
        assert "?" + param.variable in select_clause, f"{spec.name}: ?{param.variable}"


def test_parameter_naming_convention():
    param = param_from_variable("_municipality_iri")
    assert (param.name, param.kind, param.required) == ("municipality", "iri", True)
    param = param_from_variable("__year_integer")
    assert (param.name, param.datatype, param.required) == ("year", XSD + "integer", False)
    param = param_from_variable("_label_en")
    assert (param.name, param.lang, param.type_label) == ("label", "en", "@en")
    param = param_from_variable("_free_text")
    assert (param.name, param.kind, param.type_label) == ("free_text", "literal", "string")
    assert param_from_variable("plain") is None
    assert param_from_variable("_") is None


def test_make_query_reads_header_and_params():
    spec = make_query(
        "#+ summary: S\n#+ description: 'D: with colon'\n#+ tags:\n#+   - a\n#+   - b\n"
        "#+ defaults:\n#+   - who: http://e/x\n\n"
        "SELECT ?_who_iri ?__n_integer WHERE { ?_who_iri ?p ?o }",
        "demo",
    )
    assert (spec.summary, spec.description, spec.tags) == ("S", "D: with colon", ("a", "b"))
    assert [(p.name, p.default, p.required) for p in spec.params] == [
        ("who", "http://e/x", True),
        ("n", None, False),
    ]
    assert spec.param("who") is spec.param("?_who_iri")


def test_load_query_by_name_and_by_file(tmp_path):
    assert load_query("shared-problems", QUERIES).name == "shared-problems"
    path = tmp_path / "mine.rq"
    path.write_text("SELECT * { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(path)).path == path


def test_unknown_query_suggests_names():
    with pytest.raises(UsageError, match="did you mean shared-problems"):
        load_query("shared-problem", QUERIES)


def test_missing_query_file_and_folder(tmp_path):
    with pytest.raises(UsageError, match="query file not found"):
        load_query(str(tmp_path / "nope.rq"))
    with pytest.raises(UsageError, match="folder not found"):
        list_queries(tmp_path / "none")


def test_query_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.rq"
    path.write_bytes('SELECT * { ?s ?p "caf\xe9" }'.encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        load_query(str(path))


def test_the_library_folder_ignores_the_environment(monkeypatch, tmp_path):
    """KG_QUERIES is the command line's (kg.cli.env); the library takes a folder."""
    (tmp_path / "only.rq").write_text("#+ summary: only\nASK {}", encoding="utf-8")
    monkeypatch.setenv("KG_QUERIES", str(tmp_path))
    assert "only" not in [q.name for q in list_queries()]
    assert [q.name for q in list_queries(tmp_path)] == ["only"]
