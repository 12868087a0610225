"""kg.cli.exits: the exit code of each library error class, and option hints."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.cli.exits import EXIT_CODES, OPTION_HINTS, error_line, exit_code
from kg.errors import (
    DataError,
    KgError,
    LockedError,
    MemoryLimitExceeded,
    QueryRefused,
    QueryTimedOut,
    ReferenceDataError,
    TooManyResults,
    UsageError,
)


def test_the_most_specific_class_decides():
    assert exit_code(KgError("x")) == 1
    assert exit_code(DataError("x")) == 1
    assert exit_code(ReferenceDataError("x")) == 2  # a DataError, but the build's configuration
    assert exit_code(UsageError("x")) == 2
    assert exit_code(QueryRefused("x")) == 2
    assert exit_code(LockedError("x")) == 3
    for cls in (QueryTimedOut, MemoryLimitExceeded, TooManyResults):
        assert exit_code(cls("x")) == 1


def test_an_error_of_another_library_is_a_failure():
    assert exit_code(RuntimeError("x")) == 1 and RuntimeError not in EXIT_CODES


def test_the_hint_names_the_option_of_the_parameter():
    error = TooManyResults("more than 5 results", "q.rq", parameter="max_rows")
    assert error_line(error) == "q.rq: more than 5 results (--max-rows)"
    assert error_line(DataError("plain")) == "plain"
    assert error_line(DataError("odd", parameter="no-such-parameter")) == "odd"
    assert all(hint.startswith(" (") and "--" in hint for hint in OPTION_HINTS.values())


def test_the_cli_prints_the_hint_and_exits_with_the_code(tmp_path):
    missing = tmp_path / "none.ttl"
    result = CliRunner().invoke(main, ["map", "--graph", str(missing), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {missing}: graph file not found (run 'kg build' first, or pass --graph)\n"
    )
