"""An analyst's corrections: kept apart from the parser's rows, applied by the query layer's views.

A correction is keyed by what a reparse of the same text reproduces, so it survives ``geo reparse``:

- a mention by its article and offsets: ``move_mention`` (to another gazetteer entry) or
  ``not_a_place``;
- a relation by its article, evidence offsets, endpoints and the parser's type: ``hide_relation``
  or ``retype_relation``.

Each write is one transaction that bumps the store's revision (so every cache of a view is
invalidated). A new correction of a key that already has one replaces it; ``undo`` takes one back.
Nothing is deleted: an undone correction keeps its row with the time it was undone, so the export
shows the history.
"""

from __future__ import annotations

import datetime as dt
import os

from geo.core.errors import StoreError
from geo.core.records import RELATION_TYPES, Place
from geo.core.safe import printable
from geo.store.connect import DEFAULT_TIMEOUT, writing
from geo.store.schema import bump_revision

KINDS = ("place", "not_place", "hide", "type")
"""``place``: a mention moved to another entry; ``not_place``: a mention that names no place;
``hide``: a relation hidden; ``type``: a relation given another type."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _begin(con):
    con.execute("BEGIN TRANSACTION")


def _next_id(con) -> int:
    return con.execute("SELECT coalesce(max(id), 0) + 1 FROM corrections").fetchone()[0]


def _replace_active(con, where: str, params: list, now: dt.datetime) -> None:
    con.execute(f"UPDATE corrections SET undone = ? WHERE undone IS NULL AND {where}", [now, *params])


def _in_transaction(con, work):
    _begin(con)
    try:
        out = work()
        bump_revision(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return out


def _mention(con, article_id: str, start: int, end: int) -> tuple[str, str | None]:
    row = con.execute(
        """SELECT text, place_id FROM mentions WHERE article_id = ? AND start = ? AND "end" = ?
                         ORDER BY seq LIMIT 1""",
        [article_id, start, end],
    ).fetchone()
    if row is None:
        raise StoreError(
            f"Expected a mention of article {printable(article_id)!r} at {start}-{end}, instead found none."
        )
    return row


def move_mention(
    store: str | os.PathLike, article_id: str, start: int, end: int, place: Place, timeout: float = DEFAULT_TIMEOUT
) -> int:
    """Say that the mention at ``[start, end)`` of an article names ``place`` (a gazetteer entry);
    returns the correction's id.

    Raises
    ------
    StoreError
        When the article has no mention at those offsets.
    """
    with writing(store, timeout) as con:

        def work() -> int:
            _, parser_place = _mention(con, article_id, start, end)
            now = _now()
            _replace_active(
                con,
                """kind IN ('place', 'not_place') AND article_id = ? AND start = ? AND "end" = ?""",
                [article_id, start, end],
                now,
            )
            con.execute(
                """INSERT INTO places SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                           WHERE NOT EXISTS (SELECT 1 FROM places WHERE id = ?)""",
                [
                    place.id,
                    place.name,
                    place.type,
                    place.country_code,
                    place.lat,
                    place.lon,
                    place.geonameid,
                    place.population,
                    place.admin1,
                    place.feature_code,
                    place.id,
                ],
            )
            cid = _next_id(con)
            con.execute(
                """INSERT INTO corrections VALUES (?, 'place', ?, ?, ?, NULL, NULL, ?, ?, ?, NULL)""",
                [cid, article_id, start, end, parser_place, place.id, now],
            )
            return cid

        return _in_transaction(con, work)


def not_a_place(
    store: str | os.PathLike, article_id: str, start: int, end: int, timeout: float = DEFAULT_TIMEOUT
) -> int:
    """Say that the mention at ``[start, end)`` of an article names no place; returns the correction's id."""
    with writing(store, timeout) as con:

        def work() -> int:
            _, parser_place = _mention(con, article_id, start, end)
            now = _now()
            _replace_active(
                con,
                """kind IN ('place', 'not_place') AND article_id = ? AND start = ? AND "end" = ?""",
                [article_id, start, end],
                now,
            )
            cid = _next_id(con)
            con.execute(
                """INSERT INTO corrections VALUES (?, 'not_place', ?, ?, ?, NULL, NULL, ?, NULL, ?, NULL)""",
                [cid, article_id, start, end, parser_place, now],
            )
            return cid

        return _in_transaction(con, work)


def _relation_fix(
    store,
    article_id: str,
    start: int,
    end: int,
    source: str,
    target: str,
    parser_type: str,
    kind: str,
    new_type: str | None,
    timeout: float,
) -> int:
    with writing(store, timeout) as con:

        def work() -> int:
            found = con.execute(
                """SELECT count(*) FROM relations WHERE article_id = ? AND start = ? AND "end" = ?
                                   AND source = ? AND target = ? AND type = ?""",
                [article_id, start, end, source, target, parser_type],
            ).fetchone()[0]
            if not found:
                raise StoreError(
                    f"Expected a {printable(parser_type)} relation of article {printable(article_id)!r} "
                    f"from {printable(source)} to {printable(target)} at {start}-{end}, instead found none."
                )
            now = _now()
            _replace_active(
                con,
                """kind IN ('hide', 'type') AND article_id = ? AND start = ? AND "end" = ?
                                    AND source = ? AND target = ? AND old_value = ?""",
                [article_id, start, end, source, target, parser_type],
                now,
            )
            cid = _next_id(con)
            con.execute(
                "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                [cid, kind, article_id, start, end, source, target, parser_type, new_type, now],
            )
            return cid

        return _in_transaction(con, work)


def hide_relation(
    store: str | os.PathLike,
    article_id: str,
    start: int,
    end: int,
    source: str,
    target: str,
    parser_type: str,
    timeout: float = DEFAULT_TIMEOUT,
) -> int:
    """Hide a relation the parser found (named by its article, evidence offsets, stored endpoints
    and stored type); returns the correction's id.

    Raises
    ------
    StoreError
        When the article has no such relation.
    """
    return _relation_fix(store, article_id, start, end, source, target, parser_type, "hide", None, timeout)


def retype_relation(
    store: str | os.PathLike,
    article_id: str,
    start: int,
    end: int,
    source: str,
    target: str,
    parser_type: str,
    new_type: str,
    timeout: float = DEFAULT_TIMEOUT,
) -> int:
    """Give a relation the parser found another type; returns the correction's id.

    Raises
    ------
    StoreError
        When ``new_type`` is not a relation type or the article has no such relation.
    """
    if new_type not in RELATION_TYPES:
        raise StoreError(f"Expected a relation type from {RELATION_TYPES}, instead got: {printable(new_type)!r}.")
    return _relation_fix(store, article_id, start, end, source, target, parser_type, "type", new_type, timeout)


def undo(store: str | os.PathLike, correction_id: int, timeout: float = DEFAULT_TIMEOUT) -> bool:
    """Take a correction back (the parser's result applies again); False when it was not active."""
    with writing(store, timeout) as con:

        def work() -> bool:
            n = con.execute(
                "SELECT count(*) FROM corrections WHERE id = ? AND undone IS NULL", [correction_id]
            ).fetchone()[0]
            con.execute("UPDATE corrections SET undone = ? WHERE id = ? AND undone IS NULL", [_now(), correction_id])
            return bool(n)

        return _in_transaction(con, work)
