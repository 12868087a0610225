"""A quantifier on a measured group (``kg.extract.quantified``), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[str, str | None, str | None]]:
    doc, extraction = extract_text(sentence)
    return [
        (
            doc.text[i.start : i.end],
            i.measure.rsplit("/", 1)[-1] if i.measure else None,
            i.comparison,
        )
        for i in extraction.indicators
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Er lopen weinig re-integratietrajecten.",
            ("weinig re-integratietrajecten", "reintegration-trajectories", "lower"),
        ),
        # what a group of people has names the measure, not the group
        (
            "Er wonen weinig mensen met een laag inkomen.",
            ("weinig mensen met een laag inkomen", "share-low-income", "lower"),
        ),
        (
            "Er zijn meer huishoudens met een bijstandsuitkering.",
            ("meer huishoudens met een bijstandsuitkering", "benefit-recipients-share", "more"),
        ),
        (
            "Er zijn minder huishoudens met problematische schulden.",
            ("minder huishoudens met problematische schulden", "problem-debts", "less"),
        ),
    ],
)
def test_a_quantified_group(sentence, expected):
    assert _read(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zij noemen onder meer cliënten en aanbieders.",  # "onder meer": no quantifier
        "Er is minder geld nodig.",  # a need, not less money
    ],
)
def test_no_quantified_group(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # fewer inhabitants who did or got something: what they did is the measure, which
        # the vocabulary lacks, not the population
        ("Minder inwoners kregen huishoudelijke hulp.", None),
        ("Er zijn minder inwoners die een beroep doen op de regeling.", None),
        ("Weinig inwoners maken gebruik van de regeling.", None),
        # fewer inhabitants as such: the population
        ("Er wonen minder inwoners.", "inhabitants"),
        ("Er wonen nu minder inwoners dan vroeger in de kern.", "inhabitants"),
    ],
)
def test_a_quantified_population_and_what_it_does(sentence, measure):
    got = _read(sentence)
    assert [m for _, m, _ in got] == [measure]


@pytest.mark.parametrize(
    ("sentence", "quote", "comparison"),
    [
        ("De wijkteams zien meer mensen met schulden aankloppen.", "meer mensen", "more"),
        ("Bij het loket melden zich minder werkzoekenden.", "minder werkzoekenden", "less"),
        ("Volgens de politie lijken meer zwervers buiten te slapen.", "meer zwervers", "more"),
        # what the group has is no measure: more of the group as such
        ("Minder mensen met een goed idee melden zich.", "Minder mensen", "less"),
    ],
)
def test_more_or_fewer_of_a_group_the_vocabulary_lacks(sentence, quote, comparison):
    got = _read(sentence)
    assert [(q.startswith(quote), m, c) for q, m, c in got] == [(True, None, comparison)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn meer vrijwilligers nodig.",
        "De gemeente wil meer mensen bereiken.",
        "Er zijn meer gesprekken gevoerd.",
    ],
)
def test_no_group_more_of_a_need_a_comparison_or_a_thing(sentence):
    assert [c for _, _, c in _read(sentence) if c in ("more", "less")] == []
