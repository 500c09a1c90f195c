"""Streamlit dashboard: a map of the places, routes and ties in news articles, ready for a briefing.

Run with ``streamlit run app.py``. This page only wires widgets to ``geo`` functions: parsing is in
``geo.pipeline``, filters, tables and exports in ``geo.viz.tables``, the map in ``geo.viz.webmap``, the
PNG in ``geo.viz.picture``. Shareable state lives in the URL: ``?article=ID`` (repeatable) selects
articles, ``?present=1`` opens presentation mode.
"""

from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.viz import tables as dashboard, webmap as mapping
from geo.read.articles import MAX_BYTES
from geo.core import paths
from geo.core.errors import ArticleError, GeoError
from geo.pipeline import Geoparser
from geo.core.records import RELATION_TYPES, ParsedArticle
from geo.core.views import link_stats, place_stats

ARTICLES_DIR = Path(os.environ.get("GEO_ARTICLES_DIR", paths.ARTICLES_DIR))
UPLOAD_TYPES = ["txt", "md", "html", "htm"]
MAP_KEY = "map"

st.set_page_config(page_title="News geoparser", page_icon=":world_map:", layout="wide")


@st.cache_resource(show_spinner="Loading the gazetteer and language model…")
def geoparser() -> Geoparser:
    """The loaded parser, shared by every session (read-only)."""
    return Geoparser()


@st.cache_data(show_spinner=False, max_entries=512)
def parse_file(path: str, mtime_ns: int) -> ParsedArticle:
    """A bundled article, parsed once per file version (``mtime_ns`` is the cache key's second half)."""
    return geoparser().parse_paths([Path(path)])[0]


@st.cache_data(show_spinner=False, max_entries=64)
def parse_upload(name: str, data: bytes) -> ParsedArticle:
    """An uploaded file, parsed once per content."""
    return geoparser().parse_bytes(name, data)


@st.cache_data(show_spinner=False, max_entries=64)
def parse_pasted(text: str, title: str | None) -> ParsedArticle:
    """Pasted text, parsed once per content and title."""
    return geoparser().parse_text(text, title=title or None)


def load_bundled() -> list[ParsedArticle]:
    """Parse the bundled articles, with a progress bar the first time (later runs hit the cache)."""
    paths = sorted(p for p in ARTICLES_DIR.glob("*") if p.suffix.lower() in {f".{t}" for t in UPLOAD_TYPES})
    keys = [(str(p), p.stat().st_mtime_ns) for p in paths]
    seen: set = st.session_state.setdefault("parsed_keys", set())
    bar = st.progress(0.0, text="Parsing the bundled articles…") if not seen.issuperset(keys) else None
    seen.update(keys)
    parsed: list[ParsedArticle] = []
    for i, (path, key) in enumerate(zip(paths, keys)):
        try:
            parsed.append(parse_file(*key))
        except ArticleError as exc:
            st.warning(str(exc))
        if bar is not None:
            bar.progress((i + 1) / len(paths), text=f"Parsed {path.name}")
    if bar is not None:
        bar.empty()
    return parsed


def add_uploads(files) -> None:
    """Parse newly uploaded files into the session's added articles; bad files get an error each."""
    added: dict[str, ParsedArticle] = st.session_state.setdefault("added", {})
    done: dict[str, str | None] = st.session_state.setdefault("uploads", {})
    todo = []
    for f in files:
        data = f.getvalue()
        todo.append((f"{f.name}:{hashlib.sha256(data).hexdigest()}", f.name, data))
    new = [t for t in todo if t[0] not in done]
    bar = st.progress(0.0, text="Parsing uploads…") if new else None
    for i, (key, name, data) in enumerate(new):
        try:
            pa = parse_upload(name, data)
        except ArticleError as exc:
            done[key] = str(exc)
        else:
            pa = dashboard.with_unique_id(pa, added.keys() | corpus_ids())
            added[pa.article.id] = pa
            done[key] = None
        bar.progress((i + 1) / len(new), text=f"Parsed {name}")
    if bar is not None:
        bar.empty()
    for key, _, _ in todo:
        if done.get(key):
            st.error(done[key])


