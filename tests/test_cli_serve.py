"""`kg serve` as a real process on a free port: query it over HTTP, then stop it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parent.parent


def test_serve_answers_queries_until_stopped(graph_path, tmp_path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "--graph",
            str(graph_path),
            "--port",
            "0",
            "--maps",
            str(tmp_path / "no-maps"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stderr.readline()
        match = re.search(r"read-only at (http://127\.0\.0\.1:\d+/query)", first)
        assert match, first
        url = match.group(1) + "?" + urllib.parse.urlencode({"query": "ASK { ?s a ?o }"})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert json.load(resp)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_missing_graph_exits_1(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(
        main, ["serve", "--graph", str(tmp_path / "none.ttl"), "--port", "0"]
    )
    assert result.exit_code == 1
    assert "none.ttl: graph file not found" in result.stderr
