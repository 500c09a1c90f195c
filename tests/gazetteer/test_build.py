"""Tests for geo.gazetteer.build: filters, plurals, points, and a deterministic build of a small slice."""

from __future__ import annotations

import pytest

from geo.core.geometry import haversine_km
from geo.gazetteer.build import (
    build_gazetteer,
    common_words,
    is_common_word,
    keep_alternate,
    medoid,
    plurals,
    without_article,
)
from geo.gazetteer.lookup import load_gazetteer, normalize_name, read_gazetteer


@pytest.mark.parametrize(
    "name, keep",
    [
        ("Paris", True),
        ("Ville-Lumière", True),
        ("St. Louis", True),
        ("Côte d'Ivoire", True),
        ("LAX", False),
        ("PAR", False),
        ("U.S.", False),
        ("Pa", False),
        ("Париж", False),
        ("巴黎", False),
        ("Paris 01", False),
        ("Korea, Republic of", False),
        ("Samoa (American)", False),
        ("Free and Sovereign State of Baja California Sur", False),
    ],
)
def test_keep_alternate(name, keep):
    assert keep_alternate(name) is keep


@pytest.mark.parametrize(
    "demonym, expected",
    [
        ("Iranian", ("Iranians",)),
        ("Iraqi", ("Iraqis",)),
        ("Thai", ("Thais",)),
        ("Chinese", ()),
        ("British", ()),
        ("French", ()),
        ("Swiss", ()),
        ("Icelandic", ()),
        ("Frenchmen", ()),
    ],
)
def test_plurals(demonym, expected):
    assert plurals(demonym) == expected


def test_medoid_is_a_real_town_near_the_weighted_centre():
    towns = [(0.0, 0.0, 100), (0.0, 2.0, 100), (0.0, 1.1, 1), (10.0, 10.0, 1)]
    assert medoid(towns) == (0.0, 1.1)


def test_medoid_across_the_antimeridian():
    towns = [(-17.0, 179.0, 10), (-17.0, -179.0, 10), (-17.0, 179.9, 1)]
    assert medoid(towns) == (-17.0, 179.9)


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)


def test_common_words():
    words = common_words()
    for word in ("northern", "central", "east", "state", "island", "region"):
        assert word in words
    # WordNet nouns that are proper names are not "common words".
    for word in ("moscow", "burma", "britain", "chad", "jordan", "turkey", "georgia"):
        assert word not in words
    assert is_common_word("states", words) and is_common_word("northern", words)
    assert not is_common_word("northern cape", words) and not is_common_word("bavaria", words)


@pytest.fixture(scope="module")
def slice_build(tmp_path_factory):
    """Build the gazetteer for a few countries twice, into two files."""
    out = tmp_path_factory.mktemp("gaz")
    first = build_gazetteer(out / "a.tsv.gz", country_codes={"IR", "PS", "LU"})
    second = build_gazetteer(out / "b.tsv.gz", country_codes={"IR", "PS", "LU"})
    return out, first, second


def test_build_is_byte_identical(slice_build):
    out, first, second = slice_build
    assert (out / "a.tsv.gz").read_bytes() == (out / "b.tsv.gz").read_bytes()
    assert first["bytes"] == second["bytes"]


def test_gzip_header_has_no_time_or_name(slice_build):
    out, _, _ = slice_build
    head = (out / "a.tsv.gz").read_bytes()[:10]
    assert head[4:8] == b"\0\0\0\0"  # MTIME
    assert head[3] & 0x08 == 0  # no FNAME flag


def test_slice_contents(slice_build):
    out, stats, _ = slice_build
    assert stats["country"] == 3 and stats["city"] > 100 and stats["admin1"] > 10
    gaz = read_gazetteer(out / "a.tsv.gz")
    assert len(gaz) == stats["places"]
    iran = gaz.country("IR")
    assert iran.name == "Iran" and iran.id == "gn:130758"
    assert [gaz.place(e.place_id) for e in gaz.lookup("Iranians")] == [iran]
    assert gaz.lookup("Paris") == ()
    assert gaz.lookup("Persian Gulf")
    assert load_gazetteer(out / "a.tsv.gz") is load_gazetteer(out / "a.tsv.gz")


def test_keys_are_normalized(slice_build):
    out, _, _ = slice_build
    gaz = read_gazetteer(out / "a.tsv.gz")
    keys = gaz._lines[gaz._keys0 : gaz._keys0 + gaz._k]
    assert keys == sorted(keys)
    assert all(normalize_name(k) == k for k in keys)


def test_airport_names_are_the_full_name_and_its_own_part():
    from geo.gazetteer.build import airport_names

    assert airport_names("London Heathrow Airport", "London") == [
        "London Heathrow Airport",
        "Heathrow Airport",
        "Heathrow",
    ]
    assert airport_names("Amsterdam Airport Schiphol", "Amsterdam")[1:] == ["Schiphol Airport", "Schiphol"]
    assert "Maiquetia" in airport_names("Maiquetia (Simon Bolivar Internacional) Airport", "Caracas")
    # several words of its own name a person, not the airport; the city's own name stays the city's
    assert "John F Kennedy" not in airport_names("John F Kennedy International Airport", "New York")
    assert airport_names("Dubai International Airport", "Dubai") == ["Dubai International Airport"]


def test_slice_build_has_its_airports_as_facilities(slice_build):
    from geo.gazetteer.lookup import read_gazetteer

    out, first, _ = slice_build
    assert first["facility"] > 0
    gaz = read_gazetteer(out / "a.tsv.gz")
    imam = [gaz.place(e.place_id) for e in gaz.lookup("Imam Khomeini International Airport")]
    assert imam and imam[0].type == "facility" and imam[0].feature_code == "AIRP" and imam[0].country_code == "IR"
    assert imam[0].id.startswith("x:airport-")


def test_an_airport_named_after_another_city_or_a_slash_keeps_its_own_part_never_alone():
    from geo.gazetteer.build import airport_names

    # airportsdata files Toronto's airport under Mississauga; "Toronto" still opens its name.
    names = airport_names("Toronto Pearson International Airport", "Mississauga", frozenset({"toronto"}))
    assert names == ["Toronto Pearson International Airport", "Pearson Airport", "Pearson International Airport"]
    names = airport_names("Montreal Mirabel International Airport", "Mirabel", frozenset({"montreal"}))
    assert "Mirabel International Airport" in names and "Mirabel" not in names
    # A city and a slash: the part after it, with the city, and never a town's name alone.
    names = airport_names("Ottawa / Macdonald-Cartier International Airport", "Ottawa")
    assert "Macdonald-Cartier International Airport" in names
    assert "Ottawa Macdonald-Cartier International Airport" in names
    names = airport_names("Kitchener / Waterloo Airport", "Kitchener")
    assert "Waterloo Airport" in names and "Waterloo" not in names
    # Two words only: "Toronto Airport" is no city prefix on its own name.
    assert airport_names("Toronto Airport", "Toronto", frozenset({"toronto"})) == ["Toronto Airport"]


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Al Qamishli", "SY", "Qamishli"),
        ("Ar Raqqah", "SY", "Raqqah"),
        ("El Fasher", "SD", "Fasher"),
        ("Al-Mukalla", "YE", "Mukalla"),
        ("El Paso", "US", ""),  # not an Arabic-speaking country's town
        ("Al Ain", "AE", ""),  # too short a name left to stand alone
    ],
)
def test_a_towns_name_without_its_arabic_article(name, country, expected):
    assert without_article(name, country) == expected
