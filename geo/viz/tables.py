"""Pure helpers behind the dashboard: filters, place summaries, tables, exports, highlighted text.

``app.py`` wires Streamlit widgets to these functions; nothing here imports streamlit, so each is
tested directly. Article text is untrusted: every function that returns HTML escapes it.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from msgspec.structs import replace

from geo.core.geometry import to_geojson
from geo.core.records import PLACE_TYPES, RELATION_TYPES, Article, Mention, ParsedArticle, Place

#: Characters shown either side of a mention when the article has no sentence offsets.
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class Filters:
    """What the analyst chose to see.

    Parameters
    ----------
    article_ids : tuple of str or None
        Articles to show; None shows all.
    relation_types : tuple of str
        Relation types to draw.
    place_types : tuple of str
        Place types to show.
    min_mentions : int
        Places with fewer resolved mentions (over the shown articles) are hidden.
    search : str
        Case-insensitive substring of a place name; empty shows all. Relations touching a matched
        place stay, with their other endpoint.
    """

    article_ids: tuple[str, ...] | None = None
    relation_types: tuple[str, ...] = RELATION_TYPES
    place_types: tuple[str, ...] = PLACE_TYPES
    min_mentions: int = 1
    search: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence that mentions a place, with the article it comes from."""

    article_id: str
    article_title: str
    text: str


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """One place as the dashboard shows it: counts, articles and the sentences that mention it."""

    place: Place
    mentions: int
    article_ids: tuple[str, ...]
    sentences: tuple[Sentence, ...] = field(default=())


