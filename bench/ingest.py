"""Ingest benchmark: throughput into the store, store size, filtered query time, Dask vs local.

``python -m bench ingest`` measures, on this machine:

1. the LGL texts (one ``.txt`` per article in a temporary folder) ingested end to end by
   ``python -m geo ingest`` in a fresh process (start-up and model loading included): articles/s,
   CPU seconds per article, peak memory;
2. the store's size (every table and index) against the extracted text's;
3. the same ingest with ``--scheduler local`` (a Dask LocalCluster of two worker processes);
4. a generated store of ``--articles`` articles and ``--mentions`` mentions: the median time of a
   filtered selection (date range + source + place) and of a text search, and what refreshing
   DuckDB's FTS index would cost at that size (the store does not use it: see the README).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

from bench.accuracy import read_corpus
from bench.speed import measure
from geo.core.paths import PROJECT_ROOT
from geo.core.records import Filters


def write_texts(corpus: str | Path, folder: Path) -> tuple[int, int]:
    """One ``.txt`` file per corpus article; returns (articles, bytes of text)."""
    articles = read_corpus(corpus)
    total = 0
    for a in articles:
        data = a.text.encode("utf-8")
        total += len(data)
        (folder / f"{a.id}.txt").write_bytes(data)
    return len(articles), total


def store_bytes(store: Path) -> int:
    """Size of the store on disk: the file and its write-ahead log, if any."""
    wal = Path(f"{store}.wal")
    return store.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


# ------------------------------------------------------------------------------- generated store


def generate_store(store: Path, n_articles: int, n_mentions: int, seed: int = 7, batch: int = 1000) -> None:
    """A store of generated articles (about 300 words each), mentions over 2,000 places in 40
    countries, 20 sources, two years of dates (a tenth undated), two relations per article."""
    from geo.store.connect import writing
    from geo.store.rows import batch_table, words_of
    from geo.store.write import write_batch

    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(5000)]
    countries = [f"{a}{b}" for a in "ABCDE" for b in "ABCDEFGH"]
    places = [
        {
            "id": f"gn:{i}",
            "name": f"Place {i}",
            "type": ("city", "admin1", "country")[i % 3],
            "country_code": countries[i % len(countries)],
            "lat": rng.uniform(-60, 60),
            "lon": rng.uniform(-170, 170),
            "geonameid": i,
            "population": rng.randint(0, 10**6),
            "admin1": None,
            "feature_code": "PPL",
        }
        for i in range(1, 2001)
    ]
    per_article = max(1, n_mentions // n_articles)
    start = dt.date(2023, 1, 1)
    for lo in range(0, n_articles, batch):
        rows = []
        for i in range(lo, min(lo + batch, n_articles)):
            text = " ".join(rng.choices(vocabulary, k=300))
            chosen = rng.sample(places, 6)
            mentions = []
            for k in range(per_article):
                p = chosen[k % len(chosen)]
                mentions.append(
                    {
                        "seq": k,
                        "text": p["name"],
                        "start": 0,
                        "end": len(p["name"]),
                        "kind": "toponym",
                        "place_id": p["id"],
                        "score": 0.9,
                        "rule": "generated",
                    }
                )
            relations = [
                {
                    "seq": k,
                    "type": ("route", "tie")[k],
                    "source": chosen[k]["id"],
                    "target": chosen[k + 1]["id"],
                    "directed": k == 0,
                    "evidence": "generated",
                    "start": 0,
                    "end": 9,
                    "group": None,
                    "order": None,
                    "negated": False,
                    "hedged": False,
                    "confidence": 1.0,
                    "rule": "generated",
                }
                for k in range(2)
            ]
            rows.append(
                {
                    "seq": i - lo,
                    "id": f"gen-{i}",
                    "hash": f"{rng.getrandbits(128):032x}",
                    "known": False,
                    "origin": f"/generated/{i}",
                    "title": f"Article {i}",
                    "text": text,
                    "source": f"source-{rng.randrange(20)}",
                    "url": None,
                    "date": None if rng.random() < 0.1 else start + dt.timedelta(days=rng.randrange(730)),
                    "language": "en",
                    "fingerprint": "generated",
                    "geoparsed": True,
                    "summary": False,
                    "warnings": [],
                    "path": None,
                    "signature": None,
                    "bands": [],
                    "words": words_of(f"Article {i}", text),
                    "mentions": mentions,
                    "places": chosen,
                    "relations": relations,
                }
            )
        with writing(store) as con:
            write_batch(con, batch_table(rows))


def _median_ms(fn, runs: int = 21) -> float:
    fn()  # warm: the first query reads the blocks from disk
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure_queries(store: Path) -> dict[str, float]:
    """Median milliseconds of the filtered selections on a store, with an open read-only connection,
    and of one whole open-query-close as a reader process does it."""
    from geo.store import query
    from geo.store.connect import reading

    f = Filters.from_params(
        {"since": "2023-03-01", "until": "2024-08-31", "source": ["source-3", "source-4"], "place": ["gn:17", "gn:42"]}
    )
    q = Filters.from_params({"q": "w17 w42", "since": "2023-03-01"})
    with reading(store) as con:
        out = {
            "selection_ms": _median_ms(lambda: query.articles(con, f)),
            "selection_places_ms": _median_ms(lambda: query.places(con, f)),
            "selection_relations_ms": _median_ms(lambda: query.relations(con, f)),
            "text_search_ms": _median_ms(lambda: query.articles(con, q)),
            "all_places_ms": _median_ms(lambda: query.places(con, Filters())),
            "selected_articles": len(query.articles(con, f)),
        }

    def open_query_close():
        with reading(store) as con:
            query.articles(con, f)

    out["open_selection_close_ms"] = _median_ms(open_query_close, 11)
    return out


def fts_refresh_seconds(store: Path) -> float | None:
    """Seconds to (re)build DuckDB's FTS index over the articles of a copy of ``store`` (None when
    the offline FTS extension is not installed)."""
    import shutil

    import duckdb

    try:
        import duckdb_ext  # the duckdb-ext-fts package

        ext_dir = str(Path(next(iter(duckdb_ext.__path__))) / "extensions")
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.duckdb"
        shutil.copy(store, copy)
        con = duckdb.connect(str(copy), config={"extension_directory": ext_dir})
        try:
            con.execute("LOAD fts")
            t0 = time.perf_counter()
            con.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'text', overwrite=1)")
            return time.perf_counter() - t0
        finally:
            con.close()


# ------------------------------------------------------------------------------------------- run


_INGEST = """
import json, sys
from geo.store.ingest import ingest
scheduler = sys.argv[4] or None
report = ingest([sys.argv[1]], sys.argv[2], scheduler=scheduler, progress=False)
json.dump({"summary": report.summary(), "write_seconds": report.write_seconds,
           "transactions": report.transactions}, open(sys.argv[3], "w"))
