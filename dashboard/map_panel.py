"""The map: a base map that never changes (Leaflet, the offline basemap) and the view as one feature
group, so a filter change swaps only the view and pan or zoom never reruns the script.

``st_folium`` returns only the tooltip of the last object clicked: its hidden key says which place
or link it was (``geo.viz.webmap.click_key``), and only a click reruns the page. Once, when the
session's first map is drawn, the map says so (``geo_ready``): the page's first run sends the map
alone, and the run this causes sends the rest (``ready``), so the map is drawn first.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from dashboard import data
from geo.core.records import Filters
from geo.viz import webmap

HEIGHT = 600
PRESENT_HEIGHT = 820


def show(
    path: Path, filters: Filters, negated: bool, present: bool, title: str | None = None, subtitle: str | None = None
) -> tuple[data.View, tuple[str, ...] | None]:
    """Draw the map of the view; returns the view and the key of what was clicked last (a place
    ``("p", id)`` or a link ``("l", type, source, target, directed, hedged, negated)``), None before
    any click."""
    view = data.view(path, filters, negated, title if present else None, subtitle if present else None)
    out = st_folium(
        webmap.base_map(static_url=webmap.STATIC_URL),
        key="map",
        height=PRESENT_HEIGHT if present else HEIGHT,
        use_container_width=True,
        returned_objects=["last_object_clicked_tooltip"],
        feature_group_to_add=webmap.ViewLayer(view.script),
    )
    if (out or {}).get("geo_ready"):
        st.session_state["map_ready"] = True
    return view, webmap.click_key((out or {}).get("last_object_clicked_tooltip"))


STAGED_ENV = "GEO_DASHBOARD_STAGED"


def ready() -> bool:
    """True once this session's map has been drawn (the map says so), or when staging is off
    (``GEO_DASHBOARD_STAGED=0``, as for AppTest, which has no browser). Until then the page sends
    only the map, so the browser draws it before the filters, the timeline and the panels."""
    return os.environ.get(STAGED_ENV, "1") == "0" or bool(st.session_state.get("map_ready"))


def selection(clicked: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """What the panels below the map show: the last thing clicked, kept in the session (a new
    click replaces it, ``clear_selection`` forgets it)."""
    state = st.session_state
    state["new_click"] = clicked is not None and clicked != state.get("last_click")
    if state["new_click"]:
        state["selected"] = clicked
    state["last_click"] = clicked
    return state.get("selected")


def is_new_click() -> bool:
    """True on the run a click on the map caused."""
    return bool(st.session_state.get("new_click"))


def clear_selection() -> None:
    """Forget the clicked place or link."""
    st.session_state["selected"] = None
