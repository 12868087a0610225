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


def test_kg_ontology_becomes_the_default_ontology_folder(tmp_path):
    from kg.ontology import default_ontology_dir

    try:
        assert env.install_ontology_dir({"KG_ONTOLOGY": str(tmp_path)}) == tmp_path
        assert default_ontology_dir() == tmp_path
    finally:
        env.install_ontology_dir({})
    assert default_ontology_dir() != tmp_path


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
    env.install_ontology_dir({})
