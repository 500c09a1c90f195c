"""Trips of one traveller chained across sentences (geo/relations/itinerary.py)."""

from __future__ import annotations

import itertools

import pytest
from relations.toy import name_of, named, relations_of, toy_place

from geo.relations.itinerary import TripStep, chain_trips

TOUR = (
    "The Kenyan foreign minister set off on an African tour on Monday.\n"
    "In Accra, she met the president.\n"
    "From Ghana, the minister flew to Rabat and then to Cairo.\n"
)


def _legs(rels):
    return [(name_of(r.source), name_of(r.target), r.order) for r in rels if r.type == "route"]


def _ordered_legs(text):
    """The text's route legs as (from, to) pairs, in their order in the trip."""
    return [(a, b) for a, b, _ in sorted(_legs(relations_of(text)), key=lambda leg: leg[2])]


def test_a_tour_across_sentences_uses_the_most_specific_stop():
    rels = [r for r in relations_of(TOUR) if r.type == "route"]
    assert _legs(rels) == [("Kenya", "Accra", 1), ("Accra", "Rabat", 2), ("Rabat", "Cairo", 3)]
    assert len({r.group for r in rels}) == 1 and rels[0].group is not None
    assert all(r.rule == "route.itinerary" for r in rels)
    assert rels[2].evidence.startswith("From Ghana")


def test_via_makes_ordered_legs():
    rels = relations_of("The envoy's plane flew from Lisbon to Accra via Rabat.")
    assert _legs(rels) == [("Lisbon", "Rabat", 1), ("Rabat", "Accra", 2)]


def test_a_traveller_s_country_starts_a_lone_trip():
    assert named(relations_of("The Ghanaian president traveled to Nairobi on Tuesday.")) == {
        ("route", "Ghana", "Nairobi")
    }
    assert named(relations_of("Norway's king flew to Lima for the ceremony.")) == {("route", "Norway", "Lima")}


def test_different_travellers_do_not_share_a_trip():
    text = "The Kenyan president flew to Oslo on Monday. The Peruvian president traveled to Lisbon."
    rels = relations_of(text)
    assert named(rels) == {("route", "Kenya", "Oslo"), ("route", "Peru", "Lisbon")}
    assert all(r.group is None for r in rels)


def test_a_later_stop_continues_the_trip():
    text = "The Egyptian delegation landed in Nairobi on Monday. It then flew on to Kampala."
    assert _legs(relations_of(text)) == [("Egypt", "Nairobi", 1), ("Nairobi", "Kampala", 2)]


def test_parallel_destinations_are_not_a_sequence():
    """Without "then" or "later" the places of one trip word are each a destination of the traveller."""
    rels = relations_of("The Norwegian envoy visited Lima and Quito last month.")
    assert named(rels) == {("route", "Norway", "Lima"), ("route", "Norway", "Quito")}
    assert all(r.group is None for r in rels)
    assert relations_of("The choir gave concerts on its tours in Kenya and Ghana.") == ()


def test_a_new_subject_starts_a_new_trip():
    """A step told of something else ("the exhibition") does not continue someone's trip."""
    text = "Many Peruvian painters emigrated to France. The exhibition will travel to Lisbon next year."
    rels = relations_of(text)
    assert named(rels) == {("route", "Peru", "France")}


def test_the_traveller_named_again_continues_the_trip():
    text = "The Ghanaian envoy landed in Lisbon on Monday. The envoy then flew to Oslo."
    assert _legs(relations_of(text)) == [("Ghana", "Lisbon", 1), ("Lisbon", "Oslo", 2)]


def test_a_fronted_place_adds_a_stop_only_to_an_announced_tour():
    text = "Kenyan students traveled to Lisbon in May. In Ghana, the harvest was poor."
    assert named(relations_of(text)) == {("route", "Kenya", "Lisbon")}


def test_whoever_brings_someone_continues_a_trip():
    text = "The Kenyan minister flew to Oslo on Monday. She will bring the envoy back to Nairobi."
    assert _legs(relations_of(text)) == [("Kenya", "Oslo", 1), ("Oslo", "Nairobi", 2)]


# --- chain_trips on its own, over steps written out by hand -------------------------------------


def _places(*names):
    return {toy_place(n).id: toy_place(n) for n in names}


def _id(name):
    return toy_place(name).id


