"""kg.extract.changeclauses: the Change record and the bounds of the clause it is read in."""

from __future__ import annotations

import dataclasses

import pytest

from kg.extract.changeclauses import Change, clause_end, clause_start, with_article


def test_a_change_is_frozen_with_no_reference_or_qualifier_by_default():
    change = Change(0, 10, "de vraag", "more")
    assert (change.reference, change.qualifier) == (None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.comparison = "less"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("De vraag groeit; het aantal neemt af.", "neemt", "het aantal neemt af."),
        ("Het blijkt dat de caseload hoog is.", "hoog", "de caseload hoog is."),
        ("De kosten (vooral jeugdzorg) stijgen.", "vooral", "vooral jeugdzorg) stijgen."),
        ("Het aantal neemt af.", "neemt", "Het aantal neemt af."),
    ],
)
def test_a_clause_starts_after_punctuation_or_a_conjunction(text, word, clause):
    assert text[clause_start(text, 0, text.index(word)) :] == clause


def test_a_clause_starts_no_earlier_than_the_floor_nor_120_characters_back():
    text = "x" * 200 + " neemt af"
    assert clause_start(text, 0, text.index("neemt")) == text.index("neemt") - 120
    assert clause_start("De vraag groeit.", 3, 9) == 3


def test_a_clause_ends_at_its_break_or_the_ceiling():
    text = "Het aantal neemt af omdat de vraag daalt."
    assert text[: clause_end(text, 0, len(text))] == "Het aantal neemt af "
    assert clause_end(text, 0, 10) == 10


def test_an_article_before_the_subject_is_taken_in():
    text = "Ook is de vraag hoog en het aantal laag."
    assert with_article(text, 0, text.index("vraag")) == text.index("de vraag")
    assert with_article(text, 0, text.index("aantal")) == text.index("het aantal")
    assert with_article(text, text.index("vraag"), text.index("vraag")) == text.index("vraag")


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Sterke vergrijzing → vraag naar zorg groeit", "groeit", "vraag naar zorg groeit"),
        ("- Minder formatie → wachttijd loopt op", "loopt", "wachttijd loopt op"),
        ("Krimp ⇒ het aantal scholen neemt af", "neemt", "het aantal scholen neemt af"),
        ("Meer meldingen → caseload hoger", "hoger", "caseload hoger"),
    ],
)
def test_an_arrow_of_notes_opens_a_clause(text, word, clause):
    assert text[clause_start(text, 0, text.index(word)) :].startswith(clause)
