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


@pytest.mark.parametrize(
    "sentence",
    [
        # a weighing adverb and "door": the main or a partial cause of a level
        "Volgens de consulent ligt het beroep op de Wmo hoger dan elders, vooral door de "
        "vergrijzing van de dorpen.",
        "De teamleider vertelt dat de vraag naar begeleiding boven het gemiddelde ligt, mede "
        "door de leeftijdsopbouw.",
        "Het gebruik van hulpmiddelen is in de kernen hoog, grotendeels door het hoge aandeel "
        "ouderen, zegt een beleidsmedewerker.",
        "Een ambtenaar merkt op dat de uitgaven aan vervoer hoger liggen, met name door de "
        "vergrijzing.",
    ],
)
def test_a_level_mainly_due_to_the_population(sentence):
    assert explained(sentence, 0, len(sentence))
    from kg.extract.demography import cause_span

    _a, b = cause_span(sentence, 0, len(sentence))
    cue = Cue(b - 5, b, -1, problem=True)  # the cause's last word
    # a claim with its speaker: the cause is no concern the speaker raises
    assert polarity(sentence, 0, len(sentence), [cue], voiced=True) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare "door", or the make-up stated as a worry: a concern raised
        "De kosten van de thuiszorg stijgen door de vergrijzing, zegt de wethouder.",
        "Volgens de huisarts baart de vergrijzing de dorpen zorgen.",
        "De wethouder wijst vooral op de vergrijzing van de kernen.",
        "De vergrijzing gaat volgens de ouderenadviseur sneller dan gedacht.",
    ],
)
def test_the_make_up_stated_is_still_a_concern(sentence):
    assert not explained(sentence, 0, len(sentence))
    at = sentence.index("vergrijzing")
    cue = Cue(at, at + 11, -1, problem=True)
    assert polarity(sentence, 0, len(sentence), [cue], voiced=True) == "negative"
