"""`kg build --reference DIR`: a broken reference file fails with file:line and exit 2."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, SEEDS

from kg.cli import main
from kg.reference import default_reference_dir


@pytest.fixture()
def reference(tmp_path):
    target = tmp_path / "reference"
    shutil.copytree(default_reference_dir(), target)
    return target


def run(*args):
    return CliRunner().invoke(main, list(args))


def build(reference, out):
    return run(
        "build",
        "--seeds",
        str(SEEDS),
        "--out",
        str(out),
        "--ontology",
        str(ONTOLOGY),
        "--reference",
        str(reference),
        "-q",
        "-j",
        "1",
    )


def test_duplicate_code_fails_with_file_line_and_exit_2(reference, tmp_path):
    path = reference / "municipalities.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(3, lines[1])  # a second row with the first row's code
    path.write_text("".join(lines), encoding="utf-8")
    result = build(reference, tmp_path / "out")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {path}:4: duplicate code")
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_missing_reference_file_fails_with_exit_2(reference, tmp_path):
    (reference / "municipalities.csv").unlink()
    result = build(reference, tmp_path / "out")
    assert result.exit_code == 2
    assert "municipalities.csv: reference file not found" in result.stderr


def test_a_good_reference_folder_builds(reference, tmp_path):
    result = build(reference, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "gemeente/gm0899" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")


def test_an_unclosed_quote_gives_one_short_line(reference, tmp_path):
    # The quote swallows the rest of the file into one value: the message is cut.
    path = reference / "municipalities.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = '"' + lines[2]
    path.write_text("".join(lines), encoding="utf-8")
    result = build(reference, tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {path}:3: ")
    assert len(result.stderr) <= len("Error: ") + 301
    assert result.stderr.endswith("…\n")