def corpus_ids() -> set[str]:
    """Ids of the bundled articles (uploads and pasted texts must not reuse them)."""
    return set(st.session_state.get("bundled_ids", ()))


def sync_articles_to_url() -> None:
    """Keep ``?article=`` in step with the article filter so the view can be shared by link."""
    chosen = st.session_state.get("articles") or []
    if chosen:
        st.query_params["article"] = list(chosen)
    elif "article" in st.query_params:
        del st.query_params["article"]


def sync_present_to_url() -> None:
    """Keep ``?present=1`` in step with presentation mode."""
    if st.session_state.get("present"):
        st.query_params["present"] = "1"
    elif "present" in st.query_params:
        del st.query_params["present"]


def exit_presentation() -> None:
    st.session_state["present"] = False
    sync_present_to_url()


# -- sidebar: adding articles first (the corpus depends on them), drawn below the filters -------------------
with st.sidebar:
    filter_box = st.container()
    add_box = st.container()

try:
    bundled = load_bundled()
except GeoError as exc:  # gazetteer or model missing: say so instead of a traceback
    st.error(f"The geoparser could not start: {exc}")
    st.stop()
st.session_state["bundled_ids"] = [pa.article.id for pa in bundled]
added: dict[str, ParsedArticle] = st.session_state.setdefault("added", {})

with add_box:
    st.header("Add articles")
    files = st.file_uploader(
        f"Upload .txt, .md or .html (up to {MAX_BYTES // (1024 * 1024)} MiB each)",
        type=UPLOAD_TYPES, accept_multiple_files=True, key="upload",
    )
    if files:
        add_uploads(files)
    with st.form("paste", clear_on_submit=True):
        pasted_title = st.text_input("Title (optional)")
        pasted = st.text_area("…or paste article text", height=120)
        if st.form_submit_button("Parse text") and pasted.strip():
            if len(pasted.encode("utf-8")) > MAX_BYTES:
                st.error(f"Pasted text is too large: the limit is {MAX_BYTES:,} bytes.")
            else:
                with st.spinner("Parsing…"):
                    pa = parse_pasted(pasted, pasted_title.strip() or None)
                pa = dashboard.with_unique_id(pa, added.keys() | corpus_ids())
                added[pa.article.id] = pa

corpus = bundled + [pa for pa in added.values() if pa.article.id not in corpus_ids()]
titles = dashboard.article_options(corpus)

if "articles" not in st.session_state:
    from_url = st.query_params.get_all("article")
    st.session_state["articles"] = [a for a in from_url if a in titles]
    unknown = [a for a in from_url if a not in titles]
    if unknown:
        st.warning("No article with id " + ", ".join(unknown) + ": showing the others.")
if "present" not in st.session_state:
    st.session_state["present"] = st.query_params.get("present") == "1"
present = bool(st.session_state["present"])

# -- sidebar: filters ---------------------------------------------------------------------------------------
with filter_box:
    st.header("Filters")
    st.multiselect("Articles", options=list(titles), format_func=lambda a: titles.get(a, a), key="articles",
                   on_change=sync_articles_to_url, placeholder="All articles")
    rel_types = st.multiselect("Relation types", RELATION_TYPES, default=list(RELATION_TYPES), key="rel_types")
    present_types = sorted({p.type for pa in corpus for p in pa.places})
    place_types = st.multiselect("Place types", present_types, default=present_types, key="place_types")
    min_mentions = st.number_input("Minimum mentions", min_value=1, value=1, step=1, key="min_mentions")
    search = st.text_input("Find a place", key="search", placeholder="e.g. Caracas")
    st.header("Map")
    title = st.text_input("Briefing title", value="Places in the news", key="title")
    online = st.toggle("Online map tiles (OpenStreetMap)", value=False, key="online",
                       help="Off by default: nothing leaves this machine. On, the browser fetches tiles from the internet.")
    st.toggle("Presentation mode", key="present", on_change=sync_present_to_url)

