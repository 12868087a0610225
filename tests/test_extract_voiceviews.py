"""Tests for kg.extract.voiceviews: the views, feelings and talks a group holds."""

from __future__ import annotations

import pytest

from kg.extract import voiceviews as vv

#: (pattern before the group, pattern after it) per slot, as kg.extract.speakerslots asks them.
SLOTS = {
    "view": (vv.VIEW_OF, vv.VIEW_IS),
    "feeling": (vv.LIVES_BEFORE, vv.FEELING_AFTER),
    "talk": (vv.TALK_WITH, vv.TALK_SAYS),
    "asked": (vv.ASKED, vv.ASKED_SAYS),
    "clear": (vv.FOR, vv.CLEAR_TO),
    "view that": (vv.VIEW_OF_THAT, vv.VIEW_IS_THAT),
    "they give": (vv.VIEW_THEY_GIVE, vv.THEY_GIVE),
    "strikes": (vv.STRIKES, vv.STRIKES_AFTER),
    "moves": (vv.MOVES, vv.MOVES_AFTER),
    "up to": (vv.UP_TO, vv.UP_TO_AFTER),
}


def holds(slot: str, sentence: str, group: str) -> bool:
    """Whether ``group`` in ``sentence`` stands in ``slot``."""
    before, follows = SLOTS[slot]
    at = sentence.index(group)
    after = sentence[at + len(group) :]
    return bool(follows.match(after)) and before.search(sentence[:at]) is not None


@pytest.mark.parametrize(
    ("slot", "sentence", "group", "expected"),
    [
        ("view", "De ervaring van de consulenten is dat het werkt.", "consulenten", True),
        ("view", "De reacties van huisartsen zijn positief.", "huisartsen", True),
        ("view", "De kosten van de huisartsen zijn hoog.", "huisartsen", False),
        ("feeling", "Er is bij ambtenaren zorg over de tarieven.", "ambtenaren", True),
        ("feeling", "Er is bij ambtenaren een nieuw team.", "ambtenaren", False),
        ("talk", "In het gesprek met de wethouder kwam naar voren dat het goed gaat.",
         "wethouder", True),
        ("asked", "Navraag bij de corporatie leert dat de wachtlijst groeit.", "corporatie",
         True),
        ("clear", "Voor de wethouder is het duidelijk dat het anders moet.", "wethouder", True),
        ("clear", "Voor de wethouder is een nieuwe auto gekocht.", "wethouder", False),
        ("view that", "Het beeld bij ambtenaren is dat het goed gaat.", "ambtenaren", True),
        ("they give", "Het beeld dat zorgaanbieders schetsen is wisselend.", "zorgaanbieders",
         True),
        ("strikes", "Het valt raadsleden op dat het aantal stijgt.", "raadsleden", True),
        ("moves", "De kosten baren raadsleden zorgen.", "raadsleden", True),
        ("moves", "De kosten baren raadsleden geen kinderen.", "raadsleden", False),
        ("up to", "Als het aan raadsleden ligt, komt er meer geld.", "raadsleden", True),
        ("up to", "Als het aan de wethouder had gelegen, was het anders.", "wethouder", True),
        ("up to", "Als het aan raadsleden wordt voorgelegd, beslissen zij.", "raadsleden", False),
    ],
)  # fmt: skip
def test_a_group_holds_a_view_a_feeling_or_a_talk(slot, sentence, group, expected):
    assert holds(slot, sentence, group) is expected


def test_a_feeling_among_a_group_and_a_feeling_named_first():
    assert vv.AMONG.search("Bij ") and vv.LIVES.match(" leeft het gevoel dat het klopt")
    assert vv.LIVES.match(" zijn de meningen verdeeld")
    assert vv.FEELING_FIRST.match("Zorgen zijn er bij de ")
    assert vv.FEELING_FIRST.match("De raad is er bij de ") is None
    assert vv.IS_VIEW_OF.search("Dat is ook de mening van de ")
    assert vv.TALK_SHOWS.match(" blijkt dat het goed gaat")
    assert vv.LIKE.search("Raadsleden vinden, net als de ")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Er is waardering voor het wijkteam bij de ", True),
        ("Er bestaat veel kritiek op de tarieven onder ", True),
        ("Er is zorg over de wachtlijsten bij de ", True),
        ("Er is zorg voor ouderen bij de ", False),  # care given, not a worry
        ("Er is waardering voor de inzet van het team in de wijk bij de ", False),
        ("Er is een wachtlijst bij de ", False),  # no feeling
    ],
)
def test_a_feeling_named_first_is_held_by_the_group_after_bij(before, expected):
    assert bool(vv.FEELING_HELD_BY.match(before)) is expected


def test_what_is_a_question_to_a_group_or_settled_for_it():
    assert holds("clear", "Voor raadsleden is het de vraag of het volstaat.", "raadsleden")
    assert holds("clear", "Voor de raad blijft het een open vraag hoe dat moet.", "raad")
    assert holds("clear", "Voor de wethouder staat vast dat het moet.", "wethouder")
    assert not holds("clear", "Voor de wethouder is het een drukke week.", "wethouder")


def test_a_way_of_looking_needs_the_verb_before_and_the_manner_after():
    from kg.extract.voiceviews import looks_on

    assert looks_on("Naar de regio keken ", " met veel scepsis.")
    assert looks_on("Op de cijfers kijkt ", " positief terug.")
    assert not looks_on("Naar de regio keken ", " vaak.")
    assert not looks_on("Naar de regio gaan ", " met zorg.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voor zover de wethouder weet, is er geen wachtlijst.", "role/alderman"),
        ("Voor zover huisartsen kunnen overzien, is de wachttijd korter geworden.", "role/general"),
        ("De wachttijd is, voor zover de consulenten weten, niet korter geworden.", "role/civil"),
        ("Voor zover de raadsleden wisten, was er in 2015 geen tekort.", "role/council"),
    ],
)
def test_the_bounds_of_what_a_group_knows_make_it_the_source(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert [key(s) for s in ex.findings[0].speakers][0].startswith(expected)


def test_so_far_as_a_condition_holds_names_no_source():
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text("Voor zover de budgetten toereikend zijn, krijgen inwoners hulp.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/authors"]


def test_an_organisation_gives_its_own_figures_as_the_subject():
    from tests.extract_helpers import extract_text, finding_for, key

    doc, ex = extract_text(
        "Stichting Welzijn Noord ontving volgens eigen cijfers in 2015 ruim 140 meldingen, "
        "twee keer zoveel als verwacht."
    )
    found = finding_for(doc, ex, "volgens eigen cijfers")
    assert [key(s) for s in found.speakers] == ["organisation/stichting-welzijn-noord"]


@pytest.mark.parametrize(
    "after",
    [
        " ontving volgens de cijfers van het CBS 140 meldingen.",  # another's figures
        ", dat volgens eigen cijfers 90 meldingen ontving",  # the antecedent's, in a relative
        " ontving in 2015 volgens eigen cijfers 140 meldingen.",  # not right after the verb
    ],
)
def test_no_own_count_without_the_subjects_own_account(after):
    assert not vv.own_count(after)
