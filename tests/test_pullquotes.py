"""Pull-quotes: a line repeating earlier running text goes, with the lines continuing it."""

from __future__ import annotations

from kg.pullquotes import Line, mark_pull_quotes


def _lines(*texts: str) -> list[Line | None]:
    return [Line(t, t) for t in texts]


def test_a_repeated_line_and_its_continuation_go_and_the_first_occurrence_stays():
    first = "De gemeente wil dat inwoners zo lang mogelijk thuis kunnen blijven wonen"
    lines = _lines(first, "met hulp van hun netwerk.", "Iets anders.", first, "met hulp van")
    removed: list[tuple[str, str]] = []
    mark_pull_quotes(lines, removed)
    assert [line is None for line in lines] == [False, False, False, True, True]
    assert removed == [("pull-quote", first), ("pull-quote", "met hulp van")]


def test_a_short_or_new_line_is_kept():
    lines = _lines(
        "Kort.", "Kort.", "Een lange zin die nergens eerder in het document staat, echt niet."
    )
    mark_pull_quotes(lines, removed := [])
    assert all(line is not None for line in lines) and removed == []
