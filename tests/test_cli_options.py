"""One vocabulary of options: the same option means the same thing on every command."""

from __future__ import annotations

from collections import defaultdict

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.options import DEFAULT_MAX_WIDTH, FORMAT_NAMES, LANGUAGES


def _commands():
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        if isinstance(command, click.Group):
            for sub in command.list_commands(click.Context(command)):
                yield f"{name} {sub}", command.get_command(click.Context(command), sub)
        else:
            yield name, command


def _options():
    """``{long option: [(command, click.Option)]}`` over every command."""
    found = defaultdict(list)
    for name, command in _commands():
        for param in command.params:
            if isinstance(param, click.Option):
                found[param.opts[0]].append((name, param))
    return found


OPTIONS = _options()


def test_every_format_value_comes_from_the_shared_vocabulary_with_short_form_f():
    assert OPTIONS["--format"]
    for name, option in OPTIONS["--format"]:
        assert set(option.type.choices) <= set(FORMAT_NAMES), name
        assert "-f" in option.opts, name
        for value in option.type.choices:
            assert f"{value}: {FORMAT_NAMES[value]}" in option.help, (name, value)


@pytest.mark.parametrize("option", ["--lang", "--quiet", "--max-width", "--graph", "--out"])
def test_the_same_option_has_the_same_type_and_choices_everywhere(option):
    uses = OPTIONS[option]
    assert len(uses) >= 2, option
    kinds = {(type(o.type).__name__, tuple(getattr(o.type, "choices", ()))) for _, o in uses}
    if option == "--out":  # a folder (several files written) or, for export, one file
        assert {o.metavar for _, o in uses} == {"DIR", "FILE"}
        assert [n for n, o in uses if o.metavar == "FILE"] == ["export"]
        return
    assert len(kinds) == 1, (option, sorted(kinds))
    if option == "--lang":
        assert {tuple(o.type.choices) for _, o in uses} == {LANGUAGES}
    if option == "--quiet":
        assert all("-q" in o.opts for _, o in uses)


@pytest.mark.parametrize(
    "command", ["build", "push", "map", "compare", "export", "validate", "docs"]
)
def test_commands_that_report_take_quiet(command):
    assert any(n == command for n, _ in OPTIONS["--quiet"]), command


def test_tables_take_max_width():
    assert {n for n, _ in OPTIONS["--max-width"]} == {"query run", "network stats"}
    assert all(o.default == DEFAULT_MAX_WIDTH for _, o in OPTIONS["--max-width"])


def test_max_width_zero_prints_whole_cells(graph_path):
    args = ["query", "run", "finding-provenance", "--graph", str(graph_path)]
    cut = CliRunner().invoke(main, args)
    whole = CliRunner().invoke(main, [*args, "--max-width", "0"])
    narrow = CliRunner().invoke(main, [*args, "--max-width", "20"])
    assert cut.exit_code == whole.exit_code == narrow.exit_code == 0
    longest = lambda out: max(len(cell) for line in out.splitlines() for cell in line.split("  "))  # noqa: E731
    assert longest(whole.stdout) > DEFAULT_MAX_WIDTH >= longest(cut.stdout) - 1
    assert "…" in narrow.stdout and longest(narrow.stdout) <= 20


def test_validate_takes_table_and_the_old_text_alike(graph_path):
    new = CliRunner().invoke(main, ["validate", "--graph", str(graph_path), "-f", "table"])
    old = CliRunner().invoke(main, ["validate", "--graph", str(graph_path), "--format", "text"])
    assert new.exit_code == old.exit_code == 0
    assert new.stdout == old.stdout and new.stdout.startswith("Conforms: ")
    quiet = CliRunner().invoke(main, ["validate", "--graph", str(graph_path), "-q"])
    assert (quiet.exit_code, quiet.stdout) == (0, "")


def test_query_lang_sets_the_lang_parameter(graph_path):
    args = ["query", "run", "laws-problems-matrix", "--graph", str(graph_path)]
    dutch = CliRunner().invoke(main, [*args, "--lang", "nl"])
    english = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert dutch.exit_code == english.exit_code == 0, dutch.stderr
    assert "Jeugdwet" in dutch.stdout and "Youth Act" in english.stdout
    assert "Youth Act" not in dutch.stdout and "Jeugdwet" not in english.stdout
    fixed = CliRunner().invoke(main, ["query", "run", "shared-problems", "--lang", "nl"])
    assert fixed.exit_code == 2
    assert "has no lang parameter" in fixed.stderr


def test_max_memory_default_is_the_sandbox_default():
    from kg.cli.options import DEFAULT_MAX_MEMORY_MB
    from kg.query.sandbox import DEFAULT_MAX_MEMORY_MB as SANDBOX

    assert DEFAULT_MAX_MEMORY_MB == SANDBOX
