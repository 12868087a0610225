"""``kg compare`` and its errors."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from kg.cli import COMMANDS, main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_compare_writes_report_map_and_sources(graph_path, tmp_path):
    out = tmp_path / "cmp"
    result = run("compare", "Brunssum", "Bunschoten", "--graph", str(graph_path), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Compared Brunssum, Bunschoten"
    assert "problems shared by all" in result.stdout
    assert lines[-1] == f"Open {out / 'compare-brunssum-bunschoten.html'}"
    for name in (
        "compare-brunssum-bunschoten.html",
        "compare-brunssum-bunschoten-map.html",
        "sources/brunssum.html",
        "sources/bunschoten.html",
    ):
        assert (out / name).is_file(), name


def test_default_paths_from_a_fresh_folder(graph_path, tmp_path, monkeypatch):
    """The quick start: kg build && kg map && kg compare Brunssum Bunschoten."""
    monkeypatch.delenv("KG_GRAPH", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "build").mkdir()
    shutil.copyfile(graph_path, tmp_path / "build" / "kg.ttl")
    result = run("compare", "Brunssum", "Bunschoten")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "compare" / "compare-brunssum-bunschoten.html").is_file()


def test_unknown_municipality_is_a_usage_error_listing_the_known_ones(graph_path, tmp_path):
    result = run(
        "compare", "Brunssum", "Utrecht", "--graph", str(graph_path), "--out", str(tmp_path)
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Error: unknown municipality 'Utrecht' (profiled municipalities: Brunssum, Bunschoten)\n"
    )
    assert not list(tmp_path.iterdir())


def test_one_municipality_is_not_enough(graph_path, tmp_path):
    result = run("compare", "Brunssum", "--graph", str(graph_path), "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "at least two different municipalities" in result.stderr
    assert run("compare").exit_code == 2


def test_missing_graph_is_a_data_error(tmp_path):
    missing = tmp_path / "none.ttl"
    result = run("compare", "A", "B", "--graph", str(missing), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "none.ttl" in result.stderr


def test_markdown_in_dutch(graph_path, tmp_path):
    args = ["--graph", str(graph_path), "--out", str(tmp_path), "--format", "md", "--lang", "nl"]
    result = run("compare", "bunschoten", "brunssum", *args)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "compare-bunschoten-brunssum.md").read_text(encoding="utf-8")
    assert md.startswith("# Bunschoten en Brunssum vergeleken\n")
    assert "## Problemen" in md and "Jeugdwet" in md


def test_rerun_is_byte_identical(graph_path, tmp_path):
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        result = run(
            "compare", "Brunssum", "Bunschoten", "--graph", str(graph_path), "--out", str(out)
        )
        assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(outs[0]) for p in outs[0].rglob("*.html"))
    assert files
    for relative in files:
        assert (outs[0] / relative).read_bytes() == (outs[1] / relative).read_bytes(), relative


def test_registered_with_help():
    assert COMMANDS["compare"] == "kg.cli.compare:compare"
    result = run("compare", "--help")
    assert result.exit_code == 0
    for option in ("--graph", "--lang", "--format", "--out"):
        assert option in result.stdout
