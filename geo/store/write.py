"""Taking one batch of rows into the store, as one transaction.

A batch (``rows.BATCH_SCHEMA``) holds whole articles, so a transaction never holds half of one: a
kill loses at most the batch in flight, and re-running finds the articles already stored. Which
rows are new, unchanged, replaced or removed is decided here, inside the transaction, against what
the store holds now, so two ingests into one store cannot add a text twice.

Rules: an article is its text (content hash). A known text from a new origin adds that origin to
the article (the first seen date, source and url stay on the article). A known id with a new text
replaces the article's rows. A removed article (text or id) stays removed unless ``restore``.
Near-duplicates: an article joins the story of the most similar earlier article whose MinHash
signature shares an LSH band with it and whose estimated similarity reaches ``NEAR_DUPLICATE``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa

from geo.read.sources import Failure
from geo.store.rows import NEAR_DUPLICATE, similarity
from geo.store.schema import bump_revision

OUTCOMES = ("new", "unchanged", "replaced", "removed", "restored", "failed")


@dataclass
class Written:
    """What a batch did: counts by outcome, and failures (rows the store could not take)."""

    counts: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def add(self, other: Written) -> None:
        self.counts.update(other.counts)
        self.failures.extend(other.failures)


def _assign_stories(con, accepted: list[dict], replaced: set[str]) -> dict[str, str]:
    """Story id of each accepted article, in batch order: an earlier near-duplicate's story, or its own id."""
    wanted = {(band, key) for row in accepted for band, key in enumerate(row["bands"] or ())}
    candidates: dict[tuple[int, int], list[tuple[str, str, bytes]]] = {}
    if wanted:
        probe = pa.table(
            {"band": pa.array([b for b, _ in wanted], pa.int16()), "key": pa.array([k for _, k in wanted], pa.int64())}
        )
        con.register("probe_bands", probe)
        try:
            found = con.execute(
                """SELECT b.band, b.key, a.id, a.story, a.signature FROM bands b
                   JOIN probe_bands p ON p.band = b.band AND p.key = b.key
                   JOIN articles a ON a.id = b.article_id ORDER BY a.ingested, a.id"""
            ).fetchall()
        finally:
            con.unregister("probe_bands")
        for band, key, aid, story, sig in found:
            if aid not in replaced:
                candidates.setdefault((band, key), []).append((aid, story, sig))
    stories: dict[str, str] = {}
    for row in accepted:
        best, best_sim = row["id"], 0.0
        seen: set[str] = set()
        for band, key in enumerate(row["bands"] or ()):
            for aid, story, sig in candidates.get((band, key), ()):
                if aid in seen or aid == row["id"]:
                    continue
                seen.add(aid)
                sim = similarity(row["signature"], sig)
                if sim >= NEAR_DUPLICATE and sim > best_sim:
                    best, best_sim = story, sim
        stories[row["id"]] = best
        for band, key in enumerate(row["bands"] or ()):
            candidates.setdefault((band, key), []).append((row["id"], best, row["signature"]))
    return stories


