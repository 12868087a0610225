"""kg.rawlines: the raw lines of a profile cleaned, layout leftovers dropped."""

from __future__ import annotations

from kg.rawlines import PLACEHOLDERS, drop_footnote_marks, read_lines


def texts(text: str) -> list[str | None]:
    return [None if line is None else line.text for line in read_lines(text)[0]]


def test_placeholders_page_numbers_and_rules_are_dropped_with_their_reason():
    lines, removed = read_lines("Foto\nEen zin.\n12\n***\nNog een zin.\n")
    assert [None if x is None else x.text for x in lines] == [
        None,
        "Een zin.",
        None,
        None,
        "Nog een zin.",
    ]
    assert removed == [("placeholder", "Foto"), ("page number", "12"), ("rule", "***")]
    assert "foto" in PLACEHOLDERS


def test_footnote_markers_leave_the_line_but_bracketed_words_and_units_stay():
    assert texts("De regio Rivierenland[1] groeit.²\n") == ["De regio Rivierenland groeit."]
    assert texts("Zie tabel [2] en 50 m² woonruimte.\n") == ["Zie tabel [2] en 50 m² woonruimte."]
    notes: list[tuple[str, str]] = []
    assert drop_footnote_marks("De wachtlijst³ is lang[12].", notes) == "De wachtlijst is lang."
    assert notes == [("footnote marker", "³"), ("footnote marker", "[12]")]


def test_white_space_is_folded_and_unprintable_characters_go():
    assert texts("Een\u00a0\u00a0zin\u200b met\ttab.\n") == ["Een zin met tab."]


def test_a_soft_hyphen_at_a_line_end_joins_the_word_and_unicode_hyphens_are_hyphens():
    from kg.document import parse_profile

    text = (
        "Stad\n\nMotto\n\nBestuur\n\nDe kosten van de jeugd\xad\nhulp stijgen snel in de regio. "
        "De ge\xadmeente en de zorg\u2010\naanbieders zijn bezorgd.\n"
    )
    doc = parse_profile(text, "x")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De kosten van de jeugdhulp stijgen snel in de regio.",
        "De gemeente en de zorg-aanbieders zijn bezorgd.",
    ]
