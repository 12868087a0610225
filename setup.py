"""Optional compiled build of the extractor.

Every setting of the package lives in ``pyproject.toml``; this file adds one thing: with
``KG_COMPILE=1`` in the environment, the modules of ``kg.extract`` are compiled to C
extension modules with mypyc (part of mypy) before they are installed. The compiled
extractor reads every profile exactly as the Python one does (``tests/test_compiled.py``
compares the two byte for byte on every profile of the repository) and takes about half
the CPU time (``benchmarks/results.md``). It needs a C compiler and the Python headers,
and the compilation takes several minutes::

    python3 -m pip install 'mypy>=1.10' 'setuptools>=70.1'
    KG_COMPILE=1 python3 -m pip install --no-build-isolation .

Without ``KG_COMPILE`` (the default, and what the quick start does) nothing is compiled
and the package is plain Python. ``KG_COMPILE_JOBS`` sets how many C files are compiled
at once (default: the number of processors).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext


class _ParallelBuildExt(build_ext):
    """``build_ext`` that compiles the C files of the extension modules in parallel."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = int(os.environ.get("KG_COMPILE_JOBS") or os.cpu_count() or 1)


def _compiling() -> bool:
    """True when the environment asks for the compiled extractor."""
    return os.environ.get("KG_COMPILE") == "1"


def _compiled_modules() -> list:
    """The mypyc extension modules of ``kg.extract``, or none without ``KG_COMPILE=1``."""
    if not _compiling():
        return []
    if {"--inplace", "-i", "develop", "editable_wheel"} & set(sys.argv):
        # A compiled module beside its .py file is imported instead of it, so every
        # later edit of the source would be silently ignored.
        raise SystemExit(
            "setup.py: KG_COMPILE=1 builds an installed copy (pip install .), "
            "not an editable one (pip install -e .) or one in place"
        )
    from mypyc.build import mypycify  # only needed, and only installed, to compile

    here = Path(__file__).resolve().parent
    sources = sorted(
        str(path.relative_to(here))
        for path in (here / "kg" / "extract").glob("*.py")
        # The package module stays Python: it only runs the readers in order, and
        # Lexicon.with_entities copies a lexicon (copy.copy), which a compiled class
        # does not allow.
        if path.name != "__init__.py"
    )
    return mypycify(sources, opt_level="2", multi_file=True)


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": _ParallelBuildExt})
