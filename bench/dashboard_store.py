"""The dashboard benchmark's store: the real corpora through the real ingest, replicated to size.

1. The texts of the three development corpora (``../shared/bench``: LGL, GWN-dev, TR-News, read with
   ``bench.accuracy.read_corpus``) go into one JSONL file and through ``geo.store.ingest.ingest``
   (the parser, two workers), so every mention and relation is what the geoparser found.
2. The store is then replicated, in SQL, until it holds ``articles`` articles: each copy of an
   article gets its own id, story, date (two years, a tenth undated) and source (25 outlets), and
   its cities, districts and states are moved to other gazetteer entries of the same type in the
   same country (an unused one, largest first; a town or district per mention, a state per twelfth
   of the articles, since a country has fewer states), its relations with them (the stand-in of the
   place's first mention), so the copies name ``places`` distinct places or more, most of them
   mentioned once or twice, as in a real corpus's long tail; countries, regions and seas stay. The
   mention texts stay as written: only the article panel would show that "Austin" now points at
   another town. Originals get dates and sources the same way.

The store is cached under ``artifacts/bench/`` by recipe, size and corpora, and reused; so is the
ingested corpus (step 1), which is the slow part.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from geo.core.paths import PROJECT_ROOT

RECIPE = "6"
CACHE_DIR = PROJECT_ROOT / "artifacts" / "bench"
CORPORA = ("lgl.xml", "GWN-dev.xml", "TR-News.xml")
SOURCES = (
    "Reuters",
    "Associated Press",
    "AFP",
    "BBC News",
    "Al Jazeera",
    "The Guardian",
    "El País",
    "Le Monde",
    "Deutsche Welle",
    "NPR",
    "The Hindu",
    "South China Morning Post",
    "Folha de S.Paulo",
    "The Times of India",
    "Haaretz",
    "Dawn",
    "Daily Nation",
    "ABC News (Australia)",
    "CBC News",
    "Kyiv Independent",
    "Tehran Times",
    "Efecto Cocuyo",
    "Caracas Chronicles",
    "Mercopress",
    "Local Wire",
)
MOVABLE = ("city", "admin2", "admin1")


def _log(out: TextIO | None, text: str) -> None:
    if out is not None:
        print(text, file=out, flush=True)


def corpora_key(bench_dir: Path) -> str:
    """A short hash of the corpus files' names and sizes (the cache key's corpus part)."""
    digest = hashlib.sha256()
    for name in CORPORA:
        path = bench_dir / name
        digest.update(f"{name}:{path.stat().st_size if path.exists() else -1}\n".encode())
    return digest.hexdigest()[:10]


def store_for(
    articles: int = 3000, places: int = 10_000, out: TextIO | None = sys.stderr, cache_dir: Path = CACHE_DIR
) -> Path:
    """The cached benchmark store of this size, built first when missing."""
    from bench.accuracy import BENCH_DIR

    path = cache_dir / f"dashboard-r{RECIPE}-{articles}-{places}-{corpora_key(BENCH_DIR)}.duckdb"
    if path.exists():
        _log(out, f"bench store: reusing {path}")
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    base = cache_dir / f"corpora-{corpora_key(BENCH_DIR)}.duckdb"
    with tempfile.TemporaryDirectory(dir=cache_dir) as tmp:
        if not base.exists():
            work = Path(tmp) / "corpora.duckdb"
            ingest_corpora(work, BENCH_DIR, out)
            shutil.move(str(work), base)
        work = Path(tmp) / "store.duckdb"
        shutil.copy(base, work)
        replicate(work, articles, places, out=out)
        shutil.move(str(work), path)
    return path


def ingest_corpora(store: Path, bench_dir: Path, out: TextIO | None = None) -> int:
    """Ingest the corpora's texts into ``store`` through the real ingest; returns the articles stored."""
    from bench.accuracy import read_corpus
    from geo.store.ingest import ingest

    t0 = time.perf_counter()
    jsonl = store.parent / "corpora.jsonl"
    n = 0
    with open(jsonl, "w", encoding="utf-8") as f:
        for name in CORPORA:
            for a in read_corpus(bench_dir / name):
                f.write(json.dumps({"id": f"{Path(name).stem.lower()}-{a.id}", "text": a.text}) + "\n")
                n += 1
    report = ingest([jsonl], store, progress=False)
    _log(out, f"bench store: ingested {n} corpus texts in {time.perf_counter() - t0:.0f} s: {report.summary()}")
    return report.counts["new"]


