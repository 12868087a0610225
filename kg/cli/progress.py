"""A progress line for long work: count, rate and ETA on a terminal, nothing when piped."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import click


def progress_reporter(enabled: bool | None = None) -> Callable[[int, int, str], None] | None:
    """Return a ``progress(done, total, name)`` callback writing to stderr, or None.

    Parameters
    ----------
    enabled : bool, optional
        Force on or off; by default on only when stderr is a terminal.
    """
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    start = time.monotonic()

    def report(done: int, total: int, name: str) -> None:
        elapsed = max(time.monotonic() - start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate else 0.0
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {done}/{total}  {rate:6.1f}/s  ETA {eta:5.0f}s  {name[:30]}"
        click.echo("\r" + line.ljust(100), nl=done == total, err=True)

    return report
