"""Worker processes that die with their parent.

A worker the project starts (forked parse workers, ingest workers, Dask workers) must not outlive
the process that started it, even when that process is killed with SIGKILL and can run no clean-up.
On Linux the kernel does it: ``prctl(PR_SET_PDEATHSIG)`` asks for a signal when the parent dies.
``die_with_parent`` sets it in the worker, and then checks that the parent has not already gone
in between (the race the man page describes). Elsewhere it does nothing and says so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies.

    Parameters
    ----------
    parent_pid : int, optional
        The parent's pid as the parent saw it before starting this worker; when the current parent
        differs, the parent is already gone and this process ends at once.
    sig : int
        The signal to receive (SIGKILL: a worker holds nothing that needs cleaning up).

    Returns
    -------
    bool
        True when the request is in place (Linux), False where the platform has no such call.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
        return False
    if parent_pid is not None and os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)
    return True


def can_fork() -> bool:
    """Forking is safe only from the main thread of a process on a platform that has it."""
    import multiprocessing
    import threading

    return "fork" in multiprocessing.get_all_start_methods() and threading.current_thread() is threading.main_thread()
