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

from geo.core.records import Filters, Place
from geo.core.views import EVIDENCE_PER_LINK, Evidence, LinkStat, PlaceStat

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
    corrected: int = 0


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
    corrected: bool = False


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
            where.append(
                "a.id IN (SELECT article_id FROM words WHERE word IN (SELECT unnest(?)) "
                "GROUP BY article_id HAVING count(DISTINCT word) = ?)"
            )
            params.extend([words, len(words)])
        else:
            where.append("contains(lower(a.title || ' ' || a.text), lower(?))")
            params.append(f.q.strip())
    if f.place:
        where.append("a.id IN (SELECT article_id FROM mention_view WHERE place_id IN (SELECT unnest(?)))")
        params.append(list(f.place))
    if f.country:
        where.append(
            "a.id IN (SELECT m.article_id FROM mention_view m JOIN places p ON p.id = m.place_id "
            "WHERE p.country_code = ?)"
        )
        params.append(f.country)
    if f.pair:
        where.append(
            "a.id IN (SELECT article_id FROM relation_view WHERE (source = ? AND target = ?) "
            "OR (source = ? AND target = ?))"
        )
        params.extend([f.pair[0], f.pair[1], f.pair[1], f.pair[0]])
    return "SELECT a.id, a.story FROM articles a WHERE " + " AND ".join(where), params


def _drawn_places(f: Filters) -> tuple[str, list]:
    """SQL of the places drawn for the selection (``sel``): with counts, narrowed by type and mentions."""
    sql = """SELECT p.id, p.name, p.type, p.country_code, p.lat, p.lon, p.geonameid, p.population,
                    count(*) AS mentions, count(DISTINCT m.article_id) AS articles, count(DISTINCT s.story) AS stories
             FROM mention_view m JOIN sel s ON s.id = m.article_id JOIN places p ON p.id = m.place_id"""
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
        m AS (SELECT article_id, count(*) AS n, count(DISTINCT place_id) AS p FROM mention_view
              WHERE article_id IN (SELECT id FROM sel) GROUP BY 1),
        r AS (SELECT article_id, count(*) AS n FROM relation_view WHERE article_id IN (SELECT id FROM sel) GROUP BY 1),
        o AS (SELECT article_id, count(*) AS n FROM origins WHERE article_id IN (SELECT id FROM sel) GROUP BY 1)
        SELECT a.id, a.title, a.source, a.url, a.date, a.language, a.story, a.geoparsed, a.summary,
               coalesce(m.n, 0), coalesce(m.p, 0), coalesce(r.n, 0), coalesce(o.n, 0), coalesce(a.warnings, [])
        FROM articles a JOIN sel s ON s.id = a.id LEFT JOIN m ON m.article_id = a.id
        LEFT JOIN r ON r.article_id = a.id LEFT JOIN o ON o.article_id = a.id
        ORDER BY a.date DESC NULLS LAST, a.id"""
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [ArticleRow(*row[:13], tuple(row[13])) for row in con.execute(sql, params).fetchall()]  # type: ignore[call-arg]  # the row's leading fields


def undated_outside(con, f: Filters) -> int:
    """How many articles the filters would select but for a date range they fall outside of
    because they have no date (0 when no range is set)."""
    if not (f.since or f.until):
        return 0
    sel, params = selection(f, dates=False)
    return con.execute(
        f"SELECT count(*) FROM ({sel}) s JOIN articles a ON a.id = s.id WHERE a.date IS NULL", params
    ).fetchone()[0]


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
               list(DISTINCT r.article_id ORDER BY r.article_id), count(r.correction)
        FROM relation_view r JOIN sel s ON s.id = r.article_id
        WHERE r.source IN (SELECT id FROM drawn) AND r.target IN (SELECT id FROM drawn)"""
    rparams: list = []
    if f.relation:
        sql += " AND r.type IN (SELECT unnest(?))"
        rparams.append(list(f.relation))
    sql += " GROUP BY ALL ORDER BY 6 DESC, 1, 2, 3, 4"
    rows = con.execute(sql, params + dparams + rparams).fetchall()
    return [RelationRow(*row[:10], tuple(row[10]), row[11]) for row in rows]  # type: ignore[call-arg]  # the row's leading fields