def write_batch(con, table: pa.Table, restore: bool = False, now: dt.datetime | None = None) -> Written:
    """Take one batch into the store in one transaction, and bump the revision.

    Parameters
    ----------
    con : duckdb connection
        Open for writing.
    table : pyarrow.Table
        Rows in ``rows.BATCH_SCHEMA``.
    restore : bool
        Bring back removed articles whose text or id comes again.
    now : datetime, optional
        The ingest time to record (default: now, UTC).
    """
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    out = Written()
    if table.num_rows == 0:
        return out
    meta = table.select(["seq", "id", "hash", "known", "origin", "date", "source", "url"]).to_pylist()
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("batch", table)
        existing = con.execute(
            """SELECT id, hash, removed FROM articles
               WHERE hash IN (SELECT hash FROM batch) OR id IN (SELECT id FROM batch)"""
        ).fetchall()
        by_hash = {h: (aid, removed) for aid, h, removed in existing}
        by_id = {aid: (h, removed) for aid, h, removed in existing}
        accept: dict[str, int] = {}  # article id -> seq of the row that stores it
        replaced: set[str] = set()
        restored: set[str] = set()
        origins: list[tuple] = []
        for row in meta:
            h, aid = row["hash"], row["id"]
            origin = (row["origin"], row["date"], row["source"], row["url"])
            if h in by_hash:
                target, removed = by_hash[h]
                if removed and not restore:
                    out.counts["removed"] += 1
                    continue
                if removed:
                    restored.add(target)
                    by_hash[h] = (target, False)
                    by_id[target] = (h, False)
                    out.counts["restored"] += 1
                else:
                    out.counts["unchanged"] += 1
                origins.append((target, *origin))
                continue
            if row["known"]:
                out.counts["failed"] += 1
                out.failures.append(Failure(row["origin"], "the store changed during the ingest; run it again"))
                continue
            if aid in by_id:
                old_hash, removed = by_id[aid]
                if removed and not restore:
                    out.counts["removed"] += 1
                    continue
                by_hash.pop(old_hash, None)
                if aid not in accept:  # an earlier row of this batch is simply superseded
                    replaced.add(aid)
                out.counts["replaced"] += 1
                origins = [o for o in origins if o[0] != aid]
            else:
                out.counts["new"] += 1
            accept[aid] = row["seq"]
            by_hash[h] = (aid, False)
            by_id[aid] = (h, False)
            origins.append((aid, *origin))
        gone = sorted(replaced)
        if gone:
            for name in ("mentions", "relations", "origins", "bands", "words"):
                con.execute(f"DELETE FROM {name} WHERE article_id IN (SELECT unnest(?))", [gone])
            con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [gone])
        if accept:
            rows = table.filter(pa.compute.is_in(table["seq"], pa.array(sorted(accept.values()), pa.int32())))
            rows_list = rows.select(["id", "signature", "bands"]).to_pylist()
            stories = _assign_stories(con, rows_list, replaced)
            con.unregister("batch")
            rows = rows.append_column("story", pa.array([stories[r["id"]] for r in rows_list], pa.string()))
            con.register("batch", rows)
            con.execute(
                """INSERT INTO articles SELECT id, hash, title, text, source, url, date, language, ?, fingerprint,
                   geoparsed, summary, warnings, story, signature, false, path FROM batch ORDER BY seq""",
                [now],
            )
            con.execute("""INSERT INTO mentions SELECT id, m.seq, m.text, m.start, m."end", m.kind, m.place_id,
                           m.score, m.rule FROM (SELECT id, seq AS s, unnest(mentions) AS m FROM batch) ORDER BY s""")
            con.execute("""INSERT INTO relations SELECT id, r.seq, r.type, r.source, r.target, r.directed,
                           r.evidence, r.start, r."end", r."group", r."order", r.negated, r.hedged, r.confidence,
                           r.rule FROM (SELECT id, seq AS s, unnest(relations) AS r FROM batch) ORDER BY s""")
            con.execute("""INSERT INTO places SELECT DISTINCT ON (p.id) p.id, p.name, p.type, p.country_code, p.lat,
                           p.lon, p.geonameid, p.population, p.admin1, p.feature_code
                           FROM (SELECT unnest(places) AS p FROM batch)
                           WHERE p.id NOT IN (SELECT id FROM places) ORDER BY p.id""")
            con.execute("""INSERT INTO bands SELECT id, CAST(unnest(range(len(bands))) AS SMALLINT), unnest(bands)
                           FROM batch""")
            con.execute("INSERT INTO words SELECT id, unnest(words) FROM batch")
        if restored:
            con.execute("UPDATE articles SET removed = false WHERE id IN (SELECT unnest(?))", [sorted(restored)])
        if origins:
            con.unregister("batch")
            con.register(
                "batch",
                pa.table(
                    {
                        "article_id": pa.array([o[0] for o in origins], pa.string()),
                        "origin": pa.array([o[1] for o in origins], pa.string()),
                        "date": pa.array([o[2] for o in origins], pa.date32()),
                        "source": pa.array([o[3] for o in origins], pa.string()),
                        "url": pa.array([o[4] for o in origins], pa.string()),
                    }
                ),
            )
            con.execute(
                """INSERT INTO origins SELECT DISTINCT ON (b.article_id, b.origin) b.article_id, b.origin, b.date,
                   b.source, b.url, ? FROM batch b
                   WHERE NOT EXISTS (SELECT 1 FROM origins o WHERE o.article_id = b.article_id
                                     AND o.origin = b.origin)""",
                [now],
            )
        bump_revision(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        with contextlib.suppress(Exception):  # already unregistered
            con.unregister("batch")
    return out


def replace_results(con, table: pa.Table) -> int:
    """Replace the parse results (mentions, places, relations, fingerprint) of stored articles whose
    text is unchanged, in one transaction; returns how many were replaced."""
    if table.num_rows == 0:
        return 0
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("batch", table)
        con.execute("""CREATE TEMP TABLE fresh AS SELECT b.* FROM batch b
                       JOIN articles a ON a.id = b.id AND a.hash = b.hash""")
        n = con.execute("SELECT count(*) FROM fresh").fetchone()[0]
        for name in ("mentions", "relations"):
            con.execute(f"DELETE FROM {name} WHERE article_id IN (SELECT id FROM fresh)")
        con.execute("""INSERT INTO mentions SELECT id, m.seq, m.text, m.start, m."end", m.kind, m.place_id,
                       m.score, m.rule FROM (SELECT id, seq AS s, unnest(mentions) AS m FROM fresh) ORDER BY s""")
        con.execute("""INSERT INTO relations SELECT id, r.seq, r.type, r.source, r.target, r.directed,
                       r.evidence, r.start, r."end", r."group", r."order", r.negated, r.hedged, r.confidence,
                       r.rule FROM (SELECT id, seq AS s, unnest(relations) AS r FROM fresh) ORDER BY s""")
        con.execute("""INSERT INTO places SELECT DISTINCT ON (p.id) p.id, p.name, p.type, p.country_code, p.lat,
                       p.lon, p.geonameid, p.population, p.admin1, p.feature_code
                       FROM (SELECT unnest(places) AS p FROM fresh)
                       WHERE p.id NOT IN (SELECT id FROM places) ORDER BY p.id""")
        con.execute("""UPDATE articles SET fingerprint = f.fingerprint FROM fresh f WHERE articles.id = f.id""")
        con.execute("DROP TABLE fresh")
        bump_revision(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("batch")
    return n


def set_removed(con, ids: list[str], removed: bool) -> tuple[int, list[str]]:
    """Mark articles removed (or not) in one transaction; returns how many changed and unknown ids."""
    con.execute("BEGIN TRANSACTION")
    try:
        held = {
            aid for (aid,) in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        }
        n = con.execute(
            "SELECT count(*) FROM articles WHERE id IN (SELECT unnest(?)) AND removed <> ?", [ids, removed]
        ).fetchone()[0]
        con.execute("UPDATE articles SET removed = ? WHERE id IN (SELECT unnest(?))", [removed, ids])
        bump_revision(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n, [i for i in ids if i not in held]
