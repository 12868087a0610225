"""A real Virtuoso (Debian ``virtuoso-opensource``) for the second-store tests.

:class:`VirtuosoServer` writes a minimal ``virtuoso.ini`` into a temporary
folder (its database lives there too), starts ``virtuoso-t`` in the foreground
on 127.0.0.1 with two free ports (SQL and HTTP), waits until the SPARQL
endpoint answers, grants ``SPARQL_UPDATE`` to the anonymous ``SPARQL`` user
through ``isql``, and stops the process at the end.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.server_support import free_port

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
VAD = Path("/usr/share/virtuoso-opensource-7/vad")

needs_virtuoso = pytest.mark.skipif(
    VIRTUOSO is None or ISQL is None,
    reason="Virtuoso not installed: apt-get install virtuoso-opensource (virtuoso-t and isql-vt)",
)

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 200M
ThreadsPerQuery = 2
DirsAllowed = ., {db}, {vad}
VADInstallDir = {vad}/

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
MaxClientConnections = 10
ServerThreads = 10
EnabledDavVSP = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
DefaultQuery = SELECT * WHERE {{ ?s ?p ?o }} LIMIT 1
"""

#: The dba password of a fresh database.
DBA_PASSWORD = "dba"


class VirtuosoServer:
    """A ``virtuoso-t`` process with its database in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self, wait: float = 90.0, attempts: int = 5) -> None:
        """Start ``virtuoso-t`` and wait until its SPARQL endpoint answers.

        A port found free a moment ago can be taken before Virtuoso binds it
        (by another test worker, or an outgoing connection's ephemeral port),
        and then ``virtuoso-t`` exits with "Failed HTTP listen" or "Failed to
        listen". Such a start is retried on two fresh ports, up to
        ``attempts`` times; any other early exit is an error at once.
        """
        for attempt in range(1, attempts + 1):
            if self._start_once(wait):
                break
            if attempt == attempts or "listen" not in self.log_tail().lower():
                raise RuntimeError(f"virtuoso-t exited: {self.log_tail()}")
            self.sql_port = free_port()
            self.http_port = free_port()
        self.isql('GRANT SPARQL_UPDATE TO "SPARQL";')

    def _start_once(self, wait: float) -> bool:
        """One start on the current ports: True once up, False if the process exited."""
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(
            INI.format(db=self.folder, sql_port=self.sql_port, http_port=self.http_port, vad=VAD),
            encoding="utf-8",
        )
        log = (self.folder / "stdout.log").open("wb")
        self.process = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(ini)],
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log.close()
                return False
            try:
                with urllib.request.urlopen(f"{self.base}/sparql?query=ASK%7B%7D", timeout=2):
                    return True
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"Virtuoso did not answer within {wait:g} s: {self.log_tail()}")

    def isql(self, statement: str) -> str:
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", DBA_PASSWORD, f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql {statement!r}: {done.stdout} {done.stderr}")
        return done.stdout

    def log_tail(self) -> str:
        path = self.folder / "virtuoso.log"
        text = path.read_text(errors="replace") if path.is_file() else ""
        return " | ".join(text.strip().splitlines()[-5:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
