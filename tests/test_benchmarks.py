"""A tiny smoke run of the benchmark harness (no timing assertions: speed lives in benchmarks/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_harness_smoke_run_writes_every_section(tmp_path):
    results = tmp_path / "results.md"
    results.write_text("# Benchmark results\n\nKept: another benchmark's section.\n")
    cmd = [
        sys.executable,
        str(ROOT / "benchmarks" / "run.py"),
        "--sizes",
        "3",
        "--quick",
        "--out",
        str(tmp_path / "work"),
        "--results",
        str(results),
        "--queries",
        "shared-problems,theme-hierarchy",
        "--no-maps",
    ]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"wrote {results}" in proc.stdout
    text = results.read_text(encoding="utf-8")
    assert "Kept: another benchmark's section." in text
    for heading in (
        "## Scale: build, queries and maps",
        "### Build (`kg build --no-validate`",
        "With the default per-document SHACL validation",
        "### Build vs rdflib's default store",
        "### Library queries",
        "#### N = 3",
        "### Maps",
        "### Where a document's time goes",
    ):
        assert heading in text, heading
    assert "| shared-problems |" in text and "| theme-hierarchy |" in text
    assert "process_document" in text  # the profile excerpt
    assert not (tmp_path / "work" / "n3").exists()  # generated data cleaned up
    # a second run replaces the section instead of adding another
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    assert results.read_text(encoding="utf-8").count("## Scale: build, queries and maps") == 1
    # an interrupted run resumes from its raw figures: the sizes it has are not run again
    raw = tmp_path / "work" / "measurements.json"
    assert [b["n"] for b in json.loads(raw.read_text(encoding="utf-8"))["builds"]] == [3]
    resumed = subprocess.run(
        [*cmd, "--sizes", "3,4", "--resume", str(raw)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "N=3:" not in resumed.stdout and "N=4: build" in resumed.stdout
    text = results.read_text(encoding="utf-8")
    assert "#### N = 3" in text and "#### N = 4" in text


def test_extraction_benchmark_reports_every_profile():
    cmd = [sys.executable, str(ROOT / "benchmarks" / "bench_extract.py"), "--repeat", "1"]
    proc = subprocess.run(
        [*cmd, str(ROOT / "seeds")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = [line.split()[0] for line in proc.stdout.splitlines()]
    assert names == ["brunssum", "bunschoten", "median", "worst"]
    assert all(line.endswith("ms CPU") for line in proc.stdout.splitlines())
    assert "1 rounds of 2 profiles" in proc.stderr


def test_extraction_benchmark_spread_is_the_interquartile_range_over_the_median():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import spread

    assert spread([90.0, 100.0, 110.0, 100.0, 100.0]) == 0.0
    assert spread([80.0, 90.0, 100.0, 110.0, 120.0]) == 0.2
    assert spread([100.0]) == 0.0


def test_extraction_benchmark_counts_instructions_of_every_profile_once():
    # outside valgrind the switches find no instrumented process: the profiles are only read
    cmd = [sys.executable, str(ROOT / "benchmarks" / "bench_extract.py"), "--callgrind"]
    proc = subprocess.run(
        [*cmd, str(ROOT / "seeds")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "2 profiles extracted once under instrumentation"


def test_clear_caches_empties_every_per_document_table():
    # a table left filled would let a repeated profile reuse its own answers (a fake gain)
    from extract_helpers import _lexicon_and_headings

    from kg.document import parse_profile
    from kg.extract import _extract, contrasts, sentencecache

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import clear_caches

    lexicon, headings = _lexicon_and_headings()
    path = ROOT / "seeds" / "bunschoten.txt"
    # extract() empties the tables itself when the document ends; its body fills them
    _extract(parse_profile(path.read_text(encoding="utf-8"), path.stem, headings), lexicon)
    assert contrasts._RULE_GATES._found and sentencecache._OCCURRENCES
    clear_caches()
    assert not any(sentencecache._TABLES)


def test_extraction_dump_is_the_same_file_in_two_runs(tmp_path):
    # the proof of an exact speed change is a byte comparison of two dumps
    script = str(ROOT / "benchmarks" / "extraction_dump.py")
    outs = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for out in outs:
        proc = subprocess.run(
            [sys.executable, script, str(out), str(ROOT / "seeds")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "2 profiles written" in proc.stderr
    text = outs[0].read_text(encoding="utf-8")
    assert text == outs[1].read_text(encoding="utf-8")
    assert text.startswith("### seeds/brunssum.txt\n## municipality\nEntity(")
    assert text.count("\n## findings\n") == 2


def test_extraction_dump_sorts_sets_and_keeps_lists_in_order():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction_dump import canonical

    assert canonical({"x": frozenset({"b", "a"})}) == "{'x': set{'a', 'b'}}"
    assert canonical([3, 1]) == "[3, 1]"
