"""Shared fixtures: hand-built parsed articles, so map, dashboard and geometry are tested without the parser."""

from __future__ import annotations

import json

import pytest

from geo.core.records import Article, Mention, ParsedArticle, Place, Relation

PLACES = {
    "caracas": Place("gn:3646738", "Caracas", "city", "VE", 10.48801, -66.87919, 3646738, 3000000),
    "tehran": Place("gn:112931", "Tehran", "city", "IR", 35.69439, 51.42151, 112931, 7153309),
    "damascus": Place("gn:170654", "Damascus", "city", "SY", 33.5102, 36.29128, 170654, 1569394),
    "havana": Place("gn:3553478", "Havana", "city", "CU", 23.13302, -82.38304, 3553478, 2163824),
    "venezuela": Place("gn:3625428", "Venezuela", "country", "VE", 8.0, -66.0, 3625428, 28470000),
    "bolivia": Place("gn:3923057", "Bolivia", "country", "BO", -17.0, -65.0, 3923057, 11000000),
    "iran": Place("gn:130758", "Iran", "country", "IR", 32.0, 53.0, 130758, 77000000),
}


def build_parsed(
    article_id: str, title: str, sentences: list[str], names: dict[str, str], relations: list[dict]
) -> ParsedArticle:
    """Build a ParsedArticle from sentences, finding every occurrence of each name in ``names``
    (surface text -> key of PLACES); relations give source/target keys and an evidence sentence index."""
    text = " ".join(sentences)
    spans = []
    pos = 0
    for s in sentences:
        start = text.index(s, pos)
        spans.append((start, start + len(s)))
        pos = start + len(s)
    mentions = []
    for surface, key in names.items():
        i = text.find(surface)
        while i != -1:
            mentions.append(Mention(surface, i, i + len(surface), "toponym", PLACES[key].id, 0.9))
            i = text.find(surface, i + len(surface))
    mentions.sort(key=lambda m: m.start)
    used = {m.place_id for m in mentions}
    places = tuple(p for p in PLACES.values() if p.id in used)
    rels = []
    for r in relations:
        s_start, s_end = spans[r.pop("sentence")]
        rels.append(
            Relation(
                source=PLACES[r.pop("source")].id,
                target=PLACES[r.pop("target")].id,
                evidence=text[s_start:s_end],
                start=s_start,
                end=s_end,
                **r,
            )
        )
    return ParsedArticle(Article(article_id, title, text), tuple(mentions), places, tuple(rels), tuple(spans))


@pytest.fixture
def parsed_articles() -> list[ParsedArticle]:
    """Two articles: routes Caracas->Tehran and Caracas->Damascus, a transfer Iran->Venezuela, a tie,
    and an itinerary Havana->Venezuela->Bolivia (order 1, 2). The first title and text carry HTML."""
    a = build_parsed(
        "venezuela-iran-alliance",
        "Venezuela & Iran <b>alliance</b>",
        [
            "Flights ran from Caracas to Tehran every week.",
            "A second route linked Caracas to Damascus.",
            "Iran shipped drones to Venezuela <script>alert(1)</script>.",
            "Venezuela and Iran signed a pact.",
        ],
        {"Caracas": "caracas", "Tehran": "tehran", "Damascus": "damascus", "Iran": "iran", "Venezuela": "venezuela"},
        [
            {"type": "route", "source": "caracas", "target": "tehran", "directed": True, "sentence": 0},
            {"type": "route", "source": "caracas", "target": "damascus", "directed": True, "sentence": 1},
            {"type": "transfer", "source": "iran", "target": "venezuela", "directed": True, "sentence": 2},
            {"type": "tie", "source": "venezuela", "target": "iran", "directed": False, "sentence": 3},
        ],
    )
    b = build_parsed(
        "iran-latin-america-ties",
        "Iran's ties in Latin America",
        [
            "The envoy flew from Havana to Venezuela and then on to Bolivia.",
            "Bolivia later hosted talks.",
        ],
        {"Havana": "havana", "Venezuela": "venezuela", "Bolivia": "bolivia"},
        [
            {
                "type": "route",
                "source": "havana",
                "target": "venezuela",
                "directed": True,
                "sentence": 0,
                "group": "it1",
                "order": 1,
            },
            {
                "type": "route",
                "source": "venezuela",
                "target": "bolivia",
                "directed": True,
                "sentence": 0,
                "group": "it1",
                "order": 2,
            },
        ],
    )
    return [a, b]


@pytest.fixture
def basemap_path(tmp_path):
    """A tiny stand-in for data/basemap/countries.geojson: two boxes with iso_a2 and name."""

    def box(west, south, east, north):
        return [[[west, south], [east, south], [east, north], [west, north], [west, south]]]

    data = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"iso_a2": "VE", "name": "Venezuela"},
                "geometry": {"type": "Polygon", "coordinates": box(-73, 1, -60, 12)},
            },
            {
                "type": "Feature",
                "properties": {"iso_a2": "IR", "name": "Iran"},
                "geometry": {"type": "Polygon", "coordinates": box(44, 25, 63, 40)},
            },
        ],
    }
    path = tmp_path / "countries.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def store_of(tmp_path):
    """Build a real DuckDB store in a temporary folder from parsed articles, without the parser:
    ``store_of(parsed, meta={"id": {"date": ..., "source": ...}})`` returns its path."""
    import msgspec

    from geo.read.sources import Item, content_hash
    from geo.store.connect import writing
    from geo.store.rows import rows_for_items
    from geo.store.write import write_batch

    def make(parsed: list[ParsedArticle], meta: dict | None = None, name: str = "corpus.duckdb"):
        path = tmp_path / name
        meta = meta or {}
        items = [
            Item(
                msgspec.structs.replace(pa.article, **meta.get(pa.article.id, {})),
                f"/in/{pa.article.id}.txt",
                content_hash(pa.article.text),
            )
            for pa in parsed
        ]
        by_id = {pa.article.id: pa for pa in parsed}

        def parse(articles):
            return [msgspec.structs.replace(by_id[a.id], article=a) for a in articles]

        part = rows_for_items(items, parse, "test-fingerprint")
        with writing(path) as con:
            write_batch(con, part.table)
        return path

    return make
