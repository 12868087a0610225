"""A verdict rated by its hardness (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.harshverdicts import severity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over de provincie is het oordeel hard.", -1),
        ("Ouderen vellen een hard oordeel over het vervoer.", -1),
        ("De wethouder spreekt zich in scherpe bewoordingen uit over het Rijk.", -1),
        ("Het oordeel van de cliëntenraad over de toegang is vrij streng.", -1),
        ("Het oordeel komt in het voorjaar.", 0),  # no severity word
        ("Over de regio zijn de oordelen mild.", 1),
        ("Het oordeel over de regio is niet hard.", 0),  # negated
        ("De raad werkt hard aan een oordeel over de begroting.", 0),  # no verdict's degree
        ("De toon van de gesprekken was zakelijk.", 0),  # no severity word
    ],
)
def test_severity(sentence, expected):
    assert severity(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over de zorgverzekeraar is het oordeel hard.", "negative"),
        ("Mantelzorgers vellen een streng oordeel over de indicatiestelling.", "negative"),
        ("Over het werkbedrijf spreken de raadsleden in harde woorden.", "negative"),
        ("Het oordeel van de huisartsen over de wijkteams is mild.", "positive"),
    ],
)
def test_rated_verdict_polarity(sentence, expected):
    assert polarity_of(sentence) == expected