def test_a_city_refining_a_denied_destination_keeps_the_denial():
    """ "The envoy did not fly to Cuba from Kenya. He was in Havana": the refined stop is still denied."""
    places = _places("Kenya", "Cuba", "Havana")
    steps = [
        [TripStep(0, _id("Kenya"), "route.origin-destination", (_id("Cuba"),), None, True, False)],
        [TripStep(1, None, "route.origin-destination", (_id("Havana"),), None, False, False)],
    ]
    (leg,) = chain_trips(steps, [None, None], places)
    assert (name_of(leg.source), name_of(leg.target), leg.negated) == ("Kenya", "Havana", True)


def test_the_same_travellers_home_continues_a_trip_told_of_someone_named_anew():
    places = _places("Venezuela", "Havana", "Managua")
    ve = _id("Venezuela")
    steps = [
        [TripStep(0, None, "route.origin-destination", (_id("Havana"),), ve, False, False, may_continue=False)],
        [TripStep(1, None, "route.origin-destination", (_id("Managua"),), ve, False, False, may_continue=False)],
    ]
    legs = chain_trips(steps, [None, None], places)
    assert [(name_of(g.source), name_of(g.target), g.order) for g in legs] == [
        ("Venezuela", "Havana", 1),
        ("Havana", "Managua", 2),
    ]
    assert len({g.group for g in legs}) == 1
    assert len(set(legs)) == 2  # legs are values: hashable, so duplicates can be dropped in a set


def test_then_or_later_continues_a_trip_another_adverb_does_not():
    assert named(relations_of("Ministers landed in Lisbon on Monday. Ministers then flew to Oslo.")) == {
        ("route", "Lisbon", "Oslo")
    }
    # "quickly" tells no later step: new travellers, no leg from where the others went
    assert relations_of("Tourists flew to Lisbon in May. Students quickly traveled to Oslo.") == ()


def test_then_on_to_and_returning_are_later_legs_of_one_trip():
    legs = _legs(
        relations_of("The cargo plane flew from Lisbon to Nairobi, then on to Kampala, before returning to Portugal.")
    )
    assert sorted(legs, key=lambda leg: leg[2]) == [
        ("Lisbon", "Nairobi", 1),
        ("Nairobi", "Kampala", 2),
        ("Kampala", "Portugal", 3),
    ]
    legs = _legs(
        relations_of("Forty pupils from Madrid will travel by train to Paris and then on to Berlin next month.")
    )
    assert sorted(legs, key=lambda leg: leg[2]) == [("Madrid", "Paris", 1), ("Paris", "Berlin", 2)]


def test_a_sea_named_for_the_tour_after_its_stops_is_no_stop():
    legs = _legs(relations_of("The envoy flew from Lisbon to Luanda, the last stop of a Mediterranean tour."))
    assert [(a, b) for a, b, _ in legs] == [("Lisbon", "Luanda")]


def test_a_tour_that_took_them_on_to_later_stops_is_one_trip():
    for text, stops in [
        (
            "The band's tour took them from Lisbon to Madrid, then on to Paris and finally Berlin.",
            ["Lisbon", "Madrid", "Paris", "Berlin"],
        ),
        (
            "The tour took the minister from Lima to Quito, then on to Bogota and finally Caracas.",
            ["Lima", "Quito", "Bogota", "Caracas"],
        ),
    ]:
        assert _ordered_legs(text) == list(itertools.pairwise(stops)), text


def test_a_move_of_another_kind_followed_by_a_later_step_starts_the_trip():
    """An evacuation, an escort or a deportation told before "then" another trip is its first leg."""
    for text, legs in [
        (
            "The refugees were evacuated from Kampala to Nairobi and then flew to Cairo.",
            [("Kampala", "Nairobi", 1), ("Nairobi", "Cairo", 2)],
        ),
        (
            "Police escorted the migrants from Lisbon to Madrid, and they then travelled to Paris.",
            [("Lisbon", "Madrid", 1), ("Madrid", "Paris", 2)],
        ),
    ]:
        assert sorted(_legs(relations_of(text)), key=lambda leg: leg[2] or 0) == legs, text


def test_one_traveller_s_separate_to_phrases_are_stops_in_turn():
    """Each "to" a phrase of its own on one traveller's verb: a later stop; not a list under one "to",
    nor the "to"s of many travellers."""
    for text in (
        "The envoy flew to Lisbon on Monday and to Madrid on Tuesday.",
        "The envoy flew to Lisbon and from there to Madrid.",
    ):
        assert [(a, b) for a, b, _ in _legs(relations_of(text))] == [("Lisbon", "Madrid")], text
    assert relations_of("The envoy flew to Lisbon and Madrid.") == ()
    assert relations_of("Migrants fled to Colombia and to Peru.") == ()


