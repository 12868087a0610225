"""kg.publish.csp: each page's policy allows exactly the inline scripts it carries."""

from __future__ import annotations

import base64
import hashlib

from kg.publish.csp import BASE_HEADERS, content_security_policy, script_hashes


def sha(body: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'"


def test_each_inline_script_is_hashed_once_and_sorted():
    page = b"<script>b()</script><SCRIPT type='module'>a()</SCRIPT ><script>b()</script>"
    assert script_hashes(page) == sorted({sha(b"b()"), sha(b"a()")})


def test_empty_and_external_scripts_need_no_hash():
    assert script_hashes(b"<script>  </script><script src='/x.js'></script>") == []


def test_the_policy_lists_the_page_hashes_after_self():
    policy = content_security_policy(b"<script>go()</script>")
    assert f"script-src 'self' {sha(b'go()')};" in policy
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "'sha256-" not in content_security_policy()


def test_base_headers_forbid_framing_and_sniffing():
    headers = dict(BASE_HEADERS)
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
