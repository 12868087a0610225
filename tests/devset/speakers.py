"""Where findings lose their speaker: speaker errors counted by type.

For every finding matched to a gold finding on its span whose speaker set differs from
the gold one, the error is counted as one of:

named wrong
    the sentence names a speaker itself (:func:`kg.extract.speakers.detect`) and the
    extraction took the wrong group;
carried wrongly
    the finding keeps a voice from before it where the gold has the authors;
carried other voice
    the finding keeps a voice from before it, the gold has another group;
should have carried
    the finding is the authors', the gold has the voice of the finding before it;
none where gold has one
    the finding is the authors', the gold names a group the finding before it lacks.

``--list`` prints the findings themselves, only for the seeds and the tuning half (the
held-out half, Súdwest-Fryslân and Venray, is shown in aggregate only; its misses are
not read).

Usage (from the repository root)::

    PYTHONPATH=. python3 tests/devset/speakers.py          # counts: seeds, tuning, held-out
    PYTHONPATH=. python3 tests/devset/speakers.py --list   # + the tuning half's and seeds' errors
"""

import sys
from collections import Counter
from pathlib import Path

from kg.build import build_graph
from kg.evaluate import canonical_map, match
from kg.extract.speakers import detect
from kg.gold import gold_files, load_gold
from kg.namespaces import short_key

#: The dev-set profiles whose errors may be read (the rest is held out).
TUNING = ("hof-van-twente", "zaanstad")
AUTHORS = frozenset({"role/authors"})
TYPES = (
    "named wrong",
    "carried wrongly",
    "carried other voice",
    "should have carried",
    "none where gold has one",
)


def error_type(named: bool, got: frozenset, want: frozenset, before: frozenset) -> str | None:
    """The type of a speaker error (None when the speakers agree).

    >>> a, b = frozenset({"role/a"}), frozenset({"role/b"})
    >>> error_type(False, a, AUTHORS, a), error_type(False, AUTHORS, a, a)
    ('carried wrongly', 'should have carried')
    """
    if got == want:
        return None
    if named:
        return "named wrong"
    if got != AUTHORS:
        return "carried wrongly" if want == AUTHORS else "carried other voice"
    return "should have carried" if want == before else "none where gold has one"


def errors(profiles: Path, gold_dir: Path):
    """Yield (document, quote, error type or None) per finding matched on span."""
    golds = {p.stem: p for p in gold_files(gold_dir)}
    for _source, doc, extraction in build_graph(profiles, curation=False).documents:
        if doc.name not in golds:
            continue
        gold = load_gold(golds[doc.name], doc.text)
        canon = canonical_map(extraction, gold)
        by_sentence: dict[int, list] = {}
        for m in extraction.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        pred = list(extraction.findings)
        pairs = match(pred, gold.findings, lambda p: (p.start, p.end), lambda g: (g.start, g.end))
        for pi, gi in pairs:
            p, g = pred[pi], gold.findings[gi]
            got = frozenset(short_key(canon.get(k, k)) for k in p.speakers)
            before = frozenset(short_key(canon.get(k, k)) for k in pred[pi - 1].speakers)
            sentences = [s for s in doc.sentences if s.index in p.sentences]
            named = any(
                detect(doc.text, s.start, s.end, by_sentence.get(s.index, [])).speakers
                for s in sentences
            )
            want = frozenset(short_key(k) for k in g.speakers)
            kind = error_type(named, got, want, before if pi else AUTHORS)
            yield doc.name, g.quote, kind, sorted(got), sorted(want)


def report(name: str, rows: list, show: bool) -> None:
    """Print the error counts of one set (and its errors when ``show``)."""
    counts = Counter(kind for _, _, kind, _, _ in rows if kind)
    right = sum(1 for row in rows if row[2] is None)
    print(f"{name}: {len(rows)} findings located, speaker right {right} ({right / len(rows):.3f})")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]:3d}")
    for doc, quote, kind, got, want in rows if show else []:
        if kind:
            print(f"  [{doc}] {kind}: got {got} gold {want}\n      {quote[:110]}")


def main() -> None:
    """Count (and with ``--list`` show) speaker errors on the three sets."""
    show = "--list" in sys.argv
    seeds = list(errors(Path("seeds"), Path("tests") / "gold"))
    dev = list(errors(Path("tests") / "devset", Path("tests") / "gold" / "devset"))
    report("seeds", seeds, show)
    report("tuning half", [r for r in dev if r[0] in TUNING], show)
    report("held-out half", [r for r in dev if r[0] not in TUNING], False)


if __name__ == "__main__":
    main()
