"""Shared pieces of the headless-Chromium tests: the marks and the browser fixture.

``conftest.py`` loads this module as a plugin, so every test can ask for the
``browser`` fixture; a browser test module sets ``pytestmark = BROWSER_MARKS``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.maps.browser import CHROMIUM, launch

BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing (apt install chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module, with the project's offline settings."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python not installed"
    )
    with sync_api.sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()
