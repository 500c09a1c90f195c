"""Server time of each page run, written only when asked for."""

from __future__ import annotations

import json

from dashboard import timing


def test_a_page_run_is_timed_into_the_file_named(tmp_path, monkeypatch):
    log = tmp_path / "timings.jsonl"
    monkeypatch.setenv(timing.ENV, str(log))
    with timing.measured():
        sum(range(10_000))
    with timing.measured():
        pass
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(rows) == 2 and all(r["wall"] >= 0 and r["cpu"] >= 0 and r["session"] is None for r in rows)


def test_nothing_is_written_unless_asked(tmp_path, monkeypatch):
    monkeypatch.delenv(timing.ENV, raising=False)
    with timing.measured():
        pass
    assert list(tmp_path.iterdir()) == []
