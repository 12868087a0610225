"""kg.extract.nationals: national reference values beside a local figure."""

from __future__ import annotations

import pytest

from kg.extract.nationals import NATIONAL_SENTENCE, is_national
from kg.extract.numbers import find_numbers


def _national(text: str) -> list[bool]:
    return [is_national(text, n, 0) for n in find_numbers(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Het aandeel is 22% tegenover 18% landelijk.",
        "Het aandeel is 22% (landelijk 18%).",
        "Het aandeel is 22% (18% landelijk).",
        "Het aandeel is 22% versus 18% landelijk.",
        "Het aandeel is 22%, tegen gemiddeld 18%.",
        "Het aandeel ligt met 22% boven het landelijk gemiddelde van 18%.",
        "Het aandeel is 22%; in Nederland ligt dat percentage op 18%.",
        "Het aandeel is 22% tegen 18% gemiddeld in Nederland.",
        # a level against the country's figure with its article: "onder de", "boven de"
        "De werkloosheid is 6,2%, iets onder de 6,9% van Nederland als geheel.",
        "Het aandeel is 22%, ruim boven de 18% landelijk.",
    ],
)
def test_the_second_figure_is_the_national_value(text):
    assert _national(text) == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "Het aandeel is 22% en de werkloosheid 18%.",
        "Het aandeel is 22% tegenover 18% in 2014.",  # an earlier year, not the country
        "Het aandeel is 22%, boven de 18% van vorig jaar.",
    ],
)
def test_a_second_local_figure_is_no_national_value(text):
    assert _national(text) == [False, False]


def test_a_sentence_of_national_values():
    assert NATIONAL_SENTENCE.match("De landelijke percentages zijn 29% en 18%.")
    assert not NATIONAL_SENTENCE.match("De percentages zijn 29% en 18%.")
