"""Comparable municipalities as a reference (kg/extract/comparable.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("De werkloosheid is lager dan in vergelijkbare gemeenten.", "comparable municipalities"),
        (
            "Het aandeel jeugdigen met verblijf is hoger dan in vergelijkbare gemeenten.",
            "comparable municipalities",
        ),
        (
            "Het aantal bijstandsuitkeringen ligt ruim een kwart lager dan in vergelijkbare "
            "gemeenten.",
            "comparable municipalities",
        ),
        # comparable (the size class) and other municipalities stay what they are
        (
            "Het gebruik van jeugdhulp is hoger dan in gemeenten van vergelijkbare omvang.",
            None,
        ),
        ("De werkloosheid is lager dan in andere gemeenten.", "other municipalities"),
    ],
)
def test_vergelijkbare_gemeenten_are_the_comparable_municipalities(sentence, reference):
    _doc, ex = extract_text(sentence)
    refs = [i.reference for i in ex.indicators]
    if reference is None:
        assert "comparable municipalities" not in refs
    else:
        assert refs == [reference]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("De werkloosheid is hoger dan in de omliggende gemeenten.", "neighbouring municipalities"),
        ("Het aandeel ouderen ligt lager dan in de buurgemeenten.", "neighbouring municipalities"),
        (
            "Per 1.000 inwoners zijn er 38 bijstandsuitkeringen,"
            " meer dan in de naburige gemeenten.",
            "neighbouring municipalities",
        ),
        # a municipality of the same size is one of the comparable municipalities
        (
            "Het gebruik van de Wmo ligt hoger dan in andere gemeenten van deze omvang.",
            "comparable municipalities",
        ),
    ],
)
def test_neighbouring_municipalities_and_the_size_class(sentence, reference):
    _doc, ex = extract_text(sentence)
    assert [i.reference for i in ex.indicators if i.comparison] == [reference]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook arbeidsongeschiktheidsuitkeringen komen vaker voor dan in vergelijkbare gemeenten.",
        "Jeugdhulp wordt iets minder vaak ingezet dan in vergelijkbare gemeenten: in 2015 "
        "ontvingen ruim 900 jongeren jeugdhulp.",
    ],
)
def test_more_often_than_in_comparable_municipalities(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.reference for i in ex.indicators if i.comparison] == ["comparable municipalities"]
