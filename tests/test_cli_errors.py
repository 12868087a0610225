"""How the CLI ends: one-line usage errors with exit 2, and a silent exit 0 on a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["query", "run", "--foo"], "Error: No such option '--foo'."),
        (["query", "run"], "Error: Missing argument 'NAME|FILE'."),
        (["bogus"], "Error: No such command 'bogus'."),
        (["query", "run", "x", "--timeout", "abc"], "Error: Invalid value for '--timeout'"),
        (["serve", "--port", "99999"], "Error: Invalid value for '--port'"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(args, expected):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected)
    assert lines[0].endswith("--help')")


def _run_into_closed_pipe(args: list[str], cwd: os.PathLike) -> tuple[int, str]:
    """Run ``python -m kg ARGS`` with a stdout pipe whose reader leaves at once."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -0`: nobody reads
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args],
        stdout=write_end,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
        text=True,
        timeout=300,
    )
    os.close(write_end)
    return proc.returncode, proc.stderr


def test_build_into_a_closed_pipe_exits_0_silently(tmp_path):
    code, stderr = _run_into_closed_pipe(["build", "--seeds", str(SEEDS), "--out", "out"], tmp_path)
    assert (code, stderr) == (0, "")
    assert (tmp_path / "out" / "kg.ttl").stat().st_size > 0


def test_a_large_query_result_into_a_closed_pipe_exits_0_silently(graph_path, tmp_path):
    query = tmp_path / "all.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    code, stderr = _run_into_closed_pipe(
        ["query", "run", str(query), "--graph", str(graph_path), "--format", "csv"], tmp_path
    )
    assert (code, stderr) == (0, "")
