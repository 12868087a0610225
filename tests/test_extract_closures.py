"""A facility closed or run down: a service lost (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.closures import closed_facility


@pytest.mark.parametrize(
    "clause",
    [
        "het UWV heeft zijn vestiging in Teststad gesloten",
        "het ziekenhuis heeft een deel van zijn afdelingen afgebouwd",
        "het buurthuis in de wijk is vorig jaar wegbezuinigd",
    ],
)
def test_closed_facility(clause):
    assert closed_facility(clause, (0, len(clause)))


@pytest.mark.parametrize(
    "clause",
    [
        "het gezamenlijke sociaal bureau werd in 2014 opgeheven",
        "het loket is niet gesloten",
        "de gemeente heeft een contract gesloten met de aanbieder",
    ],
)
def test_no_closed_facility(clause):
    assert not closed_facility(clause, (0, len(clause)))


def test_a_facility_closed_is_negative():
    assert polarity_of("Het UWV heeft zijn vestiging in Teststad in 2015 gesloten.") == "negative"


def test_past_tense_of_closing_is_a_facility_lost() -> None:
    from kg.extract.closures import closed_facility

    s = "Inwoners moeten naar de stad, sinds het loket in het dorp sloot."
    assert closed_facility(s, (s.index("sinds"), len(s)))