def _siblings(gaz, country: str, ptype: str, cache: dict) -> list:
    key = (country, ptype)
    if key not in cache:
        cache[key] = sorted((p for p in gaz.places_in(country) if p.type == ptype), key=lambda p: (-p.population, p.id))
    return cache[key]


def replicate(
    store: Path, articles: int, places: int, seed: int = 11, groups: int = 12, out: TextIO | None = None
) -> None:
    """Copy the stored articles until there are ``articles``, moving the copies' towns and states to
    other gazetteer entries (see the module's docstring); dates and sources varied throughout."""
    import pyarrow as pa

    from geo.gazetteer.lookup import load_gazetteer
    from geo.store.connect import writing
    from geo.store.schema import bump_revision

    t0 = time.perf_counter()
    rng = random.Random(seed)
    gaz = load_gazetteer()
    start = dt.date(2023, 1, 1)

    def date() -> dt.date | None:
        return None if rng.random() < 0.1 else start + dt.timedelta(days=rng.randrange(730))

    def source() -> str:
        return SOURCES[
            min(int(rng.paretovariate(1.2)) - 1, len(SOURCES) - 1)
            if rng.random() < 0.6
            else rng.randrange(len(SOURCES))
        ]

    with writing(store) as con:
        base = con.execute("SELECT id, hash, title, text, language, fingerprint FROM articles ORDER BY id").fetchall()
        stored = {
            r[0]: r
            for r in con.execute(
                "SELECT id, name, type, country_code, lat, lon, geonameid, population, admin1, feature_code FROM places"
            ).fetchall()
        }
        copies = max(0, -(-articles // max(len(base), 1)) - 1)
        used = set(stored)
        sibling_cache: dict = {}
        per_article: dict[str, list[tuple[int, str]]] = {}
        for aid, seq, pid in con.execute(
            "SELECT article_id, seq, place_id FROM mentions WHERE place_id IS NOT NULL ORDER BY 1, 2"
        ).fetchall():
            per_article.setdefault(aid, []).append((seq, pid))
        new_places: dict[str, tuple] = {}
        slice_of: dict[tuple, str] = {}  # (place, copy, slice) -> stand-in
        mapping: dict[int, list[tuple[str, int, str, str]]] = {}  # copy -> (article, mention seq, place, stand-in)

        def stand_in(pid: str, k: int, part: object) -> str:
            row = stored[pid]
            tid = slice_of.get((pid, k, part))
            if tid is not None:
                return tid
            target = next((c for c in _siblings(gaz, row[3], row[2], sibling_cache) if c.id not in used), None)
            if target is None:  # the country has no unused entry of this type: a point nearby
                tid = f"x:bench-{pid.replace(':', '-')}-{k}-{len(slice_of)}"
                lat = max(-89.0, min(89.0, row[4] + rng.uniform(-0.8, 0.8)))
                lon = max(-179.9, min(179.9, row[5] + rng.uniform(-0.8, 0.8)))
                new_places[tid] = (tid, f"{row[1]} ({k + 1})", row[2], row[3], lat, lon, None, 0, row[8], "")
            else:
                tid = target.id
                new_places[tid] = (
                    tid,
                    target.name,
                    target.type,
                    target.country_code,
                    target.lat,
                    target.lon,
                    target.geonameid,
                    target.population,
                    target.admin1,
                    target.feature_code,
                )
            used.add(tid)
            slice_of[(pid, k, part)] = tid
            return tid

        for k in range(1, copies + 1):
            for i, (aid, *_) in enumerate(base):
                for seq, pid in per_article.get(aid, ()):
                    row = stored[pid]
                    if row[2] not in MOVABLE or not row[3]:
                        continue
                    # a town or district gets a stand-in per mention, a state per slice of the articles
                    # (a country has fewer states than towns to stand in)
                    part = (aid, seq) if row[2] != "admin1" else f"slice-{i % groups}"
                    mapping.setdefault(k, []).append((aid, seq, pid, stand_in(pid, k, part)))
        con.execute("BEGIN TRANSACTION")
        try:
            for aid, *_ in base:
                con.execute(
                    "UPDATE articles SET date = ?, source = ?, story = id WHERE id = ?", [date(), source(), aid]
                )
            if new_places:
                con.executemany(
                    "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [p for p in new_places.values() if p[0] not in stored],
                )
            made = len(base)
            for k in range(1, copies + 1):
                if made >= articles:
                    break
                chosen = base[: articles - made]
                ids = [r[0] for r in chosen]
                pairs = mapping.get(k, [])
                con.register(
                    "copy_map",
                    pa.table(
                        {
                            "article": pa.array([p[0] for p in pairs], pa.string()),
                            "seq": pa.array([p[1] for p in pairs], pa.int32()),
                            "old": pa.array([p[2] for p in pairs], pa.string()),
                            "new": pa.array([p[3] for p in pairs], pa.string()),
                        }
                    ),
                )
                # a relation's endpoint takes the stand-in of the place's first mention in the article
                con.execute("""CREATE OR REPLACE TEMP TABLE copy_first AS SELECT article, old, arg_min(new, seq) AS new
                               FROM copy_map GROUP BY 1, 2""")
                con.register(
                    "copy_meta",
                    pa.table(
                        {
                            "id": pa.array(ids, pa.string()),
                            "date": pa.array([date() for _ in ids], pa.date32()),
                            "source": pa.array([source() for _ in ids], pa.string()),
                        }
                    ),
                )
                suffix = f"~{k}"
                con.execute(
                    """INSERT INTO articles SELECT a.id || ?, sha256(a.id || ?), a.title, a.text, m.source, NULL,
                                   m.date, a.language, a.ingested, a.fingerprint, a.geoparsed, a.summary, a.warnings,
                                   a.id || ?, NULL, false, NULL
                               FROM articles a JOIN copy_meta m ON m.id = a.id""",
                    [suffix, suffix, suffix],
                )
                con.execute(
                    """INSERT INTO origins SELECT o.article_id || ?, o.origin || ?, m.date, m.source, NULL, o.seen
                               FROM origins o JOIN copy_meta m ON m.id = o.article_id""",
                    [suffix, suffix],
                )
                con.execute(
                    """INSERT INTO mentions SELECT m.article_id || ?, m.seq, m.text, m.start, m."end", m.kind,
                                   coalesce(c.new, m.place_id), m.score, m.rule
                               FROM mentions m JOIN copy_meta x ON x.id = m.article_id
                               LEFT JOIN copy_map c ON c.article = m.article_id AND c.seq = m.seq""",
                    [suffix],
                )
                con.execute(
                    """INSERT INTO relations SELECT r.article_id || ?, r.seq, r.type, coalesce(s.new, r.source),
                                   coalesce(t.new, r.target), r.directed, r.evidence, r.start, r."end", r."group",
                                   r."order", r.negated, r.hedged, r.confidence, r.rule
                               FROM relations r JOIN copy_meta x ON x.id = r.article_id
                               LEFT JOIN copy_first s ON s.article = r.article_id AND s.old = r.source
                               LEFT JOIN copy_first t ON t.article = r.article_id AND t.old = r.target""",
                    [suffix],
                )
                con.execute(
                    """INSERT INTO words SELECT w.article_id || ?, w.word FROM words w
                               JOIN copy_meta x ON x.id = w.article_id""",
                    [suffix],
                )
                con.unregister("copy_map")
                con.execute("DROP TABLE copy_first")
                con.unregister("copy_meta")
                made += len(chosen)
            bump_revision(con)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        n_articles, n_places, n_relations = con.execute(
            """SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT place_id) FROM mentions),
                      (SELECT count(*) FROM relations)"""
        ).fetchone()
    _log(
        out,
        f"bench store: replicated to {n_articles:,} articles, {n_places:,} distinct places, "
        f"{n_relations:,} relations in {time.perf_counter() - t0:.0f} s",
    )
    if n_places < places:
        _log(out, f"bench store: note: {n_places:,} distinct places, fewer than the {places:,} asked for")
