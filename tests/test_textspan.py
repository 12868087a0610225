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


def test_a_quote_with_the_old_split_name_is_found_in_the_joined_text():
    from kg.textspan import TextIndex

    text = "De GGD Noord-Friesland en de regio Midden-Drenthe werken samen."
    index = TextIndex(text)
    assert index.find("GGD Noord- Friesland") == (3, 22)
    assert index.find("regio Midden- Drenthe werken") == (29, 56)
    assert index.find("Noord- friesland") is None  # only a capital after the hyphen
