"""The dashboard's data: which store, its revision, bounded caches of what the pages ask of it, and writes.

Every read goes through ``st.cache_data`` keyed by (store path, store revision, the filters as URL
parameters, ...) with ``max_entries``, so sessions share results, memory stays bounded, and any write
(an ingest from this page or from ``geo ingest``, a removal, a correction) changes the revision and
with it every key. The revision is read cheaply each run: the store file's size and modification
time are checked, and the file is opened only when they changed. What is cached is data (rows, and
the map's view as JavaScript text), never a ``folium.Map``.

Nothing here parses an article that is in the store. The spaCy model is loaded only when someone
adds an article the store does not hold yet (on first use, once per server process).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from geo.core import paths
from geo.core.records import Filters, Place
from geo.core.views import LinkStat, PlaceStat
from geo.store import connect as store_connect
from geo.store import query
from geo.viz import webmap

MAX_LINKS = 1500
"""Links drawn on the live map at most, strongest (most stories) first; the page says how many more
the filters hold. Every place is always drawn."""

ARTICLES_DIR_ENV = "GEO_ARTICLES_DIR"


def store_path() -> Path:
    """The store this page reads: ``$GEO_STORE``, else ``data/corpus.duckdb``."""
    return store_connect.store_path()


def is_default_store(path: Path) -> bool:
    """True for the default store (the one a first run fills with the bundled articles)."""
    return Path(path).resolve() == store_connect.DEFAULT_STORE.resolve()


def bundled_dir() -> Path:
    """The bundled sample articles (``$GEO_ARTICLES_DIR`` or ``data/articles``)."""
    return Path(os.environ.get(ARTICLES_DIR_ENV, "").strip() or paths.ARTICLES_DIR)


# ------------------------------------------------------------------------------------- revision

_REVISIONS: dict[str, tuple[tuple, int]] = {}
_REVISIONS_LOCK = threading.Lock()


def _file_state(path: Path) -> tuple:
    out = []
    for p in (path, Path(f"{path}.wal")):
        try:
            s = p.stat()
            out.append((s.st_mtime_ns, s.st_size))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def revision(path: Path) -> int:
    """The store's revision (bumped by every write): the file is opened only when its size or
    modification time changed since the last look."""
    key = str(path)
    state = _file_state(path)
    with _REVISIONS_LOCK:
        known = _REVISIONS.get(key)
    if known and known[0] == state:
        return known[1]
    from geo.store.schema import revision as read_revision

    with store_connect.reading(path) as con:
        rev = read_revision(con)
    with _REVISIONS_LOCK:
        # the state from before the read: a write another process commits after it changes the
        # state again, so the next look reads the number anew (noting the state after the read
        # would pair a later file with an older number, served until the next write)
        _REVISIONS[key] = (state, rev)
    return rev


# ------------------------------------------------------------------------------------ cache keys


def filters_key(filters: Filters) -> str:
    """The filters as canonical text (their URL parameters): a cache key that hashes cheaply."""
    return json.dumps(filters.to_params(), sort_keys=True)


def _filters(key: str) -> Filters:
    return Filters.from_params(json.loads(key))


@dataclass(frozen=True)
class View:
    """The map of one view: its script for ``webmap.ViewLayer`` and what the page says about it."""

    script: str
    articles: int
    undated_outside: int
    places: int
    links: int
    links_total: int
    place_types: tuple[str, ...]
    relation_types: tuple[str, ...]


@dataclass(frozen=True)
class Options:
    """What the filter widgets offer, from the data (never a frozen list)."""

    articles: int
    sources: tuple[tuple[str, int], ...]
    countries: tuple[tuple[str, int], ...]
    place_types: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None
    undated: int
    stats: dict


# -------------------------------------------------------------------------------- cached reads


@st.cache_data(max_entries=48, show_spinner=False)
def _view(
    path: str, rev: int, fkey: str, negated: bool, title: str | None, subtitle: str | None, max_links: int
) -> View:
    f = _filters(fkey)
    with store_connect.reading(path) as con:
        sel, params = query.selection(f)
        articles = con.execute(f"SELECT count(*) FROM ({sel})", params).fetchone()[0]
        undated = query.undated_outside(con, f)
        places = query.place_stats(con, f)
        drawn = [s.place.id for s in places]
        links = query.link_stats(con, f, negated=negated, evidence_per_link=2, limit=max_links, drawn_ids=drawn)
        total = len(links) if len(links) < max_links else query.link_count(con, f, negated, drawn)
    script = webmap.view_script(
        places, links, title=title, subtitle=subtitle, evidence=2, label_first=[*f.place, *(f.pair or ())]
    )
    return View(
        script,
        articles,
        undated,
        len(places),
        len(links),
        total,
        tuple(sorted({s.place.type for s in places})),
        tuple(sorted({link.type for link in links})),
    )


def view(
    path: Path,
    filters: Filters,
    negated: bool = False,
    title: str | None = None,
    subtitle: str | None = None,
    max_links: int = MAX_LINKS,
) -> View:
    """The map of a view (cached per store revision and filters)."""
    return _view(str(path), revision(path), filters_key(filters), negated, title, subtitle, max_links)


@st.cache_data(max_entries=8, show_spinner=False)
def _stats(path: str, rev: int, fkey: str, negated: bool, max_links: int) -> tuple[list[PlaceStat], list[LinkStat]]:
    f = _filters(fkey)
    with store_connect.reading(path) as con:
        places = query.place_stats(con, f)
        return places, query.link_stats(
            con, f, negated=negated, evidence_per_link=3, limit=max_links, drawn_ids=[s.place.id for s in places]
        )


def stats(
    path: Path, filters: Filters, negated: bool = False, max_links: int = MAX_LINKS
) -> tuple[list[PlaceStat], list[LinkStat]]:
    """The places and links of a view as records (for the PNG, HTML and PowerPoint exports)."""
    return _stats(str(path), revision(path), filters_key(filters), negated, max_links)


@st.cache_data(max_entries=16, show_spinner=False)
def _options(path: str, rev: int) -> Options:
    with store_connect.reading(path) as con:
        s = query.stats(con)
        return Options(
            s["articles"],
            tuple((r.source, r.articles) for r in query.sources(con) if r.source),
            tuple(query.countries(con)),
            tuple(query.place_types(con)),
            dt.date.fromisoformat(s["first_date"]) if s["first_date"] else None,
            dt.date.fromisoformat(s["last_date"]) if s["last_date"] else None,
            s["undated"],
            s,
        )


def options(path: Path) -> Options:
    """Sources, countries, place types, the date span and the corpus counts."""
    return _options(str(path), revision(path))


@st.cache_data(max_entries=64, show_spinner=False)
def _view_sources(path: str, rev: int, fkey: str) -> tuple[dt.date | None, dt.date | None, list[tuple[str, int]]]:
    with store_connect.reading(path) as con:
        return query.selected_sources(con, _filters(fkey))


def view_sources(path: Path, filters: Filters) -> tuple[dt.date | None, dt.date | None, list[tuple[str, int]]]:
    """The first and last dates of the selected articles and their sources, most articles first."""
    return _view_sources(str(path), revision(path), filters_key(filters))


@st.cache_data(max_entries=64, show_spinner=False)
def _timeline(path: str, rev: int, fkey: str, by: str) -> tuple[list[tuple[dt.date, int]], int]:
    f = _filters(fkey)
    with store_connect.reading(path) as con:
        rows = query.timeline(con, f, by)
        undated = con.execute(
            f"SELECT count(*) FROM ({query.selection(f)[0]}) s JOIN articles a ON a.id = s.id WHERE a.date IS NULL",
            query.selection(f)[1],
        ).fetchone()[0]
    return [(r.day, r.articles) for r in rows], undated


def timeline(path: Path, filters: Filters, by: str = "day") -> tuple[list[tuple[dt.date, int]], int]:
    """Articles per day (or week) the filters select, ignoring their date range, and how many of
    them are undated."""
    from msgspec.structs import replace

    return _timeline(str(path), revision(path), filters_key(replace(filters, since=None, until=None)), by)


@st.cache_data(max_entries=256, show_spinner=False)
def _suggest(path: str, rev: int, prefix: str, limit: int) -> list[query.PlaceRow]:
    with store_connect.reading(path) as con:
        return query.suggest_places(con, prefix, limit)


def suggest_places(path: Path, prefix: str, limit: int = 8) -> list[query.PlaceRow]:
    """Places of the corpus whose name starts with ``prefix``, most mentioned first."""
    return _suggest(str(path), revision(path), prefix.strip().lower()[:100], limit) if prefix.strip() else []


@st.cache_data(max_entries=256, show_spinner=False)
def _find_articles(path: str, rev: int, text: str, limit: int) -> list[tuple[str, str]]:
    with store_connect.reading(path) as con:
        return query.find_articles(con, text, limit)


def find_articles(path: Path, text: str, limit: int = 8) -> list[tuple[str, str]]:
    """Articles whose title or id contains ``text``: (id, title)."""
    return _find_articles(str(path), revision(path), text.strip().lower()[:100], limit) if text.strip() else []


@st.cache_data(max_entries=256, show_spinner=False)
def _places(path: str, rev: int, ids: tuple[str, ...]) -> dict[str, Place]:
    with store_connect.reading(path) as con:
        return query.places_by_id(con, ids)


def places(path: Path, ids: Sequence[str]) -> dict[str, Place]:
    """Stored places by id (unknown ids left out)."""
    return _places(str(path), revision(path), tuple(sorted(set(ids)))) if ids else {}


@st.cache_data(max_entries=256, show_spinner=False)
def _titles(path: str, rev: int, ids: tuple[str, ...]) -> dict[str, str]:
    with store_connect.reading(path) as con:
        return query.article_ids(con, ids)


def titles(path: Path, ids: Sequence[str]) -> dict[str, str]:
    """Titles of live articles by id (unknown or removed ids left out)."""
    return _titles(str(path), revision(path), tuple(sorted(set(ids)))) if ids else {}


@st.cache_data(max_entries=128, show_spinner=False)
def _place_articles(path: str, rev: int, fkey: str, place_id: str) -> tuple[list[query.PlaceArticleRow], int]:
    with store_connect.reading(path) as con:
        return query.place_articles(con, _filters(fkey), place_id, limit=50)


def place_articles(path: Path, filters: Filters, place_id: str) -> tuple[list[query.PlaceArticleRow], int]:
    """The selected articles naming a place (newest first, at most 50) and how many there are."""
    return _place_articles(str(path), revision(path), filters_key(filters), place_id)


@st.cache_data(max_entries=64, show_spinner=False)
def _article(path: str, rev: int, article_id: str) -> query.ArticleText | None:
    with store_connect.reading(path) as con:
        return query.article_text(con, article_id)


def article(path: Path, article_id: str) -> query.ArticleText | None:
    """One article with its mentions and relations as corrected."""
    return _article(str(path), revision(path), article_id)


@st.cache_data(max_entries=64, show_spinner=False)
def _link_relations(
    path: str, rev: int, fkey: str, key: tuple[str, ...]
) -> list[tuple[query.ArticleText, query.ArticleRelation]]:
    _, type_, source, target, directed, hedged, negated = key
    link = LinkStat(type_, source, target, directed == "1", hedged == "1", negated == "1")
    with store_connect.reading(path) as con:
        return query.link_relations(con, _filters(fkey), link, limit=50)


def link_relations(
    path: Path, filters: Filters, key: tuple[str, ...]
) -> list[tuple[query.ArticleText, query.ArticleRelation]]:
    """The relations behind a clicked link (``webmap.click_key``), newest article first."""
    return _link_relations(str(path), revision(path), filters_key(filters), tuple(key))


@st.cache_data(max_entries=16, show_spinner=False)
def _corrections(path: str, rev: int) -> list[query.CorrectionRow]:
    with store_connect.reading(path) as con:
        return query.corrections(con)


def corrections(path: Path) -> list[query.CorrectionRow]:
    """Every correction, newest first (undone ones too)."""
    return _corrections(str(path), revision(path))


@st.cache_data(max_entries=16, show_spinner=False)
def _removed(path: str, rev: int) -> list[tuple[str, str]]:
    with store_connect.reading(path) as con:
        return [tuple(r) for r in con.execute("SELECT id, title FROM articles WHERE removed ORDER BY id").fetchall()]


def removed_articles(path: Path) -> list[tuple[str, str]]:
    """Removed articles (kept in the store, hidden): (id, title)."""
    return _removed(str(path), revision(path))


@st.cache_data(max_entries=8, show_spinner=False)
def _stale(path: str, rev: int, fingerprint: str) -> int:
    with store_connect.reading(path) as con:
        return query.stale_articles(con, fingerprint)


def stale_articles(path: Path) -> int:
    """Articles parsed by another parser version than this one's (``geo reparse`` redoes them)."""
    from geo.store.fingerprint import fingerprint

    return _stale(str(path), revision(path), fingerprint())


