"""kg.maps.i18n: the map pages' strings in English and Dutch."""

from __future__ import annotations

import string

import pytest

from kg.maps.i18n import LANGUAGES, TEXT, counts, relation_names, text


def fields(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_both_languages_have_the_same_strings_and_placeholders():
    assert LANGUAGES == ("en", "nl")
    assert set(TEXT["en"]) == set(TEXT["nl"])
    for key, value in TEXT["en"].items():
        if isinstance(value, str):
            assert fields(value) == fields(str(TEXT["nl"][key])), key


def test_counts_groups_thousands():
    assert counts("en", 1500, 2) == "1,500 nodes · 2 connections"


def test_text_refuses_a_table_and_relation_names_refuse_a_string():
    with pytest.raises(KeyError):
        text("en", "relations")
    assert relation_names("nl")["broader"] == "breder"
    assert text("nl", "filtered", shown=1, total=2, hidden="x").startswith("1 van 2")
