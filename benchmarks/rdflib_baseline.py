"""The same work with rdflib's default (in-memory) store, for comparison.

Run by ``benchmarks/run.py`` as a subprocess; prints one JSON object.

``build SEEDS OUT``
    Parse and extract every profile exactly as ``kg build`` does, add the
    ontology and every document's triples (as rdflib terms) to one
    ``rdflib.Graph``, and serialize it as Turtle to ``OUT/kg.ttl``
    (single process, as rdflib offers no parallel path).
``query GRAPH FILE... [--timeout S]``
    Parse the graph file into an ``rdflib.Graph``, then run each SPARQL file
    with rdflib's engine, materialising the results; a query still running
    after ``S`` seconds is stopped and reported as ``null``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(seeds: Path, out: Path) -> dict:
    from rdflib import Graph

    from kg.build import Resources, parse_seed
    from kg.loading import list_profiles
    from kg.rdf import add_dataset_metadata, add_document

    start = time.perf_counter()
    context = Resources.create(validate=False)
    graph = Graph()
    for triple in context.ontology:
        graph.add(triple)
    add_dataset_metadata(graph)
    for path in list_profiles(seeds):
        source, doc, extraction = parse_seed(path, context.lexicon, context.headings)
        add_document(graph, doc, source, extraction)
    added = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    graph.serialize(out / "kg.ttl", format="turtle")
    done = time.perf_counter()
    return {"triples": len(graph), "extract_add_s": added - start, "serialize_s": done - added}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ANN001, ANN202
    raise _Timeout


def query(graph_path: Path, files: list[Path], timeout: float) -> dict:
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph().parse(graph_path, format="turtle")
    parse_s = time.perf_counter() - start
    signal.signal(signal.SIGALRM, _alarm)
    times: dict[str, float | None] = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        signal.setitimer(signal.ITIMER_REAL, timeout)
        began = time.perf_counter()
        try:
            result = graph.query(text)
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                len(result.graph)
            elif result.type == "SELECT":
                list(result)
            times[path.stem] = time.perf_counter() - began
        except _Timeout:
            times[path.stem] = None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return {"triples": len(graph), "parse_s": parse_s, "queries": times}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("build")
    b.add_argument("seeds", type=Path)
    b.add_argument("out", type=Path)
    q = sub.add_parser("query")
    q.add_argument("graph", type=Path)
    q.add_argument("files", type=Path, nargs="+")
    q.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    if args.mode == "build":
        print(json.dumps(build(args.seeds, args.out)))
    else:
        print(json.dumps(query(args.graph, args.files, args.timeout)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
