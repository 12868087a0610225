"""Indicator errors per profile: misses, extras and wrong measures, with their values.

Gold indicators the extraction does not match on span, value and unit (missed), extracted
indicators the gold lacks (extra), and matched ones whose measure differs from the gold's
(measure), each with its quote, value, unit and measure, as ``kg evaluate --no-curation``
matches them (the extractor alone).
A gold measure in brackets is one the vocabulary lacks (none is then the right answer).
Profiles named after ``--count-only`` (the held-out half of the development set,
Súdwest-Fryslân and Venray, whose misses are not read) print their counts only.

Usage (from the repository root)::

    PYTHONPATH=. python3 tests/devset/indicators.py --count-only sudwest-fryslan venray
    PYTHONPATH=. python3 tests/devset/indicators.py --seeds-only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.build import build_graph
from kg.evaluate import measure_keys
from kg.evaluate.scoring import _measure_key, indicator_pairs
from kg.gold import gold_files, load_gold


@dataclass(frozen=True)
class Error:
    """One indicator error: kind (missed, extra, measure), quote, value, unit, measures."""

    kind: str
    quote: str
    value: object
    unit: str | None
    want: str | None
    got: str | None

    def line(self) -> str:
        """One printable line."""
        value = "-" if self.value is None else str(self.value)
        measures = f"measure {self.want} -> {self.got}"
        return f"  {self.kind:7s} {value:>10s} {self.unit or '-':18s} {measures:46s} | {self.quote}"


def errors(profiles: Path, gold_dir: Path, vocabulary: frozenset[str]) -> Iterator[tuple]:
    """Yield (document name, [Error, ...]) for each profile with a gold file."""
    golds = {p.stem: p for p in gold_files(gold_dir)}
    for _source, doc, extraction in build_graph(profiles, curation=False).documents:
        if doc.name not in golds:
            continue
        gold = load_gold(golds[doc.name], doc.text)
        pred = list(extraction.indicators)
        pairs = indicator_pairs(pred, gold.indicators)
        out = []
        for pi, gi in pairs:
            p, g = pred[pi], gold.indicators[gi]
            want = _measure_key(g.measure)
            if _measure_key(p.measure) != (want if want in vocabulary else None):
                shown = want if want in vocabulary or want is None else f"({want})"
                out.append(Error("measure", g.quote, g.value, g.unit, shown, p.measure))
        hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
        for i, g in enumerate(gold.indicators):
            if i not in hit_g:
                out.append(Error("missed", g.quote, g.value, g.unit, _measure_key(g.measure), None))
        for i, p in enumerate(pred):
            if i not in hit_p:
                quote = doc.text[p.start : p.end]
                out.append(Error("extra", quote, p.value, p.unit, None, p.measure))
        yield doc.name, out


def main(argv: list[str] | None = None) -> int:
    """Print the indicator errors of the seeds and the development set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count-only", nargs="*", default=[], metavar="PROFILE")
    parser.add_argument("--seeds-only", action="store_true", help="skip the development set")
    args = parser.parse_args(argv)
    vocabulary = measure_keys()
    sets = [(Path("seeds"), Path("tests") / "gold")]
    if not args.seeds_only:
        sets.append((Path("tests") / "devset", Path("tests") / "gold" / "devset"))
    for profiles, gold_dir in sets:
        for name, errs in errors(profiles, gold_dir, vocabulary):
            counts = {k: sum(e.kind == k for e in errs) for k in ("missed", "extra", "measure")}
            print(f"{name}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
            if name in args.count_only:
                continue
            for err in errs:
                print(err.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
