"""Forms that tell whose turn a claim is (bare plurals, singular pronouns, later clauses)."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.speakers import Speech
from kg.extract.turnforms import (
    contrasted,
    generic_group,
    main_clause_speakers,
    plural,
    singular_report,
)


def _mention(text: str, word: str, entity: str = "role/x") -> SentenceMention:
    at = text.index(word)
    return SentenceMention(entity, "role", at, at + len(word), word, 0)


@pytest.mark.parametrize(
    ("text", "word", "generic"),
    [
        ("Zorgaanbieders werken meer samen dan voorheen.", "Zorgaanbieders", True),
        ("De gemeenteraad heeft in 2014 een kaderbesluit genomen.", "gemeenteraad", False),
        ("Woonstichting De Hanze moest ruim 200 statushouders huisvesten.", "Woonstichting", False),
        ("Ook zorgaanbieders werken meer samen.", "zorgaanbieders", False),
    ],
)
def test_only_a_bare_plural_opening_is_the_group_as_a_whole(text, word, generic):
    assert generic_group(text, 0, [_mention(text, word)], "role/x") is generic


def test_no_group_is_never_generic():
    text = "Zorgaanbieders werken meer samen."
    assert not generic_group(text, 0, [_mention(text, "Zorgaanbieders")], None)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("‘Dat blijft te veel,’ vindt hij.", True),
        ("‘Er is weinig tijd,’ zegt zij.", True),
        ("Volgens haar is dat gelukt.", True),
        ("‘Er is weinig tijd,’ zeggen zij.", False),
        ("Er is weinig tijd.", False),
    ],
)
def test_a_singular_pronoun_report_means_one_person(text, one):
    assert singular_report(text) is one


def test_plural_reads_the_last_noun():
    assert plural("de huisartsen") and not plural("de wethouder") and not plural("")


def test_a_speaker_in_a_later_clause_leaves_the_first_to_the_account():
    text = "De teams worden goed gevonden, maar ambtenaren vrezen dat niet iedereen komt."
    speech = Speech(("role/c",), at=text.index("ambtenaren"))
    assert contrasted(text, 0, speech, ("role/raad",))
    text = "Het aandeel daalde naar 3,1%, maar ambtenaren vrezen een nieuwe stijging."
    speech = Speech(("role/c",), at=text.index("ambtenaren"))
    assert not contrasted(text, 0, speech, ("role/raad",))  # a first clause of figures


def test_the_main_clause_after_a_contrast_names_the_speakers():
    text = "Terwijl ambtenaren tevreden zijn, vinden raadsleden het tempo te laag."
    ms = [_mention(text, "ambtenaren", "role/a"), _mention(text, "raadsleden", "role/r")]
    assert main_clause_speakers(text, 0, len(text), ms, ("role/a", "role/r")) == ("role/r",)
    text = "Ambtenaren en raadsleden vinden het tempo te laag."
    assert main_clause_speakers(text, 0, len(text), ms, ("role/a", "role/r")) == ()
