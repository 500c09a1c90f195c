"""A tiny in-memory gazetteer with the real one's lookup API, for fast, model-free unit tests."""

from __future__ import annotations

from dataclasses import dataclass

from geo.core.records import Place
from geo.gazetteer.lookup import normalize_name


@dataclass(frozen=True, slots=True)
class Entry:
    place_id: str
    kind: str


P = {
    "IR": Place("gn:130758", "Iran", "country", "IR", 32.0, 53.0, 130758, 77447168, None, "PCLI"),
    "VE": Place("gn:3625428", "Venezuela", "country", "VE", 8.0, -66.0, 3625428, 28470000, None, "PCLI"),
    "US": Place("gn:6252001", "United States", "country", "US", 39.76, -98.5, 6252001, 327167434, None, "PCLI"),
    "GE": Place("gn:614540", "Georgia", "country", "GE", 42.0, 43.5, 614540, 3731000, None, "PCLI"),
    "US-GA": Place("gn:4197000", "Georgia", "admin1", "US", 32.75, -83.5, 4197000, 10000000, "GA", "ADM1"),
    "US-TX": Place("gn:4736286", "Texas", "admin1", "US", 31.25, -99.25, 4736286, 25000000, "TX", "ADM1"),
    "caracas": Place("gn:3646738", "Caracas", "city", "VE", 10.488, -66.879, 3646738, 3000000, "25", "PPLC"),
    "tehran": Place("gn:112931", "Tehran", "city", "IR", 35.694, 51.421, 112931, 7153309, "26", "PPLC"),
    "paris-fr": Place("gn:2988507", "Paris", "city", "FR", 48.853, 2.349, 2988507, 2138551, "11", "PPLC"),
    "paris-tx": Place("gn:4717560", "Paris", "city", "US", 33.661, -95.556, 4717560, 24782, "TX", "PPL"),
    "atlanta": Place("gn:4180439", "Atlanta", "city", "US", 33.749, -84.388, 4180439, 463878, "GA", "PPLA"),
    "medina": Place("gn:109223", "Medina", "city", "SA", 24.468, 39.614, 109223, 1300000, "05", "PPLA"),
    "mobile": Place("gn:4076598", "Mobile", "city", "US", 30.694, -88.043, 4076598, 190000, "AL", "PPL"),
    "tinyville": Place("gn:1", "Tinyville", "city", "NZ", -40.0, 175.0, 1, 120, "01", "PPL"),
    "latam": Place("x:latin-america", "Latin America", "region", None, -14.6, -58.0, None, 0, None, "RGN"),
}
NAMES = {
    "Iran": [("IR", "name")],
    "Islamic Republic": [("IR", "alias")],
    "Iranian": [("IR", "demonym")],
    "Venezuela": [("VE", "name")],
    "Venezuelan": [("VE", "demonym")],
    "United States": [("US", "name")],
    "U.S.": [("US", "abbrev")],
    "American": [("US", "demonym")],
    "Georgia": [("GE", "name"), ("US-GA", "name")],
    "Texas": [("US-TX", "name")],
    "Caracas": [("caracas", "name")],
    "Tehran": [("tehran", "name")],
    "Paris": [("paris-fr", "name"), ("paris-tx", "name")],
    "Atlanta": [("atlanta", "name")],
    "Medina": [("medina", "name")],
    "Mobile": [("mobile", "name")],
    "Tinyville": [("tinyville", "name")],
    "Latin America": [("latam", "name")],
    "Latin American": [("latam", "demonym")],
}


class FakeGazetteer:
    """Implements lookup/place/get/country/admin1/max_name_tokens over the table above."""

    max_name_tokens = 3

    def __init__(self) -> None:
        self._places = {p.id: p for p in P.values()}
        self._index: dict[str, tuple[Entry, ...]] = {}
        for name, entries in NAMES.items():
            key = normalize_name(name)
            self._index[key] = self._index.get(key, ()) + tuple(Entry(P[k].id, kind) for k, kind in entries)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self._index.get(normalize_name(name), ())

    def place(self, place_id: str) -> Place:
        return self._places[place_id]

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def country(self, code: str) -> Place | None:
        return next((p for p in self._places.values() if p.type == "country" and p.country_code == code), None)

    def admin1(self, code: str, admin1: str) -> Place | None:
        return next(
            (p for p in self._places.values() if p.type == "admin1" and p.country_code == code and p.admin1 == admin1),
            None,
        )


class ExtraGazetteer(FakeGazetteer):
    """The fake gazetteer plus a few names of a test's own: ``{name: [(Place, kind), ...]}``."""

    def __init__(self, extra: dict[str, list[tuple[Place, str]]]) -> None:
        super().__init__()
        for name, entries in extra.items():
            for place, _ in entries:
                self._places[place.id] = place
            key = normalize_name(name)
            self._index[key] = self._index.get(key, ()) + tuple(Entry(p.id, kind) for p, kind in entries)


_GEOPARSERS: dict = {}


def real_geoparser(relations: bool = True):
    """The real Geoparser (bundled gazetteer + spaCy model), built once per test session."""
    from geo.pipeline import Geoparser

    if relations not in _GEOPARSERS:
        _GEOPARSERS[relations] = Geoparser(relations=relations)
    return _GEOPARSERS[relations]
