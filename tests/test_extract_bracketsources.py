"""Sources in brackets that close a sentence."""

from __future__ import annotations

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
