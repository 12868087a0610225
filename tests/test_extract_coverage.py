"""Full coverage of a provision, in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.coverage import covered


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De buurtteams zijn sinds 2016 in alle wijken actief.", True),
        ("Het jongerenwerk werkt met een coach op elke vestiging.", True),
        ("Iedere basisschool heeft sinds dit jaar een vaste contactpersoon.", True),
        ("De raad telt negen leden uit alle dorpen.", False),  # a composition
        ("Het team werkt in de wijk Noord.", False),
    ],
)
def test_covered(sentence, expected):
    assert covered(sentence, 0, len(sentence)) is expected


def test_full_reach_is_good_news():
    assert polarity_of("Volgens de wethouder zijn de buurtteams in alle wijken aanwezig.") == (
        "positive"
    )
