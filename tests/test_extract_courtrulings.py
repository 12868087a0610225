"""A court's ruling is a fact the authors tell (kg/extract/courtrulings.py), invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, finding_for, key


def _speakers(fragment: str, *paragraphs: str) -> list[str]:
    doc, ex = extract_text(*paragraphs)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Centrale Raad van Beroep oordeelde in 2017 dat een gemeente de hulp moet onderbouwen.",
        "De rechtbank besliste dat de gemeente de beschikkingen opnieuw moest nemen.",
        "De Raad van State stelde vast dat de verordening op dit punt tekortschiet.",
        "Volgens de rechter mag de gemeente de uren niet zonder onderzoek verlagen.",
        "De CRvB bepaalde in 2016 dat het resultaat schoon huis geen vaste norm is.",
    ],
)
def test_a_courts_ruling_is_the_authors(sentence):
    assert _speakers(sentence[:25], sentence) == ["role/authors"]


def test_the_ruling_ends_the_account_it_interrupts():
    paragraph = (
        "De wethouder vindt dat de gemeente zorgvuldig heeft gewerkt. De Centrale Raad van "
        "Beroep oordeelde in 2016 dat de uren niet zonder onderzoek omlaag mogen. De gemeente "
        "moest daarna ongeveer 300 cliënten opnieuw spreken."
    )
    assert _speakers("De wethouder vindt", paragraph) == ["role/alderman"]
    assert _speakers("De Centrale Raad", paragraph) == ["role/authors"]
    assert _speakers("De gemeente moest", paragraph) == ["role/authors"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a party that speaks about a ruling keeps its voice
        (
            "De wethouder wijst erop dat de Centrale Raad van Beroep in 2016 anders oordeelde.",
            ["role/alderman"],
        ),
        (
            "Volgens de Wmo-raad houdt de gemeente zich niet aan de uitspraak van de rechter.",
            ["role/wmo-council"],
        ),
        ("Raadsleden vinden de uitspraak van de rechtbank terecht.", ["role/council-members"]),
    ],
)
def test_who_speaks_of_a_ruling_keeps_the_voice(sentence, expected):
    assert _speakers(sentence[:20], sentence) == expected
