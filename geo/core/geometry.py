"""Great-circle lines, antimeridian handling and GeoJSON out.

This module is the one place where coordinate order changes: folium and Leaflet take ``[lat, lon]``,
GeoJSON and shapely take ``(lon, lat)``. Every other module passes ``lat``/``lon`` by name or calls
the helpers here (``to_leaflet``, ``to_geojson_position``).

Two shapes of the same great circle are produced:

* for Leaflet, one line with *continuous* longitudes (consecutive points differ by less than 180°),
  which may leave [-180, 180]: Tokyo -> Los Angeles runs 139.7 -> 241.8 rather than jumping back
  across the whole map; ``leaflet_copies`` adds the copy shifted by 360° so that both ends show on
  a single-world map;
* for GeoJSON (RFC 7946 §3.1.9), lines split at the antimeridian into a MultiLineString whose
  longitudes all lie in [-180, 180].
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence

import msgspec
from pyproj import Geod

from geo.core.records import ParsedArticle, Place, Relation

_GEOD = Geod(ellps="WGS84")

#: Intermediate points of a great-circle line; enough for a smooth curve at world zoom.
#: The Earth's mean radius (IUGG), for distances on the sphere.
EARTH_RADIUS_KM = 6371.0088

DEFAULT_NPTS = 48

#: With ``npts=None``, one intermediate point per this many kilometres (between 4 and DEFAULT_NPTS).
KM_PER_POINT = 250.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two ``(lat, lon)`` points in degrees, on the
    sphere of the Earth's mean radius: the one distance of the project (the benchmark's 161 km,
    the gazetteer build's checks)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def to_leaflet(lat: float, lon: float) -> list[float]:
    """Return a position in folium/Leaflet order, ``[lat, lon]``."""
    return [float(lat), float(lon)]


def to_geojson_position(lat: float, lon: float) -> list[float]:
    """Return a position in GeoJSON/shapely order, ``[lon, lat]``, rounded to 6 decimals (~0.1 m)."""
    return [round(float(lon), 6), round(float(lat), 6)]


def unwrap_lons(lons: Iterable[float]) -> list[float]:
    """Make a sequence of longitudes continuous: each differs from the previous one by less than 180.

    The first longitude is kept as given; later ones are shifted by multiples of 360.
    """
    out: list[float] = []
    for lon in lons:
        if out:
            prev = out[-1]
            lon = lon + 360.0 * round((prev - lon) / 360.0)
        out.append(float(lon))
    return out


def great_circle(
    lat1: float, lon1: float, lat2: float, lon2: float, npts: int | None = DEFAULT_NPTS
) -> list[tuple[float, float]]:
    """Points ``(lat, lon)`` along the shortest great circle between two places, ends included.

    Longitudes are continuous (see ``unwrap_lons``), so the line never goes the wrong way round the
    world; they may leave [-180, 180] when the line crosses the antimeridian. Results are cached:
    a dashboard rerun draws the same lines again.

    Parameters
    ----------
    lat1, lon1 : float
        Start, in degrees.
    lat2, lon2 : float
        End, in degrees.
    npts : int or None
        Number of intermediate points (pyproj ``Geod.npts``); None picks one per ``KM_PER_POINT``.

    Returns
    -------
    list of (lat, lon)
    """
    return list(_great_circle(float(lat1), float(lon1), float(lat2), float(lon2), npts))


@functools.lru_cache(maxsize=65536)
def _great_circle(lat1: float, lon1: float, lat2: float, lon2: float, npts: int | None) -> tuple:
    if (lat1, lon1) == (lat2, lon2):
        return ((lat1, lon1), (lat2, lon2))
    if npts is None:
        _, _, metres = _GEOD.inv(lon1, lat1, lon2, lat2)
        npts = int(min(max(metres / 1000.0 / KM_PER_POINT, 4), DEFAULT_NPTS))
    inner = _GEOD.npts(lon1, lat1, lon2, lat2, npts)
    lats = [lat1] + [lat for _, lat in inner] + [lat2]
    lons = unwrap_lons([lon1] + [lon for lon, _ in inner] + [lon2])
    return tuple(zip(lats, lons, strict=True))


def leaflet_copies(points: Sequence[tuple[float, float]]) -> list[list[list[float]]]:
    """Leaflet polylines ``[[lat, lon], ...]`` for a continuous line, plus its copy shifted by 360°.

    A line that leaves [-180, 180] (it crosses the antimeridian) is drawn twice, once as is and once
    shifted back by 360°, so a map showing one copy of the world shows both halves of the crossing.
    """
    lines = [[to_leaflet(lat, lon) for lat, lon in points]]
    lons = [lon for _, lon in points]
    if max(lons) > 180.0:
        lines.append([to_leaflet(lat, lon - 360.0) for lat, lon in points])
    elif min(lons) < -180.0:
        lines.append([to_leaflet(lat, lon + 360.0) for lat, lon in points])
    return lines


def split_antimeridian(points: Sequence[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Split a continuous line of ``(lat, lon)`` points into parts whose longitudes lie in [-180, 180].

    At each crossing the latitude is interpolated and the crossing point closes one part (at ±180)
    and opens the next (at ∓180).
    """
    parts: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    prev: tuple[float, float] | None = None
    for lat, lon in points:
        if prev is not None:
            p_lat, p_lon = prev
            # Which 360-wide world copy each point lies in (copy 0 is [-180, 180)).
            k_prev = math.floor((p_lon + 180.0) / 360.0)
            k_cur = math.floor((lon + 180.0) / 360.0)
            if k_cur != k_prev:
                edge = 180.0 + 360.0 * min(k_prev, k_cur)
                t = (edge - p_lon) / (lon - p_lon)
                c_lat = p_lat + t * (lat - p_lat)
                going_east = k_cur > k_prev
                current.append((c_lat, 180.0 if going_east else -180.0))
                parts.append(current)
                current = [(c_lat, -180.0 if going_east else 180.0)]
        current.append((lat, _normalize_lon(lon)))
        prev = (lat, lon)
    parts.append(current)
    return [p for p in parts if len(p) >= 2]


