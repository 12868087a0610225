"""kg.cli.store: push reads its password from a named variable, never from an option."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def test_push_with_a_user_needs_the_password_variable(tmp_path):
    graph = tmp_path / "g.nt"
    graph.write_text('<http://e/a> <http://e/p> "x" .\n', encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "push",
            "--store",
            "http://127.0.0.1:9/store",
            "--graph",
            str(graph),
            "--user",
            "u",
            "--password-env",
            "KG_TEST_NO_SUCH_PASSWORD",
        ],
        env={"KG_TEST_NO_SUCH_PASSWORD": None},
    )
    assert result.exit_code == 2
    assert "KG_TEST_NO_SUCH_PASSWORD is not set" in result.stderr


def test_serve_refuses_a_bad_base_iri_before_opening_anything(tmp_path):
    result = CliRunner().invoke(
        main, ["serve", "--graph", str(tmp_path / "missing.ttl"), "--base-iri", "not an iri"]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: base IRI must be an absolute")
