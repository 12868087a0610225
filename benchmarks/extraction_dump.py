"""Write every extraction of a set of profiles in one canonical text, to prove a speed
change exact.

Usage (from the repository root)::

    python3 benchmarks/extraction_dump.py OUT [FOLDER ...]

Defaults to ``seeds``, ``tests/devset`` and ``tests/invented``. For each profile (sorted
by path) it writes a ``### path`` line, then each field of :class:`kg.extract.model.Extraction`
as a ``## field`` line and the field's value on one line: dataclasses field by field,
dictionaries in their order, sets sorted. Without ``PYTHONHASHSEED`` in the environment the
script runs itself again with ``PYTHONHASHSEED=0``, so that the order of sets and dicts
of strings is the same in every run. A change meant to make extraction faster and change
nothing else must leave the file byte-identical::

    python3 benchmarks/extraction_dump.py /tmp/before.txt   # on the old code
    python3 benchmarks/extraction_dump.py /tmp/after.txt    # on the new code
    cmp /tmp/before.txt /tmp/after.txt

This is stricter than the figures of ``tests/devset/halves.py``, which change only when
a scored item changes.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.document import parse_profile  # noqa: E402
from kg.extract import Lexicon, extract  # noqa: E402
from kg.ontology import known_headings, load_ontology  # noqa: E402

DEFAULT_FOLDERS = ("seeds", "tests/devset", "tests/invented")


def canonical(value: object) -> str:
    """``value`` as one line of text that does not depend on the order of its sets.

    >>> canonical({"b": {3, 1, 2}, "a": [1, (2, None)]})
    "{'b': set{1, 2, 3}, 'a': [1, [2, None]]}"
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(
            f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value)
        )
        return f"{type(value).__name__}({fields})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (set, frozenset)):
        return "set{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    return repr(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the file to write")
    parser.add_argument("folders", nargs="*", type=Path, help="folders of profiles (*.txt)")
    args = parser.parse_args()
    if "PYTHONHASHSEED" not in os.environ:
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    folders = args.folders or [ROOT / name for name in DEFAULT_FOLDERS]
    ontology = load_ontology(ROOT / "ontology")
    lexicon = Lexicon.from_graph(ontology)
    headings = known_headings(ontology)
    paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            result = extract(parse_profile(text, path.stem, headings), lexicon)
            out.write(f"### {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
            for field in dataclasses.fields(result):
                out.write(f"## {field.name}\n{canonical(getattr(result, field.name))}\n")
    print(f"{len(paths)} profiles written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
