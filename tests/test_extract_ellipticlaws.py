"""Tests of kg.extract.ellipticlaws: law stems coordinated with a law mention."""

from __future__ import annotations

from kg.extract.ellipticlaws import elliptic_laws, law_stems
from kg.extract.mentions import Mention
from kg.ontology import LexiconEntry


def test_law_stems_come_from_law_labels_ending_in_wet():
    stems = law_stems(
        [
            LexiconEntry("Participatiewet", "law/p", "law", "prefLabel"),
            LexiconEntry("Wet werk en bijstand", "law/p", "law", "altLabel"),
            LexiconEntry("wijkwet", "role/x", "role", "altLabel"),
        ]
    )
    assert {k: v.entity for k, v in stems.items()} == {"participatie": "law/p"}


def test_a_stem_is_a_law_on_either_side_of_a_law_in_a_list():
    text = "Jeugd, Wmo en participatie."
    wmo = Mention("law/wmo", "law", 7, 10, "Wmo")
    stems = {
        "jeugd": Mention("law/jeugdwet", "law", 0, 0, ""),
        "participatie": Mention("law/p", "law", 0, 0, ""),
    }
    found = elliptic_laws(text, 0, len(text), [wmo], stems)
    assert sorted((m.text, m.entity) for m in found) == [
        ("Jeugd", "law/jeugdwet"),
        ("participatie", "law/p"),
    ]


def test_no_law_mention_no_stem():
    stems = {"jeugd": Mention("law/jeugdwet", "law", 0, 0, "")}
    assert elliptic_laws("Jeugd en participatie.", 0, 22, [], stems) == []
