"""Triples per profile, split by kind: what each profile adds to the graph.

Usage::

    python3 benchmarks/triples_per_profile.py FOLDER [FOLDER ...]

For each profile (``*.txt``) builds its triples as ``kg build`` does (the
document's triples and its finding counts, curation files applied) and prints
one Markdown row: the total, the findings, the triples of the finding-count
observations and the ``rdfs:label`` triples of findings. Used
for the "triples per profile before/after" figures in ``benchmarks/results.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import Resources  # noqa: E402
from kg.build.pipeline import parse_seed  # noqa: E402
from kg.build.summary import finding_counts  # noqa: E402
from kg.namespaces import KG, RDF, RDFS  # noqa: E402
from kg.rdf import document_triples  # noqa: E402


def split(triples: set[tuple[str, str, str]]) -> dict[str, int]:
    """Count a document's triples by kind (N-Triples terms)."""
    findings = {s for s, p, o in triples if p == f"<{RDF}type>" and o == f"<{KG}Finding>"}
    counts = {s for s, p, o in triples if p == f"<{RDF}type>" and o == f"<{KG}FindingCount>"}
    return {
        "triples": len(triples),
        "findings": len(findings),
        "counts": sum(1 for s, _, _ in triples if s in counts),
        "finding labels": sum(1 for s, p, _ in triples if s in findings and p == f"<{RDFS}label>"),
    }


def profile_triples(path: Path, resources: Resources) -> set[tuple[str, str, str]]:
    """The triples ``kg build`` writes for one profile, finding counts included."""
    config = resources.config
    source, doc, extraction = parse_seed(
        path, resources.lexicon, resources.headings, config.curation
    )
    triples = document_triples(doc, source, extraction, resources.terms, resources.reference)
    triples.update(finding_counts(triples, config.base))
    return triples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    resources = Resources.create(ROOT / "ontology", validate=False)
    header = None
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            row = split(profile_triples(path, resources))
            if header is None:
                header = ["profile", *row]
                print("| " + " | ".join(header) + " |")
                print("|---|" + "---:|" * len(row))
            print(f"| {path.stem} | " + " | ".join(f"{v:,}" for v in row.values()) + " |")


if __name__ == "__main__":
    main()
