"""Finding place and demonym spans: gazetteer matching, NER agreement and the overlap rule."""

from __future__ import annotations

import pytest
from fakes import ExtraGazetteer, FakeGazetteer, P
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.core.records import Place
from geo.recognize.mentions import Candidate, Entity, find_mentions, gazetteer_matches, leftmost_longest

GAZ = FakeGazetteer()


def ent(text: str, span: str, label: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Entity(start, start + len(span), label)


def spans(cands) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in cands]


def test_gazetteer_matches_capitalised_namesleftmost_longest():
    text = "Leaders of Latin America met in Caracas; the U.S. and Iran's envoy watched."
    assert [m[2] for m in gazetteer_matches(text, GAZ)] == ["Latin America", "Caracas", "U.S.", "Iran"]


def test_lowercase_words_are_not_places():
    assert gazetteer_matches("a mobile phone from paris", GAZ) == []


def test_offsets_index_the_text():
    text = "İstanbul, then Tehran and Caracas."
    for start, end, span in gazetteer_matches(text, GAZ):
        assert text[start:end] == span


def test_countries_and_demonyms_found_without_ner():
    text = "The Iranian government praised Venezuela."
    assert spans(find_mentions(text, [], GAZ)) == [("Iranian", "demonym"), ("Venezuela", "toponym")]


def test_person_name_containing_a_town_is_not_a_place():
    text = "Isaias Medina III, a former Venezuelan diplomat, spoke."
    ents = [ent(text, "Isaias Medina III", "LOC"), ent(text, "Venezuelan", "NORP")]
    assert spans(find_mentions(text, ents, GAZ)) == [("Venezuelan", "demonym")]


def test_outlets_and_people_keep_their_places_out_institutions_do_not():
    text = "The Tehran Times reported. Paris Hilton arrived. The Atlanta City Council met."
    ents = [
        ent(text, "Tehran Times", "ORG"),
        ent(text, "Paris Hilton", "PERSON"),
        ent(text, "Atlanta City Council", "ORG"),
    ]
    # A jurisdiction named inside an institution is a mention of it (benchmarks annotate these as
    # embedded toponyms); an outlet's name is a brand, and a person's name is no place at all.
    assert spans(find_mentions(text, ents, GAZ)) == [("Atlanta", "toponym")]


def test_group_of_people_named_like_a_town_is_not_a_place():
    text = "Mobile voters turned out."
    words = frozenset({"mobile"})
    assert find_mentions(text, [ent(text, "Mobile", "NORP")], GAZ, english_words=words, english_modifiers=words) == ()


def test_given_name_is_the_person_throughout():
    text = "Georgia Stevens skates. Georgia trains daily."
    assert find_mentions(text, [ent(text, "Georgia Stevens", "PERSON"), ent(text, "Georgia", "GPE", 1)], GAZ) == ()


def test_country_mislabelled_org_by_the_model_stays_a_place():
    text = "Iran said it would respond."
    assert spans(find_mentions(text, [ent(text, "Iran", "ORG")], GAZ)) == [("Iran", "toponym")]


def test_small_town_spelled_like_a_word_needs_the_ner():
    text = "Mobile phones are cheap."
    assert (
        find_mentions(text, [], GAZ, english_words=frozenset({"mobile"}), english_modifiers=frozenset({"mobile"})) == ()
    )
    text2 = "He moved to Mobile last year."
    found = find_mentions(text2, [ent(text2, "Mobile", "GPE")], GAZ, english_words=frozenset({"mobile"}))
    assert spans(found) == [("Mobile", "toponym")]


def test_modifier_plus_place_keeps_the_whole_span_with_the_inner_key():
    text = "Storms hit South Texas."
    (c,) = find_mentions(text, [ent(text, "South Texas", "GPE")], GAZ)
    assert (c.text, c.key) == ("South Texas", "Texas")


def test_ner_only_place_with_geographic_head_is_kept_unresolved():
    text = "They camped near Blue Ridge Mountains."
    (c,) = find_mentions(text, [ent(text, "Blue Ridge Mountains", "LOC")], GAZ)
    assert c.key is None and c.source == "ner"


