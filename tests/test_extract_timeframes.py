"""kg.extract.timeframes: spans of time that frame a statement (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.numbers import find_numbers
from kg.extract.timeframes import is_time_frame


def frames(sentence: str) -> list[tuple[str, bool]]:
    return [
        (sentence[n.start : n.end], is_time_frame(sentence, n, 0))
        for n in find_numbers(sentence, 0, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het aantal meldingen is de afgelopen drie jaar gestegen.", True),
        ("De vraag groeit de komende tien jaar.", True),
        ("De wachttijd is zes weken.", False),
        ("De reserve is binnen twee jaar uitgeput.", False),
        ("De laatste 12 cliënten kregen hulp.", False),  # a count, not a span of time
    ],
)
def test_a_span_of_time_after_a_word_of_the_period_frames_the_statement(sentence, expected):
    found = frames(sentence)
    assert found and all(frame is expected for _, frame in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Drie jaar later werd de aanpak uitgebreid naar de dorpen.", False),
        ("Twee jaar later was het tekort gegroeid tot 3 miljoen euro.", True),
        ("Vier maanden later was de wachtlijst gedaald naar 20 kinderen.", True),
    ],
)
def test_a_span_later_is_a_duration_unless_it_dates_a_change_to_a_figure(sentence, expected):
    found = [frame for text, frame in frames(sentence) if "jaar" in text or "maanden" in text]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparative of how much or how often after "N later": the later moment of a change
        ("Een jaar later ging het vaker om eenzaamheid.", True),
        ("Twee jaar later kwamen er meer aanmeldingen binnen.", True),
        ("Een half jaar later waren er minder klachten.", True),
        ("Drie maanden later lag de caseload hoger.", True),
        # no comparative: a duration ("een jaar later werd … uitgebreid", gold README)
        ("Een jaar later werd de proef uitgebreid naar twee wijken.", False),
        ("Twee maanden later kreeg het gezin een coach.", False),
    ],
)
def test_a_span_later_with_a_comparative_names_the_earlier_moment(sentence, expected):
    later = [
        (span, frame)
        for span, frame in frames(sentence)
        if span.lower().split()[-1] in {"jaar", "maanden"}
    ]
    assert later and all(frame is expected for _, frame in later), frames(sentence)


_SPANS = frozenset(("jaar", "maanden", "weken"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de stichting is de wachtlijst binnen een jaar opgelopen tot 85 gezinnen.",
        "Het aantal aanvragen is in twee jaar tijd gedaald van 420 naar 310.",
        "De wachttijd liep binnen drie maanden op tot 45 dagen.",
        "Het aantal meldingen nam in een half jaar toe van 80 naar 120.",
    ],
)
def test_the_span_a_change_to_a_figure_took_is_the_changes_frame(sentence):
    spans = [(span, frame) for span, frame in frames(sentence) if span.split()[-1] in _SPANS]
    assert spans and all(frame for _, frame in spans), frames(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De reserve is binnen twee jaar uitgeput.",
        "Binnen zes weken krijgt de inwoner een besluit, en het aantal bezwaren is gedaald tot 40.",
        "Inwoners krijgen binnen acht weken een beschikking van het sociaal team.",
        "De vergrijzing leidt binnen vijftien jaar tot een verdubbeling van het aantal ouderen.",
        "Binnen twee weken neemt de consulent contact op met de aanvrager.",
    ],
)
def test_a_span_without_a_change_in_its_clause_stays_a_duration(sentence):
    spans = [(span, frame) for span, frame in frames(sentence) if span.split()[-1] in _SPANS]
    assert spans and not any(frame for _, frame in spans), frames(sentence)
