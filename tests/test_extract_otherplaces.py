"""kg.extract.otherplaces: another municipality's level set against the profile's own."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _levels(sentence: str, title: str) -> list[tuple]:
    _doc, ex = extract_text(sentence, title=title)
    return [(i.comparison, i.reference) for i in ex.indicators if i.value is None]


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        # a comparative without a compared term, the clause placed in another municipality
        (
            "In Meppel is de werkloosheid 7%; in Hoogeveen ligt die hoger.",
            "Meppel",
            [("higher", "meppel")],
        ),
        # the profile's own municipality as the compared term, by "de stad"
        (
            "In Hattem maken ouderen vaker gebruik van hulp dan in de stad.",
            "Zwolle",
            [("more", "zwolle")],
        ),
        # by its name
        (
            "In Oisterwijk wachten gezinnen vaker op hulp dan in Tilburg.",
            "Tilburg",
            [("more", "tilburg")],
        ),
        # a coordination of places: one level per municipality
        (
            "In Meppel is de werkloosheid 7%; in Westerveld en Steenwijkerland ligt die lager.",
            "Meppel",
            [("lower", "meppel"), ("lower", "meppel")],
        ),
    ],
)
def test_another_municipalitys_level_is_set_against_the_own(sentence, title, expected):
    assert _levels(sentence, title) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the profile's own municipality placed, compared with others: no other place
        ("Het Wmo-gebruik ligt in Zwolle lager dan in de omliggende gemeenten.", "Zwolle"),
        # compared with the national level
        ("In Hattem is de werkloosheid hoger dan landelijk.", "Zwolle"),
        # a place that is no municipality (a region)
        ("In Twente ligt het gebruik hoger.", "Almelo"),
    ],
)
def test_other_references_stay(sentence, title):
    assert all(ref != title.lower() for _c, ref in _levels(sentence, title))