def test_nothing_in_junk():
    text = "Caracas news. TAP HERE FOR TEHRAN"
    junk = ((14, len(text)),)
    assert spans(find_mentions(text, [], GAZ, junk=junk)) == [("Caracas", "toponym")]


def test_overlap_rule_is_leftmost_then_longest():
    a = Candidate(0, 5, "Latin", "toponym", "x", "gazetteer")
    b = Candidate(0, 13, "Latin America", "toponym", "x", "gazetteer")
    c = Candidate(6, 13, "America", "toponym", "x", "gazetteer")
    assert leftmost_longest([c, a, b]) == (b,)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.sampled_from(["Iran", "Caracas", "U.S.", "Latin America", "Iranian", "Georgia"]),
)
def test_offsets_hold_for_any_unicode_text(noise, name):
    text = noise + " " + name + " " + noise
    for c in find_mentions(text, [], GAZ):
        assert text[c.start : c.end] == c.text
        assert 0 <= c.start < c.end <= len(text)


def test_abbreviation_counts_only_when_written_as_one():
    from geo.recognize.mentions import surface_entries

    entries = GAZ.lookup("U.S.")
    assert surface_entries("U.S.", entries) == entries and surface_entries("US", entries) == entries
    assert surface_entries("Us", entries) == ()


def test_lone_town_name_called_a_person_is_the_town():
    text = "Atlanta residents marched. Then Atlanta voted."
    ents = [ent(text, "Atlanta", "PERSON"), ent(text, "Atlanta", "PERSON", 1)]
    # the small model's mislabel; no person in the article carries the name
    assert spans(find_mentions(text, ents, GAZ)) == [("Atlanta", "toponym"), ("Atlanta", "toponym")]
    with_person = "Brian Atlanta spoke. Atlanta said no."
    ents = [ent(with_person, "Brian Atlanta", "PERSON"), ent(with_person, "Atlanta", "PERSON", 1)]
    assert find_mentions(with_person, ents, GAZ) == ()


def test_a_place_the_model_folds_into_an_officials_name_is_no_given_name():
    for text, person in (
        (
            "Atlanta Police Spokeswoman Ashley Hill said so. Atlanta officials agreed.",
            "Atlanta Police Spokeswoman Ashley Hill",
        ),
        ("Atlanta Parks Director Tom Wu spoke. Then Atlanta voted.", "Atlanta Parks Director Tom Wu"),
    ):
        ents = [ent(text, person, "PERSON"), ent(text, "Atlanta", "GPE", 1)]
        assert ("Atlanta", "toponym") in spans(find_mentions(text, ents, GAZ)), text


def test_a_name_joined_by_a_lower_case_connector_is_one_match():
    tt = Place("x:tt", "Trinidad and Tobago", "country", "TT", 10.5, -61.3, None, 1_300_000, None, "PCLI")
    gaz = ExtraGazetteer({"Trinidad and Tobago": [(tt, "name")]})
    text = "Flights to Trinidad and Tobago resumed."
    assert [m[2] for m in gazetteer_matches(text, gaz)] == ["Trinidad and Tobago"]


def test_a_listed_abbreviation_after_a_town_keeps_its_full_stop():
    # Not in the sentence splitter's list ("Man." would end "a man. Then"), but the gazetteer lists
    # it as a place's abbreviation: after "Town, " its full stop belongs to it.
    mb = Place("gn:6065171", "Manitoba", "admin1", "CA", 55.0, -97.0, 6065171, 1278365, "03", "ADM1")
    nv = Place("gn:5509151", "Nevada", "admin1", "US", 39.25, -116.75, 5509151, 3000000, "NV", "ADM1")
    gaz = ExtraGazetteer({"Man.": [(mb, "abbrev")], "Nev.": [(nv, "abbrev")], "Churchill": [(mb, "name")]})
    for text, abbrev in (("born in Churchill, Man. her parents", "Man."), ("in Paris, Nev. last week", "Nev.")):
        assert [m[2] for m in gazetteer_matches(text, gaz)][-1] == abbrev
    # Not after a town and a comma: the word alone.
    assert [m[2] for m in gazetteer_matches("Man. United won.", gaz)] == ["Man"]


