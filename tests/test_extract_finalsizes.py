"""kg.extract.finalsizes: a count or share called large or small with its verb last."""

from __future__ import annotations

from tests.extract_helpers import extract_text


def _levels(text: str) -> list[tuple]:
    doc, ex = extract_text(text)
    return [(doc.text[i.start : i.end], i.comparison) for i in ex.indicators if i.value is None]


def test_a_size_with_the_verb_last_is_a_level():
    text = "De leerplichtambtenaar vertelt dat het aantal thuiszitters klein is."
    assert _levels(text) == [("aantal thuiszitters klein is", "lower")]


def test_a_size_after_a_source_is_a_level():
    text = "Het aantal aanvragen voor een mantelzorgwaardering is volgens de ouderenbond groot."
    assert [c for _, c in _levels(text)] == ["higher"]


def test_a_negated_size_is_no_level():
    text = "De consulenten zeggen dat het aantal thuiszitters niet klein is."
    assert _levels(text) == []


def test_a_size_measured_against_a_need_is_no_level():
    text = "Het is de vraag of het aantal plekken groot genoeg is."
    assert _levels(text) == []
