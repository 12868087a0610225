"""kg.compare.i18n: both languages hold the same strings; names are joined per language."""

from __future__ import annotations

import re
import string

import pytest

from kg.compare.i18n import LANGUAGES, TEXT, join_names, text


def fields(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_both_languages_have_the_same_keys_and_placeholders():
    assert set(LANGUAGES) == {"en", "nl"}
    assert set(TEXT["en"]) == set(TEXT["nl"])
    for key, value in TEXT["en"].items():
        assert fields(value) == fields(TEXT["nl"][key]), key


def test_text_formats_its_values():
    assert text("en", "title", names="A and B") == "A and B compared"
    assert text("nl", "title", names="X") != text("en", "title", names="X")
    with pytest.raises(KeyError):
        text("en", "no-such-key")


@pytest.mark.parametrize(
    ("names", "lang", "expected"),
    [
        ([], "en", ""),
        (["A"], "nl", "A"),
        (["A", "B"], "en", "A and B"),
        (["A", "B", "C"], "nl", "A, B en C"),
    ],
)
def test_join_names(names, lang, expected):
    assert join_names(names, lang) == expected


def test_no_string_names_a_command_line_flag():
    flags = [v for lang in TEXT.values() for v in lang.values() if re.search(r"--[a-z]", v)]
    assert flags == []


def test_every_unit_the_shapes_allow_reads_in_both_languages():
    from pathlib import Path

    from kg.compare.i18n import UNITS

    shapes = (Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl").read_text()
    allowed = re.search(r'"count"[^)]*\)', shapes)
    assert allowed is not None
    units = set(re.findall(r'"([^"]+)"', allowed.group(0)))
    assert {"minutes", "weeks", "per 1000 inhabitants"} <= units
    for lang in ("en", "nl"):
        assert set(UNITS[lang]) == set(UNITS["en"])
        missing = units - set(UNITS[lang]) - {"fte", "percentage points"}
        assert not missing, (lang, missing)
