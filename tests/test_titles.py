"""kg.titles: the municipality's name out of a printed title, and the motto under it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.document import parse_profile
from kg.titles import municipality_name, same_name, strip_quotes, title_and_motto


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("PROFIEL GEMEENTE OLDAMBT", "Oldambt"),
        ("Profiel van de gemeente Meppel", "Meppel"),
        ("Gemeenteprofiel: Tiel", "Tiel"),
        ("Casus – Heerenveen", "Heerenveen"),
        ("Gemeente De Wolden", "De Wolden"),
        ("BERGEN OP ZOOM", "Bergen op Zoom"),
        ("ALPHEN AAN DEN RIJN", "Alphen aan den Rijn"),
        ("'S-GRAVENHAGE", "'s-Gravenhage"),
        ("IJSSELSTEIN", "IJsselstein"),
        ("Monitorgemeente", "Monitorgemeente"),  # a word that only begins like a kind
        ("  “Brunssum” ", "Brunssum"),
    ],
)
def test_the_name_is_read_out_of_the_title(printed, name):
    assert municipality_name(printed) == name


def test_quote_marks_go_but_an_elided_article_stays():
    assert strip_quotes("„Samen sterk”") == "Samen sterk"
    assert strip_quotes("'s-Hertogenbosch") == "'s-Hertogenbosch"


def test_a_running_header_repeating_the_title_names_it():
    assert same_name("PROFIEL OLDAMBT", "Oldambt")
    assert not same_name("Oldambt in cijfers", "Oldambt")


def test_a_numbered_or_marked_heading_is_no_motto():
    for second in ("1 Inleiding", "## Bestuur", "2.1 Beleid"):
        lines = [SimpleNamespace(text="Stad"), SimpleNamespace(text=second)]
        assert title_and_motto(lines, lambda text: False) == ("Stad", None, 1)


def test_the_document_title_is_the_name_and_stands_in_the_cleaned_text():
    doc = parse_profile("PROFIEL GEMEENTE OLDAMBT\n\nBestuur\n\nDe raad vergadert.\n", "x")
    assert doc.title == "Oldambt" == doc.text[slice(*doc.title_span)]
