"""kg.errors: typed errors with a one-line message naming their file."""

from __future__ import annotations

from pathlib import Path

from kg.errors import DataError, KgError, QueryRefused, ReferenceDataError, UsageError, printable


def test_the_message_is_one_line_prefixed_with_the_path():
    error = DataError("bad\n  data\there", Path("seeds/x.txt"))
    assert str(error) == "seeds/x.txt: bad data here"
    assert error.message == "bad\n  data\there" and error.path == "seeds/x.txt"
    assert error.parameter is None


def test_a_path_with_control_characters_is_escaped():
    assert str(DataError("oops", "a\nb")) == "a\\nb: oops"
    assert printable("plain") == "plain"


def test_the_class_tree():
    assert issubclass(ReferenceDataError, DataError)
    assert issubclass(QueryRefused, UsageError)
    assert all(issubclass(c, KgError) for c in (DataError, UsageError))


def test_an_error_names_the_parameter_that_decides_it():
    assert UsageError("x", parameter="timeout").parameter == "timeout"


def test_control_characters_in_a_message_are_escaped():
    from kg.errors import DataError

    error = DataError("bad title 'Stad\x07\x1b[31m' \udcff", "seeds/a\x00.txt")
    text = str(error)
    assert text == "seeds/a\\x00.txt: bad title 'Stad\\x07\\x1b[31m' \\xff"
    assert text.isprintable()
