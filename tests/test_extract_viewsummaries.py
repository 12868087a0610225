"""The authors' summary of divided views (kg.extract.viewsummaries)."""

from __future__ import annotations

import pytest

from kg.extract.viewsummaries import divided_summary
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "text",
    [
        "Over de drie wetten lopen de meningen uiteen.",
        "De meningen over de eigen bijdrage zijn verdeeld.",
        "Over de jeugdhulp waren de oordelen sterk verdeeld.",
        "De opvattingen over de regionale inkoop verschillen.",
    ],
)
def test_divided_views_are_summed_up(text):
    assert divided_summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over de regio zijn raadsleden verdeeld.",  # a group that is divided: its view
        "De meningen van de raadsleden zijn positief.",  # views not divided
        "De middelen zijn verdeeld over drie teams.",  # a spread, no views
    ],
)
def test_no_summary_without_divided_views(text):
    assert not divided_summary(text)


def test_the_summary_ends_the_voice_carried_before_it():
    doc, ex = extract_text(
        "De wethouder is tevreden over de toegang. Over de eigen bijdrage lopen de meningen uiteen."
    )
    found = finding_for(doc, ex, "lopen de meningen uiteen")
    assert [key(s) for s in found.speakers] == ["role/authors"]


def test_a_summary_that_names_its_voices_keeps_them():
    doc, ex = extract_text(
        "Over die keuze lopen de meningen uiteen: ambtenaren vinden de inkoop goed, "
        "raadsleden vinden haar te duur."
    )
    found = finding_for(doc, ex, "lopen de meningen uiteen")
    assert sorted(key(s) for s in found.speakers) == ["role/civil-servants", "role/council-members"]
