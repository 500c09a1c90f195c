"""The dashboard's store revision (dashboard/data.py): a cheap look that never keeps a stale number."""

from __future__ import annotations

import contextlib

from geo.store import connect
from geo.store.connect import writing
from geo.store.schema import bump_revision


def test_a_write_right_after_the_read_of_the_revision_is_seen_next_time(store_of, parsed_articles, monkeypatch):
    """Another process (``geo reparse``) may commit between the dashboard's read of the revision and
    its note of the file's state: the state noted must be the one from before the read, or the older
    number is served until the next write."""
    from dashboard import data

    store = store_of(parsed_articles)
    real_reading = connect.reading

    @contextlib.contextmanager
    def reading_then_another_writes(path, *args, **kwargs):
        with real_reading(path, *args, **kwargs) as con:
            yield con
        with writing(path) as other:  # (the other process commits as this read ends)
            bump_revision(other)

    monkeypatch.setattr(connect, "reading", reading_then_another_writes)
    seen = data.revision(store)
    monkeypatch.setattr(connect, "reading", real_reading)
    assert data.revision(store) == seen + 1
