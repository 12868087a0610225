"""A paragraph listing the sources of note markers makes no claim."""

from __future__ import annotations

import pytest

from kg.extract.sourcenotes import notes_paragraph
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bronnen: [1] CBS, Statline 2016; [2] groepsgesprek met ambtenaren.", True),
        ("Bron: jaarverslag van de GGD, 2015.", True),
        ("Geraadpleegde bronnen: monitor sociaal domein 2016.", True),
        ("[3] In het dorp staan twee verpleeghuizen.", False),
        ("Bronnen van inkomsten zijn er voor de stichting weinig.", False),
        ("De bron van het tekort is de jeugdhulp.", False),
    ],
)
def test_notes_paragraphs(text, expected):
    assert notes_paragraph(text, 0) is expected


def test_the_notes_make_no_finding_but_keep_their_mentions():
    said = "Beleidsmedewerkers vinden de wachttijden te lang [1]."
    doc, ex = extract_text(said, "Bronnen: [1] Groepsgesprek met beleidsmedewerkers. [2] GGD.")
    assert [doc.text[f.start : f.end] for f in ex.findings] == [said]
    notes = doc.text.index("Bronnen")
    assert any(m.start > notes for m in ex.mentions)
