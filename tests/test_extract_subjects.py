"""kg.extract.subjects: what a comparison compares (invented phrases)."""

from __future__ import annotations

import pytest

from kg.extract.subjects import coordinated, measure_phrases, subject_of_verb


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Het aantal cliënten en de kosten van de zorg", ["aantal cliënten", "kosten van de zorg"]),
        (
            "Zowel het aandeel ouderen als het gebruik van de Wmo is",
            ["aandeel ouderen", "gebruik van de Wmo"],
        ),
        ("de gezondheid en redzaamheid", ["de gezondheid en redzaamheid"]),
        ("het aantal ouders en de buurt", ["het aantal ouders en de buurt"]),  # one quantity
    ],
)
def test_coordinated_quantities_are_one_each(subject, expected):
    assert coordinated(subject) == expected


def test_measure_phrases_drop_articles_and_degree_words():
    assert measure_phrases("De werkloosheid daarentegen ") == ["werkloosheid"]


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("In 2016 daalde het aantal uitkeringen.", "daalde", "het aantal uitkeringen"),
        ("Het aantal uitkeringen daalde.", "daalde", "Het aantal uitkeringen "),
        ("In 2016 daalde het aantal uitkeringen met 8%.", "daalde", "In 2016 "),
        ("Sinds 2016 daalde de stemming.", "daalde", "Sinds 2016 "),
    ],
)
def test_the_subject_of_a_verb_of_change_before_or_after_it(sentence, verb, expected):
    start = sentence.index(verb)
    subject, _ = subject_of_verb(sentence, 0, start, start + len(verb), len(sentence))
    assert subject == expected
