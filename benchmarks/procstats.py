"""Run a command and measure its wall time and the peak memory of its whole process tree.

``kg build`` forks worker processes that share the parent's pages (copy on
write), so the peak RSS of the largest process understates the build's memory
and the sum of RSS overstates it. The sampler reads each process's PSS
(proportional set size: shared pages divided among the processes sharing them)
from ``/proc/PID/smaps_rollup`` every ``interval`` seconds and keeps the
largest sum; ``ru_maxrss`` of the children is reported beside it.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """What :func:`measure` returns."""

    wall_s: float
    peak_pss_mb: float
    max_rss_mb: float
    returncode: int
    stderr: str


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError, ValueError):
            out += [int(x) for x in task.read_text().split()]
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_pss_kb(root: int) -> int:
    """Sum of PSS (KiB) over ``root`` and all its descendants."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo += _children(pid)
    return total


def measure(cmd: list[str], cwd: Path, env: dict[str, str], interval: float = 0.1) -> Run:
    """Run ``cmd`` to completion, sampling its tree's memory.

    Parameters
    ----------
    cmd : list of str
        The command.
    cwd : Path
        Working directory.
    env : dict
        Environment.
    interval : float
        Seconds between memory samples.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_pss_kb(proc.pid))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far: only a new maximum is ours
    max_rss = after if after > before else float("nan")
    return Run(wall, peak / 1024, max_rss / 1024, proc.returncode, stderr)


def machine() -> dict[str, str]:
    """CPU model, CPU count and memory of this machine."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError):
        pass
    return {"cpu": model, "nproc": str(os.cpu_count()), "memory": memory}