def test_an_entity_run_on_across_or_between_two_names_is_cut_there():
    from geo.recognize.facts import split_alternatives

    text = "south to Ingham or Townsville today; Truth or Consequences is a town"
    names = [(9, 15, "Ingham"), (19, 29, "Townsville"), (37, 42, "Truth")]
    got = split_alternatives(text, [Entity(9, 29, "ORG"), Entity(37, 58, "GPE")], names)
    assert [(text[e.start : e.end], e.label) for e in got] == [
        ("Ingham", "ORG"),
        ("Townsville", "ORG"),
        ("Truth or Consequences", "GPE"),  # "Consequences" is no name of its own
    ]


def test_a_place_entity_run_on_across_a_verb_between_two_names_is_cut_there():
    from geo.recognize.facts import split_alternatives

    text = "in Abuja praised Nigeria; Chelsea beat Arsenal; the Port of Spain"
    names = [(3, 8, "Abuja"), (17, 24, "Nigeria"), (26, 33, "Chelsea"), (39, 46, "Arsenal"), (52, 56, "Port")]
    ents = [Entity(3, 24, "GPE"), Entity(26, 46, "ORG"), Entity(52, 65, "GPE")]
    got = split_alternatives(text, ents, names)
    # A verb cuts a place entity, not an organisation's; a name connector ("of") never cuts.
    assert [text[e.start : e.end] for e in got] == ["Abuja", "Nigeria", "Chelsea beat Arsenal", "Port of Spain"]


def test_an_entity_run_on_across_for_to_or_from_between_two_names_is_cut_there():
    from geo.recognize.facts import split_alternatives

    text = "pilgrims departed Kano for Jeddah; buses ran Lagos to Abuja; Bridge to Nowhere"
    names = [(18, 22, "Kano"), (27, 33, "Jeddah"), (45, 50, "Lagos"), (54, 59, "Abuja"), (61, 67, "Bridge")]
    ents = [Entity(18, 33, "ORG"), Entity(45, 59, "ORG"), Entity(61, 78, "FAC")]
    got = split_alternatives(text, ents, names)
    assert [text[e.start : e.end] for e in got] == ["Kano", "Jeddah", "Lagos", "Abuja", "Bridge to Nowhere"]


def test_no_entity_holds_a_spaced_dash():
    from geo.recognize.facts import split_alternatives

    for text, whole in (
        ("two states won by Mr Trump - Wisconsin and Ohio", "Trump - Wisconsin"),
        ("said Jo Smith \u2014 Texas Tech's coach", "Jo Smith \u2014 Texas Tech"),
    ):
        start = text.index(whole)
        got = split_alternatives(text, [Entity(start, start + len(whole), "PERSON")], [])
        assert [text[e.start : e.end] for e in got] == whole.replace("\u2014", "-").split(" - ")


def test_the_first_of_a_couple_sharing_a_surname_is_a_given_name():
    from geo.recognize.facts import given_names

    gaz = ExtraGazetteer(
        {"Brent": [(Place("gn:2", "Brent", "city", "GB", 51.56, -0.27, 2, 317264, "ENG", ""), "name")]}
    )
    for text, first, person in (
        ("Retired workers Brent and Lynnette Hain believe it.", "Brent", "Lynnette Hain"),
        ("Later Tinyville & Sarah Jones spoke.", "Tinyville", "Sarah Jones"),
    ):
        assert first in given_names(text, [ent(text, person, "PERSON")], gaz)
    # A place joined to a name that is no given name and surname, or after a preposition, stays.
    text = "a plan for Decatur and Avondale Estates; two men of rural Paris and Guy C. Smith; in Atlanta and Jo Li"
    ents = [ent(text, "Avondale Estates", "PERSON"), ent(text, "Guy C. Smith", "PERSON"), ent(text, "Jo Li", "PERSON")]
    gaz = ExtraGazetteer({"Avondale": [(P["tinyville"], "name")]})
    assert given_names(text, ents, gaz) == {"Avondale", "Guy", "Jo"}
    # A state's or country's own name before "and" and a name the NER calls a person stays a place.
    for text, person in (("Water flows to Texas and Tamil Nadu farms.", "Tamil Nadu"), ("Texas & Jo Li met.", "Jo Li")):
        assert "Texas" not in given_names(text, [ent(text, person, "PERSON")], ExtraGazetteer({}))


