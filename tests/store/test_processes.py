"""Real processes: a reader beside a running ingest, an ingest killed with SIGKILL and run again,
and a Dask LocalCluster (two worker processes) ingest that equals a local one row for row."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.core.errors import StoreError
from geo.core.records import Filters
from geo.store import query
from geo.store.connect import reading
from geo.store.ingest import ingest

sys.path.insert(0, str(Path(__file__).parent))
from corpus import snapshot, write_corpus

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), n=80)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The store an uninterrupted local ingest makes of the corpus."""
    store = tmp_path_factory.mktemp("reference") / "s.duckdb"
    report = ingest([corpus], store, workers=1, batch_size=4, progress=False)
    assert report.counts["failed"] == 0
    return store


def start_ingest(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "geo",
            "ingest",
            str(corpus),
            "--store",
            str(store),
            "--batch-size",
            "4",
            "--quiet",
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def children(pid: int) -> set[int]:
    """Every descendant of a process, read from /proc (children of any of its threads: Dask's
    nannies start workers from their event-loop thread)."""
    out, stack = set(), [pid]
    while stack:
        p = stack.pop()
        kids: list[int] = []
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    kids.extend(int(c) for c in f.read().split())
        except OSError:
            continue
        out.update(kids)
        stack.extend(kids)
    return out


def parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def stored(store: Path, timeout: float = 60) -> int:
    """Articles in the store; 0 while it does not exist yet or (with a short timeout) is busy."""
    if not store.exists():
        return 0
    try:
        with reading(store, timeout=timeout) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except StoreError:
        return 0


def test_readers_keep_working_while_another_process_ingests(corpus, reference, tmp_path):
    store = tmp_path / "s.duckdb"
    proc = start_ingest(corpus, store, "--workers", "1")
    seen: list[int] = []
    revisions: list[int] = []
    exports = 0
    try:
        while proc.poll() is None:
            if store.exists():
                with reading(store, timeout=60) as con:
                    stats = query.stats(con)
                    query.places(con, Filters(min_mentions=2))
                seen.append(stats["articles"])
                revisions.append(stats["revision"])
                if exports < 2 and stats["articles"]:
                    out = subprocess.run(
                        [
                            sys.executable,
                            "-m",
                            "geo",
                            "export",
                            "--store",
                            str(store),
                            "--format",
                            "jsonl",
                            "--table",
                            "articles",
                        ],
                        cwd=ROOT,
                        capture_output=True,
                        text=True,
                        timeout=120,
                        check=False,
                    )
                    assert out.returncode == 0, out.stderr
                    exports += 1
            time.sleep(0.05)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
    assert seen == sorted(seen) and revisions == sorted(revisions)
    assert len(set(seen)) > 2, seen  # the reader saw the corpus grow, batch by batch
    assert exports == 2
    assert snapshot(store) == snapshot(reference)


def test_sigkill_loses_at_most_the_batch_in_flight_and_a_rerun_completes_it(corpus, reference, tmp_path):
    store = tmp_path / "s.duckdb"
    # One article per transaction: the kill lands after the first commit with most still to come,
    # however fast the machine (with four a quiet machine could finish first).
    proc = start_ingest(corpus, store, "--workers", "2", "--batch-size", "1")
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= children(proc.pid)
            if stored(store, timeout=0.5) >= 1:
                break
            time.sleep(0.02)
        workers |= children(proc.pid)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        assert workers, "expected forked parse workers"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "a worker outlived the killed ingest"
    partial = stored(store)
    assert 0 < partial < 83
    rerun = subprocess.run(
        [sys.executable, "-m", "geo", "ingest", str(corpus), "--store", str(store), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(store) == snapshot(reference)


def test_dask_local_cluster_equals_local_ingest(corpus, reference, tmp_path):
    store = tmp_path / "s.duckdb"
    shards = tmp_path / "shards"
    report = ingest([corpus], store, scheduler="local", shards=shards, batch_size=4, progress=False)
    assert report.summary() == "83 new, 1 unchanged, 0 replaced, 0 failed"
    assert snapshot(store) == snapshot(reference)
    assert list(shards.glob("*.parquet")) == []  # every shard was taken in and removed
    again = ingest([corpus], store, scheduler="local", shards=shards, batch_size=4, progress=False)
    assert again.summary() == "0 new, 84 unchanged, 0 replaced, 0 failed"


def test_stats_command_in_another_process(reference):
    out = subprocess.run(
        [sys.executable, "-m", "geo", "stats", "--store", str(reference), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["articles"] == 83


def test_a_dask_worker_killed_mid_job_costs_a_retry_and_a_killed_ingest_leaves_no_worker(corpus, reference, tmp_path):
    store = tmp_path / "s.duckdb"
    proc = start_ingest(corpus, store, "--scheduler", "local", "--shards", str(tmp_path / "shards"))
    try:
        deadline = time.monotonic() + 180
        while stored(store, timeout=0.5) < 1 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        # the workers are the fork server's children, so grandchildren of the ingest
        victims = sorted(w for w in children(proc.pid) if parent(w) not in (proc.pid, None))
        assert proc.poll() is None and victims, "expected a running Dask ingest with worker processes"
        os.kill(victims[0], signal.SIGKILL)  # its nanny starts a new worker; its task runs again
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(store) == snapshot(reference)

    proc = start_ingest(corpus, tmp_path / "other.duckdb", "--scheduler", "local")
    try:
        deadline = time.monotonic() + 180
        workers = set()
        while len(workers) < 4 and time.monotonic() < deadline and proc.poll() is None:
            workers |= children(proc.pid)
            time.sleep(0.2)
        assert proc.poll() is None and workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    deadline = time.monotonic() + 15
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "a Dask worker outlived the killed ingest"