def mentions(con, f: Filters) -> list[MentionRow]:
    """Mentions in the selected articles, in article and text order; when places are narrowed
    (``place_type``, ``min_mentions``) only mentions of drawn places."""
    sel, params = selection(f)
    if f.place_type or f.min_mentions > 1:
        drawn, dparams = _drawn_places(f)
        sql = f"""WITH sel AS ({sel}), drawn AS ({drawn})
            SELECT m.article_id, m.seq, m.text, m.start, m."end", m.kind, m.place_id, m.score, m.rule,
                   m.correction IS NOT NULL
            FROM mention_view m JOIN sel s ON s.id = m.article_id WHERE m.place_id IN (SELECT id FROM drawn)"""
        params = params + dparams
    else:
        sql = f"""WITH sel AS ({sel})
            SELECT m.article_id, m.seq, m.text, m.start, m."end", m.kind, m.place_id, m.score, m.rule,
                   m.correction IS NOT NULL
            FROM mention_view m JOIN sel s ON s.id = m.article_id"""
    return [MentionRow(*row) for row in con.execute(sql + " ORDER BY 1, 2", params).fetchall()]


def timeline(con, f: Filters, by: str = "day") -> list[DayRow]:
    """Selected dated articles and stories per day, or per week (keyed by its Monday)."""
    if by not in ("day", "week"):
        raise ValueError(f"Expected by in ('day', 'week'), instead got: {by!r}.")
    sel, params = selection(f)
    bucket = "a.date" if by == "day" else "CAST(date_trunc('week', a.date) AS DATE)"
    rows = con.execute(
        f"""WITH sel AS ({sel}) SELECT {bucket} AS day, count(*), count(DISTINCT a.story)
        FROM articles a JOIN sel s ON s.id = a.id WHERE a.date IS NOT NULL GROUP BY 1 ORDER BY 1""",
        params,
    ).fetchall()
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
           FROM places p JOIN mention_view m ON m.place_id = p.id JOIN articles a ON a.id = m.article_id
           WHERE starts_with(lower(p.name), ?) AND NOT a.removed
           GROUP BY ALL ORDER BY 9 DESC, p.name, p.id LIMIT ?""",
        [prefix, limit],
    ).fetchall()
    return [PlaceRow(*row) for row in rows]


def stats(con) -> dict:
    """Counts of the live corpus: articles, stories, mentions, places, relations, sources, dates."""
    from geo.store.schema import revision

    row = con.execute("""SELECT count(*), count(DISTINCT story), count(DISTINCT source), min(date), max(date),
                                count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE NOT geoparsed)
                         FROM articles WHERE NOT removed""").fetchone()
    counts = con.execute("""SELECT (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                                    WHERE NOT a.removed),
                                   (SELECT count(DISTINCT m.place_id) FROM mention_view m
                                    JOIN articles a ON a.id = m.article_id WHERE NOT a.removed),
                                   (SELECT count(*) FROM relation_view r JOIN articles a ON a.id = r.article_id
                                    WHERE NOT a.removed),
                                   (SELECT count(*) FROM articles WHERE removed),
                                   (SELECT count(*) FROM corrections WHERE undone IS NULL)""").fetchone()
    return {
        "articles": row[0],
        "stories": row[1],
        "mentions": counts[0],
        "places": counts[1],
        "relations": counts[2],
        "sources": row[2],
        "first_date": row[3].isoformat() if row[3] else None,
        "last_date": row[4].isoformat() if row[4] else None,
        "undated": row[5],
        "not_geoparsed": row[6],
        "removed": counts[3],
        "corrections": counts[4],
        "revision": revision(con),
    }


# ------------------------------------------------------------------------------ the map of a view


def place_stats(con, f: Filters) -> list[PlaceStat]:
    """The places of a view as the map draws them (``geo.core.views.PlaceStat``): every drawn place
    with its mention, article and story counts, most mentioned first."""
    sel, params = selection(f)
    drawn, dparams = _drawn_places(f)
    drawn = drawn.replace(
        "count(DISTINCT s.story) AS stories",
        "count(DISTINCT s.story) AS stories, p.admin1, p.feature_code, count(m.correction)",
    )
    rows = con.execute(f"WITH sel AS ({sel}) {drawn} ORDER BY mentions DESC, p.name, p.id", params + dparams).fetchall()
    return [
        PlaceStat(
            Place(pid, name, ptype, cc, lat, lon, gid, pop or 0, admin1, fcode or ""), n, arts, stories, corrected
        )
        for pid, name, ptype, cc, lat, lon, gid, pop, n, arts, stories, admin1, fcode, corrected in rows
    ]


def _links(f: Filters, negated: bool, drawn_ids: list[str] | None = None) -> tuple[str, list]:
    """SQL (``WITH sel, drawn, rel``) of the relations a view draws, each with its link's endpoints
    ``a``/``b`` (sorted when undirected), and its parameters. ``drawn_ids`` (the places already
    drawn) spares aggregating the places again."""
    sel, params = selection(f)
    if drawn_ids is None:
        drawn, dparams = _drawn_places(f)
    else:
        drawn, dparams = "SELECT unnest(CAST(? AS VARCHAR[])) AS id", [list(drawn_ids)]
    where = ["r.source IN (SELECT id FROM drawn)", "r.target IN (SELECT id FROM drawn)", "r.source <> r.target"]
    rparams: list = []
    if f.relation:
        where.append("r.type IN (SELECT unnest(?))")
        rparams.append(list(f.relation))
    if not negated:
        where.append("NOT r.negated")
    sql = f"""WITH sel AS ({sel}), drawn AS ({drawn}),
        rel AS (SELECT r.article_id, r.seq, r.type, r.directed, r.hedged, r.negated, r.evidence, r.rule,
                       r."group", r."order", r.correction, s.story,
                       CASE WHEN NOT r.directed AND r.target < r.source THEN r.target ELSE r.source END AS a,
                       CASE WHEN NOT r.directed AND r.target < r.source THEN r.source ELSE r.target END AS b
                FROM relation_view r JOIN sel s ON s.id = r.article_id WHERE {" AND ".join(where)})"""
    return sql, params + dparams + rparams


def link_stats(
    con,
    f: Filters,
    negated: bool = False,
    evidence_per_link: int = EVIDENCE_PER_LINK,
    limit: int | None = None,
    drawn_ids: list[str] | None = None,
) -> list[LinkStat]:
    """The links of a view as the map draws them (``geo.core.views.LinkStat``): relations between
    drawn places aggregated by type, endpoints, direction, hedged and negated (negated ones only
    when ``negated``), most stories first, each with up to ``evidence_per_link`` evidence sentences
    (one per story first, then newest first) with their article's title, date and source.

    ``limit`` keeps the strongest links only (``link_count`` tells how many there are in all);
    ``drawn_ids`` are the drawn places when the caller has them (``place_stats``). One query reads
    the view's relations; they are grouped here (a view holds thousands of relations at most, and
    the store's query layer would otherwise aggregate the places a second time).
    """
    if drawn_ids is not None and not drawn_ids:
        return []
    base, params = _links(f, negated, drawn_ids)
    rows = con.execute(
        base
        + """
        SELECT r.type, r.a, r.b, r.directed, r.hedged, r.negated, r.story, r.article_id, r.seq, r."group", r."order",
               r.correction IS NOT NULL, art.title, art.date, art.source, r.evidence, r.rule
        FROM rel r JOIN articles art ON art.id = r.article_id""",
        params,
    ).fetchall()
    groups: dict[tuple, dict] = {}
    for (
        type_,
        a,
        b,
        directed,
        hedged,
        neg,
        story,
        aid,
        seq,
        group,
        order,
        corrected,
        title,
        date,
        source,
        sentence,
        rule,
    ) in rows:
        g = groups.setdefault(
            (type_, a, b, directed, hedged, neg),
            {"stories": set(), "articles": set(), "legs": set(), "corrected": 0, "rows": []},
        )
        g["stories"].add(story)
        g["articles"].add(aid)
        g["legs"].add((group, order, aid))
        g["corrected"] += corrected
        g["rows"].append((story, aid, seq, title, date, source, sentence, rule))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]["stories"]), -len(kv[1]["articles"]), kv[0]))
    if limit is not None:
        ranked = ranked[:limit]
    out = []
    for (type_, a, b, directed, hedged, neg), g in ranked:
        # one sentence per story first (its first relation), newest first, then the others
        first_of_story: dict[str, tuple] = {}
        for row in sorted(g["rows"], key=lambda r: (r[1], r[2])):
            first_of_story.setdefault(row[0], row)
        firsts = set(map(id, first_of_story.values()))
        chosen = sorted(
            g["rows"], key=lambda r: (id(r) not in firsts, r[4] is None, -(r[4].toordinal() if r[4] else 0), r[1], r[2])
        )[:evidence_per_link]
        chosen.sort(key=lambda r: (r[4] is None, -(r[4].toordinal() if r[4] else 0), r[1], r[2]))
        evidence = tuple(
            Evidence(aid, title or aid, " ".join(sentence.split()), date, source, rule or "")
            for _, aid, _, title, date, source, sentence, rule in chosen
        )
        single = len(g["legs"]) == 1
        group, order, _ = next(iter(g["legs"])) if single else (None, None, None)
        out.append(
            LinkStat(
                type_,
                a,
                b,
                directed,
                hedged,
                neg,
                len(g["stories"]),
                len(g["articles"]),
                evidence,
                group,
                order,
                g["corrected"],
            )
        )
    return out


def link_count(con, f: Filters, negated: bool = False, drawn_ids: list[str] | None = None) -> int:
    """How many links ``link_stats`` returns without a limit."""
    base, params = _links(f, negated, drawn_ids)
    return con.execute(
        base + " SELECT count(*) FROM (SELECT DISTINCT type, a, b, directed, hedged, negated FROM rel)", params
    ).fetchone()[0]


# ------------------------------------------------------------------------ the dashboard's look-ups


class PlaceArticleRow(msgspec.Struct, frozen=True):
    """A selected article that mentions a place: provenance, how often, and the first sentence doing so."""

    id: str
    title: str
    date: dt.date | None
    source: str | None
    mentions: int
    sentence: str
    start: int
    end: int


class ArticleMention(msgspec.Struct, frozen=True):
    """A mention of one article with its (corrected) place, for the article panel and corrections."""

    seq: int
    text: str
    start: int
    end: int
    kind: str
    place: str | None
    place_name: str | None
    place_type: str | None
    country_code: str | None
    parser_place: str | None
    correction: int | None


class ArticleRelation(msgspec.Struct, frozen=True):
    """A relation of one article as the parser stored it, with its corrected form (``type``,
    ``source``, ``target``; ``hidden`` when an analyst hid it) and the correction id."""

    seq: int
    type: str
    source: str
    target: str
    source_name: str | None
    target_name: str | None
    directed: bool
    hedged: bool
    negated: bool
    evidence: str
    start: int
    end: int
    parser_type: str
    parser_source: str
    parser_target: str
    hidden: bool
    correction: int | None


class ArticleText(msgspec.Struct, frozen=True):
    """One stored article with its text, mentions and relations (the article panel)."""

    id: str
    title: str
    text: str
    source: str | None
    url: str | None
    date: dt.date | None
    language: str | None
    geoparsed: bool
    removed: bool
    mentions: tuple[ArticleMention, ...]
    relations: tuple[ArticleRelation, ...]


class CorrectionRow(msgspec.Struct, frozen=True):
    """An analyst's correction as stored (``undone`` is None while it applies)."""

    id: int
    kind: str
    article_id: str
    start: int
    end: int
    source: str | None
    target: str | None
    old_value: str | None
    new_value: str | None
    made: dt.datetime
    undone: dt.datetime | None
    text: str | None = None


