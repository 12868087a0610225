"""A "zonder" phrase negates its own noun phrase, not a problem after it."""

from __future__ import annotations

from kg.extract.withoutphrases import closed_without
from tests.extract_helpers import extract_text, finding_for, key


def _concerns(sentence: str) -> set[str]:
    doc, ex = extract_text(sentence)
    return {key(c) for c in finding_for(doc, ex, sentence[:20]).concerns}


def test_a_problem_after_a_closed_zonder_phrase_is_stated():
    assert "problem/debts" in _concerns("Zonder begeleiding maken deze jongeren snel schulden.")


def test_a_problem_that_is_the_object_of_zonder_is_not_stated():
    assert "problem/debts" not in _concerns("Veel gezinnen komen zonder schulden de crisis door.")


def test_closed_without_reads_coordination_and_clauses():
    assert closed_without(["passende", "hulp", "vaak"])
    assert not closed_without(["werk", "en"])
    assert not closed_without(["dat", "er"])
    assert not closed_without(["te"])