"""


def _ingest(texts: Path, store: Path, scheduler: str = ""):
    """``geo.store.ingest.ingest`` (what ``geo ingest`` runs) in a fresh process, timed; with the
    writer's own time from the ingest report."""
    import json

    info = store.with_suffix(".json")
    run = measure([sys.executable, "-c", _INGEST, str(texts), str(store), str(info), scheduler], cwd=PROJECT_ROOT)
    return run, json.loads(info.read_text(encoding="utf-8"))


def run_ingest_bench(
    corpus: str | Path, out: TextIO | None = None, articles: int = 10_000, mentions: int = 100_000, dask: bool = True
) -> dict[str, Any]:
    """Run every measurement; print them and return them as a dict."""
    out = out or sys.stdout
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        texts = tmp_path / "texts"
        texts.mkdir()
        n, text_bytes = write_texts(corpus, texts)
        report.update(articles=n, text_bytes=text_bytes)
        print(f"corpus: {n} articles, {text_bytes / 1e6:.2f} MB of extracted text ({corpus})", file=out)

        store = tmp_path / "local.duckdb"
        run, info = _ingest(texts, store)
        size = store_bytes(store)
        report["local"] = {
            "seconds": run.seconds,
            "articles_per_second": n / run.seconds,
            "cpu_seconds": run.tree_cpu_seconds,
            "cpu_ms_per_article": 1000 * run.tree_cpu_seconds / n,
            "tree_rss_mb": run.tree_rss_mb,
            "store_bytes": size,
            "store_bytes_per_article": size / n,
            "store_to_text": size / text_bytes,
            "write_seconds": info["write_seconds"],
            "transactions": info["transactions"],
            "write_ms_per_article": 1000 * info["write_seconds"] / n,
            "summary": info["summary"],
        }
        print(
            f"local ingest (2 forked workers): {run.seconds:.1f} s, {n / run.seconds:.1f} articles/s, "
            f"{1000 * run.tree_cpu_seconds / n:.0f} CPU ms/article, peak {run.tree_rss_mb:.0f} MB; the writer held the "
            f"store {info['write_seconds']:.2f} s in {info['transactions']} transactions "
            f"({1000 * info['write_seconds'] / n:.1f} ms/article)",
            file=out,
        )
        print(
            f"store: {size / 1e6:.2f} MB = {size / text_bytes:.2f}x the extracted text "
            f"({size / n / 1024:.1f} KiB/article)",
            file=out,
        )
        again, again_info = _ingest(texts, store)
        report["local_again_seconds"] = again.seconds
        print(f"same ingest again: {again.seconds:.1f} s ({again_info['summary']})", file=out)

        if dask:
            dstore = tmp_path / "dask.duckdb"
            drun, _ = _ingest(texts, dstore, "local")
            report["dask"] = {
                "seconds": drun.seconds,
                "articles_per_second": n / drun.seconds,
                "cpu_seconds": drun.tree_cpu_seconds,
                "tree_rss_mb": drun.tree_rss_mb,
                "throughput_vs_local": run.seconds / drun.seconds,
                "cpu_vs_local": drun.tree_cpu_seconds / run.tree_cpu_seconds,
            }
            print(
                f"Dask LocalCluster (2 worker processes): {drun.seconds:.1f} s, {n / drun.seconds:.1f} articles/s "
                f"= {run.seconds / drun.seconds:.0%} of the local throughput; {drun.tree_cpu_seconds / run.tree_cpu_seconds:.2f}x "
                f"its CPU time, peak {drun.tree_rss_mb:.0f} MB",
                file=out,
            )

        gen = tmp_path / "generated.duckdb"
        t0 = time.perf_counter()
        generate_store(gen, articles, mentions)
        report["generated"] = {
            "articles": articles,
            "mentions": mentions,
            "build_seconds": time.perf_counter() - t0,
            "store_bytes": store_bytes(gen),
        }
        q = measure_queries(gen)
        report["generated"].update(q)
        print(
            f"generated store: {articles:,} articles, {mentions:,} mentions, {store_bytes(gen) / 1e6:.0f} MB", file=out
        )
        print(
            f"  filtered selection (dates + 2 sources + 2 places, {q['selected_articles']} articles): "
            f"{q['selection_ms']:.1f} ms; its places {q['selection_places_ms']:.1f} ms, relations "
            f"{q['selection_relations_ms']:.1f} ms; open+select+close {q['open_selection_close_ms']:.1f} ms",
            file=out,
        )
        print(
            f"  text search (2 words + date): {q['text_search_ms']:.1f} ms; all places {q['all_places_ms']:.1f} ms",
            file=out,
        )
        fts = fts_refresh_seconds(gen)
        report["generated"]["fts_refresh_seconds"] = fts
        if fts is not None:
            print(
                f"  DuckDB FTS index rebuild over {articles:,} articles: {fts:.1f} s (not used: see README)", file=out
            )
    return report
