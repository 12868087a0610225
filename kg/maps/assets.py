"""The scripts and style sheets every page inlines: vis-network (from the
installed pyvis package) and the page's own files in ``kg/maps/static``.

Nothing is linked: a page must draw with no network at all.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kg.errors import DataError

#: vis-network as bundled by pyvis (the version pyvis's own template uses).
VIS_DIR = "templates/lib/vis-9.1.2"


def _read(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise DataError(f"missing page asset {package}/{name} ({exc})") from None


def _inline_safe(code: str, tag: str) -> str:
    """Drop source-map comments (DevTools would fetch them) and guard the closing tag."""
    code = re.sub(r"^\s*(//|/\*)# sourceMappingURL=.*$", "", code, flags=re.MULTILINE)
    return re.sub(f"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


@cache
def vis_js() -> str:
    """vis-network's JavaScript, ready to inline in a ``<script>``."""
    return _inline_safe(_read("pyvis", f"{VIS_DIR}/vis-network.min.js"), "script")


@cache
def vis_css() -> str:
    """vis-network's style sheet, ready to inline in a ``<style>``."""
    return _inline_safe(_read("pyvis", f"{VIS_DIR}/vis-network.css"), "style")


@cache
def static(name: str) -> str:
    """One of this package's own files (``map.js``, ``map.css``, ``source.css``, ``source.js``)."""
    tag = "script" if name.endswith(".js") else "style"
    return _inline_safe(_read("kg.maps", f"static/{name}"), tag)
