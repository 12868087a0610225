"""`kg push` through click's CliRunner, against a real Oxigraph server."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.server_support import OxigraphServer, free_port, needs_oxigraph

pytestmark = pytest.mark.server


def run(*args: str, env: dict | None = None):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), env=env)


@needs_oxigraph
def test_push_twice_reports_graphs_and_does_not_double(tmp_path, graph_path):
    server = OxigraphServer(tmp_path / "store")
    server.start()
    try:
        store = f"{server.base}/store"
        first = run("push", "--store", store, "--graph", str(graph_path))
        assert first.exit_code == 0, first.stderr
        assert first.stderr == ""
        lines = first.stdout.splitlines()
        assert "  https://w3id.org/kg-decentralisatie/graph/document/brunssum" in lines
        assert (
            lines[-1].startswith("Pushed ")
            and "(staged, checked and moved into place)" in lines[-1]
        )
        counts = server.graph_counts()
        second = run("push", "--store", store, "--graph", str(graph_path), "-q")
        assert second.exit_code == 0 and second.stdout == ""
        assert server.graph_counts() == counts
    finally:
        server.stop()


def test_store_down_is_a_one_line_error(graph_path):
    store = f"http://127.0.0.1:{free_port()}/store"
    result = run("push", "--store", store, "--graph", str(graph_path), "--retries", "0")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr.startswith("Error: PUT http://127.0.0.1:")
        and "connection refused" in result.stderr
    )
    assert result.stderr.count("\n") == 1


def test_password_comes_from_the_environment_and_is_never_printed(graph_path):
    store = f"http://127.0.0.1:{free_port()}/store"
    missing = run(
        "push",
        "--store",
        store,
        "--graph",
        str(graph_path),
        "--user",
        "bob",
        "--password-env",
        "KG_TEST_PW",
        env={"KG_TEST_PW": None},
    )
    assert missing.exit_code == 2
    assert "KG_TEST_PW is not set" in missing.stderr
    result = run(
        "push",
        "--store",
        store,
        "--graph",
        str(graph_path),
        "--user",
        "bob",
        "--password-env",
        "KG_TEST_PW",
        "--retries",
        "0",
        env={"KG_TEST_PW": "hunter2-secret"},
    )
    assert result.exit_code == 1
    assert "hunter2-secret" not in result.stdout + result.stderr
