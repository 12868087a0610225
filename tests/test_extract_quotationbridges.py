"""A sentence between two quotations of different speakers bridges them (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("first", "bridge", "second"),
    [
        (
            "‘Het loket is te ver weg’, zegt een raadslid.",
            "Ook het vervoer leverde klachten op.",
            "‘De taxi kwam drie keer te laat’, vertelt een mantelzorger.",
        ),
        (
            "„Het budget is op”, aldus een controller.",
            "De wachtlijst voor dagbesteding blijft een probleem.",
            "„We hebben twintig mensen op de lijst”, zegt een casemanager.",
        ),
        (
            "“Wij krijgen de rekening”, vindt de wethouder.",
            "De huisartsen zijn ook kritisch over de regio.",
            "“De lijnen zijn lang”, zegt een praktijkondersteuner.",
        ),
        (
            "‘We zien meer schulden’, waarschuwt een jobcoach.",
            "Jongeren zijn moeilijk te bereiken.",
            "‘Op de avond kwamen er maar vijf’, zegt een buurtsportcoach.",
        ),
    ],
)
def test_a_sentence_between_two_voices_is_not_the_first_ones(first, bridge, second):
    doc, ex = extract_text(f"{first} {bridge} {second}")
    assert _voice(doc, ex, bridge[:14]) != _voice(doc, ex, first[1:12])


def test_men_between_two_voices_is_those_spoken_with():
    doc, ex = extract_text(
        "‘Het werkt goed’, zegt de wethouder. Over de regio is men minder tevreden. "
        "‘Onze stem telt nauwelijks’, zegt een beleidsmedewerker."
    )
    assert _voice(doc, ex, "Over de regio") == ["role/interviewees"]


@pytest.mark.parametrize(
    "middle",
    [
        "Hij wijst op de lange wachtlijst bij de jeugd-ggz.",
        "Daardoor blijven veel gezinnen lang op de wachtlijst staan.",
    ],
)
def test_a_sentence_tied_to_the_quotation_before_keeps_its_voice(middle):
    doc, ex = extract_text(
        f"‘Het loopt vast’, zegt de teamleider. {middle} ‘Ouders bellen ons’, zegt een huisarts."
    )
    assert _voice(doc, ex, middle[:14]) == ["role/teamleider"]


def test_the_same_speaker_twice_keeps_the_voice_between():
    doc, ex = extract_text(
        "‘Het loopt vast’, zegt de teamleider. De wachtlijst blijft een probleem. "
        "‘Ouders bellen ons elke dag’, zegt de teamleider."
    )
    assert _voice(doc, ex, "De wachtlijst") == ["role/teamleider"]
