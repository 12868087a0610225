"""Tests for kg.extract.headanaphors: groups taken up by the head of their name."""

from __future__ import annotations

import pytest

from kg.extract.headanaphors import RoleIndex, head_anaphors
from kg.extract.model import SentenceMention


def test_a_compound_head_refers_to_the_group_named_before_it():
    teams = SentenceMention("r/social", "role", 0, 12, "gebiedsteams", 0)
    text = "De medewerkers in de teams kennen hun wijk."
    assert head_anaphors(text, 0, len(text), [], RoleIndex([teams])) == {"r/social"}
    assert head_anaphors(text, 0, len(text), [], RoleIndex([teams]), 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sinds de zomer werkt elk team met een vaste huisarts.", {"r/social"}),
        ("Aan ieder team is een jeugdarts verbonden.", {"r/social"}),
        ("Een klantmanager zit één dag per week in elke wijkteam-vestiging.", set()),
        ("Iedere consulent heeft zo'n zestig huishoudens.", {"r/consultants"}),
        ("Elke week overlegt de wethouder met de raad.", set()),
    ],
)
def test_a_distributive_quantifier_takes_up_a_group_named_in_the_plural(text, expected):
    social = SentenceMention("r/social", "role", 0, 9, "wijkteams", 0)
    consultants = SentenceMention("r/consultants", "role", 0, 15, "Wmo-consulenten", 0)
    index = RoleIndex([social, consultants])
    assert head_anaphors(text, 0, len(text), [], index) == expected


def test_a_definite_article_does_not_change_the_number_of_its_noun():
    # "de ouderen" is no "wethouder": only a singular after "elk"/"ieder" is taken as a member
    alderman = SentenceMention("r/alderman", "role", 0, 9, "wethouder", 0)
    text = "Voor een deel van de ouderen was de hulp de enige die nog langskwam."
    assert head_anaphors(text, 0, len(text), [], RoleIndex([alderman])) == set()


def test_a_span_without_any_noun_a_group_may_be_taken_up_by_is_not_read():
    teams = SentenceMention("r/social", "role", 0, 12, "gebiedsteams", 0)
    index = RoleIndex([teams])
    text = "Elk team werkt. De wijk is rustig. De teams"
    first, second = (0, 15), (16, 34)
    assert index.may_refer(text, *first) and not index.may_refer(text, *second)
    assert head_anaphors(text, *first, [], index) == {"r/social"}
    assert head_anaphors(text, *second, [], index) == set()
    # a word the span's end cuts ("De te|ams") may still be one: the span is read
    assert index.may_refer(text, 35, len(text) - 3)
