"""The slide PNG rendered server-side: a real 16:9 PNG, also for an empty selection."""

from __future__ import annotations

import struct

from geo.core.views import link_stats, place_stats
from geo.viz.picture import render_png


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_is_16_by_9(parsed_articles, basemap_path):
    data = render_png(
        place_stats(parsed_articles),
        link_stats(parsed_articles),
        title="Iran <and> Venezuela",
        subtitle="2024 · Reuters",
        basemap_path=basemap_path,
    )
    assert png_size(data) == (1920, 1080)


def test_png_of_nothing_still_renders(basemap_path):
    assert png_size(render_png([], basemap_path=basemap_path, width_px=1280, height_px=720)) == (1280, 720)


def test_png_without_basemap_file(parsed_articles, tmp_path):
    data = render_png(place_stats(parsed_articles), basemap_path=tmp_path / "missing.geojson")
    assert png_size(data)[0] == 1920
