"""``kg map`` and its errors."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def test_map_writes_every_kind_and_the_index(graph_path, tmp_path):
    out = tmp_path / "maps"
    result = CliRunner().invoke(main, ["map", "--graph", str(graph_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.startswith("Wrote ")
    assert "municipality-brunssum.html" in result.stdout and "Open " in result.stdout
    for name in ("index.html", "overview.html", "regions.html", "sources/brunssum.html"):
        assert (out / name).is_file(), name


def test_one_kind_for_one_municipality_in_dutch(graph_path, tmp_path):
    out = tmp_path / "maps"
    args = ["map", "municipality", "--municipality", "Bunschoten", "--lang", "nl"]
    result = CliRunner().invoke(main, [*args, "--graph", str(graph_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote 1 map and" in result.stdout
    page = (out / "municipality-bunschoten.html").read_text(encoding="utf-8")
    assert "<title>Gemeente: Bunschoten</title>" in page
    index = (out / "index.html").read_text(encoding="utf-8")  # lists what the folder holds
    assert '<html lang="nl">' in index and 'href="municipality-bunschoten.html"' in index
    assert result.stdout.rstrip().endswith("municipality-bunschoten.html in a browser.")


def test_max_nodes_is_reported(graph_path, tmp_path):
    args = [
        "map",
        "voices",
        "--max-nodes",
        "40",
        "--graph",
        str(graph_path),
        "--out",
        str(tmp_path),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "40 nodes" in result.stdout and "capped from" in result.stdout


def test_unknown_municipality_is_a_usage_error(graph_path, tmp_path):
    args = ["map", "municipality", "--municipality", "Atlantis", "--graph", str(graph_path)]
    result = CliRunner().invoke(main, [*args, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: unknown municipality 'Atlantis'")
    assert "Traceback" not in result.stderr


def test_missing_graph_is_a_data_error(tmp_path):
    missing = tmp_path / "none.ttl"
    result = CliRunner().invoke(main, ["map", "--graph", str(missing), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {missing}: graph file not found (run 'kg build' first, or pass --graph)"
    )


def test_unknown_kind_is_rejected_by_click(graph_path):
    result = CliRunner().invoke(main, ["map", "galaxy", "--graph", str(graph_path)])
    assert result.exit_code == 2
    assert "galaxy" in result.stderr