filters = dashboard.Filters(
    article_ids=tuple(st.session_state["articles"]) or None,
    relation_types=tuple(rel_types),
    place_types=tuple(place_types),
    min_mentions=int(min_mentions),
    search=search,
)
shown = dashboard.apply_filters(corpus, filters)
summaries = dashboard.summarize_places(shown)
n_relations = sum(len(pa.relations) for pa in shown)

# -- page -----------------------------------------------------------------------------------------------
if present:
    st.html(
        "<style>section[data-testid='stSidebar'],header[data-testid='stHeader'],"
        "[data-testid='stSidebarCollapsedControl'],[data-testid='stToolbar']{display:none!important}"
        ".block-container{padding-top:1rem!important}</style>"
    )
else:
    st.title("News geoparser")
    st.caption(f"{len(shown)} article(s) · {len(summaries)} place(s) · {n_relations} relation(s)")

view_places, view_links = place_stats(shown), link_stats(shown)
fmap = mapping.build_map(view_places, view_links, online_tiles=online, title=title if present else None)
out = st_folium(
    fmap,
    key=MAP_KEY,
    height=760 if present else 560,
    use_container_width=True,
    returned_objects=["last_object_clicked_tooltip", "last_object_clicked"],
)
if present:
    st.button("Exit presentation", on_click=exit_presentation)
    st.stop()

clicked = dashboard.find_clicked_place(
    summaries, (out or {}).get("last_object_clicked_tooltip"), (out or {}).get("last_object_clicked")
)

cols = st.columns(4)


def png_bytes() -> bytes:
    """The slide PNG, rendered only when asked for (matplotlib and geopandas load on first use)."""
    from geo.viz.picture import render_png

    return render_png(view_places, view_links, title=title)


cols[0].download_button("PNG (16:9)", data=png_bytes, file_name="map.png", mime="image/png", on_click="ignore")
cols[1].download_button(
    "HTML map",
    data=lambda: mapping.standalone_html(
        mapping.build_map(view_places, view_links, online_tiles=online, title=title, detail_url=None)
    ).encode("utf-8"),
    file_name="map.html", mime="text/html", on_click="ignore",
)
cols[2].download_button("GeoJSON", data=lambda: dashboard.geojson_text(shown), file_name="places.geojson",
                        mime="application/geo+json", on_click="ignore")
cols[3].download_button("Mentions CSV", data=lambda: dashboard.mentions_csv(shown), file_name="mentions.csv",
                        mime="text/csv", on_click="ignore")

tab_article, tab_places, tab_relations = st.tabs(["Article", "Places", "Relations"])
with tab_article:
    if clicked is not None:
        st.subheader(f"{clicked.place.name} · {clicked.mentions} mention(s)")
        st.html(
            "<ul>"
            + "".join(
                f"<li>{html.escape(s.text)} <i>— {html.escape(s.article_title)}</i></li>" for s in clicked.sentences
            )
            + "</ul>"
        )
    readable = [pa for pa in shown if clicked is None or clicked.place.id in {p.id for p in pa.places}] or shown
    if readable:
        pick = st.selectbox("Article text", [pa.article.id for pa in readable],
                            format_func=lambda a: titles.get(a, a), key="article_panel")
        pa = next(p for p in readable if p.article.id == pick)
        st.html(
            "<style>.geo-text{white-space:pre-wrap;line-height:1.6;max-height:520px;overflow:auto}"
            "mark.geo-mention{background:#fde68a;padding:0 1px}"
            "mark.geo-mention.selected{background:#f97316;color:#fff}</style>"
            f'<div class="geo-text">{dashboard.highlight_html(pa, clicked.place.id if clicked else None)}</div>'
        )
    else:
        st.info("No article matches the filters.")
with tab_places:
    st.dataframe(dashboard.places_table(shown), hide_index=True, width="stretch")
with tab_relations:
    st.dataframe(dashboard.relations_table(shown), hide_index=True, width="stretch")
