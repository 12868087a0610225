"""The optional compiled extractor (``setup.py``, ``KG_COMPILE=1``) reads exactly as Python.

One slow test: it compiles ``kg.extract`` with mypyc in a copy of the repository (several
minutes on two cores), checks that the copy's extractor modules are compiled extension
modules, and compares the canonical dump of every profile's extraction
(``benchmarks/extraction_dump.py``) of the compiled copy with that of the plain Python
package, byte for byte. It is skipped, with the reason, on a machine without a C compiler
or the Python headers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: What the compiled package is built from, and what the dump reads beside it (the
#: ontology and the profiles, named by the same relative paths as in the repository).
_SOURCE = ("kg", "ontology", "queries")
_READ = ("benchmarks", "ontology", "seeds", "tests/devset", "tests/invented")


def _missing_toolchain() -> str | None:
    """Why this machine cannot compile an extension module, or None when it can."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc (part of mypy) is not installed"
    return None


def _copy(names: tuple[str, ...], target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info")
    for name in names:
        shutil.copytree(ROOT / name, target / name, ignore=ignore)


def _dump(root: Path, out: Path, path: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(path)}
    proc = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "extraction_dump.py"), str(out)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


@pytest.mark.slow
def test_compiled_extractor_reads_every_profile_exactly_as_python(tmp_path):
    reason = _missing_toolchain()
    if reason:
        pytest.skip(f"cannot compile here: {reason}")
    source, installed, run = tmp_path / "source", tmp_path / "installed", tmp_path / "run"
    _copy(_SOURCE, source)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    env = {**os.environ, "KG_COMPILE": "1", "KG_COMPILE_JOBS": "2"}
    pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    build = subprocess.run(
        [*pip, "--no-build-isolation", "--no-deps", "--target", str(installed), str(source)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    # The dump runs beside the ontology and the profiles, with no kg folder of its own:
    # the package it imports is the installed, compiled one.
    _copy(_READ, run)
    probe = subprocess.run(
        [sys.executable, "-c", "import kg.extract.tone as m; print(m.__file__)"],
        cwd=run,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    compiled = Path(probe.stdout.strip())
    assert compiled.parent == installed / "kg" / "extract"
    assert compiled.suffix == ".so"
    plain, fast = tmp_path / "python.txt", tmp_path / "compiled.txt"
    _dump(ROOT, plain, ROOT)
    _dump(run, fast, installed)
    assert plain.stat().st_size > 1_000_000
    assert plain.read_bytes() == fast.read_bytes()


def test_an_editable_compiled_install_is_refused(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "setup.py"), "build_ext", "--inplace"],
        cwd=tmp_path,
        env={**os.environ, "KG_COMPILE": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode != 0
    assert "not an editable one" in proc.stderr
