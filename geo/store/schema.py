"""The store's tables, and forward migrations that keep an existing store readable as they grow.

``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``; ``migrate`` applies the missing
ones in order, each in its own transaction with the version bump, so a store is never half migrated.
A store newer than this code is refused rather than misread.

Tables (one row per ...):

- ``meta``: key/value: ``schema_version``, ``revision`` (bumped by every write, so a reader can
  tell cheaply whether anything changed).
- ``articles``: article: ``id``, content ``hash``, ``title``, ``text``, ``source``, ``url``,
  publication ``date`` (NULL when unknown), ``language``, ``ingested`` time, parser ``fingerprint``,
  ``geoparsed`` (False for non-English text), ``summary`` (a feed gave only a summary), ``warnings``,
  ``story`` (the near-duplicate cluster: the id of its first article), MinHash ``signature``,
  ``removed`` (removed by the analyst: kept, hidden, not brought back by a later ingest).
- ``origins``: (article, origin): every file, line, row or entry the text came from, with the date,
  source and url that origin gave (the article keeps the first seen).
- ``places``: gazetteer entry mentioned anywhere (id, name, type, country, point...).
- ``mentions``: mention: article, order, text, offsets, kind, place (NULL when unresolved), score, rule.
- ``relations``: relation: article, order, type, source, target, directed, evidence sentence and
  its offsets, itinerary group and order, negated, hedged, confidence, rule.
- ``bands``: (article, LSH band): the MinHash band keys that find near-duplicate candidates.
- ``words``: (article, word): the distinct lower-cased words of title and text as 32-bit keys
  (``rows.word_key``), the text index.
- ``corrections`` (version 2): an analyst's fix, kept apart from the parser's rows so a reparse
  never loses it: ``kind`` ``place`` (a mention moved to another gazetteer entry), ``not_place``
  (a mention that names no place), ``hide`` (a relation hidden) or ``type`` (a relation retyped);
  keyed by what a reparse of the same text reproduces: the article id and the mention's offsets,
  or the article id, the relation's evidence offsets, its endpoints and the parser's type
  (``old_value``). ``undone`` is set when it is undone or replaced by a later fix of the same key.

Views (version 2) apply the active corrections to the parser's rows; the query layer reads only them:

- ``mention_view``: every mention with its corrected ``place_id`` (NULL when marked not a place),
  the parser's ``parser_place_id`` and the ``correction`` id that changed it;
- ``relation_view``: every relation not hidden, with its corrected type, and its endpoints moved
  with the mentions of its evidence sentence that were moved (dropped when one of them was marked
  not a place), the parser's ``parser_type``/``parser_source``/``parser_target`` and the
  ``correction`` id that changed it.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.core.errors import StoreError

_V1 = (
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL, title VARCHAR NOT NULL, text VARCHAR NOT NULL,
        source VARCHAR, url VARCHAR, date DATE, language VARCHAR, ingested TIMESTAMP NOT NULL,
        fingerprint VARCHAR NOT NULL, geoparsed BOOLEAN NOT NULL, summary BOOLEAN NOT NULL,
        warnings VARCHAR[], story VARCHAR NOT NULL, signature BLOB, removed BOOLEAN NOT NULL DEFAULT false,
        path VARCHAR)""",
    """CREATE TABLE origins (
        article_id VARCHAR NOT NULL, origin VARCHAR NOT NULL, date DATE, source VARCHAR, url VARCHAR,
        seen TIMESTAMP NOT NULL)""",
    """CREATE TABLE places (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, country_code VARCHAR,
        lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, geonameid BIGINT, population BIGINT, admin1 VARCHAR,
        feature_code VARCHAR)""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, text VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, kind VARCHAR NOT NULL, place_id VARCHAR, score DOUBLE, rule VARCHAR)""",
    """CREATE TABLE relations (
        article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, type VARCHAR NOT NULL, source VARCHAR NOT NULL,
        target VARCHAR NOT NULL, directed BOOLEAN NOT NULL, evidence VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, "group" VARCHAR, "order" INTEGER, negated BOOLEAN NOT NULL,
        hedged BOOLEAN NOT NULL, confidence DOUBLE NOT NULL, rule VARCHAR)""",
    """CREATE TABLE bands (article_id VARCHAR NOT NULL, band SMALLINT NOT NULL, key BIGINT NOT NULL)""",
    """CREATE TABLE words (article_id VARCHAR NOT NULL, word INTEGER NOT NULL)""",
    """INSERT INTO meta VALUES ('revision', '0')""",
)

