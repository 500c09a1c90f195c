"""Point -> country lookup on the bundled Natural Earth basemap, and the basemap file itself."""

from __future__ import annotations

import json

import pytest

from geo.core.errors import GeoError
from geo.gazetteer.countries import COUNTRIES_PATH, country_of, load_countries, read_countries


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [
        (48.8566, 2.3522, "FR"),  # Paris: France is "-99" in Natural Earth's iso_a2
        (45.0, 1.0, "FR"),
        (40.7128, -74.0060, "US"),  # New York, on the coast
        (39.0, -100.0, "US"),
        (61.2, -149.9, "US"),  # Anchorage
        (35.6892, 51.3890, "IR"),  # Tehran
        (29.6, 52.5, "IR"),
        (59.91, 10.75, "NO"),  # Oslo: Norway is "-99" too
        (42.66, 21.16, "XK"),  # Pristina
        (25.03, 121.56, "TW"),
        (-33.87, 151.21, "AU"),
        (0.0, -30.0, None),  # mid-Atlantic
        (30.0, -40.0, None),
        (-60.0, 90.0, None),  # Southern Ocean
    ],
)
def test_country_of(lat, lon, code):
    assert country_of(lat, lon) == code


def test_countries_of_is_vectorised_and_keeps_order():
    index = load_countries()
    assert index.countries_of([(48.8566, 2.3522), (0.0, -30.0), (35.6892, 51.3890)]) == ("FR", None, "IR")
    assert index.countries_of([]) == ()


def test_basemap_has_every_country_with_codes():
    collection = json.loads(COUNTRIES_PATH.read_text(encoding="utf-8"))
    props = [f["properties"] for f in collection["features"]]
    codes = {p["iso_a2"] for p in props}
    assert len(props) >= 175
    assert {"FR", "NO", "XK", "US", "IR", "CN", "RU", "BR", "IN", "ZA", "AU", "GB", "DE"} <= codes
    assert "-99" not in codes
    assert all(p["name"] for p in props)
    assert COUNTRIES_PATH.stat().st_size < 4_000_000


def test_read_countries_from_a_small_file(tmp_path):
    square = {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}
    collection = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"iso_a2": "ZZ", "name": "Square"}, "geometry": square}],
    }
    path = tmp_path / "c.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    index = read_countries(path)
    assert index.country_of(5.0, 5.0) == "ZZ"  # lat 5, lon 5
    assert index.country_of(5.0, 10.02) == "ZZ"  # just off the simplified outline
    assert index.country_of(5.0, 11.0) is None
    assert index.names == ("Square",)


def test_read_countries_rejects_bad_files(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GeoError):
        read_countries(bad)
    with pytest.raises(GeoError):
        read_countries(tmp_path / "missing.geojson")
