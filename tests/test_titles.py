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


def test_a_series_name_over_the_title_on_the_cover_is_no_title():
    text = (
        "Onderzoek naar de decentralisaties 2016\n\nPROFIEL GEMEENTE STAD\n\n“Samen sterk”\n\n"
        "Bestuur\n\nDe raad vergadert elke maand over het sociaal domein.\n"
    )
    doc = parse_profile(text, "x")
    assert (doc.title, doc.motto) == ("Stad", "Samen sterk")
    # a name first, a line naming a kind of document under it: the name is the title
    doc = parse_profile("Stad\n\nProfiel van een krimpgemeente\n\nBestuur\n\nDe raad.\n", "x")
    assert (doc.title, doc.motto) == ("Stad", "Profiel van een krimpgemeente")


def test_a_first_line_that_is_a_bare_mark_names_no_municipality():
    import pytest

    with pytest.raises(ValueError, match="names no municipality"):
        parse_profile("# \n\n## \n\nDe raad vergadert.\n", "x")


@pytest.mark.parametrize(
    "title",
    [
        "Gemeente Meppel – profiel sociaal domein 2016",
        "Sociaal domein 2016 – Meppel",
        "Profiel 7: Meppel",
        "Meppel: Knooppunt van Zuidwest-Drenthe",
        "Casus Meppel – “Knooppunt van Zuidwest-Drenthe”",
        "De gemeente Meppel",
        "Meppel | Sociaal domein",
    ],
)
def test_a_title_in_parts_names_the_municipality_by_its_part_that_is_a_name(title):
    assert municipality_name(title) == "Meppel"


def test_a_name_with_a_hyphen_or_words_in_lower_case_stays_whole():
    assert municipality_name("Súdwest-Fryslân") == "Súdwest-Fryslân"
    assert municipality_name("Alphen aan den Rijn") == "Alphen aan den Rijn"
    assert municipality_name("Sociaal domein") == "Sociaal domein"  # no part is a name
