"""kg.markdown: a profile typed in Markdown read as the layout its marks stand for."""

from __future__ import annotations

import pytest

from kg.document import parse_profile
from kg.markdown import looks_like_markdown, plain_line, plain_lines

PROFILE = """# Tiel

*"Werken aan verbinding"*

## Waarom in de selectie?

**Tiel** is gekozen omdat de gemeente centrumgemeente is. Er wonen ruim 41.000 inwoners.

## Demografie en sociaaleconomische situatie

| Indicator | Tiel | Nederland |
|:---|---:|---|
| Werkloosheid | 8,1% | 7,4% |
| Inwoners | 41.500 | |

Het aantal jongeren met jeugdhulp ligt *duidelijk hoger* dan gemiddeld.

## Bestuur

### Beleid en sturing

Ambtenaren vertellen dat de transformatie **nog niet van de grond** komt.

1. De korte voorbereidingstijd speelt mee.
2. Het personeel wisselt vaak.

> Volgens een beleidsmedewerker is de samenwerking _intensief maar goed_.
"""


def test_a_markdown_profile_gives_its_headings_title_and_motto():
    doc = parse_profile(PROFILE, "tiel")
    assert (doc.title, doc.motto) == ("Tiel", "Werken aan verbinding")
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("Waarom in de selectie?", 1),
        ("Demografie en sociaaleconomische situatie", 1),
        ("Bestuur", 1),
        ("Beleid en sturing", 1),
    ]


def test_emphasis_quotes_and_numbers_leave_the_sentences_and_table_rows_stand_apart():
    doc = parse_profile(PROFILE, "tiel")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "Tiel is gekozen omdat de gemeente centrumgemeente is.",
        "Er wonen ruim 41.000 inwoners.",
        "Werkloosheid 8,1% (Nederland 7,4%)",  # the header names the national column
        "Inwoners 41.500",
        "Het aantal jongeren met jeugdhulp ligt duidelijk hoger dan gemiddeld.",
        "Ambtenaren vertellen dat de transformatie nog niet van de grond komt.",
        "De korte voorbereidingstijd speelt mee.",
        "Het personeel wisselt vaak.",
        "Volgens een beleidsmedewerker is de samenwerking intensief maar goed.",
    ]
    # the header row names the columns: no sentence, so no finding
    assert ("table header", "Indicator Tiel Nederland") in doc.removed
    assert ("table rule", "|:---|---:|---|") in doc.removed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Tiel\n\nDe raad.\n", True),
        ("Tiel\n\n|---|---|\n", True),
        ("Tiel\n\nDe kosten stegen met 5 * 3 procent; *niet* erg.\n", False),
        ("Tiel\n\n#1 in de regio.\n", False),
        ("Tiel\n\nHet budget - vaste lasten - groeit.\n", False),
    ],
)
def test_only_a_text_with_markdown_headings_or_a_pipe_table_is_markdown(text, expected):
    assert looks_like_markdown(text) is expected


def test_asterisks_stay_in_a_profile_that_is_no_markdown():
    doc = parse_profile("Stad\n\nBestuur\n\nDe *wijkteams* werken goed.\n", "x")
    assert doc.sentence_text(doc.sentences[0]) == "De *wijkteams* werken goed."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**Tiel** en __Buren__", "Tiel en Buren"),
        ("de *wijk*teams", "de *wijk*teams"),  # no emphasis inside a word
        ("jeugd_ggz en _zorg_", "jeugd_ggz en zorg"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        ('zie [de nota](nota.pdf "Nota") en ![foto](f.jpg)', "zie de nota en foto"),
        ("\\*geen nadruk\\* \\# geen kop", "*geen nadruk* # geen kop"),
        (">> dubbel geciteerd", "dubbel geciteerd"),
        ("  3. een ingesprongen item", "  3) een ingesprongen item"),
        ("2015. Het jaar", "2015. Het jaar"),  # a year is no item number
    ],
)
def test_a_line_loses_its_marks(raw, expected):
    assert plain_line(raw) == expected


def test_a_table_without_a_rule_has_no_header_to_drop():
    lines, dropped = plain_lines(["| Werkloosheid | 8,1% |", "| Inwoners | 41.500 |"])
    assert lines == ["Werkloosheid   8,1%", "Inwoners   41.500"]
    assert dropped == {}


