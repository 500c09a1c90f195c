"""Great circles, antimeridian handling, coordinate order and GeoJSON output."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from geo.core.geometry import (
    fit_bounds,
    great_circle,
    leaflet_copies,
    line_geometry,
    screen_angle,
    split_antimeridian,
    to_geojson,
    unwrap_lons,
)
from geo.core.records import Place

TOKYO = Place("gn:1850147", "Tokyo", "city", "JP", 35.6895, 139.69171)
LOS_ANGELES = Place("gn:5368361", "Los Angeles", "city", "US", 34.05223, -118.24368)

lats = st.floats(min_value=-89.0, max_value=89.0, allow_nan=False)
lons = st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)


def test_tokyo_los_angeles_crosses_the_pacific_not_europe():
    points = great_circle(TOKYO.lat, TOKYO.lon, LOS_ANGELES.lat, LOS_ANGELES.lon)
    lons_ = [lon for _, lon in points]
    assert lons_[0] == pytest.approx(139.69171)
    assert lons_[-1] == pytest.approx(-118.24368 + 360.0)
    assert all(abs(b - a) < 180.0 for a, b in itertools.pairwise(lons_))
    assert all(lon >= 139.0 for lon in lons_)  # eastward over the Pacific, never through lon 0


def test_tokyo_los_angeles_has_a_copy_for_the_other_world():
    lines = leaflet_copies(great_circle(TOKYO.lat, TOKYO.lon, LOS_ANGELES.lat, LOS_ANGELES.lon))
    assert len(lines) == 2
    assert lines[1][-1] == pytest.approx([34.05223, -118.24368])
    assert lines[0][0] == pytest.approx([35.6895, 139.69171])  # [lat, lon] for Leaflet


def test_line_not_crossing_has_one_copy():
    assert len(leaflet_copies(great_circle(10.5, -66.9, 35.7, 51.4))) == 1


def test_geojson_line_across_antimeridian_is_split():
    geom = line_geometry(TOKYO, LOS_ANGELES)
    assert geom["type"] == "MultiLineString"
    west_part, east_part = geom["coordinates"]
    assert west_part[0] == pytest.approx([139.69171, 35.6895])  # (lon, lat) for GeoJSON
    assert west_part[-1][0] == 180.0 and east_part[0][0] == -180.0
    assert west_part[-1][1] == pytest.approx(east_part[0][1])
    assert east_part[-1] == pytest.approx([-118.24368, 34.05223])
    for part in geom["coordinates"]:
        assert all(-180.0 <= lon <= 180.0 for lon, _ in part)


def test_geojson_line_not_crossing_is_a_linestring():
    caracas = Place("gn:3646738", "Caracas", "city", "VE", 10.48801, -66.87919)
    tehran = Place("gn:112931", "Tehran", "city", "IR", 35.69439, 51.42151)
    geom = line_geometry(caracas, tehran)
    assert geom["type"] == "LineString"
    assert geom["coordinates"][0] == pytest.approx([-66.87919, 10.48801])


@given(lats, lons, lats, lons)
def test_great_circle_is_continuous_and_ends_at_the_endpoints(lat1, lon1, lat2, lon2):
    # A line over a pole (endpoints on opposite meridians) turns longitude by 180 there.
    assume(abs((lon2 - lon1) % 360.0 - 180.0) > 1e-6)
    points = great_circle(lat1, lon1, lat2, lon2, npts=16)
    assert points[0] == pytest.approx((lat1, lon1))
    assert points[-1][0] == pytest.approx(lat2)
    assert (points[-1][1] - lon2) % 360.0 == pytest.approx(0.0, abs=1e-6) or (
        points[-1][1] - lon2
    ) % 360.0 == pytest.approx(360.0, abs=1e-6)
    assert all(abs(b[1] - a[1]) < 180.0 for a, b in itertools.pairwise(points))


@given(lats, lons, lats, lons)
def test_split_parts_stay_in_range(lat1, lon1, lat2, lon2):
    for part in split_antimeridian(great_circle(lat1, lon1, lat2, lon2, npts=16)):
        assert len(part) >= 2
        assert all(-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0 for lat, lon in part)


def test_unwrap_lons():
    assert unwrap_lons([170.0, -175.0, -160.0]) == [170.0, 185.0, 200.0]
    assert unwrap_lons([-170.0, 175.0]) == [-170.0, -185.0]


def test_screen_angle_directions():
    assert screen_angle(0, 0, 0, 10) == pytest.approx(0.0)
    assert screen_angle(0, 0, 10, 0) == pytest.approx(-90.0)  # north is up: rotate counter-clockwise
    assert screen_angle(0, 0, -10, 0) == pytest.approx(90.0)


def test_fit_bounds():
    assert fit_bounds([]) is None
    assert fit_bounds([(10.0, -66.0), (35.0, 51.0)]) == [[10.0, -66.0], [35.0, 51.0]]
    south_west, north_east = fit_bounds([(10.0, -66.0)])
    assert south_west[0] < 10.0 < north_east[0]


def test_to_geojson_places_and_relations(parsed_articles):
    fc = to_geojson(parsed_articles)
    json.dumps(fc)  # serialisable as is
    assert fc["type"] == "FeatureCollection"
    points = {f["properties"]["name"]: f for f in fc["features"] if f["geometry"]["type"] == "Point"}
    assert set(points) == {"Caracas", "Tehran", "Damascus", "Havana", "Venezuela", "Bolivia", "Iran"}
    venezuela = points["Venezuela"]
    assert venezuela["geometry"]["coordinates"] == [-66.0, 8.0]
    props = venezuela["properties"]
    assert props["id"] == "gn:3625428" and props["geonameid"] == 3625428 and props["country_code"] == "VE"
    assert props["type"] == "country"
    assert props["mentions"] == 3  # 2 in the first article, 1 in the second
    assert props["articles"] == ["venezuela-iran-alliance", "iran-latin-america-ties"]

    lines = [f for f in fc["features"] if f["geometry"]["type"] in ("LineString", "MultiLineString")]
    assert len(lines) == 6
    keys = {
        "type",
        "source",
        "target",
        "directed",
        "evidence",
        "start",
        "end",
        "group",
        "order",
        "negated",
        "confidence",
        "article",
    }
    for f in lines:
        assert keys <= set(f["properties"])
    legs = sorted((f["properties"]["order"], f["properties"]["group"]) for f in lines if f["properties"]["group"])
    assert legs == [(1, "it1"), (2, "it1")]
    transfer = next(f for f in lines if f["properties"]["type"] == "transfer")
    assert transfer["properties"]["source"] == "gn:130758" and transfer["properties"]["directed"] is True
    assert transfer["properties"]["article"] == "venezuela-iran-alliance"


def test_to_geojson_of_nothing():
    assert to_geojson([]) == {"type": "FeatureCollection", "features": []}
