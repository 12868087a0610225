"""A plural "Zij" with a plural verb takes up a plural group, not a single body."""

from __future__ import annotations

from kg.extract.model import SentenceMention as M
from kg.extract.pronounnumber import number_disagrees, plural_ones, plural_they
from tests.extract_helpers import speakers_of

BODY = M("body/werkbedrijf", "body", 4, 15, "werkbedrijf", 0)
COUNCIL = M("role/council-members", "role", 40, 50, "raadsleden", 0)


def test_a_plural_verb_after_zij_is_read():
    assert plural_they("Zij wijzen erop dat de bijdrage daalt.")
    assert plural_they("Ze vonden het te duur.")
    # the singular "zij" (she, or a body) takes a singular verb
    assert not plural_they("Zij wijst erop dat de bijdrage daalt.")
    assert not plural_they("Ze is kritisch.")


def test_a_plural_they_cannot_take_up_a_singular_body():
    text = "Zij wijzen erop dat de bijdrage daalt."
    assert number_disagrees(text, "body/werkbedrijf", [BODY], False)
    assert not number_disagrees(text, "role/council-members", [COUNCIL], False)
    # a singular verb may take the body up
    assert not number_disagrees("Zij wijst erop.", "body/werkbedrijf", [BODY], False)


def test_of_two_groups_the_plural_one_is_taken_up():
    named = [BODY, COUNCIL]
    speakers = ("body/werkbedrijf", "role/council-members")
    assert plural_ones("Zij wijzen erop.", named, speakers) == ("role/council-members",)
    assert plural_ones("Het werkbedrijf wijst erop.", named, speakers) == ()


def test_the_council_members_not_the_body_hold_the_plural_they():
    paragraphs = (
        "Teststad neemt deel aan Werkbedrijf Oostrand. Het werkbedrijf wil uitgroeien tot een "
        "leerwerkbedrijf, maar raadsleden betwijfelen of dat haalbaar is. Zij wijzen erop dat "
        "de bijdrage per plek daalt.",
    )
    assert speakers_of(paragraphs, "Zij wijzen") == ["role/council-members"]
