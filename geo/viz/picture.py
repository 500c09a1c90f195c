"""Slide-ready static images of the map, rendered server-side (geopandas + matplotlib, no browser).

The PNG shows the bundled basemap, places sized by mentions and coloured by type, labels for the
most mentioned places, great-circle routes with arrowheads, ties dashed, a title, a legend and the
source attribution, at 16:9 (1920 x 1080 by default).
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # no display on a server

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

from geo.viz import assets
from geo.viz.tables import summarize_places
from geo.core.geometry import great_circle, split_antimeridian
from geo.viz.webmap import PLACE_STYLES, RELATION_STYLES
from geo.core.records import ParsedArticle

#: Places labelled on the PNG, most mentioned first.
MAX_LABELS = 25


@functools.lru_cache(maxsize=4)
def _countries(path: str, mtime_ns: int) -> gpd.GeoDataFrame:
    """The basemap read once per file version (callers must not modify it)."""
    return gpd.read_file(path)


def _extent(lats: Sequence[float], lons: Sequence[float], aspect: float) -> tuple[float, float, float, float]:
    """``(west, east, south, north)`` around the points, padded and widened to the axes' aspect."""
    if not lats:
        return -180.0, 180.0, -60.0, 85.0
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max((north - south) * 0.12, 4.0)
    pad_lon = max((east - west) * 0.08, 6.0)
    south, north, west, east = south - pad_lat, north + pad_lat, west - pad_lon, east + pad_lon
    width, height = east - west, north - south
    if width / height < aspect:
        grow = (height * aspect - width) / 2
        west, east = west - grow, east + grow
    else:
        grow = (width / aspect - height) / 2
        south, north = south - grow, north + grow
    return max(west, -180.0), min(east, 180.0), max(south, -90.0), min(north, 90.0)


def render_png(
    parsed: Sequence[ParsedArticle],
    *,
    title: str = "",
    basemap_path: Path | str | None = None,
    width_px: int = 1920,
    height_px: int = 1080,
) -> bytes:
    """The map of parsed (already filtered) articles as PNG bytes, 16:9 by default.

    Parameters
    ----------
    parsed : sequence of ParsedArticle
    title : str
        Drawn at the top left (plain text: matplotlib does not interpret HTML).
    basemap_path : path, optional
        Countries GeoJSON; ``geo.viz.assets.BASEMAP_PATH`` by default.
    width_px, height_px : int
        Image size in pixels.

    Returns
    -------
    bytes
        A PNG image.
    """
    dpi = 120
    fig = plt.figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_facecolor("#d6e6f2")
    try:
        path = Path(basemap_path) if basemap_path is not None else assets.BASEMAP_PATH
        if path.is_file():
            countries = _countries(str(path), path.stat().st_mtime_ns)
            countries.plot(ax=ax, color="#f5f2ea", edgecolor="#a3a9b1", linewidth=0.4, zorder=1)

        summaries = summarize_places(parsed)
        lats = [s.place.lat for s in summaries]
        lons = [s.place.lon for s in summaries]
        west, east, south, north = _extent(lats, lons, width_px / height_px)

        for pa in parsed:
            for rel, source, target in pa.relation_endpoints():
                color, weight, _dash, _ = RELATION_STYLES[rel.type]
                style = "--" if rel.type == "tie" else "-"
                alpha = 0.4 if rel.negated else 0.9
                points = great_circle(source.lat, source.lon, target.lat, target.lon)
                for part in split_antimeridian(points):
                    ax.plot([lon for _, lon in part], [lat for lat, _ in part], style, color=color,
                            linewidth=weight * 0.9, alpha=alpha, zorder=3, solid_capstyle="round")
                if rel.directed and len(points) >= 3:
                    mid = len(points) // 2
                    (a_lat, a_lon), (b_lat, b_lon) = points[mid], points[mid + 1]
                    if abs(b_lon - a_lon) < 180 and -180 <= a_lon <= 180 and -180 <= b_lon <= 180:
                        ax.annotate("", xy=(b_lon, b_lat), xytext=(a_lon, a_lat), zorder=4,
                                    arrowprops={"arrowstyle": "-|>", "color": color, "lw": 0, "mutation_scale": 18})
                if rel.order is not None:
                    q_lat, q_lon = points[max(1, len(points) // 4)]
                    if -180 <= q_lon <= 180:
                        ax.text(q_lon, q_lat, str(rel.order), ha="center", va="center", fontsize=9, color="white",
                                weight="bold", zorder=6,
                                bbox={"boxstyle": "circle,pad=0.25", "fc": color, "ec": "none"})

        for s in summaries:
            color = PLACE_STYLES.get(s.place.type, ("#6b7280", ""))[0]
            size = (4 + 3 * math.sqrt(max(s.mentions, 0))) ** 2
            ax.scatter([s.place.lon], [s.place.lat], s=size, c=color, alpha=0.85, edgecolors="white",
                       linewidths=0.8, zorder=5)
        for s in summaries[:MAX_LABELS]:
            ax.annotate(s.place.name, (s.place.lon, s.place.lat), xytext=(6, 5), textcoords="offset points",
                        fontsize=11, zorder=7, color="#111827",
                        bbox={"boxstyle": "round,pad=0.15", "fc": (1, 1, 1, 0.7), "ec": "none"})

        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("auto")
        ax.set_axis_off()

        handles = [
            Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=PLACE_STYLES[t][0],
                   markeredgecolor="white", label=PLACE_STYLES[t][1])
            for t in sorted({s.place.type for s in summaries}) if t in PLACE_STYLES
        ]
        rel_types = sorted({r.type for pa in parsed for r in pa.relations})
        handles += [
            Line2D([], [], color=RELATION_STYLES[t][0], linewidth=RELATION_STYLES[t][1],
                   linestyle="--" if t == "tie" else "-", label=RELATION_STYLES[t][3])
            for t in rel_types
        ]
        if handles:
            ax.legend(handles=handles, loc="lower right", fontsize=11, framealpha=0.92)
        if title:
            fig.text(0.015, 0.975, title, fontsize=24, weight="bold", va="top", ha="left", color="#111827",
                     bbox={"boxstyle": "round,pad=0.35", "fc": (1, 1, 1, 0.85), "ec": "none"})
        fig.text(0.005, 0.005, assets.ATTRIBUTION, fontsize=9, color="#374151", va="bottom", ha="left",
                 bbox={"boxstyle": "square,pad=0.2", "fc": (1, 1, 1, 0.7), "ec": "none"})
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
        return buf.getvalue()
    finally:
        plt.close(fig)
