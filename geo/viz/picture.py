"""Slide-ready static images of a view, rendered server-side (geopandas + matplotlib, no browser).

The PNG shows the bundled basemap, places sized by mentions and coloured by type, labels for the
most mentioned places (none overlapping another), great-circle links in the web map's visual code
(colour for type, arrowhead for direction, dotted and lighter for hedged, ✕ for negated, numbered
discs for itinerary legs), a title with the view's dates and sources, a legend and the source
attribution, at 16:9 (1920 x 1080 by default).
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

from geo.core.geometry import great_circle, split_antimeridian
from geo.core.views import LinkStat, PlaceStat
from geo.viz import assets
from geo.viz.webmap import PLACE_STYLES, RELATION_STYLES, link_weight

#: Places labelled on the PNG at most, most mentioned first, skipping any that would overlap.
MAX_LABELS = 30


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


def _overlaps(box, boxes) -> bool:
    return any(box.overlaps(other) for other in boxes)


def render_png(
    places: Sequence[PlaceStat],
    links: Sequence[LinkStat] = (),
    *,
    title: str = "",
    subtitle: str = "",
    basemap_path: Path | str | None = None,
    width_px: int = 1920,
    height_px: int = 1080,
    max_labels: int = MAX_LABELS,
) -> bytes:
    """The map of a view as PNG bytes, 16:9 by default.

    Parameters
    ----------
    places, links : sequences of PlaceStat and LinkStat
        What to draw (links whose places are not among ``places`` are left out).
    title, subtitle : str
        Drawn at the top left (plain text: matplotlib does not interpret HTML).
    basemap_path : path, optional
        Countries GeoJSON; ``geo.viz.assets.BASEMAP_PATH`` by default.
    width_px, height_px : int
        Image size in pixels.
    max_labels : int
        Labels at most.

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

        index = {s.place.id: s.place for s in places}
        west, east, south, north = _extent(
            [s.place.lat for s in places], [s.place.lon for s in places], width_px / height_px
        )
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("auto")
        ax.set_axis_off()

        drawn_types = set()
        any_hedged = any_negated = False
        for link in links:
            source, target = index.get(link.source), index.get(link.target)
            if source is None or target is None or source.id == target.id:
                continue
            drawn_types.add(link.type)
            any_hedged |= link.hedged
            any_negated |= link.negated
            color = RELATION_STYLES[link.type][0]
            alpha = 0.35 if link.negated else 0.55 if link.hedged else 0.9
            style = ":" if link.hedged else "-"
            points = great_circle(source.lat, source.lon, target.lat, target.lon)
            for part in split_antimeridian(points):
                ax.plot(
                    [lon for _, lon in part],
                    [lat for lat, _ in part],
                    style,
                    color=color,
                    linewidth=link_weight(link.stories) * 0.9,
                    alpha=alpha,
                    zorder=3,
                    solid_capstyle="round",
                    dash_capstyle="round",
                )
            mid, quarter = len(points) // 2, max(1, len(points) // 4)
            if link.directed and len(points) >= 3:
                (a_lat, a_lon), (b_lat, b_lon) = points[mid], points[mid + 1]
                if abs(b_lon - a_lon) < 180 and -180 <= a_lon <= 180 and -180 <= b_lon <= 180:
                    ax.annotate(
                        "",
                        xy=(b_lon, b_lat),
                        xytext=(a_lon, a_lat),
                        zorder=4,
                        arrowprops={"arrowstyle": "-|>", "color": color, "lw": 0, "mutation_scale": 18},
                    )
            q_lat, q_lon = points[quarter]
            if -180 <= q_lon <= 180 and (link.negated or link.order is not None):
                if link.negated:
                    ax.text(
                        q_lon, q_lat, "✕", ha="center", va="center", fontsize=14, color=color, weight="bold", zorder=6
                    )
                else:
                    ax.text(
                        q_lon,
                        q_lat,
                        str(link.order),
                        ha="center",
                        va="center",
                        fontsize=9,
                        color="white",
                        weight="bold",
                        zorder=6,
                        bbox={"boxstyle": "circle,pad=0.25", "fc": color, "ec": "none"},
                    )

        ranked = sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name))
        for s in sorted(places, key=lambda s: -s.mentions):
            color = PLACE_STYLES.get(s.place.type, ("#6b7280", ""))[0]
            size = (3 + 2.5 * math.sqrt(max(s.mentions, 0))) ** 2
            ax.scatter(
                [s.place.lon], [s.place.lat], s=size, c=color, alpha=0.85, edgecolors="white", linewidths=0.8, zorder=5
            )
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # the Agg canvas has one
        boxes: list = []
        for s in ranked:
            if len(boxes) >= max_labels:
                break
            if not (west <= s.place.lon <= east and south <= s.place.lat <= north):
                continue
            label = ax.annotate(
                s.place.name,
                (s.place.lon, s.place.lat),
                xytext=(7, 4),
                textcoords="offset points",
                fontsize=11,
                zorder=7,
                color="#111827",
                annotation_clip=True,
                bbox={"boxstyle": "round,pad=0.15", "fc": (1, 1, 1, 0.75), "ec": "none"},
            )
            box = label.get_window_extent(renderer).expanded(1.05, 1.1)
            if _overlaps(box, boxes):
                label.remove()
                continue
            boxes.append(box)

        handles = [
            Line2D([], [], color=RELATION_STYLES[t][0], linewidth=3, label=RELATION_STYLES[t][1])
            for t in RELATION_STYLES
            if t in drawn_types
        ]
        if any_hedged:
            handles.append(
                Line2D([], [], color="#4b5563", linewidth=3, linestyle=":", alpha=0.55, label="Dotted, lighter: hedged")
            )
        if any_negated:
            handles.append(
                Line2D([], [], color="#4b5563", linewidth=3, alpha=0.35, marker="x", label="Crossed out: negated")
            )
        handles += [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=9,
                markerfacecolor=PLACE_STYLES[t][0],
                markeredgecolor="white",
                label=PLACE_STYLES[t][1],
            )
            for t in PLACE_STYLES
            if t in {s.place.type for s in places}
        ]
        if handles:
            ax.legend(handles=handles, loc="lower right", fontsize=11, framealpha=0.92)
        if title or subtitle:
            text = title + (f"\n{subtitle}" if subtitle else "")
            fig.text(
                0.015,
                0.975,
                text,
                fontsize=22,
                weight="bold",
                va="top",
                ha="left",
                color="#111827",
                linespacing=1.4,
                bbox={"boxstyle": "round,pad=0.35", "fc": (1, 1, 1, 0.85), "ec": "none"},
            )
        fig.text(
            0.005,
            0.005,
            assets.ATTRIBUTION,
            fontsize=9,
            color="#374151",
            va="bottom",
            ha="left",
            bbox={"boxstyle": "square,pad=0.2", "fc": (1, 1, 1, 0.7), "ec": "none"},
        )
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
        return buf.getvalue()
    finally:
        plt.close(fig)
