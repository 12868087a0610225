"""Groups a claim refers back to as its speakers (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.voicereferents import referred_groups
from tests.extract_helpers import extract_profile, finding_for, key, profile

BEFORE = "Huisartsen en wijkteams werken samen met de GGD en met ouderen."


def _mentions():
    out = []
    for word, entity in (
        ("Huisartsen", "r/gp"),
        ("wijkteams", "r/team"),
        ("GGD", "r/ggd"),
        ("ouderen", "r/oudere"),  # the people served: no party that reports
    ):
        at = BEFORE.index(word)
        out.append(SentenceMention(entity, "role", at, at + len(word), word, 0))
    return out


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Deze partijen geven aan dat de lijnen kort zijn.", ("r/gp", "r/team")),
        ("Zij zijn positief over de samenwerking.", ("r/gp", "r/team")),
        ("Ook deze organisaties vinden de regels te streng.", ("r/gp", "r/team")),
        ("Volgens deze partijen is de samenwerking goed.", ("r/gp", "r/team")),
        ("De laatsten zijn kritisch over de financiering.", ("r/ggd",)),
        ("Laatstgenoemde geeft aan dat er te weinig geld is.", ("r/ggd",)),
        ("De eersten merken dat de vraag stijgt.", ("r/gp",)),
        ("Deze partijen werken in de wijk.", ()),  # no report
        ("De huisartsen vinden het goed.", ()),  # no reference back
    ],
)
def test_a_reference_back_names_the_groups_before(claim, expected):
    assert referred_groups(claim, BEFORE, _mentions(), "r/gp") == expected


def test_beide_needs_two_groups():
    two = _mentions()[:2]
    claim = "Beide zijn tevreden over de afspraken."
    assert referred_groups(claim, BEFORE, two, None) == ("r/gp", "r/team")
    assert referred_groups(claim, BEFORE, _mentions(), None) == ()


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "Huisartsen en wijkverpleegkundigen werken nauw samen met het sociaal team. "
            "Deze partijen geven aan dat de lijnen kort zijn.",
            "Deze partijen",
            ["role/district-nurses", "role/general-practitioners"],
        ),
        (
            "De gemeente spreekt regelmatig met scholen en jeugdhulpaanbieders. "
            "De laatsten vinden dat de wachtlijsten te lang zijn.",
            "De laatsten",
            ["role/youth-care-providers"],
        ),
        (
            "Huisartsen en het wijkteam werken samen in de wijk. "
            "Beide partijen zijn positief over de samenwerking.",
            "Beide partijen",
            ["role/general-practitioners", "role/social-team"],
        ),
    ],
)
def test_a_claim_referring_back_speaks_for_those_groups(paragraph, fragment, expected):
    doc, ex = extract_profile(profile(("Zorg", [paragraph])))
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_meeting_with_groups_is_no_report():
    doc, ex = extract_profile(
        profile(("Zorg", ["De gemeente spreekt regelmatig met scholen en jeugdhulpaanbieders."]))
    )
    assert [key(s) for s in finding_for(doc, ex, "spreekt").speakers] == ["role/authors"]
