"""Test helpers for tests that start servers: free ports and a real Oxigraph server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

needs_oxigraph = pytest.mark.skipif(
    shutil.which("oxigraph") is None,
    reason="oxigraph server CLI not installed (pip install oxigraph)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def oxigraph(tmp_path):
    """A running :class:`OxigraphServer` with an on-disk store in a tmp folder."""
    server = OxigraphServer(tmp_path / "store")
    server.start()
    yield server
    server.stop()


class OxigraphServer:
    """An ``oxigraph serve`` process on a free port, restartable on the same store."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.proc: subprocess.Popen | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        for _ in range(5):
            self.port = free_port()
            self.proc = subprocess.Popen(
                [
                    "oxigraph",
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{self.port}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for _ in range(200):
                if self.proc.poll() is not None:
                    break
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                        return
                except OSError:
                    time.sleep(0.05)
            self.stop()
        raise RuntimeError("oxigraph server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def query(self, sparql: str) -> list[dict]:
        data = urllib.parse.urlencode({"query": sparql}).encode()
        req = urllib.request.Request(
            f"{self.base}/query", data=data, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)["results"]["bindings"]

    def ask(self, sparql: str) -> bool:
        url = f"{self.base}/query?" + urllib.parse.urlencode({"query": sparql})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)["boolean"]

    def graph_counts(self) -> dict[str, int]:
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


# --- deliberately faulty servers ---------------------------------------------------


def _read_request(conn: socket.socket) -> bytes:
    """Read one HTTP request (headers and a Content-Length body) from ``conn``."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip() or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


#: How a :class:`FaultyServer` answers (raw bytes, then it closes the connection).
FAULTS: dict[str, bytes | None] = {
    "cut-mid-body": b"HTTP/1.1 200 OK\r\nContent-Type: application/n-triples\r\n"
    b"Content-Length: 5000\r\n\r\n<http://e/s> <http://e/p> ",
    "cut-mid-chunk": b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
    b'Transfer-Encoding: chunked\r\n\r\n400\r\n{"head": ',
    "garbage": b"SPARQL? never heard of it\r\n\r\n",
    "closed": None,  # reads the request, answers nothing
    "http-500": b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
    b"Content-Length: 22\r\n\r\nstore crashed: oh dear",
    "wrong-type": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 19\r\n\r\n"
    b"<html>hello</html>\n",
}


class FaultyServer:
    """A threaded TCP server on a free loopback port that answers every request
    with one of :data:`FAULTS`, or after ``delay`` seconds (a timeout); it counts
    the requests it received."""

    def __init__(self, fault: str, delay: float = 0.0) -> None:
        self.answer = FAULTS[fault]
        self.delay = delay
        self.requests: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.stopped = False
        import threading

        threading.Thread(target=self._loop, daemon=True).start()

    def url(self, path: str = "/store") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _loop(self) -> None:
        import threading

        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                self.requests.append(_read_request(conn))
                if self.delay:
                    time.sleep(self.delay)
                if self.answer is not None:
                    conn.sendall(self.answer)
            except OSError:
                pass

    def close(self) -> None:
        self.stopped = True
        self.sock.close()


class SilentListener:
    """A listening socket that must receive nothing: :meth:`assert_untouched`
    fails if anything connected (a request was attempted)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]

    def url(self, path: str = "/sparql") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def assert_untouched(self, wait: float = 0.5) -> None:
        self.sock.settimeout(wait)
        try:
            conn, _ = self.sock.accept()
        except TimeoutError:
            return
        conn.close()
        raise AssertionError(f"something connected to port {self.port}")

    def close(self) -> None:
        self.sock.close()
