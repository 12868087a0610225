"""Tests of kg.extract.afterletter: an alternative with its first letter taken off."""

from __future__ import annotations

import re

import pytest

from kg.extract.afterletter import after_letter, alternatives

_TEXT = (
    "Zij vinden het goed; ZIJ VOND het niet, hij vond. Hebben zij het over de wachtlijst? "
    "Heeft men het er wel over, had iemand het niet over. Zij merken, bemerkt hij, en "
    "BEMERKTEN wij iets? Spreekt de raad, sprak de wethouder, toont zich kritisch; uitten "
    "zich positief, tonen zich bezorgd. Vindt men, vindtje, vin, merk."
)


@pytest.mark.parametrize(
    ("alternative", "letter"),
    [
        ("vindt", "v"),
        ("vond(?:en)?", "v"),
        ("(?:heeft|hebben|had|hadden)\\s+(?:\\w+\\s+)?het\\s+(?:\\w+\\s+)?over", "h"),
        ("(?:be)?mer(?:kt|ken|kte|kten)", "b"),
        ("(?:be)?mer(?:kt|ken|kte|kten)", "m"),
        ("(?:spre(?:ekt|ken)|sprak(?:en)?)(?!\\s+(?:\\w+\\s+){0,2}?(?:met|af)\\b)", "s"),
        ("(?:to(?:ont|nen)|uit(?:en|te|ten)?)\\s+zich\\s+(?:\\w+\\s+)?(?:positief|kritisch)", "t"),
        ("(?:to(?:ont|nen)|uit(?:en|te|ten)?)\\s+zich\\s+(?:\\w+\\s+)?(?:positief|kritisch)", "u"),
    ],
)
def test_the_letter_and_the_rest_match_what_the_alternative_matches(alternative, letter):
    rest = after_letter(alternative, letter)
    assert rest is not None
    for flags in (re.IGNORECASE, 0):
        whole = re.compile(alternative, flags)
        # the letter taken off, matched at positions that hold it (in either case)
        split = re.compile(f"[{letter}{letter.upper()}](?<={letter})(?:{rest})", flags)
        for at in range(len(_TEXT)):
            if _TEXT[at].lower() != letter:
                continue
            a, b = whole.match(_TEXT, at), split.match(_TEXT, at)
            assert (a and a.span()) == (b and b.span()), (alternative, at)


def test_fronts_not_read_give_none():
    assert after_letter("[vV]indt", "v") is None  # a set
    assert after_letter("v?indt", "v") is None  # the letter may be absent
    assert after_letter("v+indt", "v") is None
    assert after_letter("Vindt", "v") is None  # a capital written out: its case is kept
    assert after_letter("(vindt|vond)", "v") is None  # a capturing group
    assert after_letter("(?=v)vindt", "v") is None  # a look-around
    assert after_letter("(?:vindt)*", "v") is None
    assert after_letter("(?:be)??merkt", "b") is None  # a lazy option
    assert after_letter("(?:ver)?vindt", "v") is None  # the group and what follows: both v
    assert after_letter("stelt", "v") is None  # cannot begin with it


def test_alternatives_that_cannot_begin_with_the_letter_are_left_out():
    assert after_letter("(?:vindt|stelt|vond)", "v") == "(?:indt|ond)"
    assert after_letter("(?:ge)?(?:zegd|meld)", "z") == "(?:egd)"


def test_alternatives_split_at_the_top_level_only():
    assert alternatives("a(?:b|c)|[|]d|e\\|f|(?:x|y)z") == ["a(?:b|c)", "[|]d", "e\\|f", "(?:x|y)z"]
