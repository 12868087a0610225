"""The README's example outputs are the commands' real outputs (docs/update_readme.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "update_readme.py"


def _module():
    spec = importlib.util.spec_from_file_location("update_readme", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_stale_block_is_rewritten_and_reported(tmp_path):
    readme = tmp_path / "README.md"
    block = "<!-- readme-output: kg query list -f json | head -2 -->\n```console\n$ old\n```\n"
    readme.write_text(f"intro\n\n{block}<!-- /readme-output -->\n\nend\n", encoding="utf-8")
    args = [sys.executable, str(SCRIPT), "--readme", str(readme)]
    check = subprocess.run([*args, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 1
    assert "stale README block: kg query list -f json | head -2" in check.stderr
    subprocess.run(args, check=True, capture_output=True)
    text = readme.read_text(encoding="utf-8")
    assert "$ kg query list -f json | head -2\n[\n  {\n```" in text
    assert text.startswith("intro\n") and text.endswith("end\n")
    again = subprocess.run([*args, "--check"], capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr


def test_every_marked_block_names_a_command_a_reader_can_run():
    blocks = _module().BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 10
    runnable = ("kg ", "curl ", "cat ", "python3 tests/devset/")
    assert all(command.startswith(runnable) for command, _ in blocks)


@pytest.mark.slow
def test_the_readme_outputs_are_up_to_date():
    """Fails when a figure in the README is stale: run python3 docs/update_readme.py."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr + "\nrun: python3 docs/update_readme.py"
