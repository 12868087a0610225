"""``kg evaluate`` through the CLI: formats, suggestions and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ONTOLOGY, SEEDS

GOLD = Path(__file__).resolve().parent / "gold"
BASE = ["evaluate", "--seeds", str(SEEDS), "--gold", str(GOLD), "--ontology", str(ONTOLOGY)]


def run(*args):
    result = CliRunner().invoke(main, [*BASE, *args])
    return result


@pytest.fixture(scope="module")
def table():
    return run("--no-curation")


def test_table_lists_every_category(table):
    assert table.exit_code == 0, table.stderr
    assert table.stderr == ""
    lines = table.stdout.splitlines()
    assert "extractor alone" in lines[0]
    assert lines[1].split() == ["category", "tp", "fp", "fn", "precision", "recall", "F1"]
    names = [line.split()[0] for line in lines[2:6]]
    assert names == ["mentions", "indicators", "relations", "findings"]
    assert "finding speaker" in table.stdout


def test_json_has_scores_and_documents():
    result = run("--no-curation", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["curation"] is False
    assert set(data["documents"]) == {"brunssum", "bunschoten"}
    assert data["scores"]["findings"]["f1"] >= 0.8


def test_markdown_with_curation_has_full_recall():
    result = run("--format", "md")
    assert result.exit_code == 0
    rows = [line for line in result.stdout.splitlines() if line.startswith("| findings |")]
    assert rows and rows[0].split("|")[6].strip() == "1.000"


def test_suggest_curation_prints_reviewable_yaml():
    result = run("--no-curation", "--suggest-curation")
    assert result.exit_code == 0
    parts = result.stdout.split("# ---- ")[1:]
    assert [p.split()[0] for p in parts] == [
        "seeds/brunssum.curation.yaml",
        "seeds/bunschoten.curation.yaml",
    ]
    for part in parts:
        entry = yaml.safe_load(part.split("\n", 1)[1])
        assert "findings" in entry and entry["findings"]["add"]


def test_missing_gold_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        main, ["evaluate", "--seeds", str(SEEDS), "--gold", str(tmp_path / "none")]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and "gold folder not found" in result.stderr


def test_bad_gold_quote_is_a_data_error(tmp_path):
    (tmp_path / "brunssum.yaml").write_text(
        "document: brunssum\nmunicipality: municipality/brunssum\n"
        "indicators:\n  - {quote: 'nergens te vinden', value: 1, unit: count}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["evaluate", "--seeds", str(SEEDS), "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert "brunssum.yaml:4: quote not found" in result.stderr
    assert "Traceback" not in result.stderr
