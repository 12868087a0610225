"""An offline accessibility check: axe-core (shipped by the PyPI package
axe-playwright-python) run in the page; skipped when that package is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

#: axe-core rule tags checked: WCAG 2.0/2.1 levels A and AA (contrast, labels, names …).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source() -> str:
    module = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python missing")
    return (Path(module.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def violations(page) -> list[str]:  # noqa: ANN001
    """The axe-core violations of the page as ``rule: target`` strings (empty when it passes).

    ``page.evaluate`` runs outside the page's Content-Security-Policy, so the
    check needs no change to the page."""
    page.evaluate(axe_source())
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3)"
        ".map(n => n.target.join(' ')).join(' | ')))",
        TAGS,
    )
    return list(found)
