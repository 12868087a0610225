"""Sources in brackets that close a sentence."""

from __future__ import annotations

import pytest

from kg.extract.bracketsources import closing_sources, source_line
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, finding_for, key


def _mention(s: str, word: str, entity: str) -> SentenceMention:
    at = s.index(word)
    return SentenceMention(entity, "role", at, at + len(word), word, 0)


def test_a_bracket_of_groups_closing_a_sentence_names_its_sources():
    s = "De wachttijd is korter geworden (schuldhulpverleners, twee raadsleden)."
    a = _mention(s, "schuldhulpverleners", "role/debt-counsellors")
    b = _mention(s, "raadsleden", "role/council-members")
    assert [m.entity for m in closing_sources(s, 0, len(s), [a, b], [a, b])] == [
        "role/debt-counsellors",
        "role/council-members",
    ]


def test_a_bracket_that_says_more_than_whose_view_it_is_is_no_source():
    s = "Het budget is laag (een lage uitkering uit het fonds voor de raadsleden)."
    b = _mention(s, "raadsleden", "role/council-members")
    assert closing_sources(s, 0, len(s), [b], [b]) == ()
    s = "Het budget is laag (zie de wethouder)."
    b = _mention(s, "wethouder", "role/alderman")
    assert closing_sources(s, 0, len(s), [b], [b]) == ()


def test_a_bracket_standing_alone_or_glossing_a_name_is_no_source():
    s = "(teamleden, een wijkcoach)"
    a = _mention(s, "teamleden", "role/social-team")
    assert closing_sources(s, 0, len(s), [a], [a]) == ()
    s = "De gemeente werkt met een sociale dienst (ISD)."
    d = _mention(s, "ISD", "body/isd")
    assert closing_sources(s, 0, len(s), [d], [d]) == ()


def test_a_bracket_of_sources_holds_a_sentence_naming_no_speaker():
    doc, ex = extract_text(
        "Het vervoer is regionaal aanbesteed. De klachten over te late ritten zijn gehalveerd "
        "(Wmo-consulenten, cliëntenraad)."
    )
    expected = ["role/client-council", "role/wmo-consultants"]
    voice = sorted(key(s) for s in finding_for(doc, ex, "gehalveerd").speakers)
    assert voice == expected
    # closing the paragraph, it covers the sentence before it
    first = finding_for(doc, ex, "aanbesteed").speakers
    assert sorted(key(s) for s in first) == expected


def test_a_bracket_says_who_the_people_spoken_with_were():
    doc, ex = extract_text(
        "Een praktijkondersteuner voorkomt volgens de gesprekspartners veel verwijzingen "
        "(huisartsen, jeugdconsulenten)."
    )
    voice = sorted(key(s) for s in finding_for(doc, ex, "praktijkondersteuner").speakers)
    assert voice == ["role/general-practitioners", "role/youth-consultants"]


def test_a_bracket_enumerating_the_parties_before_it_is_no_source():
    s = "Er was vroeger sneller contact met de ketenpartners (wijkagent, wethouder)."
    a = _mention(s, "wijkagent", "role/police")
    b = _mention(s, "wethouder", "role/alderman")
    assert closing_sources(s, 0, len(s), [a, b], [a, b]) == ()


def test_a_bracket_on_a_line_of_its_own_is_a_source_line():
    s = "(klantmanagers, een wijkcoach)"
    a = _mention(s, "klantmanagers", "role/klantmanagers")
    b = _mention(s, "wijkcoach", "role/wijkcoach")
    assert source_line(s, 0, len(s), [a, b])
    assert not source_line("(zie de volgende paragraaf).", 0, 28, [])
    s = "De raad kreeg haar laat (klantmanagers)."
    a = _mention(s, "klantmanagers", "role/klantmanagers")
    assert not source_line(s, 0, len(s), [a])


@pytest.mark.parametrize(
    ("sentence", "fragment", "group"),
    [
        (
            "Overleg tussen school en huisartsen loopt stroef (ambtenaren).",
            "stroef",
            "role/civil-servants",
        ),
        ("Jongeren vallen tussen jeugdhulp en Wmo (wijkteam).", "vallen", "role/social-team"),
        (
            "Veel vragen over de eigen bijdrage bij de consulenten (ouderenbond).",
            "eigen bijdrage",
            "role/ouderenbond",
        ),
        (
            "Wachtlijst voor beschermd wonen groeit bij de corporaties (wethouder).",
            "beschermd",
            "role/alderman",
        ),
    ],
)
def test_a_closing_bracket_after_another_group_or_a_thing_is_the_source(sentence, fragment, group):
    doc, ex = extract_text(sentence)
    assert group in [key(s) for s in finding_for(doc, ex, fragment).speakers]


def test_a_bracket_after_the_same_party_glosses_it():
    s = "Zij werkt met de sociale dienst (SD)."
    d = SentenceMention("body/sd", "body", 17, 31, "sociale dienst", 0)
    e = SentenceMention("body/sd", "body", 33, 35, "SD", 0)
    assert closing_sources(s, 0, len(s), [d, e], [d, e]) == ()