ORDERED_STOPS = [
    # a fronted "From X," the parse reads as the root (or hangs on a root noun) starts the first trip
    (
        "From Lisbon, the delegation travelled by road to Madrid and then on to Paris.",
        ["Lisbon", "Madrid", "Paris"],
    ),
    (
        "From Lagos, the delegation travelled by road to Accra and then on to Lome, where it met officials.",
        ["Lagos", "Accra", "Lome"],
    ),
    # a "hop" is a short trip, a leg of its own
    ("From Lisbon, the team flew on to Madrid before the short hop to Paris.", ["Lisbon", "Madrid", "Paris"]),
    ("The minister landed in Nairobi before a quick hop to Kampala.", ["Nairobi", "Kampala"]),
    # a compass word after "then" carries the next leg's "to", as "on" does
    ("The convoy drove from Lima north to Quito, then east to Bogota.", ["Lima", "Quito", "Bogota"]),
    ("The health team flew from Nairobi north to Khartoum, then west to Cairo.", ["Nairobi", "Khartoum", "Cairo"]),
    # a later stop the parse hangs, as an adverb, on the verb of planning the trip
    (
        "The Cuban minister plans to fly from Havana to Managua on Tuesday, then on to Caracas.",
        ["Havana", "Managua", "Caracas"],
    ),
    (
        "The envoy intends to travel from Cairo to Khartoum next week, then on to Addis Ababa.",
        ["Cairo", "Khartoum", "Addis Ababa"],
    ),
    # a stop told by a participle of a trip from one place to another lies on its way
    ("The minister flew from Lima to Madrid, stopping in Bogota to refuel.", ["Lima", "Bogota", "Madrid"]),
    ("The president flew from Quito to Tokyo, stopping over in Miami.", ["Quito", "Miami", "Tokyo"]),
    # a later "from" naming where an earlier "to" went chains the legs, whoever travels
    (
        "Rebel fighters moved from Idlib to Damascus on Friday and from Damascus to Beirut on Saturday.",
        ["Idlib", "Damascus", "Beirut"],
    ),
    (
        "Thousands of refugees walked from Kampala to Nairobi and from Nairobi to Mombasa.",
        ["Kampala", "Nairobi", "Mombasa"],
    ),
    # ports of call are stops in the order told
    (
        "The freighter left Lisbon on Monday, called at Accra and Lagos and reached Luanda.",
        ["Lisbon", "Accra", "Lagos", "Luanda"],
    ),
    (
        "The cruise ship sailed from Havana, docked at Maracaibo and Puerto Cabello, and returned to Miami.",
        ["Havana", "Maracaibo", "Puerto Cabello", "Miami"],
    ),
    # "and ended the trip in C": where the trip a verb of finishing ends is its last stop
    (
        "The delegation flew from Lima to Quito, went on to Bogota and ended the trip in Caracas.",
        ["Lima", "Quito", "Bogota", "Caracas"],
    ),
    (
        "The envoy flew from Havana to Lima, travelled on to Quito and ended the journey in Bogota.",
        ["Havana", "Lima", "Quito", "Bogota"],
    ),
    # "from A into B, then into C": the second "into", hung on the verb with its own "then", is later
    (
        "The families had crossed from Cuba into Mexico, then into the United States.",
        ["Cuba", "Mexico", "United States"],
    ),
    ("They walked from Colombia into Panama, then into Mexico.", ["Colombia", "Panama", "Mexico"]),
    # In "from A to B, then from B to C" the second "from" restates the stop the first leg reached.
    ("She cycled from Lisbon to Istanbul, then from Istanbul to Tbilisi.", ["Lisbon", "Istanbul", "Tbilisi"]),
    ("The band flew from Lima to Quito and then from Quito to Bogota.", ["Lima", "Quito", "Bogota"]),
    # In "then on to B and finally to C" the "to" joined to the later stop's "to" is the stop after it.
    ("The ship sailed first to Lisbon, then on to Madrid and finally to Paris.", ["Lisbon", "Madrid", "Paris"]),
    ("The envoy flew to Accra, then on to Lagos and finally to Nairobi.", ["Accra", "Lagos", "Nairobi"]),
    # "to A on Thursday and from there to B": the second "to" hangs on "from", on "on", on the verb.
    ("The mission will fly from Lima to Quito on Thursday and from there to Bogota.", ["Lima", "Quito", "Bogota"]),
    ("The envoy flew from Oslo to Berlin on Monday and from there to Warsaw.", ["Oslo", "Berlin", "Warsaw"]),
    # "and then on to C" with "on" tagged a preposition of no object of its own.
    ("The minister flew from Athens to Istanbul and then on to Paris.", ["Athens", "Istanbul", "Paris"]),
    ("The band flew from Lisbon to Madrid and then on to Paris.", ["Lisbon", "Madrid", "Paris"]),
    # ", then on to C" after a time phrase, "on" left an unlabelled dependent of the verb
    (
        "The team drove from Lima to Quito on Monday, then on to Bogota before returning to Lima.",
        ["Lima", "Quito", "Bogota", "Lima"],
    ),
    (
        "The envoy travelled from Oslo to Berlin on Monday, then on to Warsaw before flying back to Oslo.",
        ["Oslo", "Berlin", "Warsaw", "Oslo"],
    ),
    # refuelling somewhere is a stop on the way.
    ("Four jets left Lisbon on Monday, refuelled at Madrid and landed at Paris.", ["Lisbon", "Madrid", "Paris"]),
    ("Two bombers left Lima on Monday, refuelled at Quito and landed at Bogota.", ["Lima", "Quito", "Bogota"]),
    # finishing somewhere, joined to a traveller's step, is the trip's last stop.
    ("The band opened its tour in Lisbon, travelled on to Madrid and closed in Paris.", ["Lisbon", "Madrid", "Paris"]),
    (
        "The minister will fly from Oslo to Lima on Monday, travel on to Quito and end the week in Bogota.",
        ["Oslo", "Lima", "Quito", "Bogota"],
    ),
    ("The choir flew from Accra to Lagos and finished in Nairobi.", ["Accra", "Lagos", "Nairobi"]),
    # being due somewhere is the trip's next stop.
    ("The minister flew from Lima to Quito on Sunday and is due in Bogota on Wednesday.", ["Lima", "Quito", "Bogota"]),
    ("The envoy flew from Oslo to Berlin on Monday and is due in Warsaw on Friday.", ["Oslo", "Berlin", "Warsaw"]),
    # a port of call is a stop on the way.
    ("The freighter left Lagos on Monday, called at Accra and reached Lisbon.", ["Lagos", "Accra", "Lisbon"]),
    ("The vessel sailed from Athens to Izmir, then called at Istanbul.", ["Athens", "Izmir", "Istanbul"]),
    # a later stop inside a phrase of direction: "from A down to B, then on to C", "and from there on to
    # C", ", then on to C" joined to a verb that hangs on another, and after a verb of planning
    (
        "She cycled 9,000 kilometres in a year, from Oslo down to Lisbon, then on to Rabat.",
        ["Oslo", "Lisbon", "Rabat"],
    ),
    ("The convoy drove from Quito up to Bogota, then on to Caracas.", ["Quito", "Bogota", "Caracas"]),
    (
        "The foreign minister flew to Lima on Monday and from there on to Quito, where he met the president.",
        ["Lima", "Quito"],
    ),
    ("The envoy sailed to Accra on Friday and from there on to Lagos.", ["Accra", "Lagos"]),
    (
        "The sailors rescued off Crete on Sunday had travelled by bus from Lima to Quito, then on to the "
        "capital, Bogota, where they boarded a plane.",
        ["Lima", "Quito", "Bogota"],
    ),
    (
        "The students picked up near Lesbos on Monday had travelled by truck from Cairo to Khartoum, then on "
        "to the coastal city of Lagos.",
        ["Cairo", "Khartoum", "Lagos"],
    ),
    (
        "The minister plans to travel from Lisbon to Madrid next week and then on to Paris for talks.",
        ["Lisbon", "Madrid", "Paris"],
    ),
    ("The envoy intends to fly from Oslo to Berlin and then on to Warsaw.", ["Oslo", "Berlin", "Warsaw"]),
    # where someone is wanted is no place the story happens, even when the parse makes "wanted" the main verb
    (
        "The fugitive, wanted in Italy for fraud, left Lima for Quito and was arrested after landing in Bogota.",
        ["Lima", "Quito", "Bogota"],
    ),
    (
        "The banker, wanted in Kenya for theft, left Lagos for Accra and was detained after landing in Lome.",
        ["Lagos", "Accra", "Lome"],
    ),
    # a service that runs on to a later stop
    ("The luxury train runs from Lisbon to Madrid and then on to Paris.", ["Lisbon", "Madrid", "Paris"]),
    ("The night bus runs from Lima to Quito and then on to Bogota.", ["Lima", "Quito", "Bogota"]),
    # "taken by train to C": the "to" hung on the means is where they were taken
    (
        "Evacuated by bus from Kyiv to Warsaw, the orphans were then taken by train to Berlin and flown to London.",
        ["Kyiv", "Warsaw", "Berlin", "London"],
    ),
    (
        "Evacuated by bus from Lisbon to Madrid, the children were then taken by train to Paris and flown to London.",
        ["Lisbon", "Madrid", "Paris", "London"],
    ),
    # the means of a move ("by train to C") is no service of its own that goes back to C
    (
        "Evacuated by bus from Lisbon to Madrid, the children were then taken by train to Paris and on to Berlin.",
        ["Lisbon", "Madrid", "Paris", "Berlin"],
    ),
    (
        "Driven by bus from Lima to Quito, the migrants were then taken by train to Bogota and on to Caracas.",
        ["Lima", "Quito", "Bogota", "Caracas"],
    ),
    # "by way of" is a stop on the way.
    ("The prime minister flew from Paris to Kyiv by way of Warsaw.", ["Paris", "Warsaw", "Kyiv"]),
    ("The band travelled from Lisbon to Madrid by way of Rabat.", ["Lisbon", "Rabat", "Madrid"]),
]


