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


def test_places_lists_every_token_at_its_indexes_in_order() -> None:
    """Each distinct token's indexes among the text's tokens, ascending, and nothing else:
    the matcher reads its live tokens' places from them instead of scanning every token."""
    from kg.extract.mentiontokens import _TokenIndex

    index = _TokenIndex("De raad, de Raad en de wethouder; de raad van de regio.")
    places = index.places()
    assert places["de"] == [2, 5, 7, 10] and places["De"] == [0]
    assert places["raad"] == [1, 8] and places["Raad"] == [3]
    assert sorted(k for found in places.values() for k in found) == list(range(len(index.words)))
    assert all(index.words[k] == token for token, found in places.items() for k in found)
    assert index.places() is places  # read once per text