def place_types(con) -> list[str]:
    """The types of the places live articles mention (from the data, so a picker never offers a
    frozen list), most mentioned first."""
    rows = con.execute("""SELECT p.type FROM mention_view m JOIN places p ON p.id = m.place_id
                          JOIN articles a ON a.id = m.article_id WHERE NOT a.removed
                          GROUP BY 1 ORDER BY count(*) DESC, 1""").fetchall()
    return [r[0] for r in rows]


def countries(con) -> list[tuple[str, int]]:
    """Country codes of the places live articles mention, with how many articles mention each."""
    rows = con.execute("""SELECT p.country_code, count(DISTINCT m.article_id) FROM mention_view m
                          JOIN places p ON p.id = m.place_id JOIN articles a ON a.id = m.article_id
                          WHERE NOT a.removed AND p.country_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1""").fetchall()
    return [(r[0], r[1]) for r in rows]


def places_by_id(con, ids: list[str] | tuple[str, ...]) -> dict[str, Place]:
    """The stored places with these ids (ids the store does not hold are left out)."""
    if not ids:
        return {}
    rows = con.execute(
        """SELECT id, name, type, country_code, lat, lon, geonameid, population, admin1, feature_code
                          FROM places WHERE id IN (SELECT unnest(?))""",
        [list(ids)],
    ).fetchall()
    return {r[0]: Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or 0, r[8], r[9] or "") for r in rows}