ZWOLLE = (
    "\ufeff# Gemeenteprofiel Zwolle\r\n\r\n## Inhoud\r\n\r\n"
    "- [Waarom in de selectie?](#waarom)\r\n- [Bestuur](#bestuur)\r\n"
    "  - [Beleid en sturing](#beleid)\r\n\r\n"
    "## Waarom in de selectie?\r\n\r\nZwolle telt ruim 125.000 inwoners.\r\n\r\n"
    "## Bestuur\r\n\r\n### Beleid en sturing\r\n\r\n"
    "Het tekort op de jeugdhulp was in 2016 4,5 miljoen euro.[^1]\r\n\r\n"
    "[^1]: Bron: jaarrekening 2016.\r\n"
)


def test_a_table_of_contents_of_links_and_footnotes_in_markdown():
    from kg.loading import decode_profile

    text = decode_profile(ZWOLLE.encode("utf-8"), __import__("pathlib").Path("z.txt"))[0]
    doc = parse_profile(text, "zwolle")
    assert doc.title == "Zwolle"
    assert [s.heading for s in doc.sections] == [
        "Waarom in de selectie?",
        "Bestuur",
        "Beleid en sturing",
        "Noten",  # the footnotes, set apart as a printed profile's are
    ]
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "Zwolle telt ruim 125.000 inwoners.",
        "Het tekort op de jeugdhulp was in 2016 4,5 miljoen euro.",
        "Bron: jaarrekening 2016.",  # the note, without its number
    ]
    assert ("contents", "Inhoud") in doc.removed
    assert ("footnote marker", "[1]") in doc.removed


def test_a_hashed_heading_is_a_heading_whatever_follows():
    doc = parse_profile("# Stad\n\n## Knelpunten\n\n- de wachtlijsten\n- de kosten\n", "x")
    assert [s.heading for s in doc.sections] == ["Knelpunten"]


def test_footnote_texts_are_set_apart_under_notes_without_a_heading_for_them():
    text = (
        "# Tiel\n\n## Bestuur\n\nTiel is centrumgemeente van de regio Rivierenland.[^1] "
        "De raad is kritisch.[^2]\n\n[^1]: Rivierenland bestaat uit acht gemeenten.\n"
        "[^2]: Gesprek met raadsleden,\n    maart 2016.\n"
    )
    doc = parse_profile(text, "tiel")
    assert [s.heading for s in doc.sections] == ["Bestuur", "Noten"]
    notes = doc.sections[-1]
    in_notes = [doc.sentence_text(s) for s in doc.sentences if s.section == notes.index]
    assert in_notes == [
        "Rivierenland bestaat uit acht gemeenten.",
        "Gesprek met raadsleden, maart 2016.",
    ]
    assert "[" not in doc.text[: notes.start]  # the markers left the running text
    assert not any(kind.startswith("footnote line") for kind, _ in doc.removed)


def test_a_notes_heading_typed_above_the_footnotes_is_not_doubled():
    text = "# Tiel\n\n## Bestuur\n\nDe raad.[^1]\n\n## Noten\n\n[^1]: Een gesprek.\n"
    doc = parse_profile(text, "tiel")
    assert [s.heading for s in doc.sections] == ["Bestuur", "Noten"]


def test_front_matter_comments_and_images_are_no_title_motto_or_sentence():
    text = (
        "---\ntitle: Profiel Tiel\nauthor: Onderzoeksteam\n---\n\n# Tiel\n\n"
        "<!-- concept,\nniet verspreiden -->\n\n![Foto van het gemeentehuis](foto.jpg)\n\n"
        "## Bestuur\n\nDe raad is tevreden.\n"
    )
    doc = parse_profile(text, "tiel")
    assert (doc.title, doc.motto) == ("Tiel", None)
    assert [doc.sentence_text(s) for s in doc.sentences] == ["De raad is tevreden."]
    kinds = {kind for kind, _ in doc.removed}
    assert {"front matter", "comment", "placeholder"} <= kinds


def test_the_front_matter_title_names_a_profile_without_a_first_heading():
    doc = parse_profile('---\ntitle: "Profiel Tiel"\n---\n\n## Bestuur\n\nDe raad.\n', "tiel")
    assert doc.title == "Tiel"
    assert [s.heading for s in doc.sections] == ["Bestuur"]


def test_headings_underlined_in_the_setext_style_mark_markdown():
    text = "Tiel\n====\n\n*Samen*\n\nBestuur\n-------\n\nDe raad is *echt* tevreden.\n"
    doc = parse_profile(text, "tiel")
    assert (doc.title, doc.motto) == ("Tiel", "Samen")
    assert [doc.sentence_text(s) for s in doc.sentences] == ["De raad is echt tevreden."]