_ACTIVE_MENTION_FIX = """SELECT id, article_id, start, "end", kind, old_value, new_value FROM corrections
    WHERE undone IS NULL AND kind IN ('place', 'not_place')"""

_V2 = (
    """CREATE TABLE corrections (
        id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL, article_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, source VARCHAR, target VARCHAR, old_value VARCHAR, new_value VARCHAR,
        made TIMESTAMP NOT NULL, undone TIMESTAMP)""",
    f"""CREATE VIEW mention_view AS
        SELECT m.article_id, m.seq, m.text, m.start, m."end", m.kind,
               CASE WHEN c.kind = 'not_place' THEN NULL WHEN c.kind = 'place' THEN c.new_value
                    ELSE m.place_id END AS place_id,
               m.score, m.rule, m.place_id AS parser_place_id, c.id AS correction
        FROM mentions m LEFT JOIN ({_ACTIVE_MENTION_FIX}) c
          ON c.article_id = m.article_id AND c.start = m.start AND c."end" = m."end"
        """,
    # A relation's endpoint follows a moved mention of that place inside its evidence sentence
    # (the newest such fix when there are several); one marked "not a place" drops the relation.
    f"""CREATE VIEW relation_view AS
        WITH fix AS ({_ACTIVE_MENTION_FIX}),
        moved AS (
            SELECT r.*, t.kind AS rkind, t.new_value AS rtype, t.id AS rfix,
                   (SELECT max_by(f.id, f.id) FROM fix f WHERE f.article_id = r.article_id AND f.old_value = r.source
                      AND f.start >= r.start AND f."end" <= r."end") AS sfix,
                   (SELECT max_by(f.id, f.id) FROM fix f WHERE f.article_id = r.article_id AND f.old_value = r.target
                      AND f.start >= r.start AND f."end" <= r."end") AS tfix
            FROM relations r LEFT JOIN corrections t
              ON t.undone IS NULL AND t.kind IN ('hide', 'type') AND t.article_id = r.article_id
             AND t.start = r.start AND t."end" = r."end" AND t.source = r.source AND t.target = r.target
             AND t.old_value = r.type)
        SELECT m.article_id, m.seq, CASE WHEN m.rkind = 'type' THEN m.rtype ELSE m.type END AS type,
               CASE WHEN m.sfix IS NULL THEN m.source ELSE fs.new_value END AS source,
               CASE WHEN m.tfix IS NULL THEN m.target ELSE ft.new_value END AS target,
               m.directed, m.evidence, m.start, m."end", m."group", m."order", m.negated, m.hedged,
               m.confidence, m.rule, m.type AS parser_type, m.source AS parser_source,
               m.target AS parser_target, coalesce(m.rfix, m.sfix, m.tfix) AS correction
        FROM moved m LEFT JOIN fix fs ON fs.id = m.sfix LEFT JOIN fix ft ON ft.id = m.tfix
        WHERE m.rkind IS DISTINCT FROM 'hide'
          AND (m.sfix IS NULL OR fs.new_value IS NOT NULL) AND (m.tfix IS NULL OR ft.new_value IS NOT NULL)""",
)

MIGRATIONS: tuple[Sequence[str], ...] = (_V1, _V2)
"""Statements taking the store from version ``i`` (the index) to ``i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


def store_version(con) -> int:
    """The schema version of an open store (0 for an empty file)."""
    import duckdb

    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:  # no meta table: a new, empty file
        return 0
    return int(row[0]) if row else 0


def migrate(con, name: str = "store", migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """Bring an open, writable store up to the latest version; returns the version it had.

    Raises
    ------
    StoreError
        When the store was made by a newer version of this code.
    """
    before = store_version(con)
    if before > len(migrations):
        raise StoreError(f"{name}: made by a newer version of geo (schema {before}; this one knows {len(migrations)}).")
    for version in range(before, len(migrations)):
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migrations[version]:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version + 1)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return before


def require_current(con, name: str = "store", migrations: Sequence[Sequence[str]] = MIGRATIONS) -> bool:
    """True when a store opened read-only is at the latest version; False when it needs migrating.

    Raises
    ------
    StoreError
        When the store was made by a newer version of this code.
    """
    version = store_version(con)
    if version > len(migrations):
        raise StoreError(
            f"{name}: made by a newer version of geo (schema {version}; this one knows {len(migrations)})."
        )
    return version == len(migrations)


def bump_revision(con) -> None:
    """Count one more write (inside the writer's transaction)."""
    con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'revision'")


def revision(con) -> int:
    """How many writes the store has seen: equal numbers mean equal contents."""
    row = con.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
    return int(row[0]) if row else 0
