"""CPU time of extraction alone, per profile: the document model plus ``kg.extract``.

Usage::

    python3 benchmarks/bench_extract.py [--repeat 20] [FOLDER ...]

Defaults to ``seeds`` and ``tests/devset``. Loads the ontology and builds the lexicon
once (as a build does per process), then for each profile parses and extracts it
``--repeat`` times and prints the median CPU time (``time.process_time``) per profile in
milliseconds, with the worst profile. The target (issue: reading unseen profiles) is
under 100 ms CPU per profile; the figures are recorded in ``benchmarks/results.md``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.document import parse_profile  # noqa: E402
from kg.extract import Lexicon, extract  # noqa: E402
from kg.ontology import known_headings, load_ontology  # noqa: E402


def clear_caches() -> None:
    """Empty the extractor's per-text caches, so each run starts cold."""
    from kg.extract import negation, sentencecache

    negation.words.cache_clear()
    sentencecache.clear()


def measure(path: Path, lexicon: Lexicon, headings: list, repeat: int) -> float:
    """Median CPU milliseconds to parse and extract one profile."""
    text = path.read_text(encoding="utf-8")
    times = []
    for _ in range(repeat):
        clear_caches()  # a build reads each profile once: no run may reuse another's work
        start = time.process_time()
        extract(parse_profile(text, path.stem, headings), lexicon)
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, default=[ROOT / "seeds", ROOT / "tests" / "devset"]
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    ontology = load_ontology(ROOT / "ontology")
    lexicon = Lexicon.from_graph(ontology)
    headings = known_headings(ontology)
    gc.collect()  # as a build does once its lexicon is built (kg.build.config.Resources)
    gc.freeze()
    rows = []
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            extract(parse_profile(path.read_text(encoding="utf-8"), path.stem, headings), lexicon)
            rows.append((path.stem, measure(path, lexicon, headings, args.repeat)))
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:6.1f} ms CPU")
    values = [ms for _, ms in rows]
    print(f"{'median':<{width}}  {statistics.median(values):6.1f} ms CPU")
    print(f"{'worst':<{width}}  {max(values):6.1f} ms CPU")


if __name__ == "__main__":
    main()
