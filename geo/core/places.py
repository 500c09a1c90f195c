"""Facts about gazetteer places that several stages share: what counts as a big city, and which
place contains which by the gazetteer's codes."""

from __future__ import annotations

from geo.core.records import Place

BIG_CITY = 100_000
"""A city of this many people is well known: its name alone is a place ("Shanghai" stays a place
although it is also a verb), it is read as a place in lower case, a capital of this size wins its
name, and it counts as a jurisdiction in a "city, region" pair."""


def contains(parent: Place, place: Place) -> bool:
    """Whether ``parent`` (a country or first-level region) contains another place ``place`` by the
    gazetteer's codes: a country its regions and cities, a first-level region its second-level
    regions and cities. A place never contains itself."""
    if place.id == parent.id or place.country_code is None or place.country_code != parent.country_code:
        return False
    if parent.type == "country":
        return place.type != "country"
    if parent.type == "admin1":
        return parent.admin1 is not None and place.admin1 == parent.admin1 and place.type in ("city", "admin2")
    return False


BROAD_FEATURES = frozenset({"RGN", ""})
"""Feature codes of the gazetteer's regions that are broad areas ("Latin America", "the Sahel"); its
other regions are features one can go to: islands ("Lesbos"), peninsulas, deltas, mountains, deserts."""


def broad(place: Place) -> bool:
    """A continent or a broad region: a tour of it is refined by the towns it takes in ("a Latin
    American tour took him to Cuba"), and a place of the same role that is no broad region wins."""
    return place.type == "continent" or (place.type == "region" and (place.feature_code or "") in BROAD_FEATURES)