@st.cache_data(max_entries=16, show_spinner=False)
def _export(path: str, rev: int, fkey: str, fmt: str, table: str) -> bytes:
    import io

    from geo.store.export import export

    out = io.StringIO()
    with store_connect.reading(path) as con:
        export(con, _filters(fkey), fmt, out, table)
    return out.getvalue().encode("utf-8")


def export(path: Path, filters: Filters, fmt: str, table: str = "places") -> bytes:
    """``geo export`` of the view: GeoJSON, or one table as CSV (formulas neutralised) or JSONL."""
    return _export(str(path), revision(path), filters_key(filters), fmt, table)


# ----------------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    """The bundled gazetteer (for moving a mention to another entry, picked by name)."""
    from geo.gazetteer.lookup import load_gazetteer

    return load_gazetteer()


def gazetteer_places(name: str, limit: int = 25) -> list[Place]:
    """Gazetteer entries whose name (or alias) is ``name``, largest first."""
    name = name.strip()[:100]
    if not name:
        return []
    seen: dict[str, Place] = {}
    for _, place in gazetteer().candidates(name):
        seen.setdefault(place.id, place)
    return sorted(seen.values(), key=lambda p: (-p.population, p.name))[:limit]


def country_name(code: str) -> str:
    """A country's common name from its ISO alpha-2 code (the code itself when unknown)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


# -------------------------------------------------------------------------------------- writes


@dataclass
class Added:
    """What an ingest from the page did."""

    summary: str
    failures: list[str]
    warnings: list[str]


def ingest(path: Path, files: Sequence[Path], on_progress: Callable[[int, int], None] | None = None) -> Added:
    """Ingest files into the store in this process. The spaCy model is loaded on first use, when a
    text the store does not hold yet is parsed, and kept for the life of the server process
    (``geo.store.rows.worker_parser``: one per process, shared by every session)."""
    from geo.store.ingest import ingest as run

    failures: list[str] = []
    report = run(
        list(files),
        path,
        workers=1,
        progress=False,
        on_progress=on_progress,
        on_failure=lambda f: failures.append(f.message()),
    )
    return Added(report.summary(), failures, list(report.warnings))


def upload_dir(path: Path) -> Path:
    """Where uploaded and pasted files are kept, beside the store (their origin stays readable)."""
    return Path(f"{path}.uploads")


def save_upload(path: Path, name: str, data: bytes) -> Path:
    """Keep an uploaded file beside the store under a safe name: the slug of its name and its
    lower-cased suffix, in a folder named by its content hash (the same file twice is one file).
    A single article named like a stored article with another text gets ``-2``, ``-3``... so an
    upload never replaces someone else's article by accident."""
    from geo.read.articles import slugify

    suffix = Path(name).suffix.lower()
    stem = slugify(Path(name).stem)[:80] or "upload"
    digest = hashlib.sha256(data).hexdigest()[:16]
    folder = upload_dir(path) / digest
    folder.mkdir(parents=True, exist_ok=True)
    if suffix in (".txt", ".md", ".html", ".htm") and path.exists():
        taken = titles_any(path, stem)
        n = 1
        candidate = stem
        while candidate in taken and taken[candidate] != digest:
            n += 1
            candidate = f"{stem}-{n}"
        stem = candidate
    target = folder / f"{stem}{suffix}"
    target.write_bytes(data)
    return target


def titles_any(path: Path, stem: str) -> dict[str, str]:
    """Stored article ids starting with ``stem`` -> the upload folder (content hash) their origin is
    in, or "" when they did not come from an upload."""
    with store_connect.reading(path) as con:
        rows = con.execute(
            """SELECT a.id, max(o.origin) FROM articles a LEFT JOIN origins o ON o.article_id = a.id
                              WHERE starts_with(a.id, ?) GROUP BY 1""",
            [stem],
        ).fetchall()
    out = {}
    for aid, origin in rows:
        parent = Path(origin).parent.name if origin else ""
        out[aid] = parent
    return out


def remove(path: Path, ids: Sequence[str], restore: bool = False) -> int:
    """Remove articles (kept in the store, hidden) or bring them back; returns how many changed."""
    from geo.store.ingest import remove as run

    return run(path, list(ids), restore=restore)[0]
