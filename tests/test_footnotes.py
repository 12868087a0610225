"""kg.footnotes: the notes at a printed page's foot are set apart under "Noten"."""

from __future__ import annotations

from kg.document import parse_profile

PAGES = (
    "Stad\n\nMotto\n\nBestuur\n\n"
    "De gemeente telt 20.000 inwoners en een werkloosheid van 9,1%1. De raad wil meer\n"
    "zicht op de jeugdhulp2.\n\n"
    "1 Bron: CBS, Statline,\n2015.\n"
    "2 De raad ontvangt sinds 2016 een rapportage.\n"
    "\fWonen\n\nDe wachtlijst voor een huurwoning is lang.\n"
)


def test_notes_leave_the_running_text_and_their_markers_leave_the_words():
    doc = parse_profile(PAGES, "stad")
    assert [s.heading for s in doc.sections] == ["Bestuur", "Wonen", "Noten"]
    by_section = [
        (doc.sections[s.section - 1].heading, doc.sentence_text(s)) for s in doc.sentences
    ]
    assert by_section == [
        ("Bestuur", "De gemeente telt 20.000 inwoners en een werkloosheid van 9,1%."),
        ("Bestuur", "De raad wil meer zicht op de jeugdhulp."),
        ("Wonen", "De wachtlijst voor een huurwoning is lang."),
        ("Noten", "Bron: CBS, Statline, 2015."),
        ("Noten", "De raad ontvangt sinds 2016 een rapportage."),
    ]
    assert doc.removed.count(("footnote marker", "1")) == 1
    # the note keeps its number in the cleaned text, out of its sentence
    assert "[2] De raad ontvangt" in doc.text


def test_a_numbered_line_without_its_marker_or_out_of_order_is_no_note():
    text = (
        "Stad\n\nMotto\n\nBestuur\n\nDe gemeente werkt met 2 teams in de wijken van de stad.\n\n"
        "2 Teams werken in de wijken.\n\n1 Team werkt op de scholen.\n"
    )
    doc = parse_profile(text, "stad")
    assert [s.heading for s in doc.sections] == ["Bestuur"]
    assert not any(kind == "footnote marker" for kind, _ in doc.removed)


def test_a_numbered_heading_is_no_note_even_after_a_marker():
    text = "Stad\n\nMotto\n\n1 Inleiding\n\nDe stad groeit snel, zegt de GGD1. Dat is zo.\n"
    doc = parse_profile(text, "stad")
    assert [s.heading for s in doc.sections] == ["Inleiding"]
    assert doc.removed == []
