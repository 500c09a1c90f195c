"""Ingest, reparse and remove: the commands that write the store.

An ingest scans its inputs, cuts them into units of work of ``batch_size`` articles, has each unit
read, parsed and turned into rows (``rows.build_partition``) by a worker, and writes the units in
input order, one transaction each, opening the store only for that write. The workers are two forked
processes that die with the ingest (``die_with_parent``), or a Dask cluster (``cluster.py``). Texts
the store already holds are not parsed again (a compact set of their hashes goes to the workers),
and the writer checks again inside its transaction, so running the same ingest twice adds nothing.
"""

from __future__ import annotations

import collections
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from geo.core.workers import die_with_parent
from geo.read.sources import Failure, Item, Ref, count_articles, load, scan
from geo.store.connect import DEFAULT_TIMEOUT, reading, writing
from geo.store.fingerprint import fingerprint
from geo.store.rows import (
    Partition,
    article_row,
    batch_table,
    build_partition,
    is_known,
    worker_parser,
)
from geo.store.write import replace_results, write_batch

BATCH_SIZE = 64
"""Articles per unit of work and per transaction: about two seconds of parsing on one core."""


@dataclass
class Report:
    """What an ingest or reparse did."""

    counts: collections.Counter = field(default_factory=collections.Counter)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    write_seconds: float = 0.0
    transactions: int = 0

    def summary(self) -> str:
        """The last line of an ingest: ``N new, M unchanged, K replaced, E failed``."""
        c = self.counts
        return f"{c['new']} new, {c['unchanged']} unchanged, {c['replaced']} replaced, {c['failed']} failed"


def known_hashes(con) -> np.ndarray:
    """Sorted 64-bit keys of every text the store holds (8 bytes per article: 80 MB at 10 million)."""
    # computed by DuckDB, straight into a numpy array: no Python object per article
    keys = con.execute(
        "SELECT DISTINCT CAST('0x' || substr(hash, 1, 16) AS UBIGINT) AS k FROM articles ORDER BY k"
    ).fetchnumpy()["k"]
    return np.asarray(keys, dtype=np.uint64)


def partitions(paths: Iterable[str | Path], size: int, failures: list[Failure]) -> Iterator[list[Ref]]:
    """The inputs' ``Ref``s in units of ``size``; scan failures go to ``failures`` as they come."""
    unit: list[Ref] = []
    for ref in scan(paths):
        if isinstance(ref, Failure):
            failures.append(ref)
            continue
        unit.append(ref)
        if len(unit) >= size:
            yield unit
            unit = []
    if unit:
        yield unit


# ---------------------------------------------------------------------------------- local workers

_WORKER: dict = {}  # what a forked worker inherits: fingerprint, known hashes, model name


def _local_task(refs: Sequence[Ref | Item | Failure]) -> Partition:
    model = _WORKER["model_name"]
    return build_partition(refs, lambda: worker_parser(model), _WORKER["fingerprint"], _WORKER["known"], lazy=True)


def run_local(
    units: Iterable[list[Ref]], fp: str, known: np.ndarray, model: str | None, workers: int
) -> Iterator[tuple[int, Partition]]:
    """Build every unit's rows on ``workers`` forked processes (in this one when 1), in order."""
    _WORKER.update(fingerprint=fp, known=known, model_name=model)
    if workers <= 1:
        for refs in units:
            yield len(refs), _local_task(refs)
        return
    import itertools
    import multiprocessing

    # Read the first unit here: when it has something to parse, load the model once before forking,
    # so both workers share it (copy-on-write) instead of loading it twice. When nothing is new
    # (a repeated ingest), the model is never loaded at all.
    queue = iter(units)
    first = next(queue, None)
    if first is None:
        return
    loaded = [load(ref) for ref in first]
    if any(isinstance(i, Item) and not i.foreign and not is_known(known, i.hash) for i in loaded):
        worker_parser(model)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: collections.deque = collections.deque()
        todo: list[Sequence[Ref | Item | Failure]] = [loaded]
        for unit in itertools.chain(todo, queue):
            pending.append((len(unit), pool.apply_async(_local_task, (unit,))))
            while len(pending) > 2 * workers:
                n, result = pending.popleft()
                yield n, result.get()
        while pending:
            n, result = pending.popleft()
            yield n, result.get()


# ---------------------------------------------------------------------------------------- ingest


def _progress(total: int | None, enabled: bool):
    from tqdm import tqdm

    return tqdm(
        total=total or None,
        unit="article",
        dynamic_ncols=True,
        file=sys.stderr,
        disable=not (enabled and sys.stderr.isatty()),
    )


