"""``kg network stats``."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main


def test_stats_prints_four_tables(graph_path):
    result = CliRunner().invoke(
        main, ["network", "stats", "--graph", str(graph_path), "--top", "3"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for heading in ("Centrality", "Communities", "Problems shared", "co-occurrence"):
        assert heading in result.stdout
    shared = result.stdout.split("Problems shared")[1].split("Problem × law")[0]
    assert "privacy rules" in shared and "Brunssum, Bunschoten" in shared


def test_stats_as_json_in_dutch(graph_path):
    args = ["network", "stats", "--graph", str(graph_path), "--format", "json", "--lang", "nl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"centrality", "communities", "shared_problems", "cooccurrence"} <= set(data)
    labels = {r["label"] for r in data["centrality"]}
    assert {"Brunssum", "Bunschoten"} <= labels


def test_stats_on_a_missing_graph(tmp_path):
    result = CliRunner().invoke(main, ["network", "stats", "--graph", str(tmp_path / "x.ttl")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "x.ttl" in result.stderr
