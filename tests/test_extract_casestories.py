"""A case vignette's sentences are findings of the story, never data sentences."""

from __future__ import annotations

import pytest

from kg.document import parse_profile
from kg.extract.casestories import case_label, in_case
from tests.extract_helpers import extract_profile, extract_text, profile


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casus: mevrouw A. (82) woonde alleen in een rijtjeshuis.", True),
        ("Casus 1 – het gezin van Sanne (9) woonde in Noord.", True),
        ("Casus B. Meneer B. verloor zijn baan.", True),
        ("Casussen komen aan bod in het casusoverleg.", False),
        ("De consulent noemt dit een lastige casus.", False),
    ],
)
def test_case_labels(text, expected):
    assert case_label(text) is expected


def _found(doc, ex):
    return [doc.text[f.start : f.end] for f in ex.findings]


def test_a_case_detail_with_a_figure_stays_a_finding():
    detail = "Haar moeder had schulden en haar vader was sinds een jaar werkloos."
    doc, ex = extract_text(f"Casus: het gezin van Sanne (9) woonde in de stad. {detail}")
    assert detail in _found(doc, ex)


def test_outside_a_case_the_same_figures_are_data():
    data = "Van de inwoners is 24% 65 jaar of ouder, tegen 18% landelijk."
    doc, ex = extract_text(data)
    assert data not in _found(doc, ex)


def test_a_case_under_a_case_heading():
    detail = "In 2015 kreeg het gezin 40 uur begeleiding, tegen 30 uur landelijk."
    text = profile(("Casus: een gezin in de wijk", [f"Het gezin woonde in de stad. {detail}"]))
    doc, ex = extract_profile(text)
    assert detail in _found(doc, ex)


def test_a_case_is_told_by_the_authors_but_its_person_keeps_her_words():
    doc, ex = extract_text(
        "Casus: het gezin van Sanne (9) woonde in de stad. "
        "School meldde in 2015 dat Sanne vaak afwezig was. "
        "Volgens de moeder was de hulp te laat."
    )
    voices = {doc.text[f.start : f.end][:6]: f.speakers for f in ex.findings}
    assert [v.rsplit("/", 1)[-1] for v in voices["School"]] == ["authors"]
    assert voices["Volgen"] != voices["School"]


def test_a_profile_without_the_word_has_no_case():
    doc = parse_profile("Stad\n\nZorg\n\nDe gemeente telt 40 uitkeringen.\n", "stad")
    assert [in_case(doc, p.index, p.section) for p in doc.paragraphs] == [False]
    doc = parse_profile("Stad\n\nZorg\n\nCASUS 2: meneer B. werkte in de haven.\n", "stad")
    assert [in_case(doc, p.index, p.section) for p in doc.paragraphs] == [True]
