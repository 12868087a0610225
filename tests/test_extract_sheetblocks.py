"""Tests for kg.extract.sheetblocks: fact-sheet blocks headed by their source."""

from __future__ import annotations

import pytest

from kg.extract.sheetblocks import source_heading, under_source_heading


@pytest.mark.parametrize(
    "line",
    [
        "Uit de gesprekken met ambtenaren:",
        "Uit het gesprek met de directeur van de GGD:",
        "Uit gesprekken met jongerenwerkers:",
        "Uit interviews met ouders:",
        "Knelpunten volgens de wijkcoaches:",
        "Volgens de huisartsen:",
    ],
)
def test_a_line_naming_the_source_of_a_block_is_a_source_heading(line):
    assert source_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kerncijfers:",
        "De belangrijkste cijfers op een rij:",
        "Uit de gesprekken met ambtenaren bleek dat de tijd krap was.",
        "Volgens de wethouder is de regio onmisbaar.",
        "Uit de monitor:",
    ],
)
def test_a_heading_without_a_source_or_a_sentence_is_not(line):
    assert not source_heading(line)


def test_a_line_under_a_source_heading_and_one_under_a_plain_heading():
    text = (
        "Zorg\n\nUit de gesprekken met klantmanagers:\n\nCaseload: 90 klanten.\n\n"
        "Instroom: 40 per maand.\n\nKerncijfers:\n\nInwoners: 41.000."
    )
    assert under_source_heading(text, 0, text.index("Caseload"))
    assert under_source_heading(text, 0, text.index("Instroom"))
    assert not under_source_heading(text, 0, text.index("Inwoners"))
    # the section's start bounds the search
    assert not under_source_heading(text, text.index("Caseload"), text.index("Instroom"))