def article_ids(con, ids: list[str] | tuple[str, ...]) -> dict[str, str]:
    """Live articles among ``ids``: id -> title."""
    if not ids:
        return {}
    rows = con.execute(
        "SELECT id, title FROM articles WHERE NOT removed AND id IN (SELECT unnest(?))", [list(ids)]
    ).fetchall()
    return dict(rows)


def find_articles(con, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """Live articles whose title or id contains ``text`` (any case): (id, title), newest first."""
    text = text.strip().lower()
    if not text:
        return []
    rows = con.execute(
        """SELECT id, title FROM articles WHERE NOT removed
                          AND (contains(lower(title), ?) OR contains(lower(id), ?))
                          ORDER BY date DESC NULLS LAST, id LIMIT ?""",
        [text, text, limit],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def _sentence_around(text: str, offset: int, start: int, end: int) -> str:
    """The sentence of ``text`` (a slice of an article beginning at ``offset``) holding ``[start, end)``."""
    from geo.core.sentences import sentence_spans

    lo, hi = start - offset, end - offset
    for s_start, s_end in sentence_spans(text):
        if s_start <= lo < s_end:
            return " ".join(text[s_start : max(s_end, hi)].split())
    return " ".join(text[max(0, lo - 160) : hi + 160].split())


def place_articles(con, f: Filters, place_id: str, limit: int = 50) -> tuple[list[PlaceArticleRow], int]:
    """The selected articles that mention ``place_id``, newest first, each with its first sentence
    naming the place; and how many there are in all."""
    sel, params = selection(f)
    sql = f"""WITH sel AS ({sel}),
        hits AS (SELECT m.article_id, count(*) AS n, min(m.start) AS first FROM mention_view m
                 JOIN sel s ON s.id = m.article_id WHERE m.place_id = ? GROUP BY 1)
        SELECT a.id, a.title, a.date, a.source, h.n, h.first, m."end",
               greatest(h.first - 400, 0) AS offset, substr(a.text, greatest(h.first - 400, 0) + 1, 800),
               count(*) OVER () AS total
        FROM hits h JOIN articles a ON a.id = h.article_id
        JOIN mention_view m ON m.article_id = h.article_id AND m.start = h.first AND m.place_id = ?
        QUALIFY row_number() OVER (PARTITION BY a.id ORDER BY m."end") = 1
        ORDER BY a.date DESC NULLS LAST, a.id LIMIT ?"""
    rows = con.execute(sql, [*params, place_id, place_id, limit]).fetchall()
    total = rows[0][-1] if rows else 0
    return [
        PlaceArticleRow(aid, title, date, source, n, _sentence_around(snippet, offset, start, end), start, end)
        for aid, title, date, source, n, start, end, offset, snippet, _ in rows
    ], total


def article_text(con, article_id: str) -> ArticleText | None:
    """One article (removed ones too) with its mentions and relations as corrected, or None."""
    row = con.execute(
        """SELECT id, title, text, source, url, date, language, geoparsed, removed FROM articles
                         WHERE id = ?""",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    mentions = con.execute(
        """SELECT m.seq, m.text, m.start, m."end", m.kind, m.place_id, p.name, p.type,
                                     p.country_code, m.parser_place_id, m.correction
                              FROM mention_view m LEFT JOIN places p ON p.id = m.place_id
                              WHERE m.article_id = ? ORDER BY m.start, m.seq""",
        [article_id],
    ).fetchall()
    relations = con.execute(
        """
        SELECT r.seq, coalesce(v.type, r.type), coalesce(v.source, r.source), coalesce(v.target, r.target),
               ps.name, pt.name, r.directed, r.hedged, r.negated, r.evidence, r.start, r."end", r.type, r.source,
               r.target, v.seq IS NULL,
               coalesce(v.correction, (SELECT max(c.id) FROM corrections c WHERE c.undone IS NULL AND c.kind = 'hide'
                                       AND c.article_id = r.article_id AND c.start = r.start AND c."end" = r."end"
                                       AND c.source = r.source AND c.target = r.target AND c.old_value = r.type))
        FROM relations r LEFT JOIN relation_view v ON v.article_id = r.article_id AND v.seq = r.seq
        LEFT JOIN places ps ON ps.id = coalesce(v.source, r.source)
        LEFT JOIN places pt ON pt.id = coalesce(v.target, r.target)
        WHERE r.article_id = ? ORDER BY r.seq""",
        [article_id],
    ).fetchall()
    return ArticleText(
        *row,
        tuple(ArticleMention(*m) for m in mentions),  # type: ignore[call-arg]  # row: the leading fields
        tuple(ArticleRelation(*r) for r in relations),
    )


def link_relations(con, f: Filters, link: LinkStat, limit: int = 200) -> list[tuple[ArticleText, ArticleRelation]]:
    """The relations behind one link of a view (newest article first): what the corrections panel
    lists when an analyst hides or retypes a line."""
    sel, params = selection(f)
    sql = f"""WITH sel AS ({sel})
        SELECT r.article_id, r.seq FROM relation_view r JOIN sel s ON s.id = r.article_id
        JOIN articles a ON a.id = r.article_id
        WHERE r.type = ? AND r.directed = ? AND r.hedged = ? AND r.negated = ?
          AND ((r.source = ? AND r.target = ?) OR (NOT r.directed AND r.source = ? AND r.target = ?))
        ORDER BY a.date DESC NULLS LAST, r.article_id, r.seq LIMIT ?"""
    found = con.execute(
        sql,
        [
            *params,
            link.type,
            link.directed,
            link.hedged,
            link.negated,
            link.source,
            link.target,
            link.target,
            link.source,
            limit,
        ],
    ).fetchall()
    out = []
    cache: dict[str, ArticleText | None] = {}
    for aid, seq in found:
        if aid not in cache:
            cache[aid] = article_text(con, aid)
        art = cache[aid]
        if art is None:
            continue
        rel = next((r for r in art.relations if r.seq == seq), None)
        if rel is not None:
            out.append((art, rel))
    return out


def corrections(con, f: Filters | None = None, active: bool | None = None) -> list[CorrectionRow]:
    """Corrections, newest first: of the articles ``f`` selects (all when None), active ones only
    (``active=True``), undone ones only (False) or both (None); with the mention's text when a
    mention was corrected."""
    where = ["true"]
    params: list = []
    if f is not None:
        sel, sparams = selection(f)
        where.append(f"c.article_id IN (SELECT id FROM ({sel}))")
        params.extend(sparams)
    if active is not None:
        where.append("c.undone IS NULL" if active else "c.undone IS NOT NULL")
    rows = con.execute(
        f"""SELECT c.id, c.kind, c.article_id, c.start, c."end", c.source, c.target, c.old_value,
                                  c.new_value, c.made, c.undone, substr(a.text, c.start + 1, c."end" - c.start)
                           FROM corrections c LEFT JOIN articles a ON a.id = c.article_id
                           WHERE {" AND ".join(where)} ORDER BY c.id DESC""",
        params,
    ).fetchall()
    return [CorrectionRow(*r) for r in rows]


def stale_articles(con, fingerprint: str) -> int:
    """Live geoparsed articles parsed by another parser version than ``fingerprint`` (``geo reparse`` redoes them)."""
    return con.execute(
        "SELECT count(*) FROM articles WHERE NOT removed AND geoparsed AND fingerprint <> ?", [fingerprint]
    ).fetchone()[0]


def selected_sources(con, f: Filters) -> tuple[dt.date | None, dt.date | None, list[tuple[str, int]]]:
    """The first and last publication dates of the selected articles, and their sources with how
    many selected articles each gave, most first: what a briefing cites."""
    sel, params = selection(f)
    first, last = con.execute(
        f"SELECT min(a.date), max(a.date) FROM ({sel}) s JOIN articles a ON a.id = s.id", params
    ).fetchone()
    rows = con.execute(
        f"""SELECT a.source, count(*) FROM ({sel}) s JOIN articles a ON a.id = s.id
                           WHERE a.source IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1""",
        params,
    ).fetchall()
    return first, last, [(r[0], r[1]) for r in rows]
