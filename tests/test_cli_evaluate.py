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
BASE = [
    "evaluate",
    "--seeds",
    str(SEEDS),
    "--gold",
    str(GOLD),
    "--ontology",
    str(ONTOLOGY),
    "--no-devset",
]


def run(*args):
    result = CliRunner().invoke(main, [*BASE, *args])
    return result


@pytest.fixture(scope="module")
def table():
    return run()


def test_table_lists_every_category_of_the_extractor_alone(table):
    assert table.exit_code == 0, table.stderr
    assert table.stderr == ""
    lines = table.stdout.splitlines()
    assert lines[0] == "Seeds"
    assert "extractor alone" in lines[2]
    assert lines[3].split() == ["category", "tp", "fp", "fn", "precision", "recall", "F1"]
    names = [line.split()[0] for line in lines[4:8]]
    assert names == ["mentions", "indicators", "relations", "findings"]
    assert "finding speaker" in table.stdout


def test_json_has_scores_and_documents_per_set():
    result = run("--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["seeds"]
    assert data["seeds"]["curation"] is False
    assert set(data["seeds"]["documents"]) == {"brunssum", "bunschoten"}
    assert 0 < data["seeds"]["scores"]["findings"]["f1"] <= 1


def test_curation_is_opt_in_and_said():
    result = run("--curation", "--format", "md")
    assert result.exit_code == 0
    assert "with curation (--curation)" in result.stdout


def test_development_set_is_scored_apart(tmp_path):
    devset, gold = tmp_path / "devset", tmp_path / "gold"
    devset.mkdir()
    gold.mkdir()
    (devset / "brunssum.txt").write_bytes((SEEDS / "brunssum.txt").read_bytes())
    (gold / "brunssum.yaml").write_bytes((GOLD / "brunssum.yaml").read_bytes())
    args = [a for a in BASE if a != "--no-devset"]
    result = CliRunner().invoke(
        main, [*args, "--devset", str(devset), "--devset-gold", str(gold), "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(data) == ["devset", "seeds"]
    assert list(data["devset"]["documents"]) == ["brunssum"]
    assert data["devset"]["documents"]["brunssum"] == data["seeds"]["documents"]["brunssum"]


def test_missing_development_set_is_a_note_not_an_error(tmp_path):
    args = [a for a in BASE if a != "--no-devset"]
    result = CliRunner().invoke(main, [*args, "--devset", str(tmp_path / "none")])
    assert result.exit_code == 0
    assert "Dev set not evaluated" in result.stdout


def test_suggest_curation_prints_reviewable_yaml():
    result = run("--suggest-curation")
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


def test_profiles_without_any_gold_file_print_no_perfect_scores(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "gold").mkdir()
    gold = (GOLD / "bunschoten.yaml").read_text(encoding="utf-8")
    (tmp_path / "gold" / "bunschoten.yaml").write_text(gold, encoding="utf-8")
    text = (SEEDS / "brunssum.txt").read_text(encoding="utf-8")
    (tmp_path / "seeds" / "nergensdorp.txt").write_text(text, encoding="utf-8")
    args = ["evaluate", "--seeds", str(tmp_path / "seeds"), "--gold", str(tmp_path / "gold")]
    result = CliRunner().invoke(main, [*args, "--ontology", str(ONTOLOGY), "--no-devset"])
    assert result.exit_code == 0, result.stderr
    assert "Nothing scored: no gold file for any profile (profiles: nergensdorp)." in result.stdout
    assert "1.000" not in result.stdout
