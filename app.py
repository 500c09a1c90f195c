"""Streamlit dashboard on the corpus store: a map of the places, routes and ties in the news, for a briefing.

Run with ``make app`` (or ``streamlit run app.py``); ``GEO_STORE=FILE`` opens that store, else the
default ``data/corpus.duckdb``, which a first run fills with the bundled articles. This page only
wires the panels of ``dashboard/`` together: every query, cache and write is there or in ``geo``.
The view's state is in the URL under the query layer's names (``dashboard.state``).
"""

from __future__ import annotations

import logging
import shlex

import streamlit as st

from dashboard import add_panel, corrections_panel, data, exports, map_panel, place_panel, sidebar, state, timing
from dashboard.safe import md
from geo.core.errors import GeoError

st.set_page_config(page_title="News geoparser", page_icon=":world_map:", layout="wide")


def first_run(path) -> None:
    """The default store does not exist yet: ingest the bundled articles into it, with progress."""
    st.title("News geoparser")
    st.info("First start: adding the bundled articles to the corpus store (the language model loads once).")
    bar = st.progress(0.0, text="Adding the bundled articles…")
    added = data.ingest(
        path,
        [data.bundled_dir()],
        lambda done, total: bar.progress(
            min(done / max(total, 1), 1.0), text=md("Added {} of {} article(s)…", done, total)
        ),
    )
    for failure in added.failures:
        st.error(md("{}", failure))
    st.rerun()


def exit_presentation() -> None:
    st.session_state["o_present"] = False


PANELS = ("Articles", "Briefing & export", "Add & remove", "Corrections")


def main() -> None:
    """The page: store, URL and filters, then the map first (so the browser gets it before anything
    else), then the filter widgets, the notes and the one panel chosen below the map."""
    path = data.store_path()
    try:
        if not path.exists():
            if not data.is_default_store(path):
                st.error(
                    md("No corpus store at {}. Create it with: python -m geo ingest FOLDER --store {}", path, path)
                )
                st.stop()
            first_run(path)
        if "url_read" not in st.session_state:
            url = state.read_url(state.query_params_dict(st.query_params))
            st.session_state["url_problems"] = sidebar.start_from_url(path, url)
            st.session_state["url_read"] = True
        # The widgets' values are in the session before the widgets are drawn: the map goes first.
        filters, problems = sidebar.current_filters()
        negated, present = bool(st.session_state.get("o_negated")), bool(st.session_state.get("o_present"))
        params = state.url_params(filters, negated, present)
        if params != state.url_of(st.query_params):
            st.query_params.from_dict(params)
        title = (st.session_state.get("o_title") or "").strip()[:160] or sidebar.default_title(path, filters)
        subtitle = sidebar.subtitle(path, filters) if present else None

        if present:
            st.html(
                "<style>section[data-testid='stSidebar'],header[data-testid='stHeader'],"
                "[data-testid='stSidebarCollapsedControl'],[data-testid='stToolbar']{display:none!important}"
                ".block-container{padding-top:1rem!important}</style>"
            )
        else:
            st.subheader(md("{}", title))
            summary = st.empty()
            notes = st.container()
        view, clicked = map_panel.show(path, filters, negated, present, title, subtitle)
        if present:
            st.button("Exit presentation", on_click=exit_presentation)
            return
        if not map_panel.ready():
            st.sidebar.caption("The filters appear once the map is drawn.")
            return
        timeline_box = sidebar.show(path)

        more = (
            f" (the {view.links:,} with most stories of {view.links_total:,})" if view.links_total > view.links else ""
        )
        summary.caption(
            md("{:,} article(s) · {:,} place(s) · {:,} link(s){}", view.articles, view.places, view.links_total, more)
        )
        with notes:
            for problem in st.session_state.get("url_problems", []) + problems:
                st.warning(md("{}", problem))
            if view.undated_outside:
                st.caption(
                    md("{:,} undated article(s) fall outside the date range and are left out.", view.undated_outside)
                )
            stale = data.stale_articles(path)
            if stale:
                st.info(
                    md("{:,} article(s) were parsed by an older version of the parser; to parse them again run:", stale)
                )
                st.code(f"python -m geo reparse --store {shlex.quote(str(path))}", language="bash")
            add_panel.removal_notice(path)

        selected = map_panel.selection(clicked)
        if map_panel.is_new_click() or "panel" not in st.session_state:
            st.session_state["panel"] = PANELS[0]
        panel = st.segmented_control("Panel", PANELS, key="panel", label_visibility="collapsed")
        if panel == "Briefing & export":
            exports.show(path, filters, negated, title, sidebar.subtitle(path, filters))
        elif panel == "Add & remove":
            add_panel.show(path)
        elif panel == "Corrections":
            corrections_panel.show(path)
        else:
            place_panel.show(path, filters, selected)
        sidebar.timeline(timeline_box, path, filters)
    except GeoError as exc:  # a store that cannot be read, a busy store: say so instead of a traceback
        st.error(md("The corpus store could not be read: {}", exc))
    except Exception as exc:
        logging.getLogger("dashboard").exception("page run failed")
        st.error(md("Something went wrong on this page ({}); the server's log has the details.", type(exc).__name__))


with timing.measured():
    main()
