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
