"""Indicator extraction time: linear in the numbers of a profile, and per real profile.

Not part of the test suite (the suite checks the algorithm's work, not the
clock). Run from the repository root::

    python3 benchmarks/bench_indicators.py --lines 4600 --runs 3

Two measurements, CPU time (``time.process_time``), best of ``--runs``:

1. the reproduction of issue 15: a profile of ``--lines`` lines like
   ``412% € 5810,- 7`` (4,600 lines ≈ 69 KB), then three times as many lines;
   the ratio of the two times should be about 3 (linear), not 9 (quadratic);
2. every profile in ``seeds/`` and ``tests/devset/``: indicator extraction
   and the whole extraction, in ms per profile (target: under 100 ms).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _best(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def _hostile(lines: int) -> str:
    body = "\n".join("412% € 5810,- 7" for _ in range(lines))
    return f"Teststad\n\nEen motto\n\nBestuur\n\n{body}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=4600, help="lines of the 1x input")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (best kept)")
    args = parser.parse_args()

    from kg.document import parse_profile
    from kg.extract import Lexicon, extract
    from kg.extract.indicators import extract_indicators
    from kg.ontology import known_headings, load_ontology

    graph = load_ontology(ROOT / "ontology")
    lexicon, headings = Lexicon.from_graph(graph), known_headings(graph)

    print("| input | size | figures | indicators (s) | whole extraction (s) |")
    print("|---|---:|---:|---:|---:|")
    seconds = {}
    for factor in (1, 3):
        text = _hostile(args.lines * factor)
        doc = parse_profile(text, "hostile", headings)
        found = extract_indicators(doc, None, lexicon.measures)
        ind = _best(lambda d=doc: extract_indicators(d, None, lexicon.measures), args.runs)
        whole = _best(lambda d=doc: extract(d, lexicon), args.runs)
        seconds[factor] = (ind, whole)
        print(
            f"| {factor}x `412% € 5810,- 7` | {len(text.encode()) / 1024:.0f} KB | "
            f"{len(found):,} | {ind:.3f} | {whole:.3f} |"
        )
    ratio_ind = seconds[3][0] / seconds[1][0]
    ratio_all = seconds[3][1] / seconds[1][1]
    print(f"\n3x / 1x: indicators {ratio_ind:.2f}, whole extraction {ratio_all:.2f} (linear: 3)\n")

    print("| profile | indicators (ms) | whole extraction (ms) |")
    print("|---|---:|---:|")
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "devset").glob("*.txt")
    ):
        doc = parse_profile(path.read_text(encoding="utf-8"), path.stem, headings)
        ind = _best(lambda d=doc: extract_indicators(d, None, lexicon.measures), args.runs)
        whole = _best(lambda d=doc: extract(d, lexicon), args.runs)
        print(f"| {path.parent.name}/{path.name} | {ind * 1000:.1f} | {whole * 1000:.1f} |")


if __name__ == "__main__":
    main()
