"""The Dask side of the ingest: tasks the scheduler cancels (a killed worker took their scattered
input, or the scheduler forgot them) are submitted anew with the input scattered again, in order."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed.client import FutureCancelledError

from geo.core.errors import StoreError
from geo.read.sources import Ref
from geo.store import cluster
from geo.store.rows import BATCH_SCHEMA


class _Future:
    def __init__(self, key: str, outcome) -> None:
        self.key, self.outcome = key, outcome

    def result(self):
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


class _Client:
    """Runs each task at once; cancels the first ``cancel`` submissions of every unit."""

    def __init__(self, cancel: int) -> None:
        self.cancel, self.keys, self.seen, self.scattered = cancel, [], {}, 0

    def scheduler_info(self):
        return {"workers": {"w1": {}}}

    def scatter(self, data, broadcast=False):
        self.scattered += 1
        return data

    def submit(self, fn, refs, fingerprint, known, model, path, key, retries, pure):
        self.keys.append(key)
        unit = refs[0].id
        self.seen[unit] = self.seen.get(unit, 0) + 1
        if self.seen[unit] <= self.cancel:
            return _Future(key, FutureCancelledError(key, reason="already forgotten"))
        pq.write_table(pa.Table.from_pylist([], schema=BATCH_SCHEMA), path)
        return _Future(key, (path, [], [f"unit {unit}"]))

    def close(self):
        pass


def _units(n: int) -> list[list[Ref]]:
    return [[Ref("file", f"/x/{i}.txt", f"/x/{i}.txt", f"a{i}", {}, None)] for i in range(n)]


def _run(monkeypatch, tmp_path, cancel: int):
    client = _Client(cancel)
    monkeypatch.setattr(cluster, "_client", lambda address: (client, None))
    out = list(cluster.run_dask(_units(5), "local", tmp_path, "fp", np.zeros(0, dtype=np.uint64), None))
    return client, out


def test_a_cancelled_task_is_submitted_anew_and_the_units_come_back_in_order(monkeypatch, tmp_path):
    client, out = _run(monkeypatch, tmp_path, cancel=1)
    assert [p.warnings for _, p in out] == [[f"unit a{i}"] for i in range(5)]
    assert sum(k.endswith("-again1") for k in client.keys) == 5 and len(client.keys) == 10
    assert client.scattered == 1 + 5  # the hashes scattered again for each resubmission (lost dependencies)
    assert not list(tmp_path.glob("*.parquet"))  # every shard read back and removed


def test_a_task_cancelled_every_time_stops_the_ingest_with_a_clear_error(monkeypatch, tmp_path):
    with pytest.raises(StoreError, match="cancelled 3 times"):
        _run(monkeypatch, tmp_path, cancel=99)