@pytest.mark.parametrize("text, stops", ORDERED_STOPS, ids=[t[:50] for t, _ in ORDERED_STOPS])
def test_stops_told_in_turn_are_one_trip(text, stops):
    assert _ordered_legs(text) == list(itertools.pairwise(stops)), text


def test_travelling_on_after_arriving_leaves_from_where_the_traveller_arrived():
    """ "arrived in A and is due to travel on to B": the later step, a clause under "is due to", goes on
    from A ("on" read as a preposition with the "to" on it)."""
    for text, (a, b) in [
        (
            "The U.N. envoy arrived in Cairo from Rabat on Monday and is due to travel on to Baghdad later in the week.",
            ("Cairo", "Baghdad"),
        ),
        (
            "The minister arrived in Lima from Quito and is due to travel on to Ankara later in the week.",
            ("Lima", "Ankara"),
        ),
    ]:
        assert (a, b) in {(name_of(r.source), name_of(r.target)) for r in relations_of(text) if r.type == "route"}, text


def test_the_years_spent_somewhere_before_a_second_move_are_its_origin():
    """ "left A for B in 1958 and, after twenty years in C, moved to D": the "after" phrase the parse hangs
    on the first verb, between the "and" and the second, is the second move's."""
    for text, legs in [
        (
            "Born in Accra, she left Ghana for London in 1958 and, after twenty years in Paris, moved to Berlin.",
            {("Ghana", "London"), ("Paris", "Berlin")},
        ),
        (
            "He flew to Lima in 1990 and, after six years in Quito, returned to Madrid.",
            {("Quito", "Madrid")},
        ),
    ]:
        got = {(name_of(r.source), name_of(r.target)) for r in relations_of(text) if r.type == "route"}
        assert got == legs, text


