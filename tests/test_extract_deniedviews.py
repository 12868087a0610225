"""Tests for kg.extract.deniedviews: a view rejected with a negated verb of agreement."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import deniedviews


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dat de samenwerking goed loopt, herkennen de huisartsen niet.", "negative"),
        ("De fracties onderschrijven niet dat de informatie voldoende is.", "negative"),
        # the view shared: it stands
        ("De huisartsen herkennen dat de samenwerking goed loopt.", "positive"),
    ],
)
def test_denied_view(sentence, expected):
    assert polarity_of(sentence) == expected


def test_denied_needs_the_negated_verb_of_agreement():
    s = "Dat de samenwerking goed loopt, zeggen de huisartsen niet vaak."
    assert not deniedviews.denied(s, 0, len(s))
    s = "De huisartsen herkennen het beeld niet."
    assert not deniedviews.denied(s, 0, len(s))
