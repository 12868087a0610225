"""Where findings lose their concerns: missed and extra concern keys per category.

For every finding matched to a gold finding on its span, the gold concerns the
extraction lacks (missed) and the concerns it adds (extra) are counted per category:
problem, law, actor (``role/``) and organisation (municipality, region, body,
organisation, place). The counts say which kind of concern costs most; ``--list``
prints the findings themselves, only for the seeds and the tuning half (the held-out
half, Súdwest-Fryslân and Venray, is shown in aggregate only; its misses are not read).

Usage (from the repository root)::

    PYTHONPATH=. python3 tests/devset/concerns.py          # counts: seeds, tuning, held-out
    PYTHONPATH=. python3 tests/devset/concerns.py --list   # + the tuning half's and seeds' findings
"""

import sys
from collections import Counter
from pathlib import Path

from kg.build import build_graph
from kg.evaluate import canonical_map, jaccard, match
from kg.evaluate.model import CONCERNS_JACCARD
from kg.gold import gold_files, load_gold
from kg.namespaces import short_key

#: The dev-set profiles whose errors may be read (the rest is held out).
TUNING = ("hof-van-twente", "zaanstad")

#: Concern categories by key prefix.
CATEGORY = {
    "problem": "problem",
    "law": "law",
    "role": "actor",
    "municipality": "organisation",
    "region": "organisation",
    "body": "organisation",
    "organisation": "organisation",
    "place": "organisation",
}


def category(key: str) -> str:
    """The concern category of a short key (``problem/wachtlijst`` → ``problem``)."""
    return CATEGORY.get(key.split("/", 1)[0], "other")


def diffs(profiles: Path, gold_dir: Path):
    """Yield (document, quote, gold keys, predicted keys) per finding matched on span."""
    golds = {p.stem: p for p in gold_files(gold_dir)}
    for _source, doc, extraction in build_graph(profiles, curation=False).documents:
        if doc.name not in golds:
            continue
        gold = load_gold(golds[doc.name], doc.text)
        canon = canonical_map(extraction, gold)
        pred = list(extraction.findings)
        pairs = match(pred, gold.findings, lambda p: (p.start, p.end), lambda g: (g.start, g.end))
        for pi, gi in pairs:
            p, g = pred[pi], gold.findings[gi]
            want = {short_key(k) for k in g.concerns}
            got = {short_key(canon.get(k, k)) for k in p.concerns}
            yield doc.name, g.quote, want, got


def report(name: str, rows: list, show: bool) -> None:
    """Print the per-category counts of one set (and its findings when ``show``)."""
    missed, extra, wrong = Counter(), Counter(), 0
    for doc, quote, want, got in rows:
        ok = jaccard(want, got) >= CONCERNS_JACCARD
        wrong += not ok
        for key in want - got:
            missed[category(key)] += 1
        for key in got - want:
            extra[category(key)] += 1
        if show and not ok:
            print(f"  [{doc}] {quote[:110]}")
            print(f"      missed {sorted(want - got)}  extra {sorted(got - want)}")
    print(f"{name}: {len(rows)} findings located, {wrong} with wrong concerns")
    for cat in ("problem", "law", "actor", "organisation", "other"):
        print(f"  {cat:13s} missed {missed[cat]:3d}  extra {extra[cat]:3d}")


def main() -> None:
    """Count (and with ``--list`` show) concern errors on the three sets."""
    show = "--list" in sys.argv
    seeds = list(diffs(Path("seeds"), Path("tests") / "gold"))
    dev = list(diffs(Path("tests") / "devset", Path("tests") / "gold" / "devset"))
    report("seeds", seeds, show)
    report("tuning half", [r for r in dev if r[0] in TUNING], show)
    report("held-out half", [r for r in dev if r[0] not in TUNING], False)


if __name__ == "__main__":
    main()
