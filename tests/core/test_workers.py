"""Workers started with die_with_parent end when their parent is killed, even by SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

POOL_SCRIPT = """
import multiprocessing, os, sys, time
from geo.core.workers import die_with_parent
def work(_):
    time.sleep(60)
if __name__ == "__main__":
    pool = multiprocessing.get_context("fork").Pool(2, initializer=die_with_parent, initargs=(os.getpid(),))
    pool.map_async(work, range(2))
    time.sleep(60)
"""


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` from /proc."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def wait_for(predicate, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_pool_workers_die_with_a_killed_parent(sig):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parent = subprocess.Popen([sys.executable, "-c", POOL_SCRIPT], cwd=root)
    try:
        assert wait_for(lambda: len(children(parent.pid)) >= 2), "the pool never started"
        workers = children(parent.pid)
        parent.send_signal(sig)
        parent.wait(timeout=10)
        assert wait_for(lambda: not any(alive(w) for w in workers), timeout=10), "a worker outlived its parent"
    finally:
        parent.kill()


def test_die_with_parent_reports_whether_it_is_in_place():
    # In a child: the request would otherwise bind the test runner itself to its parent.
    code = "from geo.core.workers import die_with_parent; print(die_with_parent())"
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == str(sys.platform.startswith("linux"))


def test_can_fork_only_from_the_main_thread():
    import threading

    from geo.core.workers import can_fork

    assert can_fork()  # Linux, main thread
    seen = []
    thread = threading.Thread(target=lambda: seen.append(can_fork()))
    thread.start()
    thread.join()
    assert seen == [False]
