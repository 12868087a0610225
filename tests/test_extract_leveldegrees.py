"""Adverbs of degree before a comparative only grade a level (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract.leveldegrees import degree_of_level


# An adverb of degree before a comparative only grades the level the figures give ("iets
# hoger", "duidelijk lager", "fors meer", "aanzienlijk vaker"), in a gapped clause or a full
# one: a tone cue on it judges nothing beyond the figures. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "adverb"),
    [
        ("De werkloosheid is 6%; in Ommen duidelijk lager.", "duidelijk"),
        ("Het aandeel is 12%, in Olst ligt het iets hoger.", "iets"),
        ("Er zijn 30 uitkeringen; in Hattem zijn het er fors meer.", "fors"),
        ("Het gebruik is 9%; in Raalte komt het aanzienlijk vaker voor.", "aanzienlijk"),
    ],
)
def test_an_adverb_of_degree_grades_the_level(text, adverb):
    end = text.index(adverb) + len(adverb)
    assert degree_of_level(text, end, {adverb})


@pytest.mark.parametrize(
    ("text", "adverb"),
    [
        ("Het is duidelijk dat 6% te veel is.", "duidelijk"),  # no comparative after it
        ("Het aandeel is 12%, iets om te onthouden.", "iets"),
        ("Er zijn 30 uitkeringen, een fors probleem.", "fors"),
        ("Het gebruik is 9%, en dat is goed meer.", "goed"),  # no adverb of degree
    ],
)
def test_a_cue_that_is_no_degree_of_a_level_judges(text, adverb):
    end = text.index(adverb) + len(adverb)
    assert not degree_of_level(text, end, {adverb})
