"""A count that is a caseload (:mod:`kg.extract.caseloads`), read in invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _counts(sentence: str) -> list[tuple[object, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.measure) for i in extraction.indicators if i.unit == "count"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("De caseload per medewerker liep in een jaar op van 45 naar 62 gezinnen.", 62),
        ("Hun caseload bedraagt gemiddeld 80 cliënten.", 80),
        ("Een consulent heeft een caseload van ongeveer 50 bijstandsgerechtigden.", 50),
        ("De caseload van de jeugdconsulenten is gestegen tot 35 huishoudens.", 35),
    ],
)
def test_a_count_its_clause_names_a_caseload_has_no_measure(sentence, value):
    assert _counts(sentence) == [(value, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In de gemeente wonen 12.000 huishoudens.", [(12000, "households")]),
        ("De caseload is hoog; de gemeente telt 12.000 huishoudens.", [(12000, "households")]),
        (
            "Ruim 1.400 huishoudens ontvangen een bijstandsuitkering.",
            [(1400, "benefit-recipients")],
        ),
    ],
)
def test_a_count_of_another_clause_keeps_its_measure(sentence, expected):
    assert _counts(sentence) == expected
