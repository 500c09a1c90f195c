"""Opening the store: which file, and short-lived connections that wait for one another.

DuckDB lets one process hold a database file for writing and refuses every other process while it
does, read-only ones included. So nothing here keeps the file open: a writer opens it for one batch
(one transaction) and closes it, a reader opens it read-only for one query and closes it, and
whichever finds the file taken retries with a growing pause until ``timeout``.
"""

from __future__ import annotations

import contextlib
import os
import random
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
    config = {"threads": "1"}
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
            raise StoreError(f"{name}: cannot be opened for {'writing' if write else 'reading'} (permission denied).") from None
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


@contextlib.contextmanager
def reading(path: str | os.PathLike, timeout: float = DEFAULT_TIMEOUT) -> Iterator:
    """A read-only connection for one query or a few, closed on exit so a writer can go on."""
    from geo.store.schema import require_current

    con = connect(path, write=False, timeout=timeout)
    try:
        if not require_current(con):
            con.close()
            with writing(path, timeout):  # migrations run on a write open; then read again
                pass
            con = connect(path, write=False, timeout=timeout)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def writing(path: str | os.PathLike, timeout: float = DEFAULT_TIMEOUT) -> Iterator:
    """A write connection with the schema brought up to date; closed (and the file let go) on exit."""
    from geo.store.schema import migrate

    con = connect(path, write=True, timeout=timeout)
    try:
        migrate(con, printable(path))
        yield con
    finally:
        con.close()
