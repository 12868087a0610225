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
