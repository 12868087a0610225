"""``kg serve`` against hostile requests, sent byte by byte over raw sockets."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest

from kg.publish.csp import script_hashes
from kg.publish.serve import MAX_BODY, create_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(graph_path, tmp_path_factory):
    maps = tmp_path_factory.mktemp("maps")
    (maps / "page.html").write_text(
        "<html><body><script>window.ok = 1;</script><p>map</p></body></html>", encoding="utf-8"
    )
    srv = create_server(graph_path, "127.0.0.1", 0, maps_dir=maps)
    srv.socket_timeout = 1.0
    srv.body_deadline = 2.0
    srv.log = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def exchange(server, raw: bytes, body: bytes = b"") -> bytes:  # noqa: ANN001
    """Send ``raw`` (and ``body`` from a thread), return everything the server answers."""
    sock = socket.create_connection(server.server_address[:2], timeout=30)
    failures: list[BaseException] = []

    def send() -> None:
        try:
            sock.sendall(raw + body)
        except OSError as exc:
            failures.append(exc)

    sender = threading.Thread(target=send)
    sender.start()
    chunks = []
    while True:
        data = sock.recv(65536)
        if not data:
            break
        chunks.append(data)
    sender.join(30)
    sock.close()
    assert failures == [], "the client could not send its request"
    return b"".join(chunks)


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def post(length: str, body: bytes = b"") -> bytes:
    return (
        b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: " + length.encode() + b"\r\n\r\n" + body
    )


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "+5", " ", "99999999999999999999"])
def test_a_bad_or_huge_content_length_is_refused_with_a_status(server, length, capsys):
    answer = exchange(server, post(length))
    expected = 413 if length.isdigit() else 400
    assert status(answer) == expected
    assert "Traceback" not in capsys.readouterr().err


def test_an_over_large_body_is_drained_so_the_client_reads_413(server):
    body = b"x" * (50 * 1024 * 1024)
    answer = exchange(server, post(str(len(body))), body)
    assert status(answer) == 413 and answer.endswith(b"request body too large\n")


def test_a_body_at_the_limit_is_read(server):
    query = b"ASK { ?s ?p ?o }"
    body = query + b" " * (MAX_BODY - len(query))
    answer = exchange(server, post(str(len(body))), body)
    assert status(answer) == 200 and b'"boolean":true' in answer.replace(b" ", b"")


def test_a_short_body_is_answered_408_after_the_socket_timeout(server):
    answer = exchange(server, post("100", b"ASK {"))
    assert status(answer) == 408


def test_a_silent_client_is_dropped(server):
    sock = socket.create_connection(server.server_address[:2], timeout=30)
    sock.sendall(b"GET / HTTP/1.1\r\n")  # and never finishes its headers
    # The server closes the connection after its 1 s socket timeout (the client waits 30 s).
    assert sock.recv(100) == b""
    sock.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/maps/%00", 400), ("/maps/a%00b.html", 400), ("/maps/" + "a" * 300, 404)],
)
def test_nul_bytes_and_long_paths_get_a_status_and_no_traceback(server, path, expected, capsys):
    answer = exchange(server, f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert status(answer) == expected
    assert "Traceback" not in capsys.readouterr().err


def test_security_headers_and_no_python_version(server):
    answer = exchange(server, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    head = answer.split(b"\r\n\r\n", 1)[0].decode()
    headers = dict(line.split(": ", 1) for line in head.split("\r\n")[1:])
    assert headers["Server"] == "kg-serve"
    assert "Python" not in head
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self';")


def test_a_page_gets_the_hashes_of_its_own_inline_scripts_only(server):
    answer = exchange(server, b"GET /maps/page.html HTTP/1.1\r\nHost: x\r\n\r\n")
    head, body = answer.split(b"\r\n\r\n", 1)
    policy = re.search(rb"Content-Security-Policy: ([^\r]*)", head).group(1).decode()
    hashes = script_hashes(body)
    assert len(hashes) == 1 and f"script-src 'self' {hashes[0]};" in policy


def test_at_most_max_threads_requests_are_handled_at_once(graph_path):
    srv = create_server(graph_path, "127.0.0.1", 0)
    srv._slots = threading.BoundedSemaphore(2)
    srv.socket_timeout = 30
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    idle = [socket.create_connection(srv.server_address[:2], timeout=30) for _ in range(5)]
    try:
        deadline = time.monotonic() + 2
        busiest = 0
        while time.monotonic() < deadline:
            handlers = [t for t in threading.enumerate() if "process_request" in t.name]
            busiest = max(busiest, len(handlers))
            time.sleep(0.05)
        assert busiest == 2
    finally:
        for sock in idle:
            sock.close()
    answer = exchange(srv, b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status(answer) == 200
    srv.shutdown()
    srv.server_close()
