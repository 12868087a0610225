"""kg.cli.progress: a progress line on a terminal, nothing when piped."""

from __future__ import annotations

import re

from kg.cli.progress import progress_reporter


def test_off_when_not_a_terminal_or_when_asked():
    assert progress_reporter(False) is None


def test_the_line_shows_a_bar_the_count_and_the_name(capsys):
    report = progress_reporter(True)
    assert report is not None
    report(1, 4, "brunssum")
    err = capsys.readouterr().err
    assert err.startswith("\r[######------------------] 1/4")
    assert "brunssum" in err and not err.endswith("\n")
    report(4, 4, "a-very-long-name-" * 4)
    last = capsys.readouterr().err
    assert "[" + "#" * 24 + "] 4/4" in last and last.endswith("\n")
    assert re.search(r"a-very-long-name-a-very-long-n ", last)  # names cut at 30 characters


def test_zero_total_draws_a_full_bar(capsys):
    report = progress_reporter(True)
    assert report is not None
    report(0, 0, "")
    assert "#" * 24 in capsys.readouterr().err
