"""The speed benchmark's pieces: reading texts and measuring a subprocess."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench import speed
from geo.core.errors import BenchError

FIXTURES = Path(__file__).parent / "fixtures"


def test_speed_texts_from_directory_and_corpus(tmp_path):
    (tmp_path / "b.txt").write_text("two words", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    assert speed.speed_texts(tmp_path) == ("one", "two words")
    assert len(speed.speed_texts(FIXTURES / "lgl_mini.xml")) == 2
    with pytest.raises(BenchError):
        speed.speed_texts(tmp_path / "empty-dir-does-not-exist")


def test_measure_times_a_subprocess_and_reports_failure():
    stats = speed.measure([sys.executable, "-c", "x = bytearray(30 * 2**20)"])
    assert stats.seconds > 0 and stats.max_rss_mb >= 30 and stats.tree_rss_mb >= stats.max_rss_mb
    with pytest.raises(BenchError, match="boom"):
        speed.measure([sys.executable, "-c", "raise SystemExit('boom')"])


@pytest.mark.model
def test_the_whole_benchmark_on_two_texts_reports_both_sides(capsys):
    report = speed.run_speed(FIXTURES / "lgl_mini.xml", via="api", repeat=2)
    assert report["texts"] == 2 and report["words"] > 10
    assert len(report["rounds"]) == 2 and all(r > 0 for r in report["rounds"])
    for side in ("geoparser", "spacy_ner_strict", "spacy_ner_with_tok2vec"):
        assert report[side]["words_per_second"] > 0 and report[side]["max_rss_mb"] > 50
    assert report["spacy_ner_strict"]["pipes"] == ["ner"]
    printed = capsys.readouterr().out
    assert report["speedup"] > 0 and "geoparser throughput" in printed and "medians of 2 interleaved rounds" in printed
    with pytest.raises(BenchError, match="via"):
        speed.run_speed(FIXTURES / "lgl_mini.xml", via="web")
    with pytest.raises(BenchError, match="repeat"):
        speed.run_speed(FIXTURES / "lgl_mini.xml", repeat=0)


def test_median_is_the_middle_run_or_the_lower_middle_of_an_even_count():
    assert speed._median([3.0, 1.0, 2.0], key=float) == 2.0
    assert speed._median([4.0, 1.0, 3.0, 2.0], key=float) == 2.0
