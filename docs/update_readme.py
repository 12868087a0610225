"""Regenerate the README's example outputs from the commands themselves.

A block of README.md between

    <!-- readme-output: kg build -->
    ```console
    $ kg build
    …output…
    ```
    <!-- /readme-output -->

is rewritten with the real output of its command (standard output and error,
as a terminal shows them). The commands run one after another in a scratch
folder holding a link to ``seeds/``, so ``kg build`` writes ``build/kg.ttl``
there and later blocks (``kg map``, ``kg query run …``) read it, exactly as a
reader typing them in order would. A command may use a shell pipe or ``;``.
A command holding ``http://127.0.0.1:7878/`` runs against an Oxigraph server
started for the purpose (skipped, block left as it is, when the ``oxigraph``
command is missing).

Usage::

    python3 docs/update_readme.py           # rewrite the stale blocks
    python3 docs/update_readme.py --check   # exit 1 and list the stale blocks

``tests/test_readme.py`` runs the check, so a figure in the README cannot go
stale unnoticed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
STORE = "http://127.0.0.1:7878/"

BLOCK = re.compile(
    r"<!-- readme-output: (?P<command>.+?) -->\n```console\n(?P<body>.*?)```\n"
    r"<!-- /readme-output -->",
    re.DOTALL,
)


def _shim(folder: Path) -> Path:
    """A ``kg`` on PATH that runs this checkout's code."""
    bin_dir = folder / ".bin"
    bin_dir.mkdir()
    shim = bin_dir / "kg"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kg "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return bin_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Store:
    """An Oxigraph server on a free loopback port, started on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> str | None:
        if self.proc is not None:
            return self.url
        binary = shutil.which("oxigraph")
        if binary is None:
            return None
        port = _free_port()
        location = self.folder / ".store"
        self.proc = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "query?query=ASK%7B%7D", timeout=1):
                    return self.url
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve did not come up within 20 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def run_command(command: str, folder: Path, env: dict[str, str], store: _Store) -> str | None:
    """The console text of one command: ``$ command`` and what it printed (None: skipped)."""
    actual = command
    if STORE in command:
        url = store.start()
        if url is None:
            return None
        actual = command.replace(STORE, url)
    done = subprocess.run(
        ["sh", "-c", actual + " 2>&1"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    output = done.stdout.replace(store.url, STORE) if store.url else done.stdout
    output = output.replace(f"{ROOT}{os.sep}", "")  # no machine-specific paths
    return f"$ {command}\n{output}"


def regenerate(text: str) -> tuple[str, list[str]]:
    """``text`` with every marked block rewritten, and the commands whose block changed."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-readme-") as tmp:
        folder = Path(tmp)
        for name in ("seeds", "docs", "tests"):
            (folder / name).symlink_to(ROOT / name, target_is_directory=True)
        env = dict(os.environ)
        env["PATH"] = f"{_shim(folder)}{os.pathsep}{env.get('PATH', '')}"
        env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{env.get('PYTHONPATH', '')}".rstrip(os.pathsep)
        env["KG_CACHE_DIR"] = str(folder / ".cache")
        env["COLUMNS"] = "100"
        for name in ("KG_GRAPH", "KG_QUERIES", "KG_BASE_IRI"):
            env.pop(name, None)
        store = _Store(folder)
        try:

            def replace(match: re.Match) -> str:
                command = match.group("command")
                body = run_command(command, folder, env, store)
                if body is None:
                    return match.group(0)
                if body != match.group("body"):
                    stale.append(command)
                return (
                    f"<!-- readme-output: {command} -->\n```console\n{body}```\n"
                    "<!-- /readme-output -->"
                )

            new = BLOCK.sub(replace, text)
        finally:
            store.stop()
    return new, stale


def main(argv: list[str] | None = None) -> int:
    """Rewrite README.md (or, with ``--check``, report its stale blocks and exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale blocks")
    parser.add_argument("--readme", type=Path, default=README, help="the file to update")
    args = parser.parse_args(argv)
    text = args.readme.read_text(encoding="utf-8")
    new, stale = regenerate(text)
    if args.check:
        for command in stale:
            print(f"stale README block: {command}", file=sys.stderr)
        return 1 if stale else 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
    print(f"{len(stale)} README block(s) updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
