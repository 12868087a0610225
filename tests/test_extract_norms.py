"""Tests for kg.extract.norms: a time or a load against its norm."""

from kg.extract.norms import against_norm
from kg.extract.tone import polarity


def test_time_above_the_norm_is_negative() -> None:
    s = "Een aanvraag wordt gemiddeld in zeven weken afgehandeld; de wettelijke norm is acht."
    assert [c.sign for c in against_norm(s, 0, len(s), [])] == [1]
    s = "Een aanvraag wordt gemiddeld in tien weken afgehandeld; de wettelijke norm is acht."
    assert polarity(s, 0, len(s), []) == "negative"


def test_norm_in_a_subordinate_clause_and_other_units() -> None:
    s = "Gezinnen wachten vier weken op een gesprek, terwijl de norm op tien werkdagen ligt."
    assert [c.sign for c in against_norm(s, 0, len(s), [])] == [-1]


def test_load_per_worker_against_what_is_workable() -> None:
    s = "Elke consulent heeft 60 cliënten per medewerker, terwijl 40 als werkbaar geldt."
    assert [c.sign for c in against_norm(s, 0, len(s), [])] == [-1]


def test_norm_without_a_figure_judges_nothing() -> None:
    s = "De gemeente hanteert de norm van vijf werkdagen voor een eerste gesprek."
    assert against_norm(s, 0, len(s), []) == []
