"""The folium map rendered to HTML and asserted on, without a browser."""

from __future__ import annotations

import re

import pytest

from geo.viz import assets
from bench.synthetic import generate_corpus
from geo.viz.tables import summarize_places
from geo.viz.webmap import (
    CLUSTER_THRESHOLD,
    build_map,
    legend_html,
    marker_radius,
    place_popup_html,
    relation_rows,
    standalone_html,
)

# What a browser fetches: script/img/iframe src, link href, CSS url() and @import.
_FETCHED = re.compile(
    r"""(?:\bsrc\s*=\s*["']?|<link\b[^>]*\bhref\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)\s*(https?:)?//""",
    re.IGNORECASE,
)


def test_offline_html_fetches_nothing_from_the_network(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path))
    assert not _FETCHED.search(page)
    for lib in ("jquery", "bootstrap", "awesome-markers", "font-awesome", "cdn.jsdelivr", "cdnjs"):
        assert lib not in page
    assert 'src="data:text/javascript;base64,' in page


def test_clustered_map_is_offline_too(basemap_path):
    corpus = generate_corpus(CLUSTER_THRESHOLD + 50, n_articles=3)
    page = standalone_html(build_map(corpus, basemap_path=basemap_path))
    assert "L.markerClusterGroup" in page
    assert not _FETCHED.search(page)


def test_online_tiles_are_opt_in(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path, online_tiles=True))
    assert "tile.openstreetmap.org" in page
    assert "tile.openstreetmap.org" not in standalone_html(build_map(parsed_articles, basemap_path=basemap_path))


def test_basemap_drawn_as_geojson_without_tiles(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path))
    assert "L.geoJSON(" in page and '"iso_a2":"VE"' in page
    assert "L.tileLayer" not in page


def test_one_marker_per_place_with_popup_and_tooltip(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path, cluster=False))
    for name in ("Caracas", "Tehran", "Damascus", "Havana", "Venezuela", "Bolivia", "Iran"):
        assert f'"tip":"{name}"' in page
    assert "L.markerClusterGroup" not in page


def test_article_text_is_escaped_in_popups(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path))
    # The article carries <script>alert(1)</script> and a title with <b>: neither survives as markup.
    assert "<script>alert(1)" not in page
    assert "\\u003cscript\\u003ealert(1)" not in page
    assert "\\u0026lt;script\\u0026gt;alert(1)" in page
    assert "\\u0026lt;b\\u0026gt;alliance" in page


def test_popup_lists_sentences_and_titles(parsed_articles):
    caracas = next(s for s in summarize_places(parsed_articles) if s.place.name == "Caracas")
    popup = place_popup_html(caracas)
    assert "Flights ran from Caracas to Tehran every week." in popup
    assert "Venezuela &amp; Iran &lt;b&gt;alliance&lt;/b&gt;" in popup
    assert "2 mentions" in popup


def test_relations_styled_by_type_with_arrows_and_numbered_legs(parsed_articles):
    rows = relation_rows(parsed_articles)
    by_type = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row)
    assert len(by_type["route"]) == 4 and len(by_type["transfer"]) == 1 and len(by_type["tie"]) == 1
    assert by_type["tie"][0]["dash"] and not by_type["tie"][0]["arrows"]
    assert by_type["transfer"][0]["color"] != by_type["route"][0]["color"]
    assert all(r["arrows"] for r in by_type["route"] + by_type["transfer"])
    legs = sorted(label[2] for r in by_type["route"] for label in r["labels"])
    assert legs == [1, 2]


def test_route_lines_are_in_leaflet_lat_lon_order(parsed_articles):
    row = next(r for r in relation_rows(parsed_articles) if "Caracas → Tehran" in r["tip"])
    first, last = row["lines"][0][0], row["lines"][0][-1]
    assert first == pytest.approx([10.48801, -66.87919], abs=1e-4)
    assert last == pytest.approx([35.69439, 51.42151], abs=1e-4)


def test_legend_names_the_shown_types():
    legend = legend_html(["city", "country"], ["route", "tie"])
    assert "City" in legend and "Country" in legend and "Route" in legend and "Tie" in legend
    assert "Transfer" not in legend and "Region" not in legend


def test_view_fits_what_is_shown(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles[1:], basemap_path=basemap_path))
    bounds = re.search(r"fitBounds\(\s*(\[\[.*?\]\])", page, re.DOTALL).group(1)
    nums = [float(x) for x in re.findall(r"-?\d+\.?\d*", bounds)]
    south, west, north, east = nums
    assert south <= -17.0 and north >= 23.13 and west <= -82.38 and east >= -65.0 and east < 0


def test_title_and_attribution_in_presentation(parsed_articles, basemap_path):
    page = standalone_html(build_map(parsed_articles, basemap_path=basemap_path, title="Iran <in> LatAm"))
    assert "Iran \\u0026lt;in\\u0026gt; LatAm" in page
    assert "Natural Earth" in page


def test_marker_radius_grows_and_is_capped():
    assert marker_radius(1) < marker_radius(4) < marker_radius(100) <= 26.0


def test_missing_basemap_gives_an_empty_layer(parsed_articles, tmp_path):
    assert assets.basemap_geojson(tmp_path / "nope.geojson").startswith('{"type":"FeatureCollection","features":[]')
