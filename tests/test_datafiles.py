"""Tests for kg.datafiles: the one reader of the word lists in kg/data."""

from kg import datafiles
from kg.datafiles import word_list


def test_entries_are_lower_case_and_comments_and_blank_lines_are_left_out(tmp_path, monkeypatch):
    (tmp_path / "words.txt").write_text(
        "# source: general Dutch\n\n  Nederland  \nlandelijk\n#commented\n", encoding="utf-8"
    )
    monkeypatch.setattr(datafiles, "DATA", tmp_path)
    assert word_list("words.txt") == frozenset({"nederland", "landelijk"})


def test_the_package_lists_read_through_it():
    from kg.extract.dutchwords import read_list

    assert read_list("het-nouns.txt") == word_list("het-nouns.txt")
    assert "nederland" in word_list("national-columns.txt")
