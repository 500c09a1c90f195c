"""The folium map rendered to HTML and asserted on, without a browser."""

from __future__ import annotations

import re

import pytest

from bench.synthetic import generate_corpus
from geo.core.views import link_stats, place_stats
from geo.viz import assets
from geo.viz.webmap import (
    HEDGED_DASH,
    RELATION_STYLES,
    build_map,
    legend_html,
    link_rows,
    link_weight,
    marker_radius,
    place_popup_html,
    standalone_html,
)

# What a browser fetches: script/img/iframe src, link href, CSS url() and @import.
_FETCHED = re.compile(
    r"""(?:\bsrc\s*=\s*["']?|<link\b[^>]*\bhref\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)\s*(https?:)?//""",
    re.IGNORECASE,
)


def view(parsed):
    return place_stats(parsed), link_stats(parsed)


def page_of(parsed, basemap_path, **kwargs):
    return standalone_html(build_map(*view(parsed), basemap_path=basemap_path, **kwargs))


def test_offline_html_fetches_nothing_from_the_network(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path)
    assert not _FETCHED.search(page)
    for lib in ("jquery", "bootstrap", "awesome-markers", "font-awesome", "cdn.jsdelivr", "cdnjs", "markercluster"):
        assert lib not in page
    assert 'src="data:text/javascript;base64,' in page


def test_ten_thousand_places_are_one_array_on_a_canvas(basemap_path):
    corpus = generate_corpus(10_000, n_articles=40)
    places, links = view(corpus)
    assert len(places) == 10_000
    page = standalone_html(build_map(places, links, basemap_path=basemap_path))
    assert page.count("L.canvas(") >= 1 and page.count("L.circleMarker(") == 1
    assert "maxZoom" in page and "L.markerClusterGroup" not in page
    assert not _FETCHED.search(page)


def test_online_tiles_are_opt_in(parsed_articles, basemap_path):
    assert "tile.openstreetmap.org" in page_of(parsed_articles, basemap_path, online_tiles=True)
    assert "tile.openstreetmap.org" not in page_of(parsed_articles, basemap_path)


def test_basemap_drawn_as_geojson_without_tiles_and_detail_from_the_own_server(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path)
    assert "L.geoJSON(" in page and '"iso_a2":"VE"' in page and "L.tileLayer" not in page
    assert "app/static/basemap/" in page and '"admin1_lines.json"' in page
    assert "app/static/basemap/" not in page_of(parsed_articles, basemap_path, detail_url=None)


def test_one_circle_per_place_with_tooltip_and_popup(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path)
    for name in ("Caracas", "Tehran", "Damascus", "Havana", "Venezuela", "Bolivia", "Iran"):
        assert f"{name} · " in page


def test_labels_name_places_and_are_escaped(parsed_articles, basemap_path):
    places, links = view(parsed_articles)
    page = standalone_html(build_map(places, links, basemap_path=basemap_path, labels=5))
    assert "label_layer" in page and ",5);" in page.replace(" ", "")
    assert "label_layer" not in standalone_html(build_map(places, links, basemap_path=basemap_path, labels=0))
    from msgspec.structs import replace

    odd = replace(places[0], place=replace(places[0].place, name="<img src=x onerror=alert(1)>"))
    page = standalone_html(build_map([odd], [], basemap_path=basemap_path))
    assert "<img src=x" not in page and "\\u0026lt;img src=x" in page


def test_article_text_is_escaped_in_popups(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path)
    # The article carries <script>alert(1)</script> and a title with <b>: neither survives as markup.
    assert "<script>alert(1)" not in page
    assert "\\u003cscript\\u003ealert(1)" not in page
    assert "\\u0026lt;script\\u0026gt;alert(1)" in page
    assert "\\u0026lt;b\\u0026gt;alliance" in page


def test_place_popup_gives_counts(parsed_articles):
    caracas = next(s for s in place_stats(parsed_articles) if s.place.name == "Caracas")
    popup = place_popup_html(caracas)
    assert "Caracas" in popup and "2 mentions" in popup and "1 article" in popup


def test_links_coloured_by_type_with_arrows_legs_and_evidence(parsed_articles):
    places, links = view(parsed_articles)
    rows = link_rows(links, {s.place.id: s.place for s in places})
    by_type: dict[str, list] = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row)
    assert len(by_type["route"]) == 4 and len(by_type["transfer"]) == 1 and len(by_type["tie"]) == 1
    assert not by_type["tie"][0]["arrows"] and all(r["arrows"] for r in by_type["route"] + by_type["transfer"])
    assert {r["color"] for r in rows} == {RELATION_STYLES[t][0] for t in by_type}
    assert all(r["dash"] is None for r in rows)  # no dash style unless hedged
    assert sorted(leg[2] for r in by_type["route"] for leg in r["legs"]) == [1, 2]
    assert "Flights ran from Caracas to Tehran every week." in next(r["popup"] for r in rows if "Tehran" in r["tip"])


def test_hedged_links_are_dotted_and_negated_ones_crossed(parsed_articles):
    from msgspec.structs import replace

    places, links = view(parsed_articles)
    index = {s.place.id: s.place for s in places}
    hedged = link_rows([replace(links[0], hedged=True)], index)[0]
    negated = link_rows([replace(links[0], negated=True)], index)[0]
    assert hedged["dash"] == HEDGED_DASH and hedged["opacity"] < 0.85 and not hedged["crosses"]
    assert negated["crosses"] and negated["dash"] is None


def test_route_lines_are_in_leaflet_lat_lon_order(parsed_articles):
    places, links = view(parsed_articles)
    row = next(r for r in link_rows(links, {s.place.id: s.place for s in places}) if "Caracas → Tehran" in r["tip"])
    first, last = row["lines"][0][0], row["lines"][0][-1]
    assert first == pytest.approx([10.48801, -66.87919], abs=1e-4)
    assert last == pytest.approx([35.69439, 51.42151], abs=1e-4)


def test_legend_writes_the_visual_code():
    legend = legend_html(["city", "country"], ["route", "conflict"], hedged=True, negated=True)
    for words in ("City", "Country", "Route", "Conflict", "direction", "hedged", "negated", "Circle size"):
        assert words in legend
    assert "Transfer" not in legend and "Region" not in legend


def test_view_fits_what_is_shown(parsed_articles, basemap_path):
    page = page_of(parsed_articles[1:], basemap_path)
    bounds = re.search(r"fitBounds\(\s*(\[\[.*?\]\])", page, re.DOTALL).group(1)
    south, west, north, east = (float(x) for x in re.findall(r"-?\d+\.?\d*", bounds))
    assert south <= -17.0 and north >= 23.13 and west <= -82.38 and east >= -65.0 and east < 0


def test_title_subtitle_and_attribution(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path, title="Iran <in> LatAm", subtitle="2024-01-01 – 2024-06-30 · Reuters")
    assert "Iran \\u0026lt;in\\u0026gt; LatAm" in page and "Reuters" in page
    assert "Natural Earth" in page


def test_marker_radius_and_link_weight_grow_and_are_capped():
    assert marker_radius(1) < marker_radius(4) < marker_radius(100) <= 24.0
    assert link_weight(1) < link_weight(4) < link_weight(10_000) <= 10.0


def test_missing_basemap_gives_an_empty_layer(tmp_path):
    assert assets.basemap_geojson(tmp_path / "nope.geojson").startswith('{"type":"FeatureCollection","features":[]')
