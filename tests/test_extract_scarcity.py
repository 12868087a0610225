"""Scarcity: "weinig", "amper", "maar twee" say there is too little (kg.extract.scarcity)."""

from __future__ import annotations

import pytest

from kg.extract.scarcity import scarce


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er lopen weinig trajecten naar werk.", True),
        ("Op de avond kwamen maar drie inwoners af.", True),
        # a frequency, little of an unwanted thing, how much is said, needing little
        ("Langdurige trajecten komen weinig voor.", False),
        ("Er zijn weinig klachten.", False),
        ("Over de provincie wordt weinig gezegd.", False),
        ("Inwoners hoeven hun verhaal maar één keer te doen.", False),
    ],
)
def test_scarce(sentence, expected):
    assert scarce(sentence, (0, len(sentence))) is expected


def test_a_clause_cut_at_maar_reads_the_words_before_it():
    s = "Inwoners hoeven hun verhaal maar één keer te vertellen."
    assert not scarce(s, (s.index("maar"), len(s)))
    s = "Er kwamen maar drie inwoners."
    assert scarce(s, (s.index("maar"), len(s)))


def test_a_full_service_has_no_room_left():
    from extract_helpers import polarity_of

    from kg.extract.scarcity import scarce

    s = "De dagbesteding zit in de zomer vaak vol."
    assert scarce(s, (0, len(s)))
    assert not scarce("De map zit vol met formulieren.", (0, 31))
    assert (
        polarity_of("Ouders kunnen terecht in de inloop, maar die zit volgens de GGD vaak vol.")
        == "mixed"
    )
