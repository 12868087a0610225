"""`kg docs` through click's CliRunner."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def test_docs_writes_ontology_html(tmp_path):
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.stderr
    target = tmp_path / "docs" / "ontology.html"
    assert result.stdout == f"Wrote {target}\n"
    assert "kg:Finding" in target.read_text(encoding="utf-8")


def test_docs_out_must_be_a_folder(tmp_path):
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["docs", "--out", str(file)])
    assert result.exit_code == 2
    assert result.stdout == ""
