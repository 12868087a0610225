"""Spreads of a count that judge nothing, against divided judgements, in invented claims."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.spreads import spread


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a spread over counted units or of a quantity: no divided judgement
        ("De consulenten zijn verdeeld over vijf kernen.", "neutral"),
        ("De openingstijden lopen per kern uiteen.", "neutral"),
        ("De leeftijden van de cliënten lopen uiteen van 18 tot 90 jaar.", "neutral"),
        ("Het aantal cliënten per consulent wisselt sterk per week.", "neutral"),
        # opinions and results that diverge are judged both ways
        ("De raad was verdeeld over het voorstel.", "mixed"),
        ("De meningen van de twaalf raadsleden zijn verdeeld over het voorstel.", "mixed"),
        ("De ervaringen van de cliënten lopen uiteen.", "mixed"),
        ("De ervaringen van de cliënten lopen per kern uiteen.", "mixed"),
        (
            "De opkomst wisselt sterk, van zestig mensen in het ene dorp tot twintig in "
            "het andere.",
            "mixed",
        ),
    ],
)
def test_a_spread_of_a_count_is_no_divided_judgement(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [f.polarity for f in ex.findings] == [expected]


def test_counted_out_spread_is_data():
    # with no judgement left, a counted-out spread is a plain fact: no finding, or neutral
    _doc, ex = extract_text("De taken zijn verdeeld over drie teams.")
    assert [f.polarity for f in ex.findings] in ([], ["neutral"])


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Het budget is verdeeld over de vier gebiedsteams.", True),
        ("De jeugdhulp is verdeeld in 3 percelen.", True),
        ("De fracties zijn verdeeld over de vraag.", False),
        ("Het aantal aanvragen wisselt sterk.", True),
        ("De waardering wisselt sterk.", False),
    ],
)
def test_spread(clause, expected):
    assert spread(clause, (0, len(clause))) is expected
