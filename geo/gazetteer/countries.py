"""Point -> country lookup on the bundled Natural Earth admin-0 polygons (``data/basemap/countries.geojson``).

The same file is the dashboard's offline basemap; here it answers "which country is this point in?"
with an STRtree over prepared polygons, so a lookup costs a few microseconds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree

from geo.core.errors import GeoError
from geo.core.paths import BASEMAP_PATH

COUNTRIES_PATH = BASEMAP_PATH

# The basemap is simplified to about 0.025 degrees, so a coastal point can fall just off its
# country's outline; a point that close to exactly one coast still belongs to that country.
COAST_TOLERANCE_DEG = 0.03


@dataclass(frozen=True, slots=True, eq=False)
class CountryIndex:
    """Country polygons with their ISO codes and a spatial index over them.

    Parameters
    ----------
    codes : tuple of (str or None)
        ISO 3166-1 alpha-2 code per polygon; None for territories without one (Bir Tawil...).
    names : tuple of str
        Natural Earth short name per polygon.
    geometries : numpy.ndarray
        Shapely (multi)polygons in ``(lon, lat)`` order, prepared for repeated predicates.
    tree : shapely.STRtree
        Spatial index over ``geometries``.
    """

    codes: tuple[str | None, ...]
    names: tuple[str, ...]
    geometries: np.ndarray
    tree: STRtree

    def country_of(self, lat: float, lon: float) -> str | None:
        """Return the ISO alpha-2 code of the country containing ``(lat, lon)``, None at sea.

        Parameters
        ----------
        lat, lon : float
            The point, in degrees.

        Returns
        -------
        str or None
            The code, or None when the point lies in no country (nor within
            ``COAST_TOLERANCE_DEG`` of exactly one) or in a territory without a code.
        """
        return self.countries_of([(lat, lon)])[0]

    def countries_of(self, points: Sequence[tuple[float, float]]) -> tuple[str | None, ...]:
        """Vectorised :meth:`country_of` over ``(lat, lon)`` pairs.

        Parameters
        ----------
        points : sequence of (float, float)
            ``(lat, lon)`` pairs in degrees.

        Returns
        -------
        tuple of (str or None)
            One code per point, in order.
        """
        if len(points) == 0:
            return ()
        latlon = np.asarray(points, dtype=float).reshape(-1, 2)
        geoms = shapely.points(latlon[:, 1], latlon[:, 0])
        found: list[str | None] = [None] * len(geoms)
        point_idx, poly_idx = self.tree.query(geoms, predicate="intersects")
        hit = np.zeros(len(geoms), dtype=bool)
        for p, g in zip(point_idx.tolist(), poly_idx.tolist(), strict=True):
            if found[p] is None:
                found[p] = self.codes[g]
            hit[p] = True
        misses = np.flatnonzero(~hit)
        if len(misses):
            near_p, near_g = self.tree.query(geoms[misses], predicate="dwithin", distance=COAST_TOLERANCE_DEG)
            near: dict[int, set[int]] = {}
            for p, g in zip(near_p.tolist(), near_g.tolist(), strict=True):
                near.setdefault(int(misses[p]), set()).add(g)
            for p, polys in near.items():
                codes = {self.codes[g] for g in polys}
                if len(codes) == 1:
                    found[p] = codes.pop()
        return tuple(found)


def read_countries(path: str | Path) -> CountryIndex:
    """Read a GeoJSON FeatureCollection of countries with ``iso_a2`` and ``name`` properties.

    Parameters
    ----------
    path : str or Path
        The GeoJSON file.

    Returns
    -------
    CountryIndex

    Raises
    ------
    GeoError
        When the file is missing or is not a FeatureCollection of polygons.
    """
    try:
        with open(path, encoding="utf-8") as f:
            collection = json.load(f)
        features = collection["features"]
        codes = tuple(feat["properties"].get("iso_a2") or None for feat in features)
        names = tuple(str(feat["properties"].get("name", "")) for feat in features)
        geometries = shapely.from_geojson([json.dumps(feat["geometry"]) for feat in features])
    except (OSError, ValueError, KeyError, TypeError, shapely.errors.GEOSException) as exc:
        raise GeoError(
            f"Expected a GeoJSON FeatureCollection of countries at {str(path)!r}, instead got: {exc}."
        ) from exc
    geometries = np.asarray(geometries, dtype=object)
    shapely.prepare(geometries)
    return CountryIndex(codes=codes, names=names, geometries=geometries, tree=STRtree(geometries))


@lru_cache(maxsize=1)
def load_countries() -> CountryIndex:
    """Load the bundled basemap once per process; see :func:`read_countries`."""
    return read_countries(COUNTRIES_PATH)


def country_of(lat: float, lon: float) -> str | None:
    """Return the ISO alpha-2 code of the country containing ``(lat, lon)`` on the bundled basemap.

    Parameters
    ----------
    lat, lon : float
        The point, in degrees.

    Returns
    -------
    str or None
        The code, or None at sea.
    """
    return load_countries().country_of(lat, lon)
