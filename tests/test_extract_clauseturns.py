"""kg.extract.clauseturns: words that set two judgements against each other (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.clauseturns import contrast, opens_contrast


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het loket werkt goed, maar de wachttijd is lang.", True),
        ("Het loket werkt goed, alleen de wachttijd is te lang.", True),
        ("Aan de ene kant is er meer ruimte, aan de andere kant minder geld.", True),
        ("Niet alleen de wachttijd is lang.", False),
        ("Het loket is wel open.", False),
        ("De andere gemeenten doen mee.", False),
    ],
)
def test_contrast(sentence, expected):
    assert contrast(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a low level and a high one set against each other: a two-sided picture
        ("Het gebruik van jeugdhulp is laag, maar het aandeel met verblijf is hoger.", "mixed"),
        # the same side twice is no turn
        (
            "Het gebruik van jeugdhulp is laag, maar het aandeel met verblijf is ook laag.",
            "neutral",
        ),
    ],
)
def test_opposite_levels_across_a_turn(sentence, expected):
    assert polarity_of(sentence) == expected


def test_an_adverb_of_contrast_inside_its_clause_opens_no_turn():
    s = "De raad mist echter zicht op de afspraken van de regio."
    assert not opens_contrast(s, (s.index("echter"), len(s)))
    s = "Het loket werkt goed, echter niet voor iedereen."
    assert opens_contrast(s, (s.index("echter"), len(s)))
    s = "Het loket werkt goed maar de wachttijd is lang."
    assert opens_contrast(s, (s.index("maar"), len(s)))


def test_a_one_sided_claim_turning_against_the_sentence_before_stays_one_sided():
    assert polarity_of("Raadsleden missen echter zicht op de afspraken met de regio.") == "negative"


def test_alleen_opening_a_sentence_with_its_verb_is_a_turn():
    s = "De gesprekken zijn beter geworden. Alleen horen we nog vaak over lange wachttijden."
    assert contrast(s, 0, len(s))
    s = "Het wijkteam is bekend. Alleen in de kleinste kernen weten inwoners het team te vinden."
    assert not contrast(s, 0, len(s))
