"""Polarity confusion (gold x predicted) of the findings matched on span (issue 14).

Prints, for the seeds and the tuning half of the development set (Zaanstad, Hof van
Twente), the confusion matrix of the findings that the evaluation matches on span, and
for the held-out half (Súdwest-Fryslân, Venray) its accuracy alone: its errors are not
read. ``--errors`` lists the wrong findings of the seeds and the tuning half (gold,
predicted, quote). Extractor alone, as ``kg evaluate``.

Usage (from the repository root)::

    python3 tests/devset/polarity.py
    python3 tests/devset/polarity.py --errors > /tmp/polarity-errors.txt
"""

import sys
from collections import Counter
from pathlib import Path

from kg.build import build_graph
from kg.evaluate import match
from kg.gold import gold_files, load_gold

#: The dev-set profiles whose errors may be read.
TUNING = ("hof-van-twente", "zaanstad")
POLARITIES = ("positive", "negative", "mixed", "neutral")


def pairs(seeds: Path, gold_dir: Path) -> list[tuple[str, str, str, str]]:
    """(document, gold polarity, predicted polarity, quote) per finding matched on span."""
    golds = {path.stem: path for path in gold_files(gold_dir)}
    out = []
    for _source, doc, extraction in build_graph(seeds, None, curation=False).documents:
        if doc.name not in golds:
            continue
        gold = load_gold(golds[doc.name], doc.text)
        pred = list(extraction.findings)
        for pi, gi in match(
            pred, gold.findings, lambda p: (p.start, p.end), lambda g: (g.start, g.end)
        ):
            g = gold.findings[gi]
            out.append((doc.name, g.polarity, pred[pi].polarity, g.quote))
    return out


def confusion(name: str, rows: list[tuple[str, str, str, str]]) -> None:
    """Print the confusion matrix (rows: gold, columns: predicted) and the accuracy."""
    counts = Counter((g, p) for _, g, p, _ in rows)
    right = sum(counts[(k, k)] for k in POLARITIES)
    print(f"{name}: accuracy {right / max(len(rows), 1):.3f} ({right}/{len(rows)})")
    print("  gold \\ pred " + "".join(f"{k:>10s}" for k in POLARITIES))
    for g in POLARITIES:
        print(f"  {g:12s}" + "".join(f"{counts[(g, p)]:10d}" for p in POLARITIES))


def main() -> None:
    """Print the confusion matrices (or the errors with ``--errors``)."""
    seeds = pairs(Path("seeds"), Path("tests") / "gold")
    dev = pairs(Path("tests") / "devset", Path("tests") / "gold" / "devset")
    tuning = [r for r in dev if r[0] in TUNING]
    if "--errors" in sys.argv:
        for doc, g, p, quote in seeds + tuning:
            if g != p:
                print(f"{doc}\tgold {g}\tpred {p}\t{quote}")
        return
    confusion("seeds", seeds)
    confusion("development set, tuning half", tuning)
    held = [r for r in dev if r[0] not in TUNING]
    right = sum(g == p for _, g, p, _ in held)
    print(f"development set, held-out half: accuracy {right / max(len(held), 1):.3f}")


if __name__ == "__main__":
    main()
