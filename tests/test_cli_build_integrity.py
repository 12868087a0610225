"""`kg build` under faults: killed at random moments, run twice at once, given
files in other encodings, huge files and broken curation files.

The kill and concurrency tests run ``python3 -m kg build`` as a subprocess on
synthetic profiles from ``benchmarks/generate.py``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS
from tests.integrity_support import check_quotes, load_turtle

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def kg_build(seeds: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", "--seeds", str(seeds), "--out", str(out), "-q"]
        + list(extra),
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    stdout, stderr = proc.communicate(timeout=timeout)
    return proc.returncode, stdout, stderr


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Six synthetic profiles: ``old`` (the first three) and ``new`` (all six)."""
    base = tmp_path_factory.mktemp("corpora")
    generated = base / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", "6"]
        + ["--out", str(generated)],
        check=True,
        capture_output=True,
        env=ENV,
    )
    profiles = sorted(generated.glob("*.txt"))
    old, new = base / "old", base / "new"
    for folder, chosen in ((old, profiles[:3]), (new, profiles)):
        folder.mkdir()
        for path in chosen:
            shutil.copyfile(path, folder / path.name)
    return old, new


@pytest.fixture(scope="module")
def outputs(corpora, tmp_path_factory):
    """A build of ``old`` (the previous output) and a reference build of ``new``."""
    old, new = corpora
    previous = tmp_path_factory.mktemp("previous")
    reference = tmp_path_factory.mktemp("reference")
    assert finished(kg_build(old, previous, "--no-validate"))[0] == 0
    started = time.monotonic()
    code, _, stderr = finished(kg_build(new, reference, "--no-validate", "--no-cache"))
    assert code == 0, stderr
    return previous, reference, time.monotonic() - started


def files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("kg.ttl", "void.ttl")}


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_kill_at_a_random_moment_leaves_the_previous_or_the_new_output(
    corpora, outputs, tmp_path, seed
):
    _, new = corpora
    previous, reference, duration = outputs
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before, after = files(previous), files(reference)

    proc = kg_build(new, out, "--no-validate", "--jobs", "2")
    time.sleep(random.Random(seed).uniform(0.05, duration * 1.1))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)

    for name, data in files(out).items():
        assert data in (before[name], after[name]), name
        assert len(load_turtle(data)) > 0
    assert check_quotes(load_turtle(out / "kg.ttl")) > 100

    # The folder is usable at once: no lock kept by orphaned workers, no stale
    # temporary file, and the cache the killed build left gives the right graph.
    code, _, stderr = finished(kg_build(new, out, "--no-validate"))
    assert code == 0, stderr
    assert files(out) == after
    assert not [p.name for p in out.rglob("*.tmp")]


@pytest.mark.slow
def test_a_second_build_on_the_same_folder_exits_3_and_the_first_completes(
    corpora, outputs, tmp_path
):
    _, new = corpora
    previous, reference, _ = outputs
    out = tmp_path / "out"
    shutil.copytree(previous, out)

    first = kg_build(new, out, "--no-validate", "--no-cache", "--jobs", "1")
    deadline = time.monotonic() + 120
    while not list(out.glob(".kg.ttl.*.tmp")):  # the first build holds the lock now
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.01)
    code, stdout, stderr = finished(kg_build(new, out, "--no-validate"))
    assert code == 3
    assert stdout == ""
    assert stderr == (
        f"Error: {out}: another kg build or map is writing to this folder; wait for it to finish\n"
    )
    assert finished(first)[0] == 0
    assert files(out) == files(reference)
    assert check_quotes(load_turtle(out / "kg.ttl")) > 100


# --- input faults through the CLI ----------------------------------------------------

PROFILE = (
    "Zuiderwolde\n\nSamen sterk\n\nFinanciën\n\n"
    "De wethouder zegt: “Financiën zijn op orde.” Ambtenaren noemen het ‘lastig’.\n"
)


