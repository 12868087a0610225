"""kg.textspan: finding quotes in a text whatever its white space."""

from __future__ import annotations

from kg.textspan import TextIndex


def test_a_quote_is_found_across_line_breaks_and_double_spaces():
    text = "Een  zin.\n\nTwee zinnen en  nog een zin."
    index = TextIndex(text)
    start, end = index.find("zin. Twee")
    assert text[start:end] == "zin.\n\nTwee"


def test_every_occurrence_in_order_and_none_for_a_missing_quote():
    text = "de zin, de zin\nen de  zin"
    index = TextIndex(text)
    spans = index.find_all("de zin")
    assert [text[s:e] for s, e in spans] == ["de zin", "de zin", "de  zin"]
    assert spans == sorted(spans)
    assert index.find("geen zin") is None
    assert index.find_all("   ") == []
