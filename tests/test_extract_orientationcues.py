"""The cues of an orientation elsewhere (kg.extract.orientationcues), on invented phrases."""

from __future__ import annotations

import pytest

from kg.extract.orientationcues import GO_BEFORE, ORIENTED_AFTER, RELIANT_BEFORE, WORK_THERE


@pytest.mark.parametrize(
    "before",
    [
        "veel inwoners werken in ",
        "veel inwoners werken in de haven of in ",  # the second place, its preposition repeated
        "jongeren gaan naar school in ",
    ],
)
def test_working_or_schooling_elsewhere(before):
    assert WORK_THERE.search(before)


def test_working_in_a_field_is_no_place():
    assert not WORK_THERE.search("veel inwoners werken in de zorg, en in ")


def test_orientation_going_and_reliance():
    assert ORIENTED_AFTER.search("voor zorg richten de inwoners zich op ")
    assert GO_BEFORE.search("gezinnen moeten uitwijken naar ")
    assert RELIANT_BEFORE.search("zij zijn aangewezen op het ")
    assert not ORIENTED_AFTER.search("het beleid is op ")


@pytest.mark.parametrize(
    "before",
    [
        "de inwoners gaan voor het ziekenhuis en de winkels eerder naar ",
        "voor hun werk en hun opleiding trekken veel jongeren naar ",
        "gezinnen gaan voor de zorg of de scholen liever naar ",
        "voor werk of studie reizen velen naar ",
    ],
)
def test_two_coordinated_purposes_before_going_somewhere(before):
    from kg.extract.orientationcues import PURPOSE_BEFORE

    assert PURPOSE_BEFORE.search(before)


def test_coming_from_a_place_is_no_purpose_before_it():
    from kg.extract.orientationcues import PURPOSE_BEFORE

    assert not PURPOSE_BEFORE.search("voor de winkels en de markt komen zij uit ")


def test_the_verb_of_working_last_in_its_clause():
    from kg.extract.orientationcues import AT_BEFORE, WORK_LAST

    assert AT_BEFORE.search("omdat veel inwoners in de stad ")
    assert AT_BEFORE.search("die dagelijks naar ")
    assert not AT_BEFORE.search("veel inwoners van ")
    assert WORK_LAST.match(" werken.") and WORK_LAST.match(" pendelen,")
    assert not WORK_LAST.match(" werken samen") and not WORK_LAST.match(" wonen")