def test_other_encodings_are_decoded_with_a_warning_and_no_mojibake(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    encoded = {
        "utf8": PROFILE.encode("utf-8"),
        "utf8bom": PROFILE.encode("utf-8-sig"),
        "utf16le": b"\xff\xfe" + PROFILE.encode("utf-16-le"),
        "utf16be": b"\xfe\xff" + PROFILE.encode("utf-16-be"),
        "cp1252": PROFILE.encode("cp1252"),
    }
    for name, data in encoded.items():
        (seeds / f"{name}.txt").write_bytes(data)
    result = run("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.splitlines()
    # Five copies of one profile: the build also says they profile one municipality.
    same = [w for w in warnings if "profile the same municipality" in w]
    assert len(same) == 4
    assert [w for w in warnings if w not in same] == [
        f"Warning: {seeds / 'cp1252.txt'}: not UTF-8; decoded as Windows-1252 (Latin-1)",
        f"Warning: {seeds / 'utf16be.txt'}: decoded as UTF-16 (BOM found)",
        f"Warning: {seeds / 'utf16le.txt'}: decoded as UTF-16 (BOM found)",
        f"Warning: {seeds / 'utf8bom.txt'}: UTF-8 byte order mark removed",
    ]
    graph = tmp_path / "out" / "kg.ttl"
    turtle = graph.read_text(encoding="utf-8")
    for mojibake in ("Ã", "â€", "\ufffd", "\ufeff"):
        assert mojibake not in turtle
    store = load_turtle(graph)
    texts = [
        row["t"].value
        for row in store.query(
            "SELECT ?t { ?d <https://w3id.org/kg-decentralisatie/def#cleanedText> ?t }"
        )
    ]
    assert len(texts) == 5 and len(set(texts)) == 1
    assert "“Financiën zijn op orde.”" in texts[0] and "‘lastig’" in texts[0]
    assert check_quotes(store) >= 10


def test_200_mb_profile_is_refused_by_the_cli_naming_the_limit(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(SEEDS / "brunssum.txt", seeds / "brunssum.txt")
    with (seeds / "huge.txt").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = run("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: {seeds / 'huge.txt'}: file too large (209,715,200 bytes; "
        "the limit is 5,000,000 bytes)\n"
    )
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_odd_file_names_stay_on_one_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a\nb.txt").write_bytes(b"\x00\x01binary")
    result = run("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (
        result.stderr == f"Error: {seeds}/a\\nb.txt: binary file, expected a UTF-8 text profile\n"
    )


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("findings:\n  add:\n    - {quote: 'x', speaker: [role/authors}\n", 3, "malformed YAML"),
        ("findings:\n  retract: []\n  retract: []\n", 3, "malformed YAML: duplicate key"),
        (
            "indicators:\n  add:\n"
            "    - {quote: '8 ton', value: 1, unit: EUR, colour: red, reason: r}\n",
            3,
            "unknown field(s) colour",
        ),
        (
            "findings:\n  add:\n    - {quote: 'Deze zin staat niet in het profiel.', reason: r}\n",
            3,
            "quote not found in the document text",
        ),
        (
            "indicators:\n  add:\n    - {quote: '8 ton', value: .inf, unit: EUR, reason: r}\n",
            3,
            "value must be a finite number",
        ),
        (
            "indicators:\n  add:\n    - {quote: '8 ton', value: 1, unit: EUR, measure: '../x y',\n"
            "       reason: r}\n",
            3,
            "measure must be a slug",
        ),
        (
            "\n\nindicators:\n  add:\n    - {quote: '8 ton', value: 1, unit: EUR, qualifier: [],\n"
            "       reason: r}\n",
            5,
            "qualifier must be text",
        ),
    ],
)
def test_broken_curation_files_exit_1_with_file_and_line(seeds_copy, tmp_path, body, line, message):
    (seeds_copy / "bunschoten.curation.yaml").unlink()
    curation = seeds_copy / "brunssum.curation.yaml"
    curation.write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", "--seeds", str(seeds_copy), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {curation}:{line}: {message}")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (out / "kg.ttl").exists()