def test_a_news_agency_is_an_outlet_even_after_according_to():
    from geo.recognize.facts import outlet_names

    assert outlet_names("Xinhua news agency reported; according to Xinhua, 12 were hurt.") == {"Xinhua"}
    assert outlet_names("Tass news agency said so. Flights to Tass resumed.") == frozenset()


def test_an_entity_run_on_across_a_hyphen_between_two_names_is_cut_there():
    from geo.recognize.facts import split_alternatives

    text = "The Lisbon-Accra route reopened; Oslo\u2013Berlin trains; Winston-Salem grew"
    names = [(4, 10, "Lisbon"), (11, 16, "Accra"), (33, 37, "Oslo"), (38, 44, "Berlin"), (53, 66, "Winston-Salem")]
    ents = [Entity(0, 16, "ORG"), Entity(33, 44, "GPE"), Entity(53, 66, "GPE")]
    got = split_alternatives(text, ents, names)
    assert [text[e.start : e.end] for e in got] == ["Lisbon", "Accra", "Oslo", "Berlin", "Winston-Salem"]


def test_direction_word_and_demonym_name_the_region_the_gazetteer_lists():
    au = Place("x:au", "Australia", "country", "AU", -25.0, 134.0, None, 25_000_000)
    wa = Place("x:wa", "Western Australia", "admin1", "AU", -26.0, 121.0, None, 2_700_000, "08")
    ca = Place("x:ca", "California", "admin1", "US", 37.0, -120.0, None, 39_000_000, "CA")
    gaz = ExtraGazetteer(
        {
            "Australian": [(au, "demonym")],
            "Western Australia": [(wa, "name")],
            "Californian": [(ca, "demonym")],
        }
    )
    text = "Western Australian farmers met Southern Californian growers."
    found = find_mentions(
        text, [ent(text, "Western Australian", "NORP"), ent(text, "Southern Californian", "NORP")], gaz
    )
    # the region when the gazetteer lists one by that name; else the demonym's own place
    assert [(c.text, c.key) for c in found] == [
        ("Western Australian", "Western Australia"),
        ("Southern Californian", "Californian"),
    ]


def test_a_hyphenated_name_with_a_lower_case_connector_is_one_match():
    pap = Place("x:pap", "Port-au-Prince", "city", "HT", 18.5, -72.3, None, 1_200_000)
    gaz = ExtraGazetteer({"Port-au-Prince": [(pap, "name")]})
    text = "Aid reached Port-au-Prince and Panama City on Saturday."
    assert "Port-au-Prince" in [m[2] for m in gazetteer_matches(text, gaz)]


@pytest.mark.parametrize(
    "text",
    ["Cobalt is trucked from Kolwezi to Dar es Salaam in twelve days.", "Dar es Salaam port handled more cargo."],
)
def test_a_spaced_name_with_a_lower_case_connector_is_one_match(text):
    dar = Place("x:dar", "Dar es Salaam", "city", "TZ", -6.8, 39.3, None, 4_000_000)
    gaz = ExtraGazetteer({"Dar es Salaam": [(dar, "name")]})
    assert "Dar es Salaam" in [m[2] for m in gazetteer_matches(text, gaz)]


