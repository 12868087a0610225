"""Run one query in a forked worker process with no network, a memory limit and a time limit.

The checker in :mod:`kg.query.safety` refuses ``SERVICE`` (and remote
``FROM``/``LOAD``) by reading the query. This module is the second, independent
line of defence, so that a bug in that checker alone cannot reach the network,
and the place where a query's memory and time are really bounded:

- The worker is a ``fork`` of the caller, so it shares the already loaded
  store at no cost (copy-on-write) and needs no new imports.
- In the worker, :func:`isolate_network` moves the process into a new, empty
  network namespace (``unshare(CLONE_NEWNET)``; ``CLONE_NEWUSER`` as well when
  not root): it has only a loopback interface that is down, so every outbound
  connection fails, whatever the engine tries. Where the kernel does not allow
  that (some containers), the worker falls back to parsing the query with
  rdflib's full SPARQL parser and refusing it if its algebra holds a
  ``ServiceGraphPattern`` or if it does not parse (:func:`refuse_service_by_algebra`).
- ``RLIMIT_AS`` caps the worker's address space at its size at fork time
  plus ``max_memory_mb``; a query that needs more fails in the worker alone.
- The caller waits at most ``timeout`` seconds and then kills the worker
  (``SIGKILL``), so an abandoned query stops using CPU and memory at once.

The worker sends its return value (or exception) back pickled through a pipe.

Examples
--------
>>> run_isolated(lambda: 6 * 7, timeout=10, max_memory_mb=512, where="<doc>")
42
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from kg.errors import DataError, MemoryLimitExceeded, QueryRefused, QueryTimedOut

T = TypeVar("T")

#: Default memory one query may use, in MB, beyond the process it runs in (``--max-memory``).
DEFAULT_MAX_MEMORY_MB = 2048

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_FORK_LOCK = threading.Lock()


def isolate_network() -> bool:
    """Move the calling process into a new, empty network namespace; False if not permitted.

    Call it only in a single-threaded process (a freshly forked worker):
    ``CLONE_NEWUSER`` requires that.
    """
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    if libc.unshare(_CLONE_NEWNET) == 0:
        return True
    return bool(os.geteuid() != 0 and libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0)


def refuse_service_by_algebra(text: str, prefixes: dict[str, str], where: str) -> None:
    """Refuse ``text`` if rdflib's SPARQL parser finds SERVICE in it, or cannot parse it.

    Raises
    ------
    QueryRefused
        If the query's algebra holds a ``ServiceGraphPattern``, or the full
        parser rejects the query. (``FROM`` is not refused here: pyoxigraph
        reads it as a graph of the local dataset and fetches nothing.)

    Examples
    --------
    >>> refuse_service_by_algebra("SELECT * { ?s ?p ?o }", {}, "q")
    >>> refuse_service_by_algebra("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", {}, "q")
    Traceback (most recent call last):
    ...
    kg.errors.QueryRefused: q: SERVICE would send a request to another server; refused
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        algebra = translateQuery(parseQuery(text), initNs=prefixes).algebra
    except Exception:  # noqa: BLE001 - any parser failure means: cannot prove it safe
        raise QueryRefused(
            "the query could not be checked for SERVICE by the full SPARQL parser; refused",
            where,
        ) from None
    if _has_service(algebra):
        raise QueryRefused("SERVICE would send a request to another server; refused", where)


def _has_service(node: object) -> bool:
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if getattr(item, "name", None) == "ServiceGraphPattern":
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


def run_isolated(
    fn: Callable[[], T],
    *,
    timeout: float | None,
    max_memory_mb: float | None,
    where: str,
    query: str | None = None,
    prefixes: dict[str, str] | None = None,
    network_namespace: bool = True,
    allow_network: bool = False,
) -> T:
    """Run ``fn`` in a forked worker without network, with memory and time limits.

    Parameters
    ----------
    fn : callable
        What to run; its return value must pickle.
    timeout : float or None
        Seconds before the worker is killed (None or 0: no limit).
    max_memory_mb : float or None
        Megabytes the worker may allocate beyond its size at fork (None or 0: no limit).
    where : str
        The query's name, for messages.
    query : str, optional
        The query text, checked by :func:`refuse_service_by_algebra` when the
        network namespace is not available.
    prefixes : dict, optional
        Prefixes the query may use undeclared (for that check).
    network_namespace : bool
        Try the network namespace first (False forces the parser check; for tests).
    allow_network : bool
        Leave the worker on the network (``--allow-remote``); no check at all.

    Raises
    ------
    QueryTimedOut
        When the time limit passes (the worker is killed).
    MemoryLimitExceeded
        When the worker runs out of its memory allowance.
    QueryRefused
        When the fallback parser check finds SERVICE.
    DataError
        When the worker dies for another reason.
    """
    # Imported before the fork: importing them in each worker costs ~8 ms, here ~1 ms once.
    import ctypes  # noqa: F401
    import resource  # noqa: F401

    # Under the lock, no other thread forks while this worker's write end is open
    # in the parent: a worker forked by another thread would inherit it and hold
    # back the end of this answer until it exits.
    with _FORK_LOCK:
        read_fd, write_fd = os.pipe()
        err_fd = os.memfd_create("kg-query-stderr") if hasattr(os, "memfd_create") else None
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the worker (coverage does not follow forks)
            os.close(read_fd)
            guard = None if allow_network else (network_namespace, query, prefixes or {})
            _worker(fn, write_fd, err_fd, max_memory_mb, where, guard)
        os.close(write_fd)
    finished = False
    try:
        data, finished = _read_all(read_fd, timeout)
    finally:
        os.close(read_fd)
        if not finished:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return _answer(data, finished, _read_memfd(err_fd), timeout, max_memory_mb, where)


