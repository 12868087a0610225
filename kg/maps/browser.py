"""Headless Chromium settings shared by the browser tests, the benchmark and the
screenshot script (Debian's ``chromium`` driven by Playwright for Python)."""

from __future__ import annotations

#: Where Debian's ``chromium`` package installs the browser.
CHROMIUM = "/usr/bin/chromium"

#: Flags for a quiet headless run in a container: no sandbox, GPU or background traffic.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def launch(playwright, executable: str = CHROMIUM):  # noqa: ANN001, ANN201 - Playwright types
    """Launch headless Chromium from ``executable`` with :data:`CHROMIUM_ARGS`."""
    return playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
