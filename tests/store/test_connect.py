"""Connections of one process: threads read together and write alone, with no DuckDB
"different configuration" error, and a thread cannot deadlock itself."""

from __future__ import annotations

import threading

import pytest

from geo.core.errors import StoreError
from geo.store.connect import file_lock, reading, writing
from geo.store.schema import bump_revision, revision


def test_threads_of_one_process_read_and_write_one_store(store_of, parsed_articles):
    store = store_of(parsed_articles)
    errors: list[BaseException] = []
    seen: list[int] = []
    stop = threading.Event()

    def reader():
        try:
            while not stop.is_set():
                with reading(store, timeout=30) as con:
                    seen.append(revision(con))
        except BaseException as exc:
            errors.append(exc)

    def writer():
        try:
            for _ in range(15):
                with writing(store, timeout=30) as con:
                    bump_revision(con)
        except BaseException as exc:
            errors.append(exc)

    readers = [threading.Thread(target=reader) for _ in range(3)]
    for t in readers:
        t.start()
    w = threading.Thread(target=writer)
    w.start()
    w.join(120)
    stop.set()
    for t in readers:
        t.join(30)
    assert errors == []
    assert seen and max(seen) <= 1 + 15
    with reading(store) as con:
        assert revision(con) == 1 + 15  # the first batch, then fifteen bumps


def test_a_thread_that_reads_cannot_deadlock_by_writing(store_of, parsed_articles):
    store = store_of(parsed_articles)
    with reading(store):
        with reading(store) as con:  # reading again is fine
            assert revision(con) == 1
        with pytest.raises(StoreError, match="cannot open it again"), writing(store, timeout=1):
            pass


def test_a_held_writer_makes_readers_wait_then_time_out(store_of, parsed_articles):
    store = store_of(parsed_articles)
    lock = file_lock(store)
    with lock.write(store, 5):
        result: list = []

        def try_reading() -> None:
            with pytest.raises(StoreError) as caught, reading(store, 0.2):
                pass
            result.append(caught)

        t = threading.Thread(target=try_reading)
        t.start()
        t.join(10)
    assert result and "busy" in str(result[0].value)
