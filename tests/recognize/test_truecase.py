"""Text in one letter case gets the capitals of prose back, letter for letter (same offsets)."""

from __future__ import annotations

import pytest
from fakes import ExtraGazetteer, FakeGazetteer
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.core.records import Place
from geo.recognize.truecase import TrueCaser, case_style, one_case_regions

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def geoparser():
    from geo.pipeline import Geoparser

    return Geoparser(relations=False)


@pytest.fixture(scope="module")
def restore(geoparser):
    return geoparser.truecaser.restore


def test_capitals_become_prose(restore):
    out = restore("PROTESTERS MARCHED IN CARACAS, VENEZUELA, ON MONDAY AS NICOLAS MADURO SPOKE.")
    assert out.startswith("Protesters marched in Caracas, Venezuela, on")
    assert "Maduro" in out


def test_lower_case_becomes_prose(restore):
    out = restore("flights from tehran to damascus resumed after iranian officials agreed.")
    assert out == "Flights from Tehran to Damascus resumed after Iranian officials agreed."


def test_names_of_several_words_are_written_as_names(restore):
    assert "New York and Los Angeles" in restore("the mayors of new york and los angeles met on friday.")
    assert "United Arab Emirates" in restore("TROOPS FROM THE UNITED ARAB EMIRATES LANDED.")


def test_abbreviations_as_agencies_write_them(restore):
    assert "U.S. officials" in restore("u.s. officials said nothing about it today.")
    assert "Springfield, Ill., police" in restore("SPRINGFIELD, ILL., POLICE ARRESTED TWO MEN.")
    assert restore("the driver said he was ill. he went home early.").count("Ill") == 0


def test_common_words_stay_words_unless_a_country_is_meant(restore):
    out = restore("cheap mobile phones were sold in turkey and china during the central sale.")
    assert "mobile phones" in out and "Turkey" in out and "China" in out and "central sale" in out


def test_acronyms_in_capitals_stay_acronyms(restore):
    out = restore("THE NBC REPORTER SAID THE ACLU SUSPECT FLED TO MEXICO.")
    assert "NBC" in out and "ACLU" in out and "Mexico" in out


def test_only_the_headline_in_capitals_changes_in_mixed_text(restore):
    text = "STORMS BATTER GEORGIA COAST\nResidents of Savannah were told to leave. It was Mobile news."
    out = restore(text)
    assert out.splitlines()[0] == "Storms batter Georgia coast"
    assert out.splitlines()[1] == text.splitlines()[1]


def test_ordinary_text_is_left_alone(restore):
    text = "Officials in Caracas said the U.S. would respond. mobile phones are cheap."
    assert restore(text) == text


def test_case_style_and_regions():
    assert case_style("ALL OF THIS IS SHOUTED TEXT") == "upper"
    assert case_style("all of this is quiet text") == "lower"
    assert case_style("Normal text with Names") is None
    assert case_style("OK") is None  # too few letters to tell
    text = "A normal line here.\nTHIS LINE IS A HEADLINE\nNo."
    start = text.index("THIS")
    assert one_case_regions(text) == [(start, start + len("THIS LINE IS A HEADLINE"))]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120), st.sampled_from(["upper", "lower"]))
def test_length_and_offsets_hold_for_any_text(text, case):
    caser = TrueCaser(FakeGazetteer(), frozenset({"phone", "run"}), frozenset())
    source = text.upper() if case == "upper" else text.lower()
    out = caser.restore(source)
    assert len(out) == len(source)
    assert out.lower() == source.lower() or len(out) == len(source)


@pytest.mark.parametrize("case", ["upper", "lower"])
def test_geoparser_finds_the_same_places_in_any_case(geoparser, case):
    text = (
        "Iranian officials flew from Tehran to Caracas on Monday. In New York, the U.S. envoy said "
        "Venezuela would host talks in Havana, Cuba."
    )
    recased = text.upper() if case == "upper" else text.lower()
    want = {(m.start, m.end, m.place_id) for m in geoparser.parse_text(text).mentions}
    parsed = geoparser.parse_text(recased)
    got = {(m.start, m.end, m.place_id) for m in parsed.mentions}
    assert got == want
    assert parsed.article.text == recased
    assert all(recased[m.start : m.end] == m.text for m in parsed.mentions)


@pytest.mark.parametrize("text", ["ß" * 50, "STRASSE ß İSTANBUL ǅ", "ﬁ ﬂ ŉ ΐ"], ids=["eszett", "mixed", "ligatures"])
def test_case_mappings_that_change_length_leave_the_word_as_written(restore, text):
    restored = restore(text, one_case_regions(text) or [(0, len(text))])
    assert len(restored) == len(text)


def _caser_with(name: str, place_type: str, population: int) -> TrueCaser:
    place = Place(f"x:{name}", name, place_type, "US", 40.0, -74.0, None, population, "NJ", "")
    return TrueCaser(ExtraGazetteer({name: [(place, "name")]}), frozenset({"red", "bank", "mill"}), frozenset())


def test_a_run_of_several_words_names_a_place_from_five_thousand_people():
    assert _caser_with("Red Bank", "city", 5_000).names_place("red bank", 2)
    assert not _caser_with("Red Bank", "city", 4_999).names_place("red bank", 2)
    # a region counts whatever its population (Latin America has none in the gazetteer)
    assert _caser_with("Red Bank", "region", 0).names_place("red bank", 2)


def test_a_word_in_no_dictionary_names_a_place_whatever_its_population():
    # "zzyzx" is no English word: a place of that name, even one of unknown population, is a name
    assert _caser_with("Zzyzx", "city", 0).names_place("zzyzx", 1)
    assert not _caser_with("Mill", "city", 50).names_place("mill", 1)  # a word first


def test_a_name_never_runs_over_punctuation_between_its_words():
    # "latin" is a word here; the dash parts it from "america", so no "Latin America" is read
    caser = TrueCaser(
        FakeGazetteer(), frozenset({"he", "taught", "latin", "was", "next", "last", "year"}), frozenset({"latin"})
    )
    assert caser.restore("HE TAUGHT LATIN — AMERICA WAS NEXT.") == "He taught latin — America was next."
    assert caser.restore("HE TAUGHT IN LATIN AMERICA LAST YEAR.") == "He taught in Latin America last year."
