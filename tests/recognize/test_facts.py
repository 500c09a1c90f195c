"""The facts the mention rules ask of a span, each shown on a short sentence of its own."""

from __future__ import annotations

from fakes import ExtraGazetteer, FakeGazetteer

from geo.core.records import Place
from geo.recognize.facts import (
    Document,
    Entity,
    MatchFacts,
    larger_place_stands,
    name_parts,
    split_run_ons,
    strip_article,
    surface_entries,
    without_opening_participles,
)
from geo.recognize.mentions import find_mentions

GAZ = FakeGazetteer()


def town(name: str, population: int, code: str = "t") -> Place:
    return Place(f"x:{code}-{population}", name, "city", "US", 40.0, -100.0, None, population, "TX", "PPL")


def at(text: str, span: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def test_strip_article_drops_trailing_punctuation_but_keeps_an_abbreviations_dot():
    text = "Storms hit Texas, then the U.S."
    start, end = at(text, "Texas,")
    assert text[slice(*strip_article(text, start, end))] == "Texas"
    start, end = at(text, "the U.S.")
    assert text[slice(*strip_article(text, start, end))] == "U.S."


def test_an_entity_of_punctuation_alone_is_no_place_name():
    text = "Voters -- and Texas -- agreed."
    doc = Document(text, [], GAZ)
    start, end = at(text, "--")
    assert not larger_place_stands(doc, Entity(start, end, "LOC"))
    start, end = at(text, "Texas")
    assert larger_place_stands(doc, Entity(start, end, "GPE"))


def test_words_of_a_person_mislabelled_a_place_are_name_parts_unless_it_ends_in_a_geo_head():
    text = "Isaias Tinyville III spoke."
    assert {"Isaias", "Tinyville", "III"} <= name_parts(text, [Entity(*at(text, "Isaias Tinyville III"), "LOC")], GAZ)
    text = "Hikers crossed the Blue Ridge Mountains."
    assert name_parts(text, [Entity(*at(text, "Blue Ridge Mountains"), "LOC")], GAZ) == frozenset()


def test_a_town_opening_a_dateline_is_a_mention():
    # "Tinyville: ..." is a dateline; nothing else (no NER, no "in") vouches for a 120-person town.
    text = "Tinyville: Officials said the bridge reopened."
    assert [c.text for c in find_mentions(text, [], GAZ)] == ["Tinyville"]
    assert find_mentions("Officials said Tinyville reopened the bridge.", [], GAZ) == ()


def test_a_town_with_its_state_needs_fifteen_thousand_people():
    for population, found in ((15_000, True), (14_999, False)):
        gaz = ExtraGazetteer({"Millbrook": [(town("Millbrook", population), "name")]})
        text = "Millbrook, Texas, approved the budget."
        doc = Document(text, [], gaz)
        facts = MatchFacts(doc, *at(text, "Millbrook"), "Millbrook")
        assert facts.town_with_parent is found, population
        assert ("Millbrook" in [c.text for c in find_mentions(text, [], gaz)]) is found, population


def _abbreviated(*places_and_kinds: tuple[Place, str], key: str) -> ExtraGazetteer:
    return ExtraGazetteer({key: list(places_and_kinds)})


def _state(name: str, code: str) -> Place:
    return Place(f"x:us-{code.lower()}", name, "admin1", "US", 39.0, -77.0, None, 6_000_000, code, "ADM1")


def test_dotted_initials_stand_only_for_a_name_with_those_initials():
    maryland, dc = _state("Maryland", "MD"), _state("District of Columbia", "DC")
    gaz = _abbreviated((maryland, "abbrev"), key="MD")
    assert surface_entries("M.D.", gaz.lookup("M.D."), gaz) == ()  # a doctor's degree
    assert [e.place_id for e in surface_entries("Md.", gaz.lookup("Md."), gaz)] == [maryland.id]
    assert [e.place_id for e in surface_entries("MD", gaz.lookup("MD"), gaz)] == [maryland.id]
    gaz = _abbreviated((dc, "abbrev"), key="DC")
    assert [e.place_id for e in surface_entries("D.C.", gaz.lookup("D.C."), gaz)] == [dc.id]
    louisiana = _state("Louisiana", "LA")
    los_angeles = Place("x:la", "Los Angeles", "city", "US", 34.05, -118.24, None, 3_900_000, "CA", "")
    gaz = _abbreviated((louisiana, "abbrev"), (los_angeles, "abbrev"), key="LA")
    assert [e.place_id for e in surface_entries("L.A.", gaz.lookup("L.A."), gaz)] == [los_angeles.id]
    # A village whose own name is the letters is no reading of the initials either.
    us = Place("x:us", "United States", "country", "US", 39.8, -98.6, None, 327_000_000, None, "PCLI")
    village = Place("x:us-village", "Us", "city", "FR", 49.1, 1.97, None, 1_300, "11", "")
    gaz = _abbreviated((us, "abbrev"), (village, "name"), key="US")
    got = [e.place_id for e in surface_entries("U.S.", gaz.lookup("U.S."), gaz)]
    assert us.id in got and village.id not in got


def test_a_person_entity_across_a_lone_dash_names_only_the_person_before_it():
    text = "Recounts were sought in two states won by Mr Trump - Wisconsin and Pennsylvania."
    parts = name_parts(text, [Entity(*at(text, "Trump - Wisconsin"), "PERSON")], GAZ)
    assert parts == {"Trump"}
    text = "The seat went to Jane Doe \u2013 Ohio voters were split."
    parts = name_parts(text, [Entity(*at(text, "Jane Doe \u2013 Ohio"), "PERSON")], GAZ)
    assert parts == {"Jane", "Doe"}


def test_an_entity_made_of_an_opening_participle_and_a_name_is_dropped():
    text = "Leaving Berlin on Monday, the orchestra flew to Tokyo."
    ents = [Entity(*at(text, "Leaving Berlin"), "PERSON"), Entity(*at(text, "Tokyo"), "GPE")]
    assert [text[e.start : e.end] for e in without_opening_participles(text, ents)] == ["Tokyo"]
    text = "Arriving Lagos late, the team rested."
    ents = [Entity(*at(text, "Arriving Lagos"), "ORG")]
    assert without_opening_participles(text, ents) == []
    # (a name that only ends in "-ing" stays: "Fleming")
    text = "Fleming Smith said so."
    ents = [Entity(*at(text, "Fleming Smith"), "PERSON")]
    assert without_opening_participles(text, ents) == ents


def test_a_place_entity_run_on_across_a_preposition_of_movement_is_cut_there():
    text = "Artists left the Soviet Union for America in the 1920s."
    got = split_run_ons(text, [Entity(*at(text, "the Soviet Union for America"), "GPE")])
    assert [text[e.start : e.end] for e in got] == ["the Soviet Union", "America"]
    text = "Flights from Caracas to Tehran via Damascus resumed."
    got = split_run_ons(text, [Entity(*at(text, "Caracas to Tehran via Damascus"), "LOC")])
    assert [text[e.start : e.end] for e in got] == ["Caracas", "Tehran", "Damascus"]
    # Names that hold a lower-case word of their own stay whole; so do entities of other labels.
    text = "Newcastle upon Tyne and the Bank of America agreed."
    ents = [Entity(*at(text, "Newcastle upon Tyne"), "GPE"), Entity(*at(text, "the Bank of America"), "ORG")]
    assert split_run_ons(text, ents) == ents
    text = "The Committee to Protect Journalists said so."
    ents = [Entity(*at(text, "The Committee to Protect Journalists"), "ORG")]
    assert split_run_ons(text, ents) == ents
