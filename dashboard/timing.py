"""Server time of each page run, for ``python -m bench dashboard`` (off unless asked for).

With ``GEO_DASHBOARD_TIMINGS=FILE`` in the server's environment, every run of the page appends one
JSON line to FILE: wall seconds, the CPU seconds of the thread that ran it, and the session id.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator

ENV = "GEO_DASHBOARD_TIMINGS"
_LOCK = threading.Lock()


@contextlib.contextmanager
def measured() -> Iterator[None]:
    """Time the page run inside (its end included when it stops or reruns early)."""
    path = os.environ.get(ENV)
    if not path:
        yield
        return
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        line = json.dumps(
            {
                "wall": time.perf_counter() - wall,
                "cpu": time.thread_time() - cpu,
                "end": time.time(),
                "session": ctx.session_id if ctx else None,
            }
        )
        with _LOCK, open(path, "a", encoding="utf-8") as out:
            out.write(line + "\n")
