"""Word tokens for the lexicon matcher (kg.extract.mentiontokens), on invented text."""

from __future__ import annotations

from kg.extract.mentiontokens import _token_index, cuts_token, tokens


def test_tokens_have_offsets_into_the_text():
    text = "De wijkteams van Heerlen."
    assert [t for _, _, t in tokens(text)] == ["De", "wijkteams", "van", "Heerlen"]
    assert all(text[s:e] == t for s, e, t in tokens(text))


def test_a_span_of_an_indexed_text_is_a_slice_of_its_tokens():
    text = "De wijkteams van Heerlen werken samen met Kerkrade."
    _token_index(text)  # the document is split once
    assert tokens(text, 3, 24) == [(3, 12, "wijkteams"), (13, 16, "van"), (17, 24, "Heerlen")]


def test_a_span_that_cuts_a_token_is_split_on_its_own():
    text = "De wijkteams van Heerlen."
    assert cuts_token(text, 3, 7) and not cuts_token(text, 3, 12)
    assert tokens(text, 3, 7) == [(3, 7, "wijk")]
