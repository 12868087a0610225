"""Tests for kg.extract.caseloadcounts: a group's count of its own caseload is a fact."""

from __future__ import annotations

from kg.extract.caseloadcounts import counts_caseload


def test_a_count_after_a_relative_clause_on_the_subject_is_a_fact():
    after = ", die de schuldhulpverlening uitvoert, telde in 2015 bijna 900 aanmeldingen."
    assert counts_caseload(after)


def test_receiving_and_registering_with_a_figure_are_counts():
    assert counts_caseload(" ontving uit de gemeente in 2015 ongeveer 190 meldingen.")
    assert counts_caseload(" registreerde vorig jaar 45 nieuwe cliënten.")
    assert counts_caseload(" telt ruim 2.400 ingeschreven mantelzorgers.")


def test_counting_on_someone_or_a_report_is_no_count():
    assert not counts_caseload(" telt op de steun van de gemeente.")
    assert not counts_caseload(" ontving signalen dat 30 gezinnen in de knel zitten.")
    assert not counts_caseload(" telde 900 aanmeldingen, maar zegt dat het er meer worden.")
    assert not counts_caseload(" ziet 900 aanmeldingen.")