def ingest(
    paths: Iterable[str | Path],
    store: str | Path,
    *,
    restore: bool = False,
    model: str | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    scheduler: str | None = None,
    shards: str | Path | None = None,
    progress: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    on_failure: Callable[[Failure], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Ingest files and folders into the store.

    Parameters
    ----------
    paths : iterable of path
        Files and folders (scanned recursively).
    store : path
        The store file (created when missing).
    restore : bool
        Bring back removed articles that come again.
    model : str, optional
        spaCy model name.
    workers : int, optional
        Local worker processes (default: up to 2, the cores this targets).
    batch_size : int
        Articles per unit of work and per transaction.
    scheduler : str, optional
        A Dask scheduler address (``tcp://host:8786``) or ``"local"`` for a LocalCluster; None parses
        on local worker processes.
    shards : path, optional
        Folder for the Dask shards, reachable by every worker and by this process
        (default: ``<store>.shards`` beside the store).
    progress : bool
        Show a progress bar on a terminal.
    timeout : float
        Seconds to wait for the store while another process holds it.
    on_failure : callable, optional
        Called with each failure as it happens (the CLI prints it).
    on_progress : callable, optional
        Called after each stored unit with the articles done so far and the total (the
        dashboard's progress bar).
    """
    t0 = time.perf_counter()
    paths = list(paths)
    report = Report()
    fp = fingerprint(model)
    with writing(store, timeout) as con:
        known = known_hashes(con)
    scan_failures: list[Failure] = []
    units = partitions(paths, batch_size, scan_failures)
    if scheduler:
        from geo.store.cluster import run_dask

        shard_dir = Path(shards) if shards else Path(f"{store}.shards")
        results = run_dask(units, scheduler, shard_dir, fp, known, model)
    else:
        n = workers if workers is not None else max(1, min(2, os.cpu_count() or 1))
        results = run_local(units, fp, known, model, n)
    show = progress and sys.stderr.isatty()
    total = count_articles(paths) if show or on_progress else None
    bar = _progress(total if show else None, show)
    done = 0

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        report.counts["failed"] += 1
        if on_failure:
            on_failure(failure)

    try:
        for n_refs, part in results:
            while scan_failures:
                fail(scan_failures.pop(0))
            for failure in part.failures:
                fail(failure)
            report.warnings.extend(part.warnings)
            t_write = time.perf_counter()
            with writing(store, timeout) as con:
                written = write_batch(con, part.table, restore=restore)
            report.write_seconds += time.perf_counter() - t_write
            report.transactions += 1
            for failure in written.failures:
                if on_failure:
                    on_failure(failure)
            report.failures.extend(written.failures)
            report.counts.update(written.counts)
            bar.update(n_refs)
            done += n_refs
            if on_progress:
                on_progress(done, max(total or 0, done))
        while scan_failures:
            fail(scan_failures.pop(0))
    finally:
        bar.close()
        close = getattr(results, "close", None)
        if close:
            close()
    report.seconds = time.perf_counter() - t0
    return report


# --------------------------------------------------------------------------------------- reparse

REPARSE_BATCH = 128


def reparse(
    store: str | Path,
    *,
    model: str | None = None,
    batch_size: int = REPARSE_BATCH,
    progress: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
) -> Report:
    """Parse again every geoparsed article whose parser fingerprint is not the current one.

    Each batch is read, parsed with no connection open, and written back (mentions, places and
    relations replaced, fingerprint updated) in one transaction; a killed reparse resumes where it
    stopped. The text, ids, origins and stories stay as they are.
    """
    import datetime as dt

    from geo.core.records import Article
    from geo.pipeline import Geoparser
    from geo.read.articles import find_junk

    t0 = time.perf_counter()
    report = Report()
    fp = fingerprint(model)
    with reading(store, timeout) as con:
        total = con.execute("SELECT count(*) FROM articles WHERE geoparsed AND fingerprint <> ?", [fp]).fetchone()[0]
    bar = _progress(total, progress)
    parser = None
    last = ""
    try:
        while True:
            with reading(store, timeout) as con:
                rows = con.execute(
                    """SELECT id, hash, title, text, path, url, source, date, language, summary FROM articles
                       WHERE geoparsed AND fingerprint <> ? AND id > ? ORDER BY id LIMIT ?""",
                    [fp, last, batch_size],
                ).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            if parser is None:
                parser = Geoparser(model=model)
            items = []
            for aid, h, title, text, path, url, source, date, language, summary in rows:
                article = Article(
                    id=aid,
                    title=title,
                    text=text,
                    path=path,
                    junk=find_junk(text),
                    url=url,
                    source=source,
                    date=date if isinstance(date, dt.date) else None,
                    language=language,
                )
                items.append(Item(article, path or aid, h, summary))
            parsed = parser.parse_articles([i.article for i in items])
            table = batch_table(
                [article_row(i, item, pa, fp) for i, (item, pa) in enumerate(zip(items, parsed, strict=True))]
            )
            with writing(store, timeout) as con:
                report.counts["replaced"] += replace_results(con, table)
            bar.update(len(rows))
    finally:
        bar.close()
    report.seconds = time.perf_counter() - t0
    return report


def remove(
    store: str | Path, ids: Iterable[str], restore: bool = False, timeout: float = DEFAULT_TIMEOUT
) -> tuple[int, list[str]]:
    """Remove articles by id (kept in the store, hidden everywhere, not brought back by a later
    ingest of the same text), or with ``restore`` bring them back. Returns how many changed and the
    ids the store does not hold."""
    from geo.core.errors import StoreError
    from geo.core.safe import printable
    from geo.store.write import set_removed

    if not Path(store).exists():
        raise StoreError(f"{printable(store)}: no store there yet (run geo ingest first, or give --store FILE).")
    ids = list(dict.fromkeys(ids))
    with writing(store, timeout) as con:
        return set_removed(con, ids, not restore)
