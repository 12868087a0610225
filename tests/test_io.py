"""kg.io: file names from document text, confinement to the output folder, the
lock in forked children, stale temporaries."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.io import (
    RESERVED_NAMES,
    atomic_write_text,
    confined_path,
    file_stem,
    output_lock,
    remove_stale_temporaries,
)

HOSTILE_NAMES = [
    "../../etc/passwd",
    "/tmp/abs",
    "CON",
    "con.txt",
    ".",
    "..",
    "",
    " ",
    "a/b\\c",
    "NUL",
]


@pytest.mark.parametrize("text", HOSTILE_NAMES)
def test_file_stems_are_plain_safe_names(text):
    stem = file_stem(text)
    assert stem and stem not in (".", "..")
    assert "/" not in stem and "\\" not in stem and not stem.startswith(".")
    assert stem.lower() not in RESERVED_NAMES and stem.split(".")[0] not in RESERVED_NAMES


@pytest.mark.parametrize("relative", ["../x.html", "/etc/x", "a/../../x", "a//b", ".", ""])
def test_confined_path_refuses_escapes(tmp_path, relative):
    with pytest.raises(UsageError, match="refusing to write"):
        confined_path(tmp_path, relative)


def test_confined_path_refuses_a_link_leading_outside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sources").symlink_to(outside)
    with pytest.raises(UsageError, match="leads outside"):
        confined_path(out, "sources/x.html")
    assert confined_path(out, "maps/x.html") == out / "maps" / "x.html"


def test_lock_is_released_when_the_holder_dies_even_if_a_child_lives(tmp_path):
    """A child forked under the lock and still running does not hold it."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        with output_lock(tmp_path):
            child = os.fork()
            if child == 0:  # grandchild: says it runs, then lives on after its parent exits
                os.write(write, str(os.getpid()).encode())
                os.close(write)
                import time

                time.sleep(5)
                os._exit(0)
            os._exit(0)  # the holder dies without unlocking (like SIGKILL)
    os.close(write)
    grandchild = int(os.read(read, 32))
    os.waitpid(pid, 0)
    try:
        handle = open(tmp_path / ".kg.lock", "r+")  # noqa: SIM115
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # would raise if held
        handle.close()
    finally:
        os.kill(grandchild, 9)


def test_lock_file_that_is_a_link_is_refused(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".kg.lock").symlink_to(victim)
    with pytest.raises(UsageError, match="cannot create lock file"), output_lock(out):
        pass
    assert victim.read_text() == "keep"


def test_stale_temporaries_are_removed_under_the_lock_and_nothing_else(tmp_path):
    (tmp_path / ".kg.ttl.ab12_xyz.tmp").write_text("half")
    (tmp_path / ".notes.tmp").write_text("the user's")
    (tmp_path / "kg.ttl").write_text("whole")
    with output_lock(tmp_path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kg.lock", ".notes.tmp", "kg.ttl"]
    assert remove_stale_temporaries(tmp_path) == []


def test_atomic_write_replaces_a_link_instead_of_writing_through_it(tmp_path):
    victim = tmp_path / "victim.ttl"
    victim.write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").symlink_to(victim)
    atomic_write_text(out / "kg.ttl", "new")
    assert victim.read_text() == "keep"
    assert not (out / "kg.ttl").is_symlink() and (out / "kg.ttl").read_text() == "new"


# --- names from seed files and titles, through build, map and docs ----------------------

TITLES = {
    "CON.txt": "../../etc/passwd",
    "aux.txt": "/tmp/abs",
    "dots.txt": "..",
    "evil %2e%2e%2f.txt": "CON",
    "$(touch pwned).txt": "<script>alert(1)</script>",
}


def snapshot(folder: Path, skip: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if skip not in (p, *p.parents)}


def test_crafted_seed_names_and_titles_stay_inside_out(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, title in TITLES.items():
        (seeds / name).write_text(
            f"{title}\n\nSamen sterk\n\nBestuur\n\nAmbtenaren in {title} vertellen dat het "
            "lastig is. De wethouder is trots.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    before = snapshot(tmp_path, out)
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(tmp_path)  # a relative path written by mistake would land here
    try:
        built = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "-q"])
        assert built.exit_code == 0, built.stderr
        graph = str(out / "kg.ttl")
        maps = runner.invoke(main, ["map", "--graph", graph, "--out", str(out / "maps")])
        assert maps.exit_code == 0, maps.stderr
        docs = runner.invoke(main, ["docs", "--out", str(out / "docs")])
        assert docs.exit_code == 0, docs.stderr
    finally:
        os.chdir(cwd)
    assert snapshot(tmp_path, out) == before  # nothing written beside the output folder
    assert not Path("pwned").exists()
    written = [p for p in out.rglob("*") if p.is_file()]
    for path in written:
        assert path.resolve().is_relative_to(out.resolve())
        stem = path.name.split(".")[0].lower()
        assert stem not in RESERVED_NAMES and path.name not in (".", "..")
    sources = sorted(p.name for p in (out / "maps" / "sources").iterdir())
    assert sources == [
        "aux-.html",
        "con-.html",
        "dots.html",
        "evil-2e-2e-2f.html",
        "touch-pwned.html",
    ]
    municipalities = sorted(p.name for p in (out / "maps").glob("municipality-*.html"))
    assert municipalities == [
        "municipality-con-.html",
        "municipality-etc-passwd.html",
        "municipality-script-alert-1-script.html",
        "municipality-tmp-abs.html",
        "municipality-x.html",
    ]
    # The maps link to the source pages under the names they were written with.
    overview = (out / "maps" / "findings.html").read_text(encoding="utf-8")
    assert "sources/con-.html#s-" in overview and "sources/aux-.html#s-" in overview


def test_a_failed_holder_removes_the_lock_file_it_made_and_keeps_an_old_one(tmp_path):
    for existed in (False, True):
        out = tmp_path / f"o{existed}"
        out.mkdir()
        if existed:
            (out / ".kg.lock").write_text("")
        with pytest.raises(RuntimeError), output_lock(out):
            raise RuntimeError("failed")
        assert (out / ".kg.lock").exists() == existed
        assert out.is_dir()  # a folder that was there stays


def test_a_failed_holder_keeps_a_folder_it_made_that_holds_files(tmp_path):
    out = tmp_path / "o"
    with pytest.raises(RuntimeError), output_lock(out):
        (out / ".cache").mkdir()
        raise RuntimeError("failed")
    assert sorted(p.name for p in out.iterdir()) == [".cache"]


def test_atomic_write_errors_name_the_file(tmp_path):
    from kg.errors import DataError
    from kg.io import atomic_write_bytes

    (tmp_path / "file").write_text("x")
    with pytest.raises(DataError, match=r"file/kg\.ttl: cannot write \("):
        atomic_write_bytes(tmp_path / "file" / "kg.ttl", b"")
