"""Opening the store: which file, and short-lived connections that wait for one another.

DuckDB lets one process hold a database file for writing and refuses every other process while it
does, read-only ones included. So nothing here keeps the file open: a writer opens it for one batch
(one transaction) and closes it, a reader opens it read-only for one query and closes it, and
whichever finds the file taken retries with a growing pause until ``timeout``.

Inside one process DuckDB refuses a read-only connection while a writable one to the same file is
open (and the reverse), so ``reading`` and ``writing`` also take a per-file readers-writer lock:
threads of one process (the dashboard's sessions, an upload being ingested) read together and
write alone, and none of them sees that error.
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from geo.core.errors import StoreError
from geo.core.paths import DATA_DIR
from geo.core.safe import printable

STORE_ENV = "GEO_STORE"
DEFAULT_STORE = DATA_DIR / "corpus.duckdb"
DEFAULT_TIMEOUT = 60.0
"""Seconds a connection waits for another process to let the file go before giving up."""

BLOCK_SIZE = 16384
"""Block size of new store files. DuckDB's default (256 KiB) gives every table and index whole
blocks of their own, which makes a small corpus several times larger than its text."""


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store to use: ``path`` when given, else ``$GEO_STORE``, else ``data/corpus.duckdb``."""
    if path:
        return Path(path)
    env = os.environ.get(STORE_ENV, "").strip()
    return Path(env) if env else DEFAULT_STORE


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set lock" in text)


def _open(path: Path, write: bool):
    import duckdb

    name = printable(path)
    if not write and not path.exists():
        raise StoreError(f"{name}: no store there yet (run geo ingest first, or give --store FILE).")
    if path.exists() and not path.is_file():
        raise StoreError(f"{name}: not a file (expected a DuckDB store file).")
    if write and not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{name}: cannot create the store's folder ({exc.strerror}).") from None
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"{name}: cannot create the store (folder {printable(path.parent)} is not writable).")
    # One thread per connection: the queries are small and selective, and measured on two cores
    # a second thread makes a filtered selection slower (scheduling), while parse workers or other
    # readers want the cores.
    config: dict[str, str | bool | int | float | list[str]] = {"threads": "1"}
    if write:
        config["default_block_size"] = str(BLOCK_SIZE)
    try:
        return duckdb.connect(str(path), read_only=not write, config=config)
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            raise
        text = str(exc)
        if "not a valid DuckDB database file" in text:
            raise StoreError(f"{name}: not a DuckDB store file.") from None
        if "Permission denied" in text or "Read-only file system" in text:
            raise StoreError(
                f"{name}: cannot be opened for {'writing' if write else 'reading'} (permission denied)."
            ) from None
        raise StoreError(f"{name}: cannot be opened ({printable(text.splitlines()[0], 160)}).") from None
    except duckdb.Error as exc:
        raise StoreError(f"{name}: cannot be opened ({printable(str(exc).splitlines()[0], 160)}).") from None


def connect(path: str | os.PathLike, write: bool = False, timeout: float = DEFAULT_TIMEOUT):
    """A DuckDB connection to the store, retrying while another process holds the file.

    Parameters
    ----------
    path : path
        The store file (created when ``write`` and missing).
    write : bool
        Open for writing (one process at a time); otherwise read-only.
    timeout : float
        Seconds to keep retrying a file held by another process.

    Raises
    ------
    StoreError
        When the file is not a store, cannot be read or created, or stays locked past ``timeout``.
    """
    import duckdb

    path = Path(path)
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return _open(path, write)
        except duckdb.IOException as exc:
            if time.monotonic() + pause > deadline:
                raise StoreError(
                    f"{printable(path)}: busy: another process has held the store for over {timeout:g} s."
                ) from exc
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.5)


class FileLock:
    """A readers-writer lock for one store file among the threads of this process.

    Readers share it, a writer holds it alone, and a waiting writer goes before new readers (so a
    stream of page views cannot starve an upload). A thread that already reads may read again.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer: int | None = None
        self._waiting = 0
        self._mine = threading.local()

    def _busy(self, path: Path, timeout: float) -> StoreError:
        return StoreError(
            f"{printable(path)}: busy: another thread of this process has held the store for over {timeout:g} s."
        )

    @contextlib.contextmanager
    def read(self, path: Path, timeout: float) -> Iterator[None]:
        depth = getattr(self._mine, "depth", 0)
        if self._writer == threading.get_ident():
            raise StoreError(f"{printable(path)}: a thread that writes the store cannot also read it.")
        with self._cond:
            if depth == 0 and not self._cond.wait_for(lambda: self._writer is None and not self._waiting, timeout):
                raise self._busy(path, timeout)
            self._readers += 1
        self._mine.depth = depth + 1
        try:
            yield
        finally:
            self._mine.depth = depth
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def write(self, path: Path, timeout: float) -> Iterator[None]:
        if getattr(self._mine, "depth", 0) or self._writer == threading.get_ident():
            raise StoreError(
                f"{printable(path)}: a thread that reads or writes the store cannot open it again for writing."
            )
        with self._cond:
            self._waiting += 1
            try:
                if not self._cond.wait_for(lambda: self._writer is None and not self._readers, timeout):
                    raise self._busy(path, timeout)
            finally:
                self._waiting -= 1
            self._writer = threading.get_ident()
        try:
            yield
        finally:
            with self._cond:
                self._writer = None
                self._cond.notify_all()


_LOCKS: dict[str, FileLock] = {}
_LOCKS_GUARD = threading.Lock()


def file_lock(path: str | os.PathLike) -> FileLock:
    """The lock of one store file in this process."""
    key = os.path.abspath(path)
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, FileLock())


@contextlib.contextmanager
def reading(path: str | os.PathLike, timeout: float = DEFAULT_TIMEOUT) -> Iterator:
    """A read-only connection for one query or a few, closed on exit so a writer can go on."""
    from geo.store.schema import require_current

    path = Path(path)
    lock = file_lock(path)
    with lock.read(path, timeout):
        con = connect(path, write=False, timeout=timeout)
        try:
            current = require_current(con)
            if current:
                yield con
        finally:
            con.close()
    if current:
        return
    with writing(path, timeout):  # migrations run on a write open; then read again
        pass
    with lock.read(path, timeout):
        con = connect(path, write=False, timeout=timeout)
        try:
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def writing(path: str | os.PathLike, timeout: float = DEFAULT_TIMEOUT) -> Iterator:
    """A write connection with the schema brought up to date; closed (and the file let go) on exit."""
    from geo.store.schema import migrate

    path = Path(path)
    with file_lock(path).write(path, timeout):
        con = connect(path, write=True, timeout=timeout)
        try:
            migrate(con, printable(path))
            yield con
        finally:
            con.close()
