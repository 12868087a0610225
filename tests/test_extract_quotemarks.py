"""Quotation marks left open by a sentence (kg.extract.quotemarks)."""

from __future__ import annotations

import pytest

from kg.extract.quotemarks import closes, holds_quote, open_quote


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Zij zeggen: “we kennen de mensen.", "Die tehuizen zijn ver weg.”"),
        ("De wethouder: ‘We hebben niet gewacht.", "Daardoor stonden de teams er.’"),
        ("Een mantelzorger: 'Ik ben chauffeur en verpleegster.", "Vrij ben ik nooit.'"),
        ("«Het gaat goed.", "Echt.»"),
    ],
)
def test_a_quotation_left_open_is_closed_in_the_next_sentence(first, second):
    kind = open_quote(first)
    assert kind is not None
    assert closes(kind, second)


@pytest.mark.parametrize(
    "sentence",
    [
        "‘Wij dragen ook de grootste risico’s.’",  # closed, with an apostrophe inside
        "Het gaat om auto's en risico's.",  # apostrophes only
        "Zij noemt het ‘een pleister op een gapende wond’.",
        "Geen aanhalingstekens hier.",
    ],
)
def test_apostrophes_and_closed_quotations_leave_nothing_open(sentence):
    assert open_quote(sentence) is None


def test_a_closing_mark_must_follow_a_word():
    kind = open_quote("'We hebben het gered.")
    assert kind is not None
    assert not closes(kind, "Het gaat om auto's.")


def test_quoted_spans_close_on_any_mark_and_skip_apostrophes_and_open_quotations():
    from kg.extract.quotemarks import quoted_spans

    s = "“Het is prioriteit 1’ vertellen raadsleden."  # closed by a slip with ’
    assert [s[a:b] for a, b in quoted_spans(s)] == ["“Het is prioriteit 1’"]
    assert quoted_spans("Het team begeleidt ‘van de wieg tot het graf‘en verder.") == []
    assert quoted_spans("Zo'n risico’s zijn er.") == []


def test_the_typewriters_double_quote_opens_a_quotation_of_several_sentences():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        'Een teamleider vertelt: "Vroeger ging het om een traplift. Nu zijn er schulden." '
        "De raad is bezorgd."
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert quotes[0].endswith('schulden."') and quotes[0].startswith("Een teamleider")
    assert closes(open_quote('Hij zegt: "Ja.'), 'Dat klopt."')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij zei: „Dank u wel.”", True),
        ("«Meer weten? Bel het wijkteam.»", True),
        ('Hij vroeg: "Herkent u dat?"', True),
        ("‘Tot ziens’, zei de wethouder.", True),
        ("Dank u wel.", False),
        ("Meer weten? Bel het wijkteam.", False),
        ("Het is 's avonds druk bij het loket.", False),  # an apostrophe is no quotation
        ("De auto's van de thuiszorg staan klaar.", False),
    ],
)
def test_holds_quote_reads_only_the_marks_of_a_quotation(text: str, expected: bool) -> None:
    assert holds_quote(text, 0, len(text)) is expected


def test_holds_quote_reads_only_its_span() -> None:
    text = "„Ja”, zei zij. Tot ziens."
    assert holds_quote(text, 0, 4) and not holds_quote(text, 15, len(text))


def test_holds_quote_finds_each_mark_as_the_set_does() -> None:
    # the search of a character class reads what membership in QUOTE_MARKS reads
    from kg.extract.quotemarks import QUOTE_MARKS

    texts = [f"Zij zei {mark}ja{mark} en ging." for mark in sorted(QUOTE_MARKS)]
    texts += ["Het gaat om auto's.", "Geen teken hier.", "", "«", "x‚y‹z›"]  # look-alikes
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text) - 1), (9, 11), (12, 99)):
            expected = any(c in QUOTE_MARKS for c in text[start:end])
            assert holds_quote(text, start, end) is expected