def _answer(
    data: bytes,
    finished: bool,
    stderr: str,
    timeout: float | None,
    max_memory_mb: float | None,
    where: str,
) -> Any:
    """The worker's answer, or the typed error for why it gave none.

    Parameters
    ----------
    data : bytes
        What the worker wrote: a pickled ``(ok, value)`` pair, or nothing.
    finished : bool
        False when the time limit passed first.
    stderr : str
        The worker's standard error.
    timeout, max_memory_mb : float or None
        The limits, for messages.
    where : str
        The query's name, for messages.

    Returns
    -------
    object
        The value ``fn`` returned.

    Raises
    ------
    QueryTimedOut, MemoryLimitExceeded, DataError
        As :func:`run_isolated` documents; an exception the worker raised is
        raised again here.

    Examples
    --------
    >>> _answer(pickle.dumps((True, 42)), True, "", None, None, "q")
    42
    >>> try:
    ...     _answer(b"", False, "", 2.0, None, "q")
    ... except QueryTimedOut as error:
    ...     print(error.args[0])
    q: query timed out after the 2 s limit
    """
    if not finished:
        raise QueryTimedOut(
            f"query timed out after the {timeout:g} s limit", where, parameter="timeout"
        )
    if data:
        ok, value = pickle.loads(data)
        if ok:
            return value
        raise value
    if "memory allocation" in stderr or "MemoryError" in stderr:
        raise _memory_error(max_memory_mb, where)
    last = stderr.strip().splitlines()[-1:] or ["no output"]
    raise DataError(f"query worker stopped without an answer ({last[0][:200]})", where)


def _memory_error(max_memory_mb: float | None, where: str) -> MemoryLimitExceeded:
    return MemoryLimitExceeded(
        f"query needed more than the {max_memory_mb:g} MB memory limit; "
        "stopped (add LIMIT, or narrow the patterns)",
        where,
        parameter="max_memory_mb",
    )


def _worker(  # pragma: no cover - runs in the worker
    fn: Callable[[], object],
    write_fd: int,
    err_fd: int | None,
    max_memory_mb: float | None,
    where: str,
    guard: tuple[bool, str | None, dict[str, str]] | None,
) -> None:
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        handler = sys.modules.get("faulthandler")
        if handler is not None:  # a crash of the worker is reported by the caller
            handler.disable()
        if err_fd is not None:
            os.dup2(err_fd, 2)
        if guard is not None:
            _cut_off_network(*guard, where)
        _limit_memory(max_memory_mb)
        try:
            outcome: tuple[bool, object] = (True, fn())
        except MemoryError:
            outcome = (False, _memory_error(max_memory_mb, where))
        except BaseException as exc:  # noqa: BLE001 - sent to the caller
            outcome = (False, exc.with_traceback(None))
        try:
            payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an unpicklable error still gets through
            payload = pickle.dumps((False, DataError(f"query failed: {exc}", where)))
        _write_all(write_fd, payload)
    except BaseException as exc:  # noqa: BLE001
        with contextlib.suppress(BaseException):
            _write_all(write_fd, pickle.dumps((False, exc.with_traceback(None))))
        status = 1
    finally:
        os._exit(status)


def _cut_off_network(  # pragma: no cover - in the worker
    network_namespace: bool, query: str | None, prefixes: dict[str, str], where: str
) -> None:
    if network_namespace and isolate_network():
        return
    if query is None:
        raise QueryRefused("no network isolation and no query text to check; refused", where)
    refuse_service_by_algebra(query, prefixes, where)


def _limit_memory(max_memory_mb: float | None) -> None:  # pragma: no cover - in the worker
    import resource

    if not max_memory_mb:
        return
    with open("/proc/self/statm", encoding="ascii") as handle:
        current = int(handle.read().split()[0]) * _PAGE
    limit = current + int(max_memory_mb * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _write_all(fd: int, data: bytes) -> None:  # pragma: no cover - in the worker
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_all(fd: int, timeout: float | None) -> tuple[bytes, bool]:
    """Everything the worker writes, until it closes the pipe; (data, False) on timeout."""
    deadline = time.monotonic() + timeout if timeout else None
    parts: list[bytes] = []
    while True:
        wait = None if deadline is None else deadline - time.monotonic()
        if wait is not None and wait <= 0:
            return b"".join(parts), False
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(parts), True
        parts.append(chunk)


def _read_memfd(fd: int | None) -> str:
    if fd is None:
        return ""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 1 << 16).decode("utf-8", "replace")
    finally:
        os.close(fd)
