"""kg.evaluate.model: scores, accuracies and how per-document results add up."""

from __future__ import annotations

from kg.evaluate.model import CATEGORIES, Accuracy, DocumentEvaluation, Evaluation, Score


def test_score_precision_recall_f1():
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75
    assert s.recall == 0.6
    assert round(s.f1, 4) == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert s.as_dict() == {
        "tp": 3,
        "fp": 1,
        "fn": 2,
        "precision": 0.75,
        "recall": 0.6,
        "f1": 0.6667,
    }


def test_an_empty_score_is_perfect_precision_and_recall_but_no_f1_gap():
    s = Score()
    assert (s.precision, s.recall) == (1.0, 1.0)
    t = Score(tp=0, fp=2, fn=2)
    assert t.f1 == 0.0


def test_accuracy_adds_up():
    a = Accuracy()
    assert a.value == 1.0
    a.add(1.0)
    a.add(0.0)
    b = Accuracy()
    b.add(1.0)
    a += b
    assert (a.n, round(a.value, 4)) == (3, 0.6667)


def test_evaluation_sums_documents_and_adds_topics_only_when_scored():
    one = DocumentEvaluation("a", scores={"mentions": Score(2, 1, 0)})
    one.attributes["finding polarity"] = Accuracy(1.0, 1)
    two = DocumentEvaluation("b", scores={"mentions": Score(1, 0, 3)})
    two.attributes["finding polarity"] = Accuracy(0.0, 1)
    ev = Evaluation(curation=False, documents=[one, two])
    assert list(ev.scores) == [*CATEGORIES, "findings located"]
    assert ev.scores["mentions"] == Score(3, 1, 3)
    assert ev.scores["findings"] == Score()
    assert ev.attributes["finding polarity"].value == 0.5
    two.scores["topics"] = Score(1, 1, 1)
    assert list(ev.scores)[-1] == "topics"
    data = ev.as_dict()
    assert data["documents"]["a"]["scores"]["mentions"]["tp"] == 2
    assert data["attributes"] == {"finding polarity": 0.5}
    assert data["curation"] is False
