"""A group that reports in writing or pledges (kg.extract.writtenreports)."""

from __future__ import annotations

import pytest

from kg.extract.writtenreports import writes_or_pledges
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "after",
    [
        " schreef ons dat dit niet haalbaar was.",
        " schrijft in een brief aan de raad dat de bijdrage omlaag gaat.",
        " heeft de raad toegezegd dat de wachttijd korter wordt.",
        " sociaal domein heeft toegezegd dat de Wmo-raad vaker wordt gehoord.",
        " zegde toe dat in 2017 te doen.",
        " zegt de raad toe om de monitor uit te breiden.",
        " hebben ons geschreven dat de tarieven te laag zijn.",
    ],
)
def test_writing_and_pledging_report(after):
    assert writes_or_pledges(after)


@pytest.mark.parametrize(
    "after",
    [
        " schreef een brief aan de raad.",  # something written, no clause reported
        " schrijft het beleidsplan voor 2017.",
        " zegde de cliëntenraad steun toe.",  # a pledge of support, no clause
        " heeft het geld toegezegd aan de wijkteams.",
    ],
)
def test_no_report_without_the_clause_written_or_pledged(after):
    assert not writes_or_pledges(after)


def test_the_writer_speaks_after_another_voice():
    doc, ex = extract_text(
        "De Wmo-raad is kritisch over de eigen bijdrage. "
        "Het college schreef ons dat een lagere bijdrage niet haalbaar was."
    )
    found = finding_for(doc, ex, "schreef ons")
    assert [key(s) for s in found.speakers] == ["role/executive-board"]
