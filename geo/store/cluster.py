"""Ingest on a Dask cluster: workers parse units of work and write Parquet shards; the store takes them in.

Each unit of work is one task (a file-level batch of ``batch_size`` articles, the model loaded once
per worker process). A task builds its rows with the same ``rows.build_partition`` as a local ingest
and writes them to ``<shards>/<name>.parquet``, where ``name`` is a hash of the unit's origins and the
parser fingerprint: a retried task (its worker died) writes the same file again, atomically, so a
retry replaces and never duplicates. This process takes the shards in input order, one transaction
each, and deletes each shard once it is stored.

``address`` is a running scheduler (``tcp://host:8786``): the workers need this package and its
data installed and the shard folder mounted at the same path. ``"local"`` starts a LocalCluster of
two single-threaded worker processes that die with this process (``dask_worker.py``).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import hashlib
import logging
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from geo.core.errors import StoreError
from geo.core.safe import printable
from geo.read.sources import Failure, Ref
from geo.store.rows import BATCH_SCHEMA, Partition, build_partition, worker_parser

LOCAL_WORKERS = 2


def shard_name(refs: list[Ref], fingerprint: str) -> str:
    """A name that depends only on the unit of work: the same unit always writes the same shard."""
    digest = hashlib.sha256(fingerprint.encode())
    for ref in refs:
        digest.update(ref.origin.encode("utf-8", "surrogatepass") + b"\0" + ref.id.encode("utf-8", "surrogatepass"))
    return f"geo-{digest.hexdigest()[:24]}"


def shard_task(
    refs: list[Ref], fingerprint: str, known: np.ndarray, model: str | None, path: str
) -> tuple[str, list[tuple[str, str]], list[str]]:
    """Worker side: build the unit's rows and write them to ``path`` (Parquet, atomically)."""
    import pyarrow.parquet as pq

    part = build_partition(refs, lambda: worker_parser(model), fingerprint, known, lazy=True)
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    pq.write_table(part.table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path, [(f.origin, f.reason) for f in part.failures], part.warnings


_HEAVY_MODULES = ["spacy", "pyarrow.parquet", "geo.pipeline", "geo.store.rows", "geo.store.dask_worker"]


def _forkserver_workers() -> None:
    """Start the LocalCluster's workers from a fork server that has imported the heavy modules
    once, instead of two fresh interpreters importing Dask, spaCy and Arrow each (measured: about
    half of the CPU a small Dask ingest spent beyond a local one). The workers still die with
    the ingest: the fork server exits when its parent does, and ``dask_worker`` ties each worker
    to the fork server."""
    import multiprocessing

    import dask
    from distributed.utils import get_mp_context

    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    get_mp_context()  # Dask sets its preload list once, on first use; ours replaces it after that
    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", *_HEAVY_MODULES])


def _client(address: str):
    from distributed import Client, LocalCluster

    if address == "local":
        import dask

        # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, which costs spaCy's
        # allocation-heavy parsing about 15 % more CPU (measured); keep only the thread caps.
        dask.config.set(
            {
                "distributed.nanny.pre-spawn-environ": {
                    "OMP_NUM_THREADS": 1,
                    "MKL_NUM_THREADS": 1,
                    "OPENBLAS_NUM_THREADS": 1,
                }
            }
        )
        _forkserver_workers()
        cluster = LocalCluster(
            n_workers=LOCAL_WORKERS,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
            preload=["geo.store.dask_worker"],
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise StoreError(f"cannot reach the Dask scheduler at {printable(address)} ({exc}).") from None


CANCELLED_RESUBMITS = 2
"""How many times a task the scheduler cancelled (a worker killed at the wrong moment) is submitted anew."""


def run_dask(
    units: Iterable[list[Ref]], address: str, shard_dir: Path, fingerprint: str, known: np.ndarray, model: str | None
) -> Iterator[tuple[int, Partition]]:
    """Build every unit's rows on the cluster; yield them in input order, each once it is read back."""
    import pyarrow.parquet as pq

    try:
        shard_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{printable(shard_dir)}: cannot create the shard folder ({exc.strerror}).") from None
    client, cluster = _client(address)
    try:
        if cluster is not None:
            # Every local worker must hold the scattered hashes: one that registers after the
            # broadcast would fetch them from the others, and lose them with them.
            client.wait_for_workers(LOCAL_WORKERS, timeout=120)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        shared = {"known": client.scatter(known, broadcast=True)}
        pending: collections.deque = collections.deque()

        def submit(refs: list[Ref], name: str):
            return client.submit(
                shard_task,
                refs,
                fingerprint,
                shared["known"],
                model,
                str(shard_dir / f"{name}.parquet"),
                key=name,
                retries=3,
                pure=False,
            )

        def take() -> Iterator[tuple[int, Partition]]:
            refs, name, future = pending.popleft()
            for attempt in range(1, CANCELLED_RESUBMITS + 2):
                try:
                    path, failures, warnings = future.result()
                    break
                except concurrent.futures.CancelledError as exc:
                    # A worker killed at the wrong moment can take the scattered hashes with it
                    # ("lost dependencies") or leave the scheduler to forget the task ("already
                    # forgotten") instead of running it again: scatter the hashes again and submit
                    # the task anew.
                    if attempt > CANCELLED_RESUBMITS:
                        raise StoreError(
                            f"a Dask task was cancelled {attempt} times ({printable(exc, 300)}); "
                            "the batches before it are stored, run the ingest again"
                        ) from None
                    shared["known"] = client.scatter(known, broadcast=True)
                    future = submit(refs, f"{name}-again{attempt}")
                except Exception as exc:
                    raise StoreError(
                        f"a Dask task failed ({type(exc).__name__}: {printable(exc, 300)}); "
                        "the batches before it are stored, run the ingest again"
                    ) from None
            table = pq.read_table(path, schema=BATCH_SCHEMA)
            yield len(refs), Partition(table, [Failure(o, r) for o, r in failures], warnings)
            with contextlib.suppress(OSError):
                os.remove(path)

        for refs in units:
            name = shard_name(refs, fingerprint)
            pending.append((refs, name, submit(refs, name)))
            while len(pending) > 2 * workers + 2:
                yield from take()
        while pending:
            yield from take()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