def test_a_move_told_alone_is_not_repeated_beside_the_trip_leg_it_is():
    """ "Evacuated by bus from Lima to Quito, the orphans were then taken by train to Bogota": the move to
    Quito is the trip's first leg, not a second relation beside it."""
    for text in (
        "Evacuated by bus from Lima to Quito, the orphans were then taken by train to Bogota.",
        "Evacuated by bus from Kyiv to Warsaw, the orphans were then taken by train to Berlin.",
    ):
        rels = [r for r in relations_of(text) if r.type == "route"]
        pairs = [(r.source, r.target) for r in rels]
        assert len(pairs) == len(set(pairs)) and all(r.group is not None for r in rels), rels


@pytest.mark.parametrize(
    "text, origin, stopped, reached",
    [
        (
            "Fog prevented the plane from flying the patient from Lima to Quito, and she was taken by road to Bogota "
            "instead.",
            "Lima",
            "Quito",
            "Bogota",
        ),
        (
            "The strike stopped the envoy from flying from Accra to Lagos, and she was driven to Lome instead.",
            "Accra",
            "Lagos",
            "Lome",
        ),
    ],
)
def test_a_stop_not_reached_is_no_place_to_go_on_from(text, origin, stopped, reached):
    """A trip prevented leaves the traveller where they were: the next step starts there."""
    rels = [r for r in relations_of(text) if r.type == "route"]
    legs = {(name_of(r.source), name_of(r.target), r.negated) for r in rels}
    assert legs == {(origin, stopped, True), (origin, reached, False)}, legs
