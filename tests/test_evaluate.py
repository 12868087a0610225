"""The evaluation against the gold standard: matching rules and the targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataError, UsageError
from kg.evaluate import (
    Score,
    evaluate,
    evaluate_documents,
    jaccard,
    match,
    suggest_curation,
)
from kg.gold import load_gold
from tests.conftest import ONTOLOGY, SEEDS

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def alone():
    """The extractor alone (no curation) scored against the gold standard."""
    return evaluate(SEEDS, GOLD, curation=False, ontology_dir=ONTOLOGY)


@pytest.fixture(scope="module")
def curated(build_result):
    """The seed build (with curation) scored against the gold standard."""
    return evaluate_documents(build_result.documents, GOLD, curation=True)


@pytest.mark.parametrize(
    ("category", "target"),
    [("mentions", 0.95), ("indicators", 0.95), ("relations", 0.90), ("findings", 0.80)],
)
def test_extractor_alone_meets_its_targets(alone, category, target):
    assert alone.scores[category].f1 >= target, alone.scores[category].as_dict()


@pytest.mark.parametrize("category", ["mentions", "indicators", "relations", "findings"])
def test_curation_gives_full_recall(curated, category):
    assert curated.scores[category].recall == 1.0, curated.scores[category].as_dict()


def test_both_documents_are_evaluated(alone):
    assert [d.name for d in alone.documents] == ["brunssum", "bunschoten"]
    assert alone.skipped == []


def test_suggestions_are_empty_for_the_curated_build(curated):
    for entry in suggest_curation(curated).values():
        assert not any(actions.get("add") for actions in entry.values())


def test_suggestions_name_what_the_extractor_misses(alone):
    suggestions = suggest_curation(alone)
    added = [
        item for entry in suggestions.values() for item in entry.get("findings", {}).get("add", [])
    ]
    n_missed = sum(d.scores["findings"].fn for d in alone.documents)
    assert len(added) == n_missed > 0
    assert all({"quote", "speaker", "concerns", "polarity"} <= set(item) for item in added)


def test_score_measures():
    s = Score(tp=8, fp=2, fn=8)
    assert (s.precision, s.recall) == (0.8, 0.5)
    assert round(s.f1, 4) == round(2 * 0.8 * 0.5 / 1.3, 4)
    assert Score().f1 == 1.0  # nothing to find, nothing found


def test_jaccard_both_empty_is_one():
    assert jaccard([], []) == 1.0
    assert jaccard(["a"], ["a", "b"]) == 0.5


def test_match_is_one_to_one_and_prefers_the_larger_overlap():
    predicted = [(0, 10), (5, 30)]
    gold = [(8, 30)]
    pairs = match(predicted, gold, lambda p: p, lambda g: g)
    assert pairs == [(1, 0)]


def test_match_respects_agreement():
    pairs = match(["x"], ["y"], lambda p: (0, 5), lambda g: (0, 5), lambda p, g: p == g)
    assert pairs == []


def test_gold_quote_not_in_text_is_a_data_error_with_line(tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_text(
        "document: doc\nmunicipality: municipality/x\nfindings:\n"
        "  - {quote: 'Niet in de tekst.', speaker: role/authors}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"doc\.yaml:4: quote not found"):
        load_gold(path, "Een andere tekst.")


def test_gold_folder_must_exist(tmp_path):
    with pytest.raises(UsageError, match="gold folder not found"):
        evaluate_documents([], tmp_path / "missing")
