"""The one query layer: a ``Filters`` in, plain rows out, for ``geo export`` now and the dashboard later.

Selection (which articles): ``article``, ``since``/``until``, ``source``, ``q``, ``place`` (articles
that mention it), ``country`` (articles that mention a place in it) and ``pair`` (articles with a
relation between the two places, either way) — AND across kinds, OR within a repeated one. Removed
articles are never selected; undated articles fall outside any date range (``undated_outside``
counts them for a note). Then ``place_type`` and ``min_mentions`` narrow the places drawn, and
``relation`` the relation types; a relation is drawn when both its places are.

``q`` is a word search: every word of it (lower-cased, two letters or more) must occur in the
article's title or text. It reads the ``words`` table, which each batch fills in the same
transaction as its articles, so an article is findable as soon as its batch is stored.

Every value reaches SQL as a parameter; the SQL text is put together from fixed fragments only.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from geo.core.records import Filters

_WORD = re.compile(r"\w+", re.UNICODE)


class ArticleRow(msgspec.Struct, frozen=True):
    """A selected article: provenance, story and how much the parser found in it."""

    id: str
    title: str
    source: str | None
    url: str | None
    date: dt.date | None
    language: str | None
    story: str
    geoparsed: bool
    summary: bool
    mentions: int
    places: int
    relations: int
    origins: int
    warnings: tuple[str, ...] = ()


class PlaceRow(msgspec.Struct, frozen=True):
    """A place mentioned in the selected articles, with mention, article and story counts."""

    id: str
    name: str
    type: str
    country_code: str | None
    lat: float
    lon: float
    geonameid: int | None
    population: int | None
    mentions: int
    articles: int
    stories: int


class RelationRow(msgspec.Struct, frozen=True):
    """Relations of one (type, source, target, direction) across the selected articles."""

    type: str
    source: str
    target: str
    directed: bool
    relations: int
    articles: int
    stories: int
    negated: int
    hedged: int
    evidence: str
    article_ids: tuple[str, ...]


class MentionRow(msgspec.Struct, frozen=True):
    """One mention in a selected article."""

    article: str
    seq: int
    text: str
    start: int
    end: int
    kind: str
    place: str | None
    score: float | None
    rule: str | None


class DayRow(msgspec.Struct, frozen=True):
    """Selected articles (and stories) published on one day or in one week (its Monday)."""

    day: dt.date
    articles: int
    stories: int


class SourceRow(msgspec.Struct, frozen=True):
    """A source and how many (live) articles it gave first."""

    source: str | None
    articles: int


def query_words(q: str) -> list[int]:
    """The words of a text search as the index holds them (keys of lower-cased words of two
    letters or more)."""
    from geo.store.rows import word_key

    return list(dict.fromkeys(word_key(w) for w in _WORD.findall(q.lower()) if len(w) > 1))


def selection(f: Filters, dates: bool = True) -> tuple[str, list]:
    """SQL selecting the ids of the articles ``f`` selects (alias ``a`` over ``articles``) and its
    parameters. With ``dates=False`` the date range is left out (for the undated note)."""
    where = ["NOT a.removed"]
    params: list = []
    if f.article:
        where.append("a.id IN (SELECT unnest(?))")
        params.append(list(f.article))
    if dates and f.since:
        where.append("a.date >= ?")
        params.append(f.since)
    if dates and f.until:
        where.append("a.date <= ?")
        params.append(f.until)
    if f.source:
        where.append("a.source IN (SELECT unnest(?))")
        params.append(list(f.source))
    if f.q:
        words = query_words(f.q)
        if words:
            where.append("a.id IN (SELECT article_id FROM words WHERE word IN (SELECT unnest(?)) "
                         "GROUP BY article_id HAVING count(DISTINCT word) = ?)")
            params.extend([words, len(words)])
        else:
            where.append("contains(lower(a.title || ' ' || a.text), lower(?))")
            params.append(f.q.strip())
    if f.place:
        where.append("a.id IN (SELECT article_id FROM mentions WHERE place_id IN (SELECT unnest(?)))")
        params.append(list(f.place))
    if f.country:
        where.append("a.id IN (SELECT m.article_id FROM mentions m JOIN places p ON p.id = m.place_id "
                     "WHERE p.country_code = ?)")
        params.append(f.country)
    if f.pair:
        where.append("a.id IN (SELECT article_id FROM relations WHERE (source = ? AND target = ?) "
                     "OR (source = ? AND target = ?))")
        params.extend([f.pair[0], f.pair[1], f.pair[1], f.pair[0]])
    return "SELECT a.id, a.story FROM articles a WHERE " + " AND ".join(where), params


def _drawn_places(f: Filters) -> tuple[str, list]:
    """SQL of the places drawn for the selection (``sel``): with counts, narrowed by type and mentions."""
    sql = """SELECT p.id, p.name, p.type, p.country_code, p.lat, p.lon, p.geonameid, p.population,
                    count(*) AS mentions, count(DISTINCT m.article_id) AS articles, count(DISTINCT s.story) AS stories
             FROM mentions m JOIN sel s ON s.id = m.article_id JOIN places p ON p.id = m.place_id"""
    params: list = []
    if f.place_type:
        sql += " WHERE p.type IN (SELECT unnest(?))"
        params.append(list(f.place_type))
    sql += " GROUP BY ALL HAVING count(*) >= ?"
    params.append(f.min_mentions)
    return sql, params


def articles(con, f: Filters, limit: int | None = None) -> list[ArticleRow]:
    """The selected articles, newest first (undated last), then by id."""
    sel, params = selection(f)
    sql = f"""WITH sel AS ({sel}),
        m AS (SELECT article_id, count(*) AS n, count(DISTINCT place_id) AS p FROM mentions
              WHERE article_id IN (SELECT id FROM sel) GROUP BY 1),
        r AS (SELECT article_id, count(*) AS n FROM relations WHERE article_id IN (SELECT id FROM sel) GROUP BY 1),
        o AS (SELECT article_id, count(*) AS n FROM origins WHERE article_id IN (SELECT id FROM sel) GROUP BY 1)
        SELECT a.id, a.title, a.source, a.url, a.date, a.language, a.story, a.geoparsed, a.summary,
               coalesce(m.n, 0), coalesce(m.p, 0), coalesce(r.n, 0), coalesce(o.n, 0), coalesce(a.warnings, [])
        FROM articles a JOIN sel s ON s.id = a.id LEFT JOIN m ON m.article_id = a.id
        LEFT JOIN r ON r.article_id = a.id LEFT JOIN o ON o.article_id = a.id
        ORDER BY a.date DESC NULLS LAST, a.id"""
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [ArticleRow(*row[:13], tuple(row[13])) for row in con.execute(sql, params).fetchall()]


def undated_outside(con, f: Filters) -> int:
    """How many articles the filters would select but for a date range they fall outside of
    because they have no date (0 when no range is set)."""
    if not (f.since or f.until):
        return 0
    sel, params = selection(f, dates=False)
    return con.execute(f"SELECT count(*) FROM ({sel}) s JOIN articles a ON a.id = s.id WHERE a.date IS NULL",
                       params).fetchone()[0]


def places(con, f: Filters) -> list[PlaceRow]:
    """Places the selected articles mention, most mentioned first, narrowed by type and mentions."""
    sel, params = selection(f)
    drawn, dparams = _drawn_places(f)
    rows = con.execute(f"WITH sel AS ({sel}) {drawn} ORDER BY mentions DESC, p.id", params + dparams).fetchall()
    return [PlaceRow(*row) for row in rows]


def relations(con, f: Filters) -> list[RelationRow]:
    """Relations between drawn places in the selected articles, one row per (type, source, target,
    direction), with how many relations, articles and stories say so; most articles first."""
    sel, params = selection(f)
    drawn, dparams = _drawn_places(f)
    sql = f"""WITH sel AS ({sel}), drawn AS ({drawn})
        SELECT r.type, r.source, r.target, r.directed, count(*), count(DISTINCT r.article_id),
               count(DISTINCT s.story), count(*) FILTER (WHERE r.negated), count(*) FILTER (WHERE r.hedged),
               arg_min(r.evidence, r.article_id || '/' || lpad(CAST(r.seq AS VARCHAR), 6, '0')),
               list(DISTINCT r.article_id ORDER BY r.article_id)
        FROM relations r JOIN sel s ON s.id = r.article_id
        WHERE r.source IN (SELECT id FROM drawn) AND r.target IN (SELECT id FROM drawn)"""
    rparams: list = []
    if f.relation:
        sql += " AND r.type IN (SELECT unnest(?))"
        rparams.append(list(f.relation))
    sql += " GROUP BY ALL ORDER BY 6 DESC, 1, 2, 3, 4"
    rows = con.execute(sql, params + dparams + rparams).fetchall()
    return [RelationRow(*row[:10], tuple(row[10])) for row in rows]


def mentions(con, f: Filters) -> list[MentionRow]:
    """Mentions in the selected articles, in article and text order; when places are narrowed
    (``place_type``, ``min_mentions``) only mentions of drawn places."""
    sel, params = selection(f)
    if f.place_type or f.min_mentions > 1:
        drawn, dparams = _drawn_places(f)
        sql = f"""WITH sel AS ({sel}), drawn AS ({drawn})
            SELECT m.article_id, m.seq, m.text, m.start, m."end", m.kind, m.place_id, m.score, m.rule
            FROM mentions m JOIN sel s ON s.id = m.article_id WHERE m.place_id IN (SELECT id FROM drawn)"""
        params = params + dparams
    else:
        sql = f"""WITH sel AS ({sel})
            SELECT m.article_id, m.seq, m.text, m.start, m."end", m.kind, m.place_id, m.score, m.rule
            FROM mentions m JOIN sel s ON s.id = m.article_id"""
    return [MentionRow(*row) for row in con.execute(sql + " ORDER BY 1, 2", params).fetchall()]


def timeline(con, f: Filters, by: str = "day") -> list[DayRow]:
    """Selected dated articles and stories per day, or per week (keyed by its Monday)."""
    if by not in ("day", "week"):
        raise ValueError(f"Expected by in ('day', 'week'), instead got: {by!r}.")
    sel, params = selection(f)
    bucket = "a.date" if by == "day" else "CAST(date_trunc('week', a.date) AS DATE)"
    rows = con.execute(f"""WITH sel AS ({sel}) SELECT {bucket} AS day, count(*), count(DISTINCT a.story)
        FROM articles a JOIN sel s ON s.id = a.id WHERE a.date IS NOT NULL GROUP BY 1 ORDER BY 1""",
                       params).fetchall()
    return [DayRow(*row) for row in rows]


def sources(con) -> list[SourceRow]:
    """Every source of live articles, with its number of articles, most first."""
    rows = con.execute("""SELECT source, count(*) FROM articles WHERE NOT removed GROUP BY 1
                          ORDER BY 2 DESC, 1 NULLS LAST""").fetchall()
    return [SourceRow(*row) for row in rows]


def suggest_places(con, prefix: str, limit: int = 10) -> list[PlaceRow]:
    """Places of the corpus whose name starts with ``prefix`` (any case), most mentioned first:
    the choices of a place picker."""
    prefix = prefix.strip().lower()
    if not prefix:
        return []
    rows = con.execute(
        """SELECT p.id, p.name, p.type, p.country_code, p.lat, p.lon, p.geonameid, p.population,
                  count(*), count(DISTINCT m.article_id), count(DISTINCT a.story)
           FROM places p JOIN mentions m ON m.place_id = p.id JOIN articles a ON a.id = m.article_id
           WHERE starts_with(lower(p.name), ?) AND NOT a.removed
           GROUP BY ALL ORDER BY 9 DESC, p.name, p.id LIMIT ?""", [prefix, limit]).fetchall()
    return [PlaceRow(*row) for row in rows]


def stats(con) -> dict:
    """Counts of the live corpus: articles, stories, mentions, places, relations, sources, dates."""
    from geo.store.schema import revision

    row = con.execute("""SELECT count(*), count(DISTINCT story), count(DISTINCT source), min(date), max(date),
                                count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE NOT geoparsed)
                         FROM articles WHERE NOT removed""").fetchone()
    counts = con.execute("""SELECT (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                                    WHERE NOT a.removed),
                                   (SELECT count(DISTINCT m.place_id) FROM mentions m
                                    JOIN articles a ON a.id = m.article_id WHERE NOT a.removed),
                                   (SELECT count(*) FROM relations r JOIN articles a ON a.id = r.article_id
                                    WHERE NOT a.removed),
                                   (SELECT count(*) FROM articles WHERE removed)""").fetchone()
    return {
        "articles": row[0], "stories": row[1], "mentions": counts[0], "places": counts[1],
        "relations": counts[2], "sources": row[2],
        "first_date": row[3].isoformat() if row[3] else None, "last_date": row[4].isoformat() if row[4] else None,
        "undated": row[5], "not_geoparsed": row[6], "removed": counts[3], "revision": revision(con),
    }