def test_a_possessive_inside_a_name_joins_it_when_the_gazetteer_knows_the_whole():
    cox = Place("x:cox", "Cox's Bazar", "city", "BD", 21.4, 92.0, None, 250_000)
    iran = Place("x:iran", "Iran", "country", "IR", 32.0, 53.0, None, 85_000_000)
    abbas = Place("x:abbas", "Bandar Abbas", "city", "IR", 27.2, 56.3, None, 500_000)
    gaz = ExtraGazetteer({"Cox's Bazar": [(cox, "name")], "Iran": [(iran, "name")], "Bandar Abbas": [(abbas, "name")]})
    text = "Refugees crossed into Cox's Bazar, and Iran's Bandar Abbas port reopened."
    # one name with the possessive inside it; two names where no entry holds the whole
    assert [m[2] for m in gazetteer_matches(text, gaz)] == ["Cox's Bazar", "Iran", "Bandar Abbas"]


def test_a_closing_possessive_stays_in_a_name_the_gazetteer_spells_with_it():
    johns = Place("x:johns", "St. John's", "city", "CA", 47.6, -52.7, None, 110_000)
    marys = Place("x:marys", "St Mary's", "city", "GB", 49.9, -6.3, None, 2_000)
    york = Place("x:ny", "New York", "city", "US", 40.7, -74.0, None, 8_000_000)
    gaz = ExtraGazetteer(
        {"St. John's": [(johns, "name")], "St Mary's": [(marys, "name")], "New York": [(york, "name")]}
    )
    text = "The crew flew from St. John's to St Mary's, then on to New York's airports."
    # the whole name where the gazetteer has it; never a possessive the entry lacks ("New York's")
    assert [m[2] for m in gazetteer_matches(text, gaz)] == ["St. John's", "St Mary's", "New York"]
    # and the same from an entity the model found
    start = text.index("St. John's")
    found = spans(find_mentions(text, [Entity(start, start + len("St. John's"), "GPE")], gaz))
    assert ("St. John's", "toponym") in found


def test_a_possessive_name_opening_a_longer_name_stays_out():
    marys = Place("x:marys", "St. Mary's", "city", "US", 30.7, -81.5, None, 17_000)
    gaz = ExtraGazetteer({"St. Mary's": [(marys, "name")]})
    text = "Drop-offs are at St. Mary's High School and St. Mary's, the town."
    assert [m[2] for m in gazetteer_matches(text, gaz)] == ["St. Mary's"]


def test_a_combining_form_hyphened_to_a_country_stands_for_its_country():
    text = "Irano-Venezuelan ties deepened, and so did Irano–Iranian trade."
    cands = find_mentions(text, [], GAZ)
    assert [(c.text, c.kind, c.key) for c in cands][:2] == [
        ("Irano", "demonym", "Iran"),
        ("Venezuelan", "demonym", "Venezuelan"),
    ]
    assert ("Irano", "Iran") in {(c.text, c.key) for c in cands[2:]}  # an en dash joins a pair too


def test_a_combining_form_beside_no_country_is_no_place():
    texts = ("Irano-Saxon kings ruled.", "The Irano conference met.", "irano-Venezuelan")
    heritage = ("The Irano-Venezuelans who came to Caracas stayed.", "An Irano-Venezuelan family moved.")
    for text in texts + heritage:  # (people of a heritage are no pair of countries)
        assert all(c.text != "Irano" for c in find_mentions(text, [], GAZ)), text


def test_a_person_entity_ending_in_lower_case_words_is_cut_after_its_last_capital():
    from geo.recognize.facts import without_lower_case_tails

    for text, person, name in (
        ("Shells hit the Armenian border town of Jermuk overnight, officials said.", "Jermuk overnight", "Jermuk"),
        ("Floods cut off Tinyville again yesterday, the mayor said.", "Tinyville again yesterday", "Tinyville"),
        ("Georgia Stevens said it on Monday.", "Georgia Stevens", "Georgia Stevens"),
        ("A note by Vincent van Gogh was sold.", "Vincent van Gogh", "Vincent van Gogh"),
    ):
        (got,) = without_lower_case_tails(text, [ent(text, person, "PERSON")])
        assert text[got.start : got.end] == name
    text = "The town of Jermuk overnight."  # an organisation's name may end in lower case
    (got,) = without_lower_case_tails(text, [ent(text, "Jermuk overnight", "ORG")])
    assert text[got.start : got.end] == "Jermuk overnight"
