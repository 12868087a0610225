"""HTTP Digest authentication of ``kg push`` against a small local server.

Virtuoso's authenticated endpoints answer HTTP Digest only; a client that sent
Basic and a large body saw the connection closed ("Broken pipe") instead of
the 401. The server here checks Digest (RFC 7616, MD5, qop=auth) as Virtuoso
does: a request with a Basic header gets a bare 401 with no challenge.
"""

from __future__ import annotations

import hashlib
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.publish.push import AuthenticationError, HttpClient

USER, PASSWORD, REALM, NONCE = "dba", "s3cret-pw", "SPARQL", "abc123"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - the protocol's hash


class DigestHandler(BaseHTTPRequestHandler):
    seen: list

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass

    def _challenge(self, bare: bool = False) -> None:
        self.send_response(401)
        if not bare:
            self.send_header(
                "WWW-Authenticate",
                f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth", algorithm="MD5"',
            )
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        auth = self.headers.get("Authorization", "")
        self.seen.append((self.command, auth.split(" ")[0], len(body)))
        if auth.startswith("Basic"):
            return self._challenge(bare=True)
        if not auth.startswith("Digest "):
            return self._challenge()
        fields = urllib.request.parse_keqv_list(
            urllib.request.parse_http_list(auth[len("Digest ") :])
        )
        ha1 = _md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = _md5(f"{self.command}:{fields['uri']}")
        expected = _md5(f"{ha1}:{NONCE}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
        if fields.get("username") != USER or fields.get("response") != expected:
            return self._challenge()
        self.send_response(201 if self.command == "PUT" else 200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_POST = _handle


@pytest.fixture()
def digest_server():
    handler = type("Handler", (DigestHandler,), {"seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen
    server.shutdown()
    server.server_close()


def test_digest_is_learnt_from_a_bodiless_probe_then_answered(digest_server):
    base, seen = digest_server
    client = HttpClient(user=USER, password=PASSWORD, retries=0)
    url = f"{base}/sparql-graph-crud-auth?graph=http%3A%2F%2Fe%2Fg"
    status, _, _ = client.request("PUT", url, b"<http://e/a> <http://e/p> <http://e/b> .\n")
    assert status == 201
    client.request("POST", f"{base}/sparql-auth", b"MOVE <a> TO <b>")
    assert seen == [("GET", "", 0), ("PUT", "Digest", 41), ("POST", "Digest", 15)]
    assert client.digest is not None and client.digest["realm"] == REALM


def test_a_wrong_password_is_an_authentication_error(digest_server):
    base, seen = digest_server
    client = HttpClient(user=USER, password="wrong", retries=3, sleep=lambda s: None)
    with pytest.raises(AuthenticationError) as err:
        client.request("PUT", f"{base}/store?graph=g", b"x" * 10)
    message = str(err.value)
    assert message.endswith(
        "HTTP 401 Unauthorized: the store refused user 'dba' (check the user name and password)"
    )
    assert "wrong" not in message
    assert [s[0] for s in seen] == ["GET", "PUT"]  # a 401 is not retried


def test_no_credentials_is_an_authentication_error(digest_server):
    base, _ = digest_server
    with pytest.raises(AuthenticationError, match="needs a user name and password"):
        HttpClient(retries=0).request("PUT", f"{base}/store?graph=g", b"x")
