"""A level explained by the make-up of the population (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.demography import explained
from kg.extract.tone import Cue, polarity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het zorggebruik is hoog, wat samenhangt met de vergrijzing van de dorpen.", True),
        ("Het Wmo-gebruik ligt hoger, wat met de leeftijdsopbouw te maken heeft.", True),
        ("De kosten stijgen, wat de wethouder toeschrijft aan het hoge aandeel ouderen.", True),
        # another cause, or the make-up named without an attribution
        ("Het gebruik ligt hoger, wat ambtenaren toeschrijven aan de ruime toegang.", False),
        ("De vergrijzing neemt snel toe.", False),
    ],
)
def test_explained(sentence, expected):
    assert explained(sentence, 0, len(sentence)) is expected


def test_the_cause_is_no_problem_stated():
    s = "Het zorggebruik is hoog, wat samenhangt met de vergrijzing."
    at = s.index("vergrijzing")
    assert polarity(s, 0, len(s), [Cue(at, at + 11, -1, problem=True)]) == "neutral"
    s = "De vergrijzing neemt snel toe."
    assert polarity(s, 0, len(s), [Cue(3, 14, -1, problem=True)]) == "negative"


def test_cause_span_gate_reads_capitals_and_other_letters():
    """The gate finds its words in any case, in a text str.lower folds apart too."""
    from kg.extract.demography import cause_span

    s = "Het gebruik ligt hoger, wat samenhangt met de VERGRIJZING."
    a, b = cause_span(s, 0, len(s))
    assert s[a:b] == "samenhangt met de VERGRIJZING"
    t = "De \u017ftad. " + s
    a, b = cause_span(t, t.index("Het"), len(t))
    assert t[a:b] == "samenhangt met de VERGRIJZING"
    assert cause_span(s, 0, 20) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # "passen bij": the level is in keeping with the make-up of the population
        "Het aandeel ouderen met een rollator is 12%, tegen 9% landelijk; dat past bij de "
        "vergrijzing.",
        "Het Wmo-gebruik is 8%, tegen 6% in de regio, wat past bij de leeftijdsopbouw.",
        "De vraag naar dagbesteding is groot, wat paste bij het hoge aandeel ouderen.",
        "De uitgaven aan hulpmiddelen liggen hoger, wat past bij de bevolkingsopbouw.",
    ],
)
def test_a_level_in_keeping_with_the_population(sentence):
    assert explained(sentence, 0, len(sentence))


def test_a_level_in_keeping_with_the_population_judges_nothing():
    from extract_helpers import polarity_of

    s = "Het Wmo-gebruik is 8%, tegen 6% in de regio, wat past bij de leeftijdsopbouw."
    assert polarity_of(s) == "neutral"
    # another cause is no make-up of the population
    s = "De wachttijd past volgens de wethouder bij de ruime toegang."
    assert not explained(s, 0, len(s))
