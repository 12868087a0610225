"""An aside that takes up no account, and the bare head of a body."""

from __future__ import annotations

from types import SimpleNamespace

from kg.extract.voiceturns import conceded, head_of, new_source
from tests.extract_helpers import extract_text, finding_for, key, speakers_of


def test_a_group_named_in_a_closing_concession_is_an_aside():
    s = "Met de provincie zijn er afspraken, al zijn die volgens ambtenaren nog vaag."
    assert conceded(s, s.index("ambtenaren"), 0)
    assert not conceded("Ambtenaren vinden het vaag, al is het goed.", 0, 0)
    assert not conceded("Ambtenaren vinden het vaag.", None, 0)


def test_the_bare_head_of_a_body():
    assert head_of(("https://x/role/voorzitter",))
    assert not head_of(("https://x/role/voorzitter", "https://x/role/wmo-council"))
    assert not head_of(("https://x/role/teamleider",))


def test_a_source_named_in_a_closing_relative_clause_is_an_aside():
    s = "Het gebruik ligt hoger dan elders, wat ambtenaren toeschrijven aan de vergrijzing."
    assert conceded(s, s.index("ambtenaren"), 0)
    s = "Het aantal steeg, een ontwikkeling die door de gemeente wordt toegeschreven aan X."
    assert conceded(s, None, 0)
    # the source in the main clause: the sentence is its account
    assert not conceded("Volgens de gemeente steeg het aantal, wat opvalt.", None, 0)


def test_a_bare_staff_member_speaks_for_the_body_whose_account_it_is():

    doc, ex = extract_text(
        "Woningcorporatie Woonstede ziet de druk op de woningmarkt oplopen. De wachttijd steeg "
        "volgens de corporatie naar drie jaar. ‘Elke woning telt’, zegt een medewerker."
    )
    voice = [key(s) for s in finding_for(doc, ex, "Elke woning").speakers]
    assert voice == [key(s) for s in finding_for(doc, ex, "De wachttijd").speakers]
    assert voice != ["role/civil-servants"]


def test_a_staff_member_of_the_town_hall_stays_a_civil_servant():

    doc, ex = extract_text(
        "De wethouder vindt dat de toegang goed werkt. ‘Het is druk’, zegt een medewerker."
    )
    assert [key(s) for s in finding_for(doc, ex, "Het is druk").speakers] == ["role/civil-servants"]


def test_a_paragraph_whose_first_source_is_another_opens_a_new_point():
    doc, ex = extract_text(
        "Een huisarts ziet de gevolgen in de spreekkamer. ‘Elke week zit hier iemand met "
        "schulden.’",
        "Ook dakloosheid is zichtbaarder geworden. Volgens het Leger des Heils melden zich "
        "in de winter meer mensen dan er bedden zijn.",
        heading="Armoede",
    )
    assert [key(s) for s in finding_for(doc, ex, "dakloosheid").speakers] == ["role/authors"]


def test_a_source_that_speaks_too_joins_the_account_brought_over():
    first = SimpleNamespace(voice=("role/gp",), explicit=False)
    second = SimpleNamespace(voice=(), explicit=True)
    new_source([first, second], 1, 0, "Ook de opvang ziet dat.", ("role/gp",))
    assert first.voice == ("role/gp",)
    new_source([first, second], 1, 0, "Volgens de opvang is het druk.", ("role/gp",))
    assert first.voice == ()


def test_a_bare_consultant_after_the_social_team_speaks_for_the_team():
    paragraphs = (
        "Het sociaal team werkt vanuit het gemeentehuis en bestaat uit zes consulenten. Een "
        "consulent vertelt dat de wachttijd voor een keukentafelgesprek opliep tot vijf weken.",
    )
    assert speakers_of(paragraphs, "Een consulent vertelt") == ["role/social-team"]


def test_a_consultant_with_a_field_or_without_a_team_stays_the_town_halls():
    paragraphs = (
        "Het sociaal team werkt vanuit het gemeentehuis. Een consulent werk en inkomen "
        "vertelt dat het bestand verder van de arbeidsmarkt af staat.",
    )
    assert speakers_of(paragraphs, "Een consulent werk") == ["role/civil-servants"]
    paragraphs = (
        "De wachttijd voor een keukentafelgesprek is kort. Een consulent vertelt dat het "
        "gesprek binnen twee weken plaatsvindt.",
    )
    assert speakers_of(paragraphs, "Een consulent vertelt") == ["role/civil-servants"]
