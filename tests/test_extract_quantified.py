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
        "Minder mensen met een goed idee melden zich.",  # what they have is no measure
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
