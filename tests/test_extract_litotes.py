"""Understatement: a negator that denies only a smallness or an "on-" adjective."""

from __future__ import annotations

import pytest

from kg.extract.litotes import denied_without, litotes


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["kleine", "prestatie"], True),
        (["geringe", "opgave"], True),
        (["onbelangrijk"], True),
        (["onaanzienlijk", "deel"], True),
        (["ongewoon"], True),
        # verbs and nouns in "ont-", "onder-" are plain negations
        (["ontvangen"], False),
        (["onderzocht"], False),
        (["ondersteuning"], False),
        (["groot", "probleem"], False),
        ([], False),
    ],
)
def test_litotes(after, expected):
    assert litotes(after) is expected


@pytest.mark.parametrize(
    ("near", "expected"),
    [
        (["verliep", "niet", "zonder"], True),
        (["ging", "nooit", "zonder"], True),
        (["de", "omslag", "was", "niet", "zonder"], True),
        # "zonder" alone, a word between, or a negator of a noun before it: no understatement
        (["bleef", "zonder"], False),
        (["niet", "vaak", "zonder"], False),
        (["geen", "kind", "bleef", "zonder"], False),
        (["niet"], False),
    ],
)
def test_denied_without(near, expected):
    assert denied_without(near) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "niet zonder" + something bad: the bad thing is stated
        ("De invoering van het nieuwe systeem verliep niet zonder problemen.", "negative"),
        ("De verhuizing van het loket ging niet zonder slag of stoot.", "negative"),
        ("De omzetting van de indicaties bleef niet zonder schade voor de cliënten.", "negative"),
        ("Het overdragen van de dossiers ging niet zonder risico.", "negative"),
        # "zonder" + something bad, and a negator cancelled by "zonder" around a noun
        ("De invoering van het nieuwe systeem verliep zonder problemen.", "positive"),
        ("Geen enkele cliënt bleef zonder hulp.", "positive"),
    ],
)
def test_niet_zonder_states_what_is_denied_absent(sentence, expected):
    from extract_helpers import polarity_of

    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "near",
    [
        ["kan", "niet", "zonder"],
        ["kunnen", "het", "niet", "zonder"],
        ["konden", "niet", "zonder"],
        ["team", "kan", "nooit", "zonder"],
    ],
)
def test_cannot_do_without_is_a_need(near):
    assert not denied_without(near)
