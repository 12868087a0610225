"""kg.evaluate.scoring: one-to-one matching, set overlap and topic keys."""

from __future__ import annotations

from types import SimpleNamespace

from kg.evaluate.scoring import jaccard, match, overlaps, predicted_topics, topic_key


def test_overlaps_is_half_open():
    assert overlaps((0, 5), (4, 9))
    assert not overlaps((0, 5), (5, 9))


def test_match_is_one_to_one_by_largest_overlap():
    predicted = [(0, 10), (8, 20)]
    gold = [(5, 12), (9, 19)]
    pairs = match(predicted, gold, lambda p: p, lambda g: g)
    # (8, 20) overlaps (9, 19) by 10, the largest: taken first; (0, 10) then gets (5, 12)
    assert pairs == [(0, 0), (1, 1)]


def test_match_respects_agree():
    pairs = match(["x", "y"], ["y"], lambda p: (0, 5), lambda g: (0, 5), lambda p, g: p == g)
    assert pairs == [(1, 0)]


def test_jaccard():
    assert jaccard([], []) == 1.0
    assert jaccard(["a", "b"], ["b", "c"]) == 1 / 3


def test_predicted_topics_reads_iris_and_labels():
    topic = SimpleNamespace(iri="https://example.org/concept/topic/jeugd-ggz", label="Jeugd GGZ")
    extraction = SimpleNamespace(findings=[SimpleNamespace(topics=[topic, "Wacht-lijst"])])
    assert predicted_topics(extraction) == {"jeugdggz", "wachtlijst"}
    assert topic_key("Wacht lijst") == "wachtlijst"