def _normalize_lon(lon: float) -> float:
    """Bring a longitude into [-180, 180], keeping 180 as 180."""
    if -180.0 <= lon <= 180.0:
        return lon
    return (lon + 180.0) % 360.0 - 180.0


def line_geometry(source: Place, target: Place, npts: int = DEFAULT_NPTS) -> dict:
    """GeoJSON geometry of the great circle between two places: LineString, or MultiLineString when
    it crosses the antimeridian."""
    points = great_circle(source.lat, source.lon, target.lat, target.lon, npts)
    parts = split_antimeridian(points)
    coords = [[to_geojson_position(lat, lon) for lat, lon in part] for part in parts]
    if len(coords) == 1:
        return {"type": "LineString", "coordinates": coords[0]}
    return {"type": "MultiLineString", "coordinates": coords}


def screen_angle(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Direction from point 1 to point 2 on a Web Mercator map, in degrees clockwise from east.

    Used to rotate an arrowhead drawn with CSS (``transform: rotate()`` is clockwise on screen).
    """

    def merc_y(lat: float) -> float:
        lat = max(min(lat, 85.0), -85.0)
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    d_east = math.radians(lon2 - lon1)
    d_north = merc_y(lat2) - merc_y(lat1)
    return math.degrees(math.atan2(-d_north, d_east))


def fit_bounds(positions: Iterable[tuple[float, float]]) -> list[list[float]] | None:
    """South-west and north-east corners ``[[lat, lon], [lat, lon]]`` around ``(lat, lon)`` positions.

    Returns None when there is nothing to fit. A single point gets a small box around it so the map
    does not zoom in to street level.
    """
    lats: list[float] = []
    lons: list[float] = []
    for lat, lon in positions:
        lats.append(lat)
        lons.append(lon)
    if not lats:
        return None
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad = 2.0 if (north - south) < 4.0 and (east - west) < 4.0 else 0.0
    return [to_leaflet(max(south - pad, -85.0), west - pad), to_leaflet(min(north + pad, 85.0), east + pad)]


def _place_index(parsed_articles: Iterable[ParsedArticle]) -> dict[str, Place]:
    index: dict[str, Place] = {}
    for pa in parsed_articles:
        for place in pa.places:
            index.setdefault(place.id, place)
    return index


def relation_properties(relation: Relation, article_id: str) -> dict:
    """All fields of a relation as the contract names them, plus ``kind`` and the article's id."""
    return {"kind": "relation", **msgspec.to_builtins(relation), "article": article_id}


def to_geojson(parsed_articles: Iterable[ParsedArticle]) -> dict:
    """GeoJSON FeatureCollection of the places and relations of parsed articles.

    Places are Point features, one per place across all articles, with properties ``id, name, type,
    country_code, geonameid, mentions`` (resolved mentions over all articles) and ``articles`` (ids of
    the articles mentioning or relating it). Relations are great-circle LineString features
    (MultiLineString across the antimeridian), one per relation, with every relation field and
    ``article``. Relations whose endpoints are not among the article's places are left out.

    Parameters
    ----------
    parsed_articles : iterable of ParsedArticle

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "features": [...]}``, ready for ``json.dumps``.
    """
    parsed_articles = list(parsed_articles)
    places = _place_index(parsed_articles)
    mentions: dict[str, int] = {}
    articles: dict[str, list[str]] = {}
    for pa in parsed_articles:
        for place_id, n in pa.mention_counts().items():
            mentions[place_id] = mentions.get(place_id, 0) + n
        for place in pa.places:
            ids = articles.setdefault(place.id, [])
            if pa.article.id not in ids:
                ids.append(pa.article.id)

    features: list[dict] = []
    for place in places.values():
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": to_geojson_position(place.lat, place.lon)},
                "properties": {
                    "kind": "place",
                    "id": place.id,
                    "name": place.name,
                    "type": place.type,
                    "country_code": place.country_code,
                    "geonameid": place.geonameid,
                    "mentions": mentions.get(place.id, 0),
                    "articles": articles.get(place.id, []),
                },
            }
        )
    for pa in parsed_articles:
        local = {p.id: p for p in pa.places}
        for rel in pa.relations:
            source = local.get(rel.source) or places.get(rel.source)
            target = local.get(rel.target) or places.get(rel.target)
            if source is None or target is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": line_geometry(source, target),
                    "properties": relation_properties(rel, pa.article.id),
                }
            )
    return {"type": "FeatureCollection", "features": features}
