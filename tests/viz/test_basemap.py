"""The detail basemap build: small Natural Earth-like inputs in, simplified, rounded, deterministic layers out."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Polygon

from geo.core.errors import GeoError
from geo.viz.basemap import build_detail


@pytest.fixture
def sources(tmp_path):
    src = tmp_path / "ne"
    src.mkdir()
    lake = Polygon([(30.0, -1.0), (33.9, -1.0), (33.9, 0.5), (30.00049, 0.5)])
    puddle = Polygon([(10.0, 10.0), (10.001, 10.0), (10.001, 10.001)])  # below the area threshold
    gpd.GeoDataFrame(geometry=[lake, puddle], crs="EPSG:4326").to_file(src / "ne_10m_lakes.shp")
    border = LineString([(0.0, 0.0), (0.5, 0.000001), (1.0, 0.0), (2.123456, 1.987654)])
    gpd.GeoDataFrame(geometry=[border], crs="EPSG:4326").to_file(src / "ne_10m_admin_1_states_provinces_lines.shp")
    countries = tmp_path / "countries.geojson"
    countries.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"iso_a2": "KE"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[34, -4], [41, -4], [41, 4], [34, 4], [34, -4]]],
                        },
                    }
                ],
            }
        )
    )
    return src, countries


def test_build_writes_three_simplified_rounded_layers(sources, tmp_path):
    src, countries = sources
    out = tmp_path / "out"
    sizes = build_detail(src, out, countries)
    assert set(sizes) == {"countries.json", "lakes.json", "admin1_lines.json"}
    lakes = json.loads((out / "lakes.json").read_text())
    assert len(lakes["features"]) == 1  # the puddle is dropped
    border = json.loads((out / "admin1_lines.json").read_text())["features"][0]["geometry"]["coordinates"]
    assert [0.5, 0.0] not in border and border[-1] == [2.123, 1.988]  # simplified, three decimals
    assert json.loads((out / "countries.json").read_text())["features"][0]["properties"] == {}


def test_build_is_deterministic(sources, tmp_path):
    src, countries = sources
    build_detail(src, tmp_path / "a", countries)
    build_detail(src, tmp_path / "b", countries)
    for name in ("countries.json", "lakes.json", "admin1_lines.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_missing_sources_are_one_clear_error(tmp_path, sources):
    _, countries = sources
    with pytest.raises(GeoError, match="Natural Earth 1:10m shapefiles"):
        build_detail(tmp_path / "nowhere", tmp_path / "out", countries)
