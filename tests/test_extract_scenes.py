"""Tests for kg.extract.scenes: a scene set at a time of day (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.scenes import clock_time, scene_paragraph


@pytest.mark.parametrize(
    "sentence",
    [
        "Om acht uur opent de inloop in het buurthuis.",
        "Het spreekuur van de wijkcoach sluit om half vijf.",
        "Om 9 uur zitten er al zes mensen te wachten.",
        "De bus van de dagbesteding vertrekt om 14.30 uur.",
        "Om 7:45 belt de eerste cliënt.",
    ],
)
def test_a_time_of_day_sets_a_scene(sentence):
    assert clock_time(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente koos om twee redenen voor een eigen team.",
        "Het gaat om 12 gezinnen met schulden.",
        "Om de kosten te drukken werd de hulp ingekort.",
        "De uren van de thuiszorg gingen van 6 naar 4 per week.",
        "Om 2015 goed te beginnen, startten de teams vroeg.",
    ],
)
def test_a_purpose_or_an_amount_is_no_time_of_day(sentence):
    assert not clock_time(sentence)


def test_a_paragraph_with_a_time_of_day_is_a_scene():
    text = "Terug in de wijk sluit het spreekuur om half twaalf. Er zijn tien mensen geweest."
    assert scene_paragraph(text, 0, len(text))
    assert not scene_paragraph(text, text.index("Er zijn"), len(text))
