"""kg.cli.env: the command line turns environment variables into explicit library values."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.query.cache as cache_module
from kg.cli import env, main
from kg.query.cache import StoreCache, default_store_cache


def test_graph_path_given_wins_over_the_environment():
    assert env.graph_path(Path("a.ttl"), {"KG_GRAPH": "b.ttl"}) == Path("a.ttl")
    assert env.graph_path(None, {"KG_GRAPH": "b.ttl"}) == Path("b.ttl")
    assert env.graph_path(None, {"KG_GRAPH": ""}) == Path("build/kg.ttl")


def test_queries_dir_is_none_without_the_variable():
    assert env.queries_dir(None, {}) is None
    assert env.queries_dir(Path("q"), {"KG_QUERIES": "other"}) == Path("q")


@pytest.mark.parametrize("off", ["0", "off", " No ", "FALSE"])
def test_the_store_cache_can_be_turned_off(off):
    assert env.store_cache({"KG_QUERY_CACHE": off, "KG_CACHE_DIR": "/c"}) is None


def test_the_store_cache_folder_follows_the_xdg_rules(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert env.store_cache({}) == StoreCache(tmp_path / ".cache" / "kg")
    assert env.store_cache({"XDG_CACHE_HOME": "/x"}) == StoreCache(Path("/x/kg"))
    assert env.store_cache({"XDG_CACHE_HOME": "/x", "KG_CACHE_DIR": "/c"}) == StoreCache(Path("/c"))


def test_install_makes_it_the_library_default(monkeypatch):
    monkeypatch.setattr(cache_module, "_DEFAULT", [])
    installed = env.install_store_cache({"KG_CACHE_DIR": "/somewhere"})
    assert installed == StoreCache(Path("/somewhere")) == default_store_cache()
    assert env.install_store_cache({"KG_QUERY_CACHE": "0"}) is None
    assert default_store_cache() is None


def test_kg_queries_reaches_the_query_commands(tmp_path):
    (tmp_path / "only-here.rq").write_text("#+ summary: only here\nASK {}", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["query", "list", "--format", "json"], env={"KG_QUERIES": str(tmp_path)}
    )
    assert result.exit_code == 0, result.output
    assert '"only-here"' in result.stdout and '"shared-problems"' not in result.stdout


def test_kg_graph_reaches_the_commands(tmp_path):
    missing = tmp_path / "nowhere.ttl"
    result = CliRunner().invoke(main, ["network", "stats"], env={"KG_GRAPH": str(missing)})
    assert result.exit_code == 1
    assert "nowhere.ttl" in result.stderr


def test_the_ontology_flag_wins_over_the_environment():
    assert env.ontology_dir(Path("a"), {"KG_ONTOLOGY": "b"}) == Path("a")
    assert env.ontology_dir(None, {"KG_ONTOLOGY": "b"}) == Path("b")
    assert env.ontology_dir(None, {"KG_ONTOLOGY": ""}) is None


def test_kg_ontology_reaches_the_commands(tmp_path):
    result = CliRunner().invoke(
        main,
        ["docs", "--out", str(tmp_path / "docs")],
        env={
            "KG_ONTOLOGY": str(tmp_path / "no-ontology-here"),
            "KG_GRAPH": str(tmp_path / "none.ttl"),
        },
    )
    assert result.exit_code == 2
    assert "no-ontology-here" in result.stderr and "ontology folder not found" in result.stderr


@pytest.fixture()
def tiny_graph(tmp_path):
    path = tmp_path / "tiny.ttl"
    path.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    return path


@pytest.fixture()
def broken_shapes(tmp_path):
    folder = tmp_path / "onto"
    folder.mkdir()
    (folder / "shapes.ttl").write_text("not turtle at all", encoding="utf-8")
    return folder


def test_kg_ontology_chooses_the_shapes_of_validate(tiny_graph, broken_shapes):
    args = ["validate", "--graph", str(tiny_graph)]
    result = CliRunner().invoke(main, args, env={"KG_ONTOLOGY": str(broken_shapes)})
    assert result.exit_code == 2
    assert "cannot parse SHACL shapes" in result.stderr and "onto" in result.stderr
    assert CliRunner().invoke(main, args, env={"KG_ONTOLOGY": ""}).exit_code == 0


def test_the_ontology_flag_overrides_kg_ontology(tiny_graph, broken_shapes, tmp_path):
    args = ["validate", "--graph", str(tiny_graph), "--ontology", str(broken_shapes)]
    elsewhere = str(tmp_path / "no-ontology-here")
    result = CliRunner().invoke(main, args, env={"KG_ONTOLOGY": elsewhere})
    assert result.exit_code == 2 and "cannot parse SHACL shapes" in result.stderr


def test_kg_ontology_reaches_export(tiny_graph, tmp_path):
    missing = tmp_path / "no-ontology-here"
    args = ["export", "--graph", str(tiny_graph), "--format", "trig"]
    result = CliRunner().invoke(main, args, env={"KG_ONTOLOGY": str(missing)})
    assert result.exit_code == 2
    assert "no-ontology-here" in result.stderr and "ontology folder not found" in result.stderr
    result = CliRunner().invoke(main, args, env={"KG_ONTOLOGY": ""})
    assert result.exit_code == 0 and "<urn:a> <urn:p> <urn:b>" in result.stdout
