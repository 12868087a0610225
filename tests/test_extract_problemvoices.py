"""Problems a group states in its own voice (kg/extract/problemvoices.py), on invented
sentences."""

from __future__ import annotations

import pytest

from kg.extract.problemvoices import load_voices, voiced
from kg.namespaces import CONCEPT
from kg.ontology import load_ontology

COUNCIL = (CONCEPT + "role/council-members",)


def _voiced(sentence: str, speakers=COUNCIL) -> set[str]:  # noqa: ANN001
    return {p.rsplit("/", 1)[-1] for p in voiced(sentence, 0, len(sentence), speakers)}


@pytest.mark.parametrize(
    "sentence",
    [
        "We krijgen dikke rapportages, maar wat er met een gezin gebeurt, weten wij niet.",
        "De kwartaalrapportages zeggen weinig over wat de hulp oplevert.",
        "Volgens enkele fracties wordt de raad vooral achteraf geïnformeerd.",
        "We zien niet of mensen echt beter af zijn.",
    ],
)
def test_the_council_saying_its_information_falls_short_lacks_insight(sentence):
    assert _voiced(sentence) == {"council-knowledge-gap"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Raadsleden spreken lovend over de informatie van het college.",  # no lack
        "Het tekort op de bijstand is niet opgelost.",  # not the council's information
    ],
)
def test_no_lack_or_other_subject_matter_states_nothing(sentence):
    assert _voiced(sentence) == set()


def test_only_the_groups_own_voice_states_it():
    sentence = "De kwartaalrapportages zeggen weinig over wat de hulp oplevert."
    assert _voiced(sentence, (CONCEPT + "role/civil-servants",)) == set()
    assert _voiced(sentence, ()) == set()


def test_every_voice_names_roles_and_a_problem_of_the_ontology():
    subjects = {str(s) for s in load_ontology().subjects()}
    for voice in load_voices():
        assert voice.problem in subjects
        assert voice.speakers and voice.speakers <= subjects


def test_subject_matter_words_are_whole_words():
    # "zichtbaar" is no "zicht", "effectief" no "effect"
    assert _voiced("De teams zijn niet zichtbaar in de wijk.") == set()
    assert _voiced("Het wijkteam werkt effectief, al is niet alles goed.") == set()
