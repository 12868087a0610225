"""The voice of a case vignette: the authors', who tell the case."""

from __future__ import annotations

from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_party_reporting_inside_a_case_is_told_by_the_authors():
    doc, ex = extract_text(
        "Casus: het gezin van Tim (8) woonde in de wijk. Zijn vader had schulden. De school "
        "meldde in 2015 dat Tim vaak afwezig was.",
        "De wethouder vindt dat de hulp te laat kwam.",
    )
    assert _voice(doc, ex, "De school meldde") == ["role/authors"]
    # the comment after the case keeps its own speaker
    assert _voice(doc, ex, "De wethouder vindt") == ["role/alderman"]


def test_a_paragraph_without_a_case_label_keeps_its_speakers():
    doc, ex = extract_text(
        "Het gezin woonde in de wijk. De school meldde dat Tim vaak afwezig was."
    )
    assert _voice(doc, ex, "De school meldde") == ["role/schools"]
