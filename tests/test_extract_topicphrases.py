"""Phrases that make or unmake a topic (kg/data/topic-phrases.toml), on invented sentences."""

from __future__ import annotations

from kg.extract.dutchwords import tokens
from kg.extract.topicphrases import (
    IDIOM_WORDS,
    TERM_WORDS,
    complement,
    field_topics,
    fits,
    fixed_term,
    in_idiom,
    postmodifier,
)


def test_a_light_noun_keeps_its_complement_but_not_a_name():
    s = "Er is behoefte aan dagbesteding in de kernen."
    assert complement(tokens(s), 2, s, "behoefte") == ("behoefte aan dagbesteding", 31)
    s = "Er is behoefte aan Salut."
    assert complement(tokens(s), 2, s, "behoefte") is None


def test_a_care_post_modifier_stays_with_care_only():
    s = "Het gebruik van jeugdzorg zonder verblijf daalt."
    at = s.index("jeugdzorg") + len("jeugdzorg")
    assert postmodifier().match(s, at).group() == " zonder verblijf"
    assert fits(" zonder verblijf", "jeugdzorg") and not fits(" zonder verblijf", "kind")
    assert "sociaal domein" in field_topics() and "met verblijf" not in field_topics()


def test_idioms_and_fixed_terms_are_read_from_their_last_word():
    ws = tokens("De teams staan onder grote druk.")
    assert "druk" in IDIOM_WORDS and in_idiom(ws, 5)
    assert not in_idiom(tokens("De druk neemt toe."), 1)
    ws = tokens("Inwoners vragen om lichte ondersteuning.")
    assert "ondersteuning" in TERM_WORDS
    assert fixed_term(ws, 4, "ondersteuning") == (ws[3][0], "lichte ondersteuning")


def test_title_fields_gate_reads_capitals_and_other_letters():
    """The gate finds a title noun in any case, in a text str.lower folds apart too."""
    from kg.extract.topicphrases import title_fields

    s = "WETHOUDER zorg en welzijn aarzelt."
    t = "De \u017ftad. Wethouder zorg en welzijn aarzelt."
    assert [s[a:b] for a, b in title_fields(s, 0, len(s))] == title_fields_plain(s)
    at = t.index("Wethouder")
    assert [t[a:b] for a, b in title_fields(t, at, len(t))] == ["zorg en welzijn"]
    assert title_fields(t, 0, at) == []


def title_fields_plain(s: str) -> list[str]:
    """The fields the title pattern finds without the gate."""
    from kg.extract.topicphrases import _title_field

    return [s[a:b] for a, b in (m.span(1) for m in _title_field().finditer(s))]
