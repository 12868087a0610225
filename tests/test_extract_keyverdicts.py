"""Key-value verdicts: the value of a label line judges, the key names (invented lines)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.keyverdicts import late_value, without_key_words
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a judgement word in the key names the subject; the value's word decides
        ("Grip op de begroting: beperkt.", "negative"),
        ("Kwaliteit van de dagbesteding: onvoldoende, zeker in de dorpen.", "negative"),
        ("Samenwerking met de scholen: stroef, vooral in het voortgezet onderwijs.", "negative"),
        ("Grip op de uitgaven: voldoende.", "positive"),
        # a bare "laat" opening the value is lateness
        ("Informatie van het zorgkantoor: laat, en vaak onvolledig.", "negative"),
        ("Stukken voor de commissie: vaak laat.", "negative"),
        ("Beschikkingen uit de regio: laat en slecht leesbaar.", "negative"),
        ("Terugkoppeling van de wijkteams: meestal laat.", "negative"),
    ],
)
def test_the_value_judges(line, expected):
    assert polarity_of(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Het advies van de raad was: laat, en zonder cijfers.",  # a clause before the colon
        "De stukken waren zoals altijd: laat.",
        "Wat we kregen: laat en onvolledig.",
        "Eerder stond er: laat, maar compleet.",
    ],
)
def test_a_clause_before_the_colon_has_no_value_to_read(line):
    assert late_value(line, 0, len(line)) is None


def test_the_key_must_open_its_line():
    t = "Inleiding van het blok. Stukken van de regio: laat."
    assert late_value(t, t.index("Stukken"), len(t)) is None
    t = "Inleiding van het blok.\nStukken van de regio: laat."
    assert late_value(t, t.index("Stukken"), len(t)) is not None


def test_a_key_that_is_only_a_judgement_keeps_it():
    s = "Knelpunt: de reistijd naar het ziekenhuis."
    cues = [Cue(0, 8, -1)]
    assert without_key_words(s, 0, len(s), cues) == cues
    assert polarity_of(s) == "negative"


def test_key_words_stay_when_the_value_has_no_judgement():
    s = "Grip op de regio: een punt voor de agenda."
    cues = [Cue(0, 7, 1)]
    assert without_key_words(s, 0, len(s), cues) == cues


@pytest.mark.parametrize(
    "line",
    [
        "Monitor: laat zien dat het gebruik stijgt.",  # the verb "laten"
        "Regio: laat de inkoop aan de gemeenten.",
        "De regio laat de inkoop aan de gemeenten.",  # no key
        "Informatie uit de regio: op tijd.",
    ],
)
def test_laat_as_a_verb_is_no_lateness(line):
    assert late_value(line, 0, len(line)) is None
