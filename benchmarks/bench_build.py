"""CPU time of building one profile, with and without its per-document SHACL check.

Usage::

    python3 benchmarks/bench_build.py [--repeat 3] [FOLDER]

Defaults to 20 synthetic profiles (``benchmarks/generate.py``, seed 7) in a temporary
folder. Loads the build's resources once (as a build does per process), then for each
profile measures, in CPU time (``time.process_time``, so the figures hold on a loaded
machine), the median of ``--repeat`` runs of

- ``build``: the whole per-document step of ``kg build`` with validation off
  (parse, extraction, RDF triples, Turtle block), and
- ``check``: the per-document SHACL check alone (``Resources.shapes.validate``),

and splits ``build`` into ``extraction`` (reading the profile: structure, mentions,
findings, indicators, relations; ``parse_seed``) and ``graph writing`` (the rest:
the document's triples, its finding counts and its Turtle block).

It prints the medians over the profiles and the validated-profile rate this gives on
2 cores (``2000 / (build + check)``). Figures are recorded in ``benchmarks/results.md``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import BuildConfig, Resources  # noqa: E402
from kg.build.pipeline import parse_seed, process_document  # noqa: E402
from kg.rdf import document_triples  # noqa: E402


def cpu_ms(call, repeat: int) -> float:  # noqa: ANN001 - a callable
    """Median CPU milliseconds of ``call()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        call()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def extract_only(path: Path, resources: Resources) -> object:
    """The extraction step of one profile alone (:func:`parse_seed`)."""
    config = resources.config
    return parse_seed(path, resources.lexicon, resources.headings, config.curation)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--count", type=int, default=20, help="synthetic profiles if no folder")
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count",
             str(args.count), "--out", str(folder)],
            check=True, capture_output=True,
        )  # fmt: skip
    config = BuildConfig.create(ROOT / "ontology", validate=False)
    resources = Resources(config)
    paths = sorted(folder.glob("*.txt"))
    process_document(paths[0], resources)  # warm the caches
    _ = resources.shapes
    builds, extracts, checks, sizes = [], [], [], []
    for path in paths:
        builds.append(cpu_ms(lambda p=path: process_document(p, resources), args.repeat))
        extracts.append(cpu_ms(lambda p=path: extract_only(p, resources), args.repeat))
        source, doc, extraction = parse_seed(
            path, resources.lexicon, resources.headings, config.curation
        )
        triples = document_triples(doc, source, extraction, resources.terms, resources.reference)
        sizes.append(len(triples))
        violations = resources.shapes.validate(triples)
        assert not violations, violations[:3]
        checks.append(cpu_ms(lambda t=triples: resources.shapes.validate(t), args.repeat))
    build, check = statistics.median(builds), statistics.median(checks)
    print(f"profiles: {len(paths)} ({folder}); triples per profile: {statistics.median(sizes):.0f}")
    extract = statistics.median(extracts)
    print(f"build (no validation): {build:6.1f} ms CPU per profile (median)")
    print(f"  of which extraction: {extract:6.1f} ms -> at most {2000 / extract:.1f}/s on 2 cores")
    print(f"  graph writing:       {build - extract:6.1f} ms (the difference)")
    print(f"SHACL check:           {check:6.1f} ms CPU per profile (median)")
    total = build + check
    print(f"validated profile:     {total:6.1f} ms CPU -> {2000 / total:.1f}/s on 2 cores")
    print(f"engine: {type(resources.shapes).__name__}")


if __name__ == "__main__":
    main()
