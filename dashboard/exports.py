"""The current view for a briefing: PNG (16:9), PowerPoint, a standalone HTML map, GeoJSON and CSV.

Every file is made only when its button is clicked (Streamlit calls the function then), from the
cached rows of the view; CSV and GeoJSON are ``geo export`` of the same filters (CSV cells
neutralised against formulas), so the page and the command line give the same files.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.safe import md
from geo.core.records import Filters


def _png(path: Path, filters: Filters, negated: bool, title: str, subtitle: str) -> bytes:
    from geo.viz.picture import render_png

    places, links = data.stats(path, filters, negated)
    return render_png(places, links, title=title, subtitle=subtitle)


def _pptx(path: Path, filters: Filters, negated: bool, title: str, subtitle: str) -> bytes:
    from geo.viz.deck import build_deck

    places, links = data.stats(path, filters, negated)
    _, _, sources = data.view_sources(path, filters)
    return build_deck(
        _png(path, filters, negated, title, subtitle),
        links,
        {s.place.id: s.place for s in places},
        title=title,
        subtitle=subtitle,
        sources=[s for s, _ in sources],
    )


def _html(path: Path, filters: Filters, negated: bool, title: str, subtitle: str) -> bytes:
    from geo.viz.webmap import build_map, standalone_html

    places, links = data.stats(path, filters, negated)
    m = build_map(places, links, title=title, subtitle=subtitle, detail_url=None)
    return standalone_html(m).encode("utf-8")


def show(path: Path, filters: Filters, negated: bool, title: str, subtitle: str) -> None:
    """The download buttons of the view."""
    args = (path, filters, negated, title, subtitle)
    cols = st.columns(4)
    cols[0].download_button(
        "PowerPoint briefing",
        data=lambda: _pptx(*args),
        file_name="briefing.pptx",
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        on_click="ignore",
        key="dl-pptx",
        type="primary",
    )
    cols[1].download_button(
        "Map picture (PNG 16:9)",
        data=lambda: _png(*args),
        file_name="map.png",
        mime="image/png",
        on_click="ignore",
        key="dl-png",
    )
    cols[2].download_button(
        "Map (HTML, offline)",
        data=lambda: _html(*args),
        file_name="map.html",
        mime="text/html",
        on_click="ignore",
        key="dl-html",
    )
    cols[3].download_button(
        "GeoJSON",
        data=lambda: data.export(path, filters, "geojson"),
        file_name="view.geojson",
        mime="application/geo+json",
        on_click="ignore",
        key="dl-geojson",
    )
    cols = st.columns(5)
    for col, table in zip(cols, ("places", "relations", "articles", "mentions", "corrections"), strict=True):
        col.download_button(
            md("{} (CSV)", table.capitalize()),
            data=lambda t=table: data.export(path, filters, "csv", t),
            file_name=f"{table}.csv",
            mime="text/csv",
            on_click="ignore",
            key=f"dl-{table}",
        )
    st.caption(
        "CSV cells that a spreadsheet would run as a formula start with an apostrophe. "
        "Corrected rows are flagged; the corrections file lists every correction."
    )
