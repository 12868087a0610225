"""Tests of kg.extract.relationfallback: organisations as a source of money or an employer."""

from __future__ import annotations

from tests.extract_helpers import extract_text, key


def _relations(sentence: str) -> set[tuple[str, str, str]]:
    _, ex = extract_text(sentence)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


def test_a_subsidised_organisation_is_related():
    got = _relations("De gemeente subsidieert Stichting Welzijn Oost.")
    assert (
        "related-organisation",
        "municipality/teststad",
        "organisation/stichting-welzijn-oost",
    ) in got


def test_a_negated_clause_relates_nothing():
    got = _relations("Stichting Welzijn Oost krijgt geen subsidie meer.")
    assert not {r for r in got if r[0] == "related-organisation"}
