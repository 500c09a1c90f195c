"""The ingest benchmark's pieces, and the whole command on a two-article corpus."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest

from bench.ingest import generate_store, measure_queries, run_ingest_bench, store_bytes, write_texts

FIXTURES = Path(__file__).parent / "fixtures"


def test_write_texts_writes_one_file_per_article(tmp_path):
    n, size = write_texts(FIXTURES / "lgl_mini.xml", tmp_path)
    files = sorted(tmp_path.glob("*.txt"))
    assert n == len(files) == 2 and size == sum(f.stat().st_size for f in files)


def test_generated_store_has_the_asked_rows_and_answers_filtered_queries(tmp_path):
    store = tmp_path / "g.duckdb"
    generate_store(store, 200, 2_000, batch=50)
    con = duckdb.connect(str(store), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 200
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2_000
    finally:
        con.close()
    q = measure_queries(store)
    assert q["selection_ms"] > 0 and q["text_search_ms"] > 0 and store_bytes(store) > 0


@pytest.mark.model
def test_the_whole_benchmark_on_a_small_corpus_prints_its_numbers():
    out = io.StringIO()
    report = run_ingest_bench(FIXTURES / "lgl_mini.xml", out=out, articles=100, mentions=500, dask=False)
    text = out.getvalue()
    assert report["articles"] == 2 and report["local"]["articles_per_second"] > 0
    assert "articles/s" in text and "x the extracted text" in text and "2 new" in report["local"]["summary"]
    assert "0 new, 2 unchanged" in text