def sentence_span(pa: ParsedArticle, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence containing ``[start, end)``; a window of text when there is none."""
    for s_start, s_end in pa.sentences:
        if s_start <= start < s_end or (s_start <= start and end <= s_end):
            return s_start, s_end
    text = pa.article.text
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    return lo, hi


def select_articles(parsed: Sequence[ParsedArticle], article_ids: Iterable[str] | None) -> list[ParsedArticle]:
    """Articles whose id is in ``article_ids`` (all when None or empty), in corpus order."""
    if not article_ids:
        return list(parsed)
    wanted = set(article_ids)
    return [pa for pa in parsed if pa.article.id in wanted]


def apply_filters(parsed: Sequence[ParsedArticle], filters: Filters) -> list[ParsedArticle]:
    """Narrow parsed articles to what the filters let through.

    Each returned ParsedArticle keeps its article and sentences; its places, mentions and relations
    are narrowed. A relation stays when its type is chosen and both endpoints are shown.

    Parameters
    ----------
    parsed : sequence of ParsedArticle
    filters : Filters

    Returns
    -------
    list of ParsedArticle
    """
    chosen = select_articles(parsed, filters.article_ids)
    totals: dict[str, int] = {}
    for pa in chosen:
        for place_id, n in pa.mention_counts().items():
            totals[place_id] = totals.get(place_id, 0) + n
    places: dict[str, Place] = {}
    for pa in chosen:
        for place in pa.places:
            places.setdefault(place.id, place)

    visible = {
        pid
        for pid, place in places.items()
        if place.type in filters.place_types and totals.get(pid, 0) >= max(filters.min_mentions, 0)
    }
    rel_types = set(filters.relation_types)
    query = filters.search.strip().casefold()
    if query:
        matched = {pid for pid in visible if query in places[pid].name.casefold()}
        partners: set[str] = set()
        for pa in chosen:
            for rel in pa.relations:
                if rel.type in rel_types and rel.source in visible and rel.target in visible:
                    if rel.source in matched:
                        partners.add(rel.target)
                    if rel.target in matched:
                        partners.add(rel.source)
        visible = matched | partners

    out: list[ParsedArticle] = []
    for pa in chosen:
        out.append(
            replace(
                pa,
                places=tuple(p for p in pa.places if p.id in visible),
                mentions=tuple(m for m in pa.mentions if m.place_id in visible),
                relations=tuple(
                    r
                    for r in pa.relations
                    if r.type in rel_types
                    and r.source in visible
                    and r.target in visible
                    and (not query or r.source in matched or r.target in matched)
                ),
            )
        )
    return out


def summarize_places(parsed: Sequence[ParsedArticle], max_sentences: int = 20) -> list[PlaceSummary]:
    """One summary per place over all articles, most mentioned first (ties by name).

    Places that appear only as relation endpoints have zero mentions but are still listed.
    """
    places: dict[str, Place] = {}
    counts: dict[str, int] = {}
    articles: dict[str, list[str]] = {}
    sentences: dict[str, list[Sentence]] = {}
    seen: dict[str, set[tuple[str, int]]] = {}
    for pa in parsed:
        for place in pa.places:
            places.setdefault(place.id, place)
            ids = articles.setdefault(place.id, [])
            if pa.article.id not in ids:
                ids.append(pa.article.id)
        for m in pa.mentions:
            if m.place_id is None or m.place_id not in places:
                continue
            counts[m.place_id] = counts.get(m.place_id, 0) + 1
            s_start, s_end = sentence_span(pa, m.start, m.end)
            keys = seen.setdefault(m.place_id, set())
            bucket = sentences.setdefault(m.place_id, [])
            if (pa.article.id, s_start) not in keys and len(bucket) < max_sentences:
                keys.add((pa.article.id, s_start))
                text = " ".join(pa.article.text[s_start:s_end].split())
                bucket.append(Sentence(pa.article.id, pa.article.title, text))
    summaries = [
        PlaceSummary(place, counts.get(pid, 0), tuple(articles.get(pid, ())), tuple(sentences.get(pid, ())))
        for pid, place in places.items()
    ]
    summaries.sort(key=lambda s: (-s.mentions, s.place.name))
    return summaries


def places_table(parsed: Sequence[ParsedArticle]) -> list[dict]:
    """Rows for the places table: name, type, country, mentions, articles, lat, lon, id."""
    return [
        {
            "place": s.place.name,
            "type": s.place.type,
            "country": s.place.country_code or "",
            "mentions": s.mentions,
            "articles": len(s.article_ids),
            "lat": round(s.place.lat, 4),
            "lon": round(s.place.lon, 4),
            "id": s.place.id,
        }
        for s in summarize_places(parsed, max_sentences=0)
    ]


def relations_table(parsed: Sequence[ParsedArticle]) -> list[dict]:
    """Rows for the relations table, one per relation, with endpoint names and the evidence."""
    rows: list[dict] = []
    for pa in parsed:
        names = {p.id: p.name for p in pa.places}
        for r in pa.relations:
            rows.append(
                {
                    "type": r.type,
                    "from": names.get(r.source, r.source),
                    "to": names.get(r.target, r.target),
                    "directed": r.directed,
                    "leg": r.order,
                    "group": r.group or "",
                    "negated": r.negated,
                    "confidence": round(r.confidence, 2),
                    "article": pa.article.title,
                    "evidence": " ".join(r.evidence.split()),
                }
            )
    return rows


MENTION_COLUMNS = (
    "article_id",
    "article_title",
    "mention",
    "start",
    "end",
    "kind",
    "place_id",
    "place_name",
    "place_type",
    "country_code",
    "lat",
    "lon",
    "sentence",
)


def mentions_csv(parsed: Sequence[ParsedArticle]) -> str:
    """CSV of every mention (resolved or not) with its place and sentence; header row first."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(MENTION_COLUMNS)
    for pa in parsed:
        places = {p.id: p for p in pa.places}
        for m in pa.mentions:
            place = places.get(m.place_id) if m.place_id else None
            s_start, s_end = sentence_span(pa, m.start, m.end)
            writer.writerow(
                [
                    pa.article.id,
                    pa.article.title,
                    m.text,
                    m.start,
                    m.end,
                    m.kind,
                    m.place_id or "",
                    place.name if place else "",
                    place.type if place else "",
                    (place.country_code or "") if place else "",
                    place.lat if place else "",
                    place.lon if place else "",
                    " ".join(pa.article.text[s_start:s_end].split()),
                ]
            )
    return buf.getvalue()


def geojson_text(parsed: Sequence[ParsedArticle]) -> str:
    """The GeoJSON FeatureCollection of ``geo.core.geometry.to_geojson`` as indented JSON text."""
    return json.dumps(to_geojson(parsed), ensure_ascii=False, indent=1)


def highlight_html(pa: ParsedArticle, selected_place_id: str | None = None) -> str:
    """The article text as HTML with its place mentions in ``<mark>``; all text is escaped.

    Mentions of ``selected_place_id`` get ``class="geo-mention selected"``. Overlapping mentions
    keep the leftmost-longest one. Paragraph breaks are kept by the caller's ``white-space: pre-wrap``.
    """
    text = pa.article.text
    names = {p.id: p.name for p in pa.places}
    chosen: list[Mention] = []
    last_end = -1
    for m in sorted(pa.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.place_id is None or m.start < last_end or m.end > len(text):
            continue
        chosen.append(m)
        last_end = m.end
    parts: list[str] = []
    pos = 0
    for m in chosen:
        parts.append(html.escape(text[pos : m.start]))
        cls = "geo-mention selected" if m.place_id == selected_place_id else "geo-mention"
        title = html.escape(names.get(m.place_id or "", m.place_id or ""), quote=True)
        parts.append(f'<mark class="{cls}" title="{title}">{html.escape(text[m.start : m.end])}</mark>')
        pos = m.end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def find_clicked_place(
    summaries: Sequence[PlaceSummary], tooltip: str | None, latlng: dict | None = None
) -> PlaceSummary | None:
    """The place a map click refers to, from st_folium's tooltip text and click position.

    The tooltip starts with the place name ("Caracas · 2 mentions · 1 article"); when several shown
    places share it, the one nearest the click wins.
    """
    if not tooltip:
        return None
    name = tooltip.split(" · ")[0].strip()
    hits = [s for s in summaries if s.place.name == name]
    if not hits:
        return None
    if len(hits) == 1 or not latlng:
        return hits[0]
    lat, lon = float(latlng.get("lat", 0.0)), float(latlng.get("lng", 0.0))
    return min(hits, key=lambda s: (s.place.lat - lat) ** 2 + (s.place.lon - lon) ** 2)


def article_options(parsed: Sequence[ParsedArticle]) -> dict[str, str]:
    """Article id -> title, for the article filter (title shown, id kept in the URL)."""
    return {pa.article.id: (pa.article.title or pa.article.id) for pa in parsed}


def with_unique_id(pa: ParsedArticle, taken: Iterable[str]) -> ParsedArticle:
    """The parsed article with an article id not in ``taken`` (``-2``, ``-3``... added to a clash).

    An uploaded ``notes.txt`` must not replace a bundled ``notes`` article in the corpus or the URL.
    """
    taken = set(taken)
    article: Article = pa.article
    if article.id not in taken:
        return pa
    n = 2
    while f"{article.id}-{n}" in taken:
        n += 1
    return replace(pa, article=replace(article, id=f"{article.id}-{n}"))
