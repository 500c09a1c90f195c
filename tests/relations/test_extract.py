"""Relation extraction as a whole: the public entry point, gating, junk, evidence, order, the golden
articles. Rules, flags and trips have their own test files (test_rules, test_flags, test_itinerary).

Mentions and places come from the toy gazetteer (tests/relations/toy.py) so these tests exercise
geo.relations alone; the parses come from the real spaCy model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from relations.toy import name_of, named, nlp, relations_of, toy_mentions, toy_place, toy_sentences

from geo.core.records import Mention
from geo.relations.extract import extract_relations, needs_parse


def test_evidence_is_the_sentence_and_rule_is_named():
    text = "Prices rose. Ghana shipped cocoa to Japan in March. Nothing else happened."
    (rel,) = relations_of(text)
    assert text[rel.start : rel.end] == rel.evidence == "Ghana shipped cocoa to Japan in March."
    assert rel.rule == "transfer.origin-destination" and 0 < rel.confidence <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in both Nairobi and Accra on Monday.",
        "Unlike Chile, Bolivia has no coastline.",
        "Lisbon and Athens are both old capitals by the sea.",
        "Tourists from many countries visit Lisbon and Athens every summer.",
        "Togo, which borders Ghana, held elections.",
        "A town near the border with Kenya flooded.",
        "The team played matches in Egypt, Kenya and Ghana.",
        "Nairobi is the capital of Kenya.",
    ],
)
def test_no_relation_without_a_stated_link(text):
    """Proximity, borders, lists of places where something happens, comparisons, containment."""
    assert relations_of(text) == ()


def test_no_relation_between_a_place_and_its_container():
    assert relations_of("The mayor of Lisbon, Portugal, signed an agreement with the unions.") == ()
    assert relations_of("Accra supports Ghana's national football team.") == ()


def test_no_self_loops():
    text = "Ghana sent cocoa to Ghana. Flights from Oslo to Oslo resumed. Kenya's ties with Kenya grew."
    assert all(r.source != r.target for r in relations_of(text))


def test_a_place_named_as_what_is_opposed_is_no_party():
    text = "Iran Is Cultivating Closer Ties with Anti-American Countries"
    mentions, places = toy_mentions(text)
    start = text.index("American")
    us = toy_place("United States")
    mentions = (*mentions, Mention("American", start, start + 8, "demonym", us.id))
    assert extract_relations(text, ((0, len(text)),), mentions, {**places, us.id: us}, nlp()) == ()


def test_nothing_from_junk_regions():
    text = "Flights from Oslo to Berlin resumed. TAP HERE: Ghana sent cocoa to Japan."
    junk_start = text.index("TAP HERE")
    rels = relations_of(text, junk=((junk_start, len(text)),))
    assert named(rels) == {("route", "Oslo", "Berlin")}


def test_parse_is_called_only_for_sentences_that_need_it():
    text = "Prices rose in Accra. The weather was fine. Flights from Oslo to Berlin resumed. Ghana flew."
    mentions, places = toy_mentions(text)
    calls = []

    def parse(sentence):
        calls.append(sentence)
        return nlp()(sentence)

    extract_relations(text, toy_sentences(text), mentions, places, parse)
    # "Ghana flew." names one place: a stop of a trip at most, and no other sentence near it tells
    # of travel (a service between two cities is no traveller's trip), so it is not parsed.
    assert calls == ["Flights from Oslo to Berlin resumed."]


def test_a_sentence_of_one_place_is_parsed_when_a_trip_may_go_on_there():
    for text, legs in (
        ("The minister flew to Accra. The talks went well. Later he flew on to Lome.", {("Accra", "Lome")}),
        (
            "Venezuelan officials flew to Havana. It rained. They then flew on to Managua.",
            {("Venezuela", "Havana"), ("Havana", "Managua")},
        ),
    ):
        mentions, places = toy_mentions(text)
        calls = []

        def parse(sentence, calls=calls):
            calls.append(sentence)
            return nlp()(sentence)

        rels = extract_relations(text, toy_sentences(text), mentions, places, parse)
        assert len(calls) == 2, calls
        assert {(name_of(r.source), name_of(r.target)) for r in rels if r.type == "route"} == legs


def test_batch_parse_is_used_once_when_given():
    text = "Flights from Oslo to Berlin resumed. Ghana shipped cocoa to Japan. Prices rose."
    mentions, places = toy_mentions(text)
    batches = []

    def parse_batch(sentences):
        batches.append(list(sentences))
        return list(nlp().pipe(sentences))

    rels = extract_relations(text, toy_sentences(text), mentions, places, None, parse_batch=parse_batch)
    assert len(batches) == 1 and len(batches[0]) == 2 and len(rels) == 2


@pytest.mark.parametrize(
    "sentence, n, wanted",
    [
        ("Ghana flew.", 1, True),  # a movement word: a trip may continue
        ("Prices rose in Accra.", 1, False),
        ("Ghana signed a pact with Kenya.", 2, True),  # a tie word needs two places
        ("Ghana signed a pact.", 1, False),
        ("Measures against Kenya hurt Ghana.", 2, True),  # "against" opens the general hostile nouns
        ("Ghana and Kenya held elections.", 2, False),
        ("Nothing here.", 0, False),
    ],
)
def test_needs_parse(sentence, n, wanted):
    assert needs_parse(sentence, n) is wanted


def test_without_a_parser_there_are_no_relations():
    text = "Flights from Oslo to Berlin resumed."
    mentions, places = toy_mentions(text)
    assert extract_relations(text, toy_sentences(text), mentions, places, None) == ()


def test_empty_and_placeless_inputs():
    assert extract_relations("", (), (), {}, nlp()) == ()
    text = "Nothing here mentions a place at all, although it talks about flights and ties."
    assert extract_relations(text, toy_sentences(text), (), {}, nlp()) == ()


def test_mentions_without_place_are_ignored():
    text = "Flights from Oslo to Atlantis resumed."
    mentions, places = toy_mentions(text)
    mentions = (*mentions, Mention("Atlantis", text.index("Atlantis"), text.index("Atlantis") + 8, "toponym", None))
    assert extract_relations(text, toy_sentences(text), mentions, places, nlp()) == ()


def test_deterministic_and_ordered():
    text = (
        "The Kenyan envoy flew from Nairobi to Accra. Ghana and Togo clashed at the border. "
        "Kenya Airways runs flights between Nairobi and Lisbon."
    )
    first, second = relations_of(text), relations_of(text)
    assert first == second and len(first) == 3
    assert [r.start for r in first] == sorted(r.start for r in first)


def test_long_and_odd_input_does_not_break():
    text = ("Ghana shipped cocoa to Japan, " * 60) + "\x00\x07 and Kenya signed a pact with Morocco."
    rels = relations_of(text)
    assert ("tie", "Kenya", "Morocco") in named(rels)


# --- golden articles --------------------------------------------------------------------------

GOLDEN = sorted(Path(__file__).parents[1].glob("golden/relations_*.json"))


def _shape(rels: list[dict]) -> set[tuple]:
    """(type, source, target, grouped?, order) with undirected pairs sorted: group names are arbitrary."""
    out = set()
    for r in rels:
        a, b = r["source"], r["target"]
        if not r["directed"]:
            a, b = sorted((a, b))
        out.add((r["type"], a, b, r["group"] is not None, r["order"]))
    return out


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_article_relations(path, geoparser):
    gold = json.loads(path.read_text(encoding="utf-8"))
    parsed = geoparser.parse_paths([Path(__file__).parents[2] / gold["article"]])[0]
    names = {p.id: p.name for p in parsed.places}
    got = [
        {
            "type": r.type,
            "source": names[r.source],
            "target": names[r.target],
            "directed": r.directed,
            "group": r.group,
            "order": r.order,
        }
        for r in parsed.relations
    ]
    assert _shape(got) == _shape(gold["relations"]), gold["explanation"]
    groups = {r["group"] for r in got if r["group"] is not None}
    assert len(groups) == len({r["group"] for r in gold["relations"] if r["group"] is not None})


@pytest.fixture(scope="module")
def geoparser():
    from geo.pipeline import Geoparser

    return Geoparser()  # make setup builds the gazetteer: without it this fails, it does not skip


def test_anti_demonym_is_not_a_party():
    text = "Iran Is Cultivating Closer Ties with Anti-American Countries in Our Hemisphere"
    mentions, places = toy_mentions(text)
    start = text.index("American")
    us = toy_place("United States")
    mentions = (*mentions, Mention("American", start, start + 8, "demonym", us.id))
    assert extract_relations(text, ((0, len(text)),), mentions, {**places, us.id: us}, nlp()) == ()


def test_an_anti_demonym_opening_the_text_is_no_party_either():
    # the "anti-" sits in the first five characters of the article
    text = "Anti-American governments in Caracas and Havana deepened ties with Iran."
    assert named(relations_of(text)) == {("tie", "Caracas", "Iran"), ("tie", "Havana", "Iran")}


def test_evidence_is_trimmed_of_blanks_and_of_junk_at_either_end():
    text = " Ghana shipped cocoa to Japan. (Photo: agency files)"
    mentions, places = toy_mentions(text)
    junk = ((text.index("(Photo"), len(text)),)
    (rel,) = extract_relations(text, ((0, len(text)),), mentions, places, nlp(), junk)
    assert rel.evidence == "Ghana shipped cocoa to Japan."
    text = "Ghana shipped cocoa to Japan. \n"
    mentions, places = toy_mentions(text)
    (rel,) = extract_relations(text, ((0, len(text)),), mentions, places, nlp())
    assert rel.evidence == "Ghana shipped cocoa to Japan."


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones hit an oil depot in Sevastopol overnight.",
        "Kyiv says its missiles struck a shipyard in Sevastopol.",
    ],
)
def test_a_contested_city_filed_under_its_old_country_can_be_its_target(text, geoparser):
    """Sevastopol is its own first-level division of Ukraine in the gazetteer and contested like
    Crimea: an attack on it is news, not a place and its container."""
    parsed = geoparser.parse_text(text)
    names = {p.id: p.name for p in parsed.places}
    assert {(r.type, names[r.target]) for r in parsed.relations} == {("conflict", "Sevastopol")}


@pytest.mark.parametrize(
    "text, target",
    [
        ("Azerbaijani artillery shelled Stepanakert on Tuesday afternoon.", "Khankendi"),
        ("Georgian troops shelled Tskhinvali in August 2008.", "Ts’khinvali"),
        ("Ukrainian drones hit an airfield near Simferopol.", "Simferopol"),
    ],
)
def test_a_contested_territorys_town_can_be_the_target_of_the_country_it_is_filed_under(text, target, geoparser):
    parsed = geoparser.parse_text(text)
    names = {p.id: p.name for p in parsed.places}
    assert {(r.type, names[r.target]) for r in parsed.relations} == {("conflict", target)}


@pytest.mark.parametrize(
    "text, home",
    [
        (
            "A fresh contingent of 150 Kenyan police officers arrived in Port-au-Prince on Sunday, bringing the "
            "U.N.-backed force to 550 officers.",
            "Kenya",
        ),
        (
            "A second contingent of 90 Bahamian police officers arrived in Port-au-Prince on Tuesday, bringing "
            "the U.N.-backed mission to 490 officers.",
            "Bahamas",
        ),
    ],
)
def test_a_finite_verb_the_parse_hung_on_a_noun_of_the_root_phrase_keeps_its_subject(text, home, geoparser):
    """The small model reads these as one noun phrase, "arrived" hung as a clause on "officers": the
    officers still arrived (their country the trip's start)."""
    parsed = geoparser.parse_text(text)
    names = {p.id: p.name for p in parsed.places}
    assert {(r.type, names[r.source], names[r.target]) for r in parsed.relations} == {("route", home, "Port-au-Prince")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leaving Lagos on Monday, the delegation flew to Accra.", {("route", "Lagos", "Accra")}),
        ("Leaving Accra on Friday, the minister flew to Lome.", {("route", "Accra", "Lomé")}),
    ],
)
def test_the_place_left_by_an_opening_participle_is_found_and_is_the_origin(text, expected, geoparser):
    """The small model reads "Leaving Lagos" as a person's name; the entity is dropped and the
    gazetteer finds the place."""
    parsed = geoparser.parse_text(text)
    names = {p.id: p.name for p in parsed.places}
    assert {(r.type, names[r.source], names[r.target]) for r in parsed.relations} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A dateline in capitals with accented letters is where the story was filed, no party to its links.
        (
            "BOGOTÁ (Reuters) - Colombian authorities extradited a banker to the United States on Tuesday.",
            {("route", "Colombia", "United States")},
        ),
        (
            "ASUNCIÓN, Paraguay (AP) - Brazilian officials flew to Lima on Monday.",
            {("route", "Brazil", "Lima")},
        ),
    ],
)
def test_a_dateline_with_accented_capitals_is_no_party(text, expected, geoparser):
    parsed = geoparser.parse_text(text)
    names = {p.id: p.name for p in parsed.places}
    assert {(r.type, names[r.source], names[r.target]) for r in parsed.relations} == expected
