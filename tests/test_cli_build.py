"""`kg build` through click's CliRunner: output, summary, errors and exit codes."""

import re

from click.testing import CliRunner
from conftest import ONTOLOGY

from kg.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_build_writes_graph_and_summary(seeds_copy, tmp_path):
    out = tmp_path / "out"
    result = run(
        "build", "--seeds", str(seeds_copy), "--out", str(out), "--ontology", str(ONTOLOGY)
    )
    assert result.exit_code == 0, result.output
    assert (out / "kg.ttl").stat().st_size > 100_000
    assert f"Built {out / 'kg.ttl'}" in result.stdout
    for key in ("documents", "sections", "sentences", "findings", "indicators", "triples"):
        assert re.search(rf"^\s+{key}\s+[\d,]+$", result.stdout, re.M), key
    assert re.search(r"documents\s+2$", result.stdout, re.M)
    assert result.stderr == ""


def test_build_twice_is_byte_identical(seeds_copy, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert run("build", "--seeds", str(seeds_copy), "--out", str(out), "-q").exit_code == 0
    assert (a / "kg.ttl").read_bytes() == (b / "kg.ttl").read_bytes()


def test_quiet_prints_nothing(seeds_copy, tmp_path):
    result = run("build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "o"), "--quiet")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


def test_missing_seeds_folder_is_usage_error(tmp_path):
    result = run("build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope'}: seeds folder not found"
    assert "Traceback" not in result.stderr


def test_empty_seeds_folder_is_data_error(tmp_path):
    (tmp_path / "s").mkdir()
    result = run("build", "--seeds", str(tmp_path / "s"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert "no profiles" in result.stderr and str(tmp_path / "s") in result.stderr


def test_bad_files_name_the_file(seeds_copy, tmp_path):
    cases = {
        "empty.txt": (b"", "empty file"),
        "binary.txt": (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
        "blank.txt": (b"  \n\n  \n", "empty profile"),
    }
    for name, (data, message) in cases.items():
        folder = tmp_path / name.replace(".txt", "")
        folder.mkdir()
        (folder / name).write_bytes(data)
        result = run("build", "--seeds", str(folder), "--out", str(tmp_path / "o"))
        assert result.exit_code == 1, name
        line = result.stderr.strip()
        assert line.startswith("Error: ") and name in line and message in line
        assert "\n" not in line and "Traceback" not in result.output


def test_failed_build_keeps_previous_output(seeds_copy, tmp_path):
    out = tmp_path / "o"
    assert run("build", "--seeds", str(seeds_copy), "--out", str(out), "-q").exit_code == 0
    before = (out / "kg.ttl").read_bytes()
    (seeds_copy / "zzz.txt").write_bytes(b"\x00")
    assert run("build", "--seeds", str(seeds_copy), "--out", str(out)).exit_code == 1
    assert (out / "kg.ttl").read_bytes() == before


def test_bad_base_iri_is_usage_error(seeds_copy, tmp_path):
    result = run("build", "--seeds", str(seeds_copy), "--out", str(tmp_path), "--base-iri", "nope")
    assert result.exit_code == 2 and "base IRI" in result.stderr


def test_help_describes_every_option():
    result = run("build", "--help")
    assert result.exit_code == 0
    for option in ("--seeds", "--out", "--ontology", "--base-iri", "--quiet"):
        assert option in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kg, version")


def _one_profile(tmp_path):
    seeds = tmp_path / "profiles"
    seeds.mkdir()
    (seeds / "stad.txt").write_text("Stad\n\nBestuur\n\nDe raad vergadert.\n", encoding="utf-8")
    return seeds


def test_failed_first_build_leaves_no_output_folder(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "new" / "out"
    assert run("build", "--seeds", str(bad), "--out", str(out), "-q").exit_code == 1
    assert not out.exists()  # neither the lock file nor the folder it made


def test_out_that_is_a_file_is_a_one_line_usage_error(tmp_path):
    seeds = _one_profile(tmp_path)
    (tmp_path / "file").write_text("x")
    for out in (tmp_path / "file", tmp_path / "file" / "sub"):
        result = run("build", "--seeds", str(seeds), "--out", str(out), "-q")
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert line.startswith("Error: ") and "\n" not in line and "file" in line


def test_a_write_error_names_the_graph_file(tmp_path, monkeypatch):
    import errno

    import kg.build.streaming as streaming

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(streaming, "assemble", full_disk)
    out = tmp_path / "o"
    result = run("build", "--seeds", str(_one_profile(tmp_path)), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == f"Error: {out / 'kg.ttl'}: cannot write (No space left on device)"
    )
    assert not list(out.glob(".kg.ttl.*"))  # no temporary left


def test_an_extractor_failure_is_one_line_exit_1_and_keeps_the_last_build(tmp_path, monkeypatch):
    import kg.build.pipeline as pipeline

    seeds, out = _one_profile(tmp_path), tmp_path / "o"
    assert run("build", "--seeds", str(seeds), "--out", str(out), "-q").exit_code == 0
    before = (out / "kg.ttl").read_bytes()

    def broken(doc, lexicon):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "extract", broken)
    profile = next(seeds.glob("*.txt"))  # changed, so that no cached extraction serves it
    profile.write_text(profile.read_text(encoding="utf-8") + "Het college besluit.\n", "utf-8")
    result = run("build", "--seeds", str(seeds), "--out", str(out), "-q", "--jobs", "1")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: ") and "the extractor failed on this profile" in line
    assert str(profile) in line and "IndexError" in line
    assert "Traceback" not in result.stderr
    assert (out / "kg.ttl").read_bytes() == before  # the last good build is kept


def test_a_markdown_file_beside_the_profiles_is_named_as_not_read(seeds_copy, tmp_path):
    (seeds_copy / "meppel.md").write_text("# Meppel\n\nTekst.\n", encoding="utf-8")
    result = run("build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert re.search(r"documents\s+2$", result.stdout, re.M)
    assert "not read, only *.txt files are profiles: meppel.md" in result.stderr
