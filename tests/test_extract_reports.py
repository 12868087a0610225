"""Problems reported: a stated difficulty, not a denial, negation or supposition."""

from __future__ import annotations

from extract_helpers import extract_text

from kg.namespaces import CONCEPT

WAIT = CONCEPT + "problem/waiting-lists"


def _finding(sentence: str):
    _doc, ex = extract_text(sentence)
    (f,) = ex.findings
    return f


def test_stated_difficulty_is_reported():
    f = _finding("De wachtlijsten voor begeleiding zijn een groot probleem.")
    assert WAIT in f.concerns and WAIT in f.reports


def test_denial_is_neither_concern_nor_report():
    for sentence in (
        "Er zijn geen wachtlijsten voor begeleiding.",
        "De wachttijd wordt niet als probleem gezien.",
    ):
        f = _finding(sentence)
        assert WAIT not in f.concerns and WAIT not in f.reports, sentence


def test_supposition_is_a_concern_but_not_reported():
    f = _finding("Een grotere instroom zou tot lange wachtlijsten kunnen leiden.")
    assert WAIT in f.concerns and WAIT not in f.reports


def test_positive_claim_does_not_report():
    f = _finding("Dankzij extra personeel zijn de wachttijden nu goed beheersbaar.")
    assert f.polarity == "positive" and f.reports == ()


def test_problem_stated_by_subject_and_predicate_is_reported():
    budget = CONCEPT + "problem/budget-pressure"
    f = _finding("De tarieven zijn helaas fors verlaagd, een groot probleem.")
    assert budget in f.concerns and budget in f.reports


def test_problem_carried_from_the_topic_sentence_is_no_report():
    doc, ex = extract_text("De wachtlijsten zijn een groot probleem. Ouders zijn boos.")
    second = ex.findings[-1]
    assert WAIT in second.concerns and WAIT not in second.reports
