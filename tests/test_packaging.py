"""A regular install: the wheel carries the ontology, the queries and the data, and works.

Before, ``pip install .`` (not ``-e``) gave a kg that looked for
``site-packages/queries`` and ``site-packages/ontology``: ``kg query list``,
``kg build``, ``kg validate`` and ``kg compare`` all failed outside the
repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_sub_package_is_listed_and_the_data_folders_are_mapped():
    listed = set(CONFIG["packages"])
    assert {p for p in listed if "._" not in p} == set(find_packages(str(ROOT), include=["kg*"]))
    assert CONFIG["package-dir"] == {"kg._ontology": "ontology", "kg._queries": "queries"}
    assert "data/**/*" in CONFIG["package-data"]["kg"]


def test_bundled_folders_are_found_from_any_working_folder(tmp_path, monkeypatch):
    from kg.ontology import default_ontology_dir
    from kg.query.library import default_queries_dir

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    monkeypatch.delenv("KG_QUERIES", raising=False)
    assert (default_ontology_dir() / "shapes.ttl").is_file()
    assert (default_queries_dir() / "compare-problems.rq").is_file()


def _run(args: list, cwd: Path, env: dict) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done.stdout + done.stderr


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_venv_works_outside_the_repository(tmp_path):
    wheels, venv, work = tmp_path / "wheels", tmp_path / "venv", tmp_path / "work"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    source = tmp_path / "source"  # a copy: building in place would leave build/ in the repo
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".*")
    for name in ("kg", "ontology", "queries"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copyfile(ROOT / name, source / name)
    _run([*pip, "wheel", source, "--no-deps", "-w", wheels], tmp_path, env)
    (wheel,) = wheels.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    # Without KG_COMPILE=1 (env drops every KG_ variable) setup.py compiles nothing.
    assert not [name for name in names if name.endswith(".so")]
    assert "kg/extract/tone.py" in names
    for folder, package in (("ontology", "_ontology"), ("queries", "_queries")):
        for path in (ROOT / folder).glob("*.*"):
            if path.suffix in (".ttl", ".jsonld", ".rq"):
                assert f"kg/{package}/{path.name}" in names
    for path in (ROOT / "kg" / "data").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.relative_to(ROOT).as_posix() in names

    # The system site-packages give the dependencies without downloading them.
    _run([sys.executable, "-m", "venv", "--system-site-packages", venv], tmp_path, env)
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "-q", "--no-deps", wheel], tmp_path, env)
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "profiles")
    kg = venv / "bin" / "kg"
    where = _run([python, "-c", "import kg; print(kg.__file__)"], work, env)
    assert where.strip().startswith(str(venv))

    built = _run([kg, "build", "--seeds", "profiles", "--no-cache"], work, env)
    assert (work / "build" / "kg.ttl").is_file(), built
    listing = _run([kg, "query", "list"], work, env)
    assert "compare-problems" in listing
    answer = _run([kg, "query", "run", "compare-problems", "--format", "csv"], work, env)
    assert len(answer.splitlines()) > 2
    assert "Conforms:" in _run([kg, "validate"], work, env)
    drawn = _run([kg, "map", "overview", "--out", "maps"], work, env)
    assert "overview.html" in drawn and (work / "maps" / "overview.html").is_file()
    compared = _run([kg, "compare", "brunssum", "bunschoten", "--out", "cmp"], work, env)
    assert (work / "cmp" / "compare-brunssum-bunschoten.html").is_file(), compared
