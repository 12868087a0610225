"""Advice adopted: the body that decides takes over what its advisers advised (invented)."""

from __future__ import annotations

from extract_helpers import polarity_of

from kg.extract.adoptedadvice import adopted


def _verbs(sentence: str) -> list[str]:
    return [sentence[c.start : c.end] for c in adopted(sentence, 0, len(sentence))]


def test_an_advice_taken_over_is_read_joined_and_split():
    assert _verbs("Het college heeft het advies van de cliëntenraad overgenomen.") == [
        "overgenomen"
    ]
    assert _verbs("De raad nam de adviezen van de Wmo-raad over.") == ["nam"]


def test_the_preposition_over_is_no_particle():
    assert _verbs("Het college nam het advies over de schuldhulp mee in de nota.") == []


def test_something_else_taken_over_is_not_read():
    assert _verbs("De gemeente heeft de taken van de provincie overgenomen.") == []


def test_an_advice_adopted_is_positive_and_one_refused_negative():
    assert polarity_of("Het college heeft het advies over de eigen bijdrage overgenomen.") == (
        "positive"
    )
    assert polarity_of("Het college heeft het advies over de eigen bijdrage niet overgenomen.") == (
        "negative"
    )
