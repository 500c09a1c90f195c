"""The folium map rendered to HTML and asserted on, without a browser."""

from __future__ import annotations

import re

from bench.synthetic import generate_corpus
from geo.core.views import link_stats, place_stats
from geo.viz import assets
from geo.viz.webmap import (
    KEY_MARK,
    RELATION_STYLES,
    ViewLayer,
    base_map,
    build_map,
    click_key,
    legend_html,
    link_key,
    link_rows,
    link_weight,
    marker_radius,
    place_rows,
    standalone_html,
    view_script,
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
    assert page.count("new GeoCircles(P") == 1 and "L.circleMarker(" not in page  # one canvas layer
    assert "maxZoom" in page and "L.markerClusterGroup" not in page
    assert not _FETCHED.search(page)
    assert len(view_script(places, links)) < 120 * len(places) + 400 * len(links)  # compact rows, no HTML per place


def test_online_tiles_are_opt_in(parsed_articles, basemap_path):
    assert "tile.openstreetmap.org" in page_of(parsed_articles, basemap_path, online_tiles=True)
    assert "tile.openstreetmap.org" not in page_of(parsed_articles, basemap_path)


def test_basemap_drawn_as_geojson_without_tiles_and_detail_from_the_own_server(parsed_articles, basemap_path):
    page = page_of(parsed_articles, basemap_path)
    assert "L.geoJSON(" in page and '"iso_a2":"VE"' in page and "L.tileLayer" not in page
    assert "app/static/basemap/" in page and '"admin1_lines.json"' in page
    assert "app/static/basemap/" not in page_of(parsed_articles, basemap_path, detail_url=None)


def test_the_base_map_is_the_same_for_every_view(parsed_articles, basemap_path):
    """A dashboard swaps only the view layer: the base map's script never depends on the data."""
    one = base_map(basemap_path=basemap_path).get_root().render()
    assert "Caracas" not in one and "fitBounds" not in one
    m = base_map(basemap_path=basemap_path)
    ViewLayer(view_script(*view(parsed_articles))).add_to(m)
    page = m.get_root().render()
    assert "Caracas" in page and "L.featureGroup()" in page


def test_one_row_per_place_with_escaped_name_and_key(parsed_articles):
    places, _ = view(parsed_articles)
    rows = place_rows(places)
    assert [r[5] for r in rows] == sorted((r[5] for r in rows), reverse=True)  # most mentioned first
    assert {r[4] for r in rows} == {"Caracas", "Tehran", "Damascus", "Havana", "Venezuela", "Bolivia", "Iran"}
    caracas = next(r for r in rows if r[4] == "Caracas")
    assert caracas[:2] == [10.488, -66.8792] and caracas[5:8] == [2, 1, 1] and caracas[10] == "gn:3646738"


def test_labels_name_places_and_are_escaped(parsed_articles, basemap_path):
    places, links = view(parsed_articles)
    page = standalone_html(build_map(places, links, basemap_path=basemap_path, labels=5))
    assert "limit = 5;" in page
    assert "limit = 0;" in standalone_html(build_map(places, links, basemap_path=basemap_path, labels=0))
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


def test_clicks_come_back_as_keys_and_anything_else_is_ignored(parsed_articles):
    _, links = view(parsed_articles)
    route = next(link for link in links if link.type == "route")
    assert click_key(f"Caracas · 2 mentions · 1 article{KEY_MARK}p|gn:3646738") == ("p", "gn:3646738")
    assert click_key("Caracas · 2 mentions" + KEY_MARK + link_key(route)) == (
        "l",
        "route",
        route.source,
        route.target,
        "1",
        "0",
        "0",
    )
    for bad in (
        None,
        "",
        "Caracas · 2 mentions",
        f"x{KEY_MARK}p|",
        f"x{KEY_MARK}l|drive|a|b|1|0|0",
        f"x{KEY_MARK}l|route|a|b|yes|0|0",
        f"x{KEY_MARK}<img src=x>",
    ):
        assert click_key(bad) is None


def test_links_coloured_by_type_with_direction_legs_and_evidence(parsed_articles):
    places, links = view(parsed_articles)
    index = {
        s.place.id: i
        for i, s in enumerate(sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name, s.place.id)))
    }
    rows = link_rows(links, index)
    types = [list(RELATION_STYLES)[r[0]] for r in rows]
    assert sorted(types) == ["route"] * 4 + ["tie", "transfer"]
    tie = rows[types.index("tie")]
    assert not tie[3] & 1 and all(r[3] & 1 for r, t in zip(rows, types, strict=True) if t != "tie")
    assert all(not r[3] & 6 for r in rows)  # no dash or cross unless hedged or negated
    assert sorted(r[5] for r in rows if r[5]) == [1, 2]
    caracas_tehran = next(r for r in rows if r[9].startswith("l|route|gn:3646738|gn:112931"))
    assert caracas_tehran[10][0][0] == "Flights ran from Caracas to Tehran every week."
    assert place_rows(places)[caracas_tehran[1]][4] == "Caracas"


def test_hedged_and_negated_links_are_flagged_for_their_style(parsed_articles, basemap_path):
    from msgspec.structs import replace

    places, links = view(parsed_articles)
    index = {s.place.id: i for i, s in enumerate(places)}
    hedged = link_rows([replace(links[0], hedged=True)], index)[0]
    negated = link_rows([replace(links[0], negated=True)], index)[0]
    assert hedged[3] & 2 and not hedged[3] & 4 and "hedged" in hedged[8]
    assert negated[3] & 4 and "negated" in negated[8]
    page = standalone_html(build_map(places, [replace(links[0], hedged=True)], basemap_path=basemap_path))
    assert 'dashArray: hedged ? "1 7"' in page and "Dotted, lighter: hedged" in page


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


def test_places_asked_for_are_labelled_first(parsed_articles):
    places, links = view(parsed_articles)
    script = view_script(places, links, label_first=["gn:3553478", "nope"])
    index = [s.place.id for s in sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name, s.place.id))]
    assert f'"label_first":[{index.index("gn:3553478")}]' in script


def test_the_dashboards_static_copies_are_what_the_code_makes():
    """static/leaflet and static/basemap/world.json are committed; this keeps them from drifting
    (regenerate with python -m geo basemap static)."""
    from geo.core.paths import STATIC_DIR

    for name, data in assets.static_assets().items():
        assert (STATIC_DIR / name).read_bytes() == data, name


def test_a_dashboard_map_fetches_leaflet_and_the_basemap_from_its_own_server():
    m = base_map(static_url="../../app/static/")
    page = m.get_root().render()
    assert '"iso_a2"' not in page and "data:text/javascript" not in page
    assert "../../app/static/leaflet/leaflet.js" in page and '"../../app/static/basemap/world.json"' in page
    assert '"admin1_lines.json"' in page  # the detail layers still come from the same server when zooming in
    assert len(page) < 20_000


def test_every_place_type_has_a_style_and_a_legend_entry():
    from geo.core.records import PLACE_TYPES, Place
    from geo.core.views import PlaceStat
    from geo.viz.webmap import PLACE_STYLES

    assert set(PLACE_STYLES) == set(PLACE_TYPES)
    airport = PlaceStat(Place("gn:1", "Maiquetía Airport", "facility", "VE", 10.6, -67.0), 3, 1, 1)
    assert "Maiquet" in view_script([airport]) and "Airport / site" in legend_html(["facility"], [])
