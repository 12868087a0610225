"""Tests for kg.extract.reportwords: one list of report nouns for concerns and tone."""

import pytest

from kg.extract.deniedproblems import listed_measure
from kg.extract.procedures import framed_by_procedure
from kg.extract.reportwords import REPORT_NOUNS, is_report_noun


@pytest.mark.parametrize("noun", REPORT_NOUNS)
def test_every_report_noun_and_its_compounds_are_report_nouns(noun):
    assert is_report_noun(noun)
    assert is_report_noun("kwartaal" + noun)


@pytest.mark.parametrize("word", ["verslaggever", "registreert", "monitoring", "overzichtelijk"])
def test_words_that_only_begin_like_a_report_are_not(word):
    assert not is_report_noun(word)


@pytest.mark.parametrize("noun", ["monitor", "factsheet", "registratie", "jaarverslag"])
def test_concerns_and_tone_read_the_same_listed_item(noun):
    s = f"De raad ontvangt een {noun} met het aantal cliënten, de wachttijden en de kosten."
    at = s.index("wachttijden")
    assert listed_measure(s, 0, at, at + len("wachttijden"))
    assert framed_by_procedure(s, at, at + len("wachttijden"))


def test_verbs_of_reporting_are_report_words_and_spelled_like_plurals():
    from kg.extract.reportwords import REPORT_VERBS, is_report_word

    assert {"monitoren", "tonen"} <= REPORT_VERBS
    assert is_report_word("rapporteert") and is_report_word("dashboards")
    assert not is_report_word("toon") and not is_report_word("wachtlijst")
