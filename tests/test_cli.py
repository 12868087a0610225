"""kg.cli: the lazy command group, one-line errors with exit codes, the environment read once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.query.cache as cache_module
from kg.cli import COMMANDS, main
from kg.query.cache import StoreCache, default_store_cache


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_every_command_is_listed_and_importable():
    result = run("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout
        assert main.get_command(None, name) is not None  # type: ignore[arg-type]


def test_an_unknown_command_is_a_one_line_usage_error():
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "frobnicate"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("Error: ")
    assert "--help')" in proc.stderr and "frobnicate" in proc.stderr


def test_a_library_error_becomes_error_line_and_exit_code(tmp_path):
    result = run("network", "stats", "--graph", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"KG_QUERY_CACHE": "0"}, None),
        ({"KG_CACHE_DIR": "/tmp/kg-c"}, StoreCache(Path("/tmp/kg-c"))),
    ],
)
def test_the_group_installs_the_store_cache_the_environment_asks_for(
    monkeypatch, environ, expected, tmp_path
):
    monkeypatch.setattr(cache_module, "_DEFAULT", [])
    (tmp_path / "q.rq").write_text("#+ summary: q\nASK {}", encoding="utf-8")
    result = run("query", "list", "--queries", str(tmp_path), env=environ)
    assert result.exit_code == 0, result.output
    assert default_store_cache() == expected
