"""CPU time of extraction alone, per profile: the document model plus ``kg.extract``.

Usage::

    python3 benchmarks/bench_extract.py [--repeat 20] [--best] [FOLDER ...]

Defaults to ``seeds`` and ``tests/devset``. Loads the ontology and builds the lexicon
once (as a build does per process), extracts every profile once to warm up, then runs
``--repeat`` rounds, each of which parses and extracts every profile once from cold
caches, and prints per profile the median CPU time (``time.process_time``) of the rounds
in milliseconds, with the median and the worst profile. The rounds alternate the
profiles, so a neighbour that steals cycles for a while slows one round of each rather
than every run of one profile; the spread of the rounds (the quartiles of each profile's
times, relative to its median) goes to standard error, to tell a quiet run from a busy
one. Without ``PYTHONHASHSEED`` in the environment the script runs itself again with
``PYTHONHASHSEED=0``, as the instruction count does: the order of sets and dicts of
strings, and so the work, is then the same in every run. The target (issue: reading
unseen profiles) is under 100 ms CPU per profile; the figures are recorded in
``benchmarks/results.md``.

CPU time on a shared machine drifts by about 20 %; instruction counts do not. With
``--callgrind`` the script extracts every profile once as a warm-up, then switches
valgrind's instrumentation on, extracts each profile once from cold caches and switches it
off again, so the count covers extraction alone::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \
        --callgrind-out-file=/tmp/extract.cg \
        "$(python3 -c 'import sys; print(sys.executable)')" \
        benchmarks/bench_extract.py --callgrind seeds ../shared/devset

valgrind prints the count as "Collected : N" (the interpreter binary itself must be
valgrind's target, not a shell wrapper such as a pyenv shim).

The count of the same code is exact from run to run, but it moves with the layout of the
C heap: about 7 % of the work is memory allocation, and the C library's share of it (every
block over 512 bytes: about 50 M) searches its free lists, whose state depends on what lies
where. An edit that changes nothing but allocates one more small object at import moved
the count by +6 M to +9 M (0.2-0.3 %), all of it in ``malloc``. ``--pad BYTES``
allocates that much before the profiles are read (kept alive, under the size the
allocator maps apart), to shift the layout on purpose: compare two codes by the median
of a few paddings (say 0, 3000 and 20000), not by one run.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
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


def rounds(
    texts: list[tuple[str, str]], lexicon: Lexicon, headings: list, repeat: int
) -> list[list[float]]:
    """CPU milliseconds of ``repeat`` rounds, each of which parses and extracts every
    ``(text, name)`` once from cold caches: per text, its time in each round."""
    times: list[list[float]] = [[] for _ in texts]
    for _ in range(repeat):
        for (text, name), kept in zip(texts, times, strict=True):
            clear_caches()  # a build reads each profile once: no run may reuse another's work
            start = time.process_time()
            extract(parse_profile(text, name, headings), lexicon)
            kept.append((time.process_time() - start) * 1000)
    return times


def spread(times: list[float]) -> float:
    """The interquartile range of ``times`` relative to their median (0.05: 5 %)."""
    if len(times) < 2:
        return 0.0
    low, _, high = statistics.quantiles(times, n=4, method="inclusive")
    return (high - low) / statistics.median(times)


def count_instructions(paths: list[Path], lexicon: Lexicon, headings: list) -> None:
    """Extract every profile once under valgrind's instrumentation, the rest of the run outside it.

    Without valgrind ``callgrind_control`` is missing or finds no process, and the
    profiles are simply extracted.
    """
    texts = [(path.read_text(encoding="utf-8"), path.stem) for path in paths]
    for text, stem in texts:  # warm-up: compiled patterns, lazily built tables
        extract(parse_profile(text, stem, headings), lexicon)
    switch = ["callgrind_control", "-i"]
    pid = str(os.getpid())
    try:
        subprocess.run([*switch, "on", pid], capture_output=True, check=False)
    except FileNotFoundError:
        switch = []
    for text, stem in texts:
        clear_caches()
        extract(parse_profile(text, stem, headings), lexicon)
    if switch:
        subprocess.run([*switch, "off", pid], capture_output=True, check=False)
    print(f"{len(texts)} profiles extracted once under instrumentation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, default=[ROOT / "seeds", ROOT / "tests" / "devset"]
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--best",
        action="store_true",
        help="per profile the least CPU time of the runs instead of the median: on a"
        " machine whose neighbours steal cycles the least time is the one they disturbed least",
    )
    parser.add_argument(
        "--pad",
        type=int,
        default=0,
        help="bytes allocated (and kept) before the profiles are read, to shift the C heap's"
        " layout: the instruction count moves by a few million with it",
    )
    parser.add_argument(
        "--callgrind",
        action="store_true",
        help="extract each profile once for valgrind's instruction count instead of timing",
    )
    args = parser.parse_args()
    if not args.callgrind and "PYTHONHASHSEED" not in os.environ:
        # the same order of sets and dicts in every run (valgrind's runs set it themselves,
        # and a process started anew would leave valgrind behind)
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    padding = bytearray(args.pad)  # noqa: F841 - kept alive to the end of the run
    ontology = load_ontology(ROOT / "ontology")
    lexicon = Lexicon.from_graph(ontology)
    headings = known_headings(ontology)
    gc.collect()  # as a build does once its lexicon is built (kg.build.config.Resources)
    gc.freeze()
    if args.callgrind:
        paths = [path for folder in args.folders for path in sorted(folder.glob("*.txt"))]
        count_instructions(paths, lexicon, headings)
        return
    paths = [path for folder in args.folders for path in sorted(folder.glob("*.txt"))]
    texts = [(path.read_text(encoding="utf-8"), path.stem) for path in paths]
    for text, name in texts:  # warm-up: compiled patterns, lazily built tables
        extract(parse_profile(text, name, headings), lexicon)
    times = rounds(texts, lexicon, headings, args.repeat)
    pick = min if args.best else statistics.median
    rows = [(name, pick(kept)) for (_, name), kept in zip(texts, times, strict=True)]
    widest = max(map(spread, times))
    print(
        f"{args.repeat} rounds of {len(texts)} profiles; the widest interquartile range of a"
        f" profile's times is {widest:.0%} of its median",
        file=sys.stderr,
    )
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:6.1f} ms CPU")
    values = [ms for _, ms in rows]
    print(f"{'median':<{width}}  {statistics.median(values):6.1f} ms CPU")
    print(f"{'worst':<{width}}  {max(values):6.1f} ms CPU")


if __name__ == "__main__":
    main()
