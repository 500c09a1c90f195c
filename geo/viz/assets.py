"""Offline assets for the map: Leaflet from a local package, the bundled basemap.

Leaflet's JS and CSS come from the ``xstatic-leaflet`` package
and reach the page as ``data:`` URLs, so neither a standalone HTML file nor streamlit-folium's
component (which loads each ``default_js``/``default_css`` entry by URL) fetches anything from the
network. Images that Leaflet's CSS refers to are inlined the same way.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from pathlib import Path

import shapely
import xstatic.pkg.leaflet as xs_leaflet
from shapely.geometry import MultiPolygon, shape

from geo.core import paths
from geo.core.errors import GeoError

#: Where the Natural Earth admin-0 countries are bundled (properties ``iso_a2``, ``name``).
BASEMAP_PATH = paths.BASEMAP_PATH

#: Shown in the map's attribution control and on the PNG.
ATTRIBUTION = "Basemap: Natural Earth (public domain), rivers: WDB II via GSHHG (LGPL) · Places: GeoNames (CC BY 4.0)"

_LEAFLET_DIR = Path(xs_leaflet.BASE_DIR)


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@functools.cache
def leaflet_js() -> str:
    """Leaflet's JS as a ``data:`` URL."""
    return _data_url("text/javascript", (_LEAFLET_DIR / "leaflet.js").read_bytes())


@functools.cache
def leaflet_css() -> str:
    """Leaflet's CSS as a ``data:`` URL, its ``url(images/...)`` references inlined."""
    return _data_url("text/css", _leaflet_css_text().encode("utf-8"))


def _leaflet_css_text() -> str:
    css = (_LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        image = _LEAFLET_DIR / match.group(1)
        if not image.is_file():
            return "url()"
        return f"url({_data_url('image/png', image.read_bytes())})"

    return re.sub(r"url\((images/[\w.-]+)\)", inline, css)


_LEAFLET_LICENSE = """Leaflet, from the XStatic-Leaflet package (leaflet.js, leaflet.css with its images inlined).

BSD 2-Clause License

Copyright (c) 2010-2022, Vladimir Agafonkin
Copyright (c) 2010-2011, CloudMade
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

   1. Redistributions of source code must retain the above copyright notice, this list of
      conditions and the following disclaimer.

   2. Redistributions in binary form must reproduce the above copyright notice, this list
      of conditions and the following disclaimer in the documentation and/or other materials
      provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED
AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

#: What the dashboard serves from its own static files (``static/``, at ``/app/static/``) instead
#: of sending it inside every page: Leaflet, and the coarse basemap the map draws first.
STATIC_FILES = ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE", "basemap/world.json")


def static_assets() -> dict[str, bytes]:
    """The content of ``STATIC_FILES``, made from the Leaflet package and the bundled basemap."""
    return {
        "leaflet/leaflet.js": (_LEAFLET_DIR / "leaflet.js").read_bytes(),
        "leaflet/leaflet.css": _leaflet_css_text().encode("utf-8"),
        "leaflet/LICENSE": _LEAFLET_LICENSE.encode("utf-8"),
        "basemap/world.json": basemap_geojson().encode("utf-8"),
    }


def write_static_assets(out_dir: str | Path | None = None) -> dict[str, int]:
    """Write ``static_assets`` under ``out_dir`` (``static/`` by default); returns each file's size."""
    out = Path(out_dir) if out_dir is not None else paths.STATIC_DIR
    sizes = {}
    for name, data in static_assets().items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        sizes[name] = len(data)
    return sizes


def basemap_geojson(path: Path | str | None = None, tolerance: float = 0.1, min_area: float = 0.05) -> str:
    """The basemap's countries as compact GeoJSON text, simplified for the browser.

    Cached per file and modification time: the file is read once per change, not once per rerun.

    Parameters
    ----------
    path : path, optional
        A GeoJSON FeatureCollection of countries; ``BASEMAP_PATH`` by default.
    tolerance : float
        Simplification tolerance in degrees.
    min_area : float
        Islands smaller than this (square degrees) are dropped, keeping a country's largest part.

    Returns
    -------
    str
        JSON text; an empty FeatureCollection when the file is missing.
    """
    path = Path(path) if path is not None else BASEMAP_PATH
    if not path.is_file():
        return '{"type":"FeatureCollection","features":[]}'
    return _basemap_cached(str(path), path.stat().st_mtime_ns, tolerance, min_area)


@functools.lru_cache(maxsize=8)
def _basemap_cached(path: str, mtime_ns: int, tolerance: float, min_area: float) -> str:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GeoError(f"Expected a GeoJSON FeatureCollection at {path}, instead got: {exc}.") from exc
    props: list[dict] = []
    geoms = []
    for feat in data.get("features", []):
        if not feat.get("geometry"):
            continue
        geom = shape(feat["geometry"])
        if isinstance(geom, MultiPolygon):
            parts = list(geom.geoms)
            geom = MultiPolygon([p for p in parts if p.area >= min_area] or [max(parts, key=lambda p: p.area)])
        p = feat.get("properties") or {}
        props.append({"iso_a2": p.get("iso_a2"), "name": p.get("name")})
        geoms.append(geom)
    # Vectorised: simplify, then snap to a 0.01° grid (~1 km), which also shortens the JSON.
    simple = shapely.set_precision(shapely.simplify(geoms, tolerance, preserve_topology=True), 0.01, mode="pointwise")
    features = [
        f'{{"type":"Feature","properties":{json.dumps(p, separators=(",", ":"))},"geometry":{shapely.to_geojson(g)}}}'
        for p, g in zip(props, simple, strict=True)
        if not g.is_empty
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"
