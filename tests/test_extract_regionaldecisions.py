"""Decisions made in a region, a body or a regional forum: regional distance."""

from __future__ import annotations

from kg.extract.model import SentenceMention
from kg.extract.regionaldecisions import decided_in_region
from tests.extract_helpers import extract_text, finding_for, key


def _keys(text: str, mentions=()) -> list[str]:  # noqa: ANN001
    return sorted(p.rsplit("/", 1)[-1] for p in decided_in_region(text, 0, len(text), mentions))


def _region(text: str, name: str) -> SentenceMention:
    at = text.index(name)
    return SentenceMention("r/x", "region", at, at + len(name), name, 0)


def test_tariffs_set_in_a_named_region_state_regional_distance():
    s = "De tarieven worden in Rijnmond vastgesteld."
    assert _keys(s, [_region(s, "Rijnmond")]) == ["regional-distance"]


def test_decisions_prepared_in_a_regional_forum_state_regional_distance():
    s = "De voorstellen en besluiten worden in het dagelijks bestuur voorbereid."
    assert _keys(s) == ["regional-distance"]


def test_a_region_where_decisions_only_stand_states_nothing():
    s = "De afspraken in Rijnmond zijn helder."
    assert _keys(s, [_region(s, "Rijnmond")]) == []
    assert _keys("De besluiten liggen in het portefeuillehoudersoverleg ter inzage.") == []


def test_the_claim_about_regional_tariffs_carries_regional_distance():
    doc, ex = extract_text(
        "Volgens aanbieders worden de productcodes en tarieven in de regio vastgesteld."
    )
    finding = finding_for(doc, ex, "productcodes")
    assert "problem/regional-distance" in {key(c) for c in finding.concerns}
