"""Security headers for pages ``kg serve`` sends, with a Content-Security-Policy per page.

The policy is ``default-src 'self'``: nothing is loaded from another origin,
and no inline script runs unless its SHA-256 hash is listed. The maps embed
their scripts (vis-network and the page's own code, so they work offline
from a file too); :func:`content_security_policy` hashes each inline
``<script>`` element of the exact page it is sent with, so those scripts run
and an injected one does not. Inline styles stay allowed (the maps set
``style`` attributes; a style cannot run code).

Examples
--------
>>> policy = content_security_policy(b"<p>hi</p><script>go()</script>")
>>> "default-src 'self'" in policy and "'sha256-" in policy
True
"""

from __future__ import annotations

import base64
import hashlib
import re

#: Headers every response carries.
BASE_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
)

_SCRIPT = re.compile(rb"<script(?:\s[^>]*)?>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)


def script_hashes(page: bytes) -> list[str]:
    """CSP source expressions (``'sha256-…'``) of the page's inline scripts, sorted.

    Examples
    --------
    >>> script_hashes(b"<script>alert(1)</script>")
    ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
    >>> script_hashes(b'<script src="/a.js"></script>')
    []
    """
    found = set()
    for match in _SCRIPT.finditer(page):
        body = match.group(1)
        if not body.strip():
            continue
        digest = base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")
        found.add(f"'sha256-{digest}'")
    return sorted(found)


def content_security_policy(page: bytes | None = None) -> str:
    """The Content-Security-Policy for a response; ``page`` is an HTML body to allow scripts of.

    Examples
    --------
    >>> content_security_policy()
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    """
    scripts = " ".join(["'self'", *script_hashes(page or b"")])
    return (
        f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )
