"""What an evaluation returns: scores, accuracies, per-document and overall results.

The matching rules are in :mod:`kg.evaluate` (module docstring).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("mentions", "indicators", "relations", "findings")
#: Entity kinds whose mentions are scored.
MENTION_KINDS = frozenset(
    {"municipality", "region", "body", "organisation", "place", "law", "role"}
)
#: Entity kinds minted from the text, matched by name (see the module docstring).
OPEN_KINDS = frozenset({"region", "body", "organisation"})
#: Minimum Jaccard index of concern sets for a finding's concerns to count as correct.
CONCERNS_JACCARD = 0.5


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold standard is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        """The counts and the three measures, rounded to 4 decimals."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """A running mean of per-item scores in [0, 1]."""

    total: float = 0.0
    n: int = 0

    def add(self, value: float) -> None:
        """Count one item."""
        self.total += value
        self.n += 1

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.total += other.total
        self.n += other.n
        return self

    @property
    def value(self) -> float:
        """The mean (1.0 when nothing was counted)."""
        return self.total / self.n if self.n else 1.0


@dataclass
class DocumentEvaluation:
    """The evaluation of one document.

    Attributes
    ----------
    name : str
        The document.
    scores : dict
        Category → :class:`Score`.
    attributes : dict
        Attribute name → :class:`Accuracy` on matched items.
    misses, extras : dict
        Category → gold items not found / predicted items not in the gold
        standard, as plain dicts (the shape of a curation entry).
    """

    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extras: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Evaluation:
    """The evaluation of a build against the gold standard."""

    curation: bool
    documents: list[DocumentEvaluation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, Score]:
        """Micro-averaged scores per category over all documents.

        The four categories of :data:`CATEGORIES`, then ``findings located``
        (findings matched on their span alone), and ``topics`` when the gold
        standard annotates topics.
        """
        names = [*CATEGORIES, "findings located"]
        if any("topics" in doc.scores for doc in self.documents):
            names.append("topics")
        total = {c: Score() for c in names}
        for doc in self.documents:
            for c in total:
                total[c] += doc.scores.get(c, Score())
        return total

    @property
    def attributes(self) -> dict[str, Accuracy]:
        """Attribute accuracies over all documents."""
        total: dict[str, Accuracy] = {}
        for doc in self.documents:
            for name, acc in doc.attributes.items():
                total.setdefault(name, Accuracy())
                total[name] += acc
        return total

    def as_dict(self) -> dict[str, Any]:
        """Everything as JSON-ready data."""
        return {
            "curation": self.curation,
            "scores": {c: s.as_dict() for c, s in self.scores.items()},
            "attributes": {k: round(a.value, 4) for k, a in sorted(self.attributes.items())},
            "documents": {
                d.name: {
                    "scores": {c: s.as_dict() for c, s in d.scores.items()},
                    "attributes": {k: round(a.value, 4) for k, a in sorted(d.attributes.items())},
                }
                for d in self.documents
            },
            "skipped": list(self.skipped),
        }
