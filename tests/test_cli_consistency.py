"""The same input means the same thing on every command (issue 16, inconsistencies)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main


def run(*args: object):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args])


def test_map_takes_a_cbs_code_as_compare_does(graph_path, tmp_path):
    result = run(
        "map", "municipality", "--municipality", "GM0899", "--graph", graph_path, "--out", tmp_path
    )
    assert result.exit_code == 0, result.stderr
    assert "municipality-brunssum.html" in result.stdout
    assert (tmp_path / "municipality-brunssum.html").is_file()


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["export", "--format", "ttl"],
        ["network", "stats"],
        ["push", "--store", "http://127.0.0.1:9/store"],
    ],
)
def test_a_missing_graph_file_exits_1_everywhere(command, tmp_path):
    missing = tmp_path / "nope.ttl"
    result = run(*command, "--graph", missing)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {missing}: graph file not found (run 'kg build' first, or pass --graph)\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["query", "run", "problems-of-municipality", "-p", "municipality=Atlantis"],
        ["map", "municipality", "--municipality", "Atlantis"],
        ["compare", "Brunssum", "Atlantis"],
    ],
)
def test_an_unknown_name_is_the_same_usage_error_everywhere(command, graph_path, tmp_path):
    out = ["--out", tmp_path] if command[0] != "query" else []
    result = run(*command, "--graph", graph_path, *out)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "unknown municipality 'Atlantis'" in result.stderr
