"""Then and now: an earlier judgement set against the present one, in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.negation import clauses
from kg.extract.thenandnowtone import now_part


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("De raad was in 2015 nog enthousiast, maar is nu kritischer.", "maar is nu kritischer."),
        ("Was de toon in 2016 nog somber, in 2019 overheerst tevredenheid.", "in 2019 overheerst"),
        ("Toen waren de teams onzeker, inmiddels werken zij goed samen.", "inmiddels werken"),
        ("Het loket werkt goed, maar de wachttijd is nu te lang.", None),  # no earlier moment
        ("In 2013 begon de proef; er was in 2015 geen stapel.", None),  # a later year, not opening
        # two things judged, each with its own "over …": two verdicts
        ("De raad was in 2015 kritisch over de start, maar is nu blij over de inspraak.", None),
    ],
)
def test_now_part(sentence, present):
    at = now_part(sentence, clauses(sentence, 0, len(sentence)))
    if present is None:
        assert at is None
    else:
        assert at is not None and sentence[at:].startswith(present)


def test_the_present_judgement_governs():
    assert polarity_of("Ambtenaren waren in 2015 nog enthousiast, maar zijn nu kritisch.") == (
        "negative"
    )
    assert polarity_of("In 2015 waren de ouders nog bang, nu zijn zij tevreden.") == "positive"


def test_a_contrast_without_moments_stays_mixed():
    assert polarity_of("Het loket werkt goed, maar de regels zijn te ingewikkeld.") == "mixed"


def test_a_state_held_still_then_is_left_now():
    # "nog" marks the earlier state; the present part judges nothing by a word of its own
    assert polarity_of("De raad was in 2015 nog terughoudend, maar is nu overtuigd.") == (
        "positive"
    )


def test_an_earlier_judgement_without_still_is_not_turned():
    s = "Ouders merken dat de hulp in 2016 sterk is verbeterd, doordat er inmiddels een arts is."
    assert polarity_of(s) == "positive"
