""" "Zonder dat …": the clause after it states what did not happen (invented claims)."""

from __future__ import annotations

from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.withoutthat import without_that


def _denied(sentence: str) -> list[str]:
    spans = neg.clauses(sentence, 0, len(sentence))
    return [sentence[slice(*spans[i + 1])] for i in sorted(without_that(sentence, spans))]


def test_the_clause_after_zonder_dat_is_denied():
    s = "Het team werkt sneller, zonder dat de wachtlijst groeit."
    assert _denied(s) == ["dat de wachtlijst groeit."]


def test_zonder_before_a_noun_denies_no_clause():
    assert _denied("Gezinnen zonder inkomen melden zich bij het loket.") == []


def test_a_difficulty_that_did_not_come_about_is_good_news():
    s = "De uitgaven voor de Wmo zijn gedaald, zonder dat het aantal klachten toenam."
    assert polarity_of(s) == "positive"
