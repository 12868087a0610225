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
        "Werkloosheid 8,1% 7,4%",
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
