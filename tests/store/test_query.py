"""The query layer on a real DuckDB file: each filter, the undated note, aggregation by story."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from geo.core.records import Filters
from geo.store import query
from geo.store.connect import reading

META = {
    "venezuela-iran-alliance": {"date": dt.date(2024, 3, 5), "source": "Example News"},
    "iran-latin-america-ties": {"source": "Other Wire"},
}


@pytest.fixture
def store(store_of, parsed_articles):
    return store_of(parsed_articles, META)


def ids(rows):
    return [r.id for r in rows]


def run(store, fn, *args):
    with reading(store) as con:
        return fn(con, *args)


def test_every_article_without_filters_newest_first(store):
    rows = run(store, query.articles, Filters())
    assert ids(rows) == ["venezuela-iran-alliance", "iran-latin-america-ties"]
    first = rows[0]
    assert (first.source, first.date, first.mentions, first.relations, first.origins) == (
        "Example News",
        dt.date(2024, 3, 5),
        8,
        4,
        1,
    )


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"article": ["iran-latin-america-ties"]}, ["iran-latin-america-ties"]),
        ({"since": "2024-01-01"}, ["venezuela-iran-alliance"]),
        ({"until": "2024-03-04"}, []),
        ({"source": ["Other Wire", "Nobody"]}, ["iran-latin-america-ties"]),
        ({"country": "BO"}, ["iran-latin-america-ties"]),
        ({"country": "VE"}, ["venezuela-iran-alliance", "iran-latin-america-ties"]),
        ({"place": ["gn:170654"]}, ["venezuela-iran-alliance"]),
        ({"place": ["gn:170654", "gn:3923057"]}, ["venezuela-iran-alliance", "iran-latin-america-ties"]),
        ({"pair": "gn:3625428,gn:3553478"}, ["iran-latin-america-ties"]),
        ({"pair": "gn:3553478,gn:3625428"}, ["iran-latin-america-ties"]),
        ({"q": "DRONES venezuela"}, ["venezuela-iran-alliance"]),
        ({"q": "drones bolivia"}, []),
        ({"q": "'; DROP TABLE articles; --"}, []),
        ({"source": ["Example News"], "country": "BO"}, []),
    ],
    ids=lambda v: str(v),
)
def test_filters_select_articles(store, params, expected):
    assert ids(run(store, query.articles, Filters.from_params(params))) == expected


def test_undated_articles_fall_outside_a_range_and_are_counted(store):
    f = Filters.from_params({"since": "2000-01-01"})
    assert ids(run(store, query.articles, f)) == ["venezuela-iran-alliance"]
    assert run(store, query.undated_outside, f) == 1
    assert run(store, query.undated_outside, Filters()) == 0


def test_places_count_mentions_articles_and_stories_and_narrow(store):
    places = {p.id: p for p in run(store, query.places, Filters())}
    venezuela = places["gn:3625428"]
    assert (venezuela.mentions, venezuela.articles, venezuela.stories) == (3, 2, 2)
    only_countries = run(store, query.places, Filters(place_type=("country",)))
    assert {p.type for p in only_countries} == {"country"}
    assert all(p.mentions >= 3 for p in run(store, query.places, Filters(min_mentions=3)))


def test_relations_aggregate_by_type_source_target_direction(store):
    rels = run(store, query.relations, Filters())
    assert len(rels) == 6
    route = next(r for r in rels if (r.source, r.target) == ("gn:3646738", "gn:112931"))
    assert (route.type, route.directed, route.relations, route.articles, route.stories) == ("route", True, 1, 1, 1)
    assert route.article_ids == ("venezuela-iran-alliance",)
    assert route.evidence == "Flights ran from Caracas to Tehran every week."
    only_ties = run(store, query.relations, Filters(relation=("tie",)))
    assert [r.type for r in only_ties] == ["tie"]
    # a relation is drawn only when both its places are
    assert run(store, query.relations, Filters(place_type=("country",), relation=("route",))) == [
        r
        for r in run(store, query.relations, Filters(relation=("route",)))
        if r.source in {"gn:3625428", "gn:3923057"} and r.target in {"gn:3625428", "gn:3923057"}
    ]


def test_mentions_timeline_sources_and_suggestions(store):
    mentions = run(store, query.mentions, Filters(article=("iran-latin-america-ties",)))
    assert [m.text for m in mentions] == ["Havana", "Venezuela", "Bolivia", "Bolivia"]
    assert run(store, query.timeline, Filters()) == [query.DayRow(dt.date(2024, 3, 5), 1, 1)]
    assert run(store, query.timeline, Filters(), "week") == [query.DayRow(dt.date(2024, 3, 4), 1, 1)]
    assert run(store, query.sources) == [query.SourceRow("Example News", 1), query.SourceRow("Other Wire", 1)]
    assert [p.name for p in run(store, query.suggest_places, "  ve")] == ["Venezuela"]
    assert run(store, query.suggest_places, "%") == []


def test_stats_has_the_promised_keys(store):
    stats = run(store, query.stats)
    assert {"articles", "mentions", "places", "relations", "sources", "first_date", "last_date"} <= set(stats)
    assert (stats["articles"], stats["sources"], stats["first_date"], stats["last_date"]) == (
        2,
        2,
        "2024-03-05",
        "2024-03-05",
    )


def test_near_duplicate_copies_count_as_one_story(store_of, parsed_articles):
    a, b = parsed_articles
    text = a.article.text.replace("every week", "each week")
    copy = msgspec.structs.replace(a, article=msgspec.structs.replace(a.article, id="copy", text=text))
    store = store_of([a, b, copy])
    rows = {r.id: r for r in run(store, query.articles, Filters())}
    assert rows["copy"].story == rows["venezuela-iran-alliance"].story == "venezuela-iran-alliance"
    assert rows["iran-latin-america-ties"].story == "iran-latin-america-ties"
    caracas = next(p for p in run(store, query.places, Filters()) if p.name == "Caracas")
    assert (caracas.articles, caracas.stories) == (2, 1)
    assert run(store, query.stats)["stories"] == 2


# ------------------------------------------------------------------------------ the map of a view

from geo.core.views import link_stats as memory_links  # noqa: E402
from geo.core.views import place_stats as memory_places  # noqa: E402


def test_the_store_and_the_in_memory_view_agree_on_the_same_corpus(store_of, parsed_articles):
    a, b = parsed_articles
    copy = msgspec.structs.replace(
        a, article=msgspec.structs.replace(a.article, id="copy", text=a.article.text.replace("every week", "each week"))
    )
    corpus = [a, b, copy]
    store = store_of(corpus)
    stories = {r.id: r.story for r in run(store, query.articles, Filters())}
    assert stories["copy"] == a.article.id  # the copy is one story with the original
    expected_places = memory_places(corpus, stories)
    got_places = run(store, query.place_stats, Filters())
    assert [(s.place, s.mentions, s.articles, s.stories) for s in got_places] == [
        (s.place, s.mentions, s.articles, s.stories) for s in expected_places
    ]
    expected = {link.key: link for link in memory_links(corpus, stories)}
    got = {link.key: link for link in run(store, query.link_stats, Filters(), True, 5)}
    assert got.keys() == expected.keys()
    for key, link in got.items():
        want = expected[key]
        assert (link.stories, link.articles, link.group, link.order) == (
            want.stories,
            want.articles,
            want.group,
            want.order,
        ), key
        assert {(e.article, e.sentence) for e in link.evidence} == {(e.article, e.sentence) for e in want.evidence}


def test_links_are_split_by_certainty_and_negated_ones_come_only_when_asked(store_of, parsed_articles):
    a, b = parsed_articles
    rels = list(a.relations)
    rels.append(msgspec.structs.replace(rels[0], hedged=True))
    rels.append(msgspec.structs.replace(rels[0], negated=True))
    store = store_of([msgspec.structs.replace(a, relations=tuple(rels)), b])
    caracas_tehran = [
        link
        for link in run(store, query.link_stats, Filters(), True)
        if (link.type, link.source, link.target) == ("route", "gn:3646738", "gn:112931")
    ]
    assert sorted((link.hedged, link.negated) for link in caracas_tehran) == [
        (False, False),
        (False, True),
        (True, False),
    ]
    shown = run(store, query.link_stats, Filters())
    assert not any(link.negated for link in shown)
    assert run(store, query.link_count, Filters()) == len(shown)
    assert run(store, query.link_count, Filters(), True) == len(shown) + 1


def test_link_evidence_carries_title_date_and_source_newest_first(store_of, parsed_articles):
    a, _b = parsed_articles
    second = msgspec.structs.replace(
        a,
        article=msgspec.structs.replace(
            a.article, id="later", text=a.article.text + " Officials confirmed more flights."
        ),
    )
    store = store_of(
        [a, second],
        {
            a.article.id: {"date": dt.date(2024, 1, 1), "source": "First"},
            "later": {"date": dt.date(2024, 5, 1), "source": "Second"},
        },
    )
    route = next(
        link
        for link in run(store, query.link_stats, Filters())
        if (link.source, link.target) == ("gn:3646738", "gn:112931")
    )
    assert [(e.article, e.date, e.source) for e in route.evidence] == [
        ("later", dt.date(2024, 5, 1), "Second"),
        (a.article.id, dt.date(2024, 1, 1), "First"),
    ]
    assert route.evidence[0].title == a.article.title
    strongest = run(store, query.link_stats, Filters(), False, 1, 2)
    assert len(strongest) == 2 and all(len(link.evidence) == 1 for link in strongest)


def test_place_articles_list_the_sentence_naming_the_place(store):
    rows, total = run(store, query.place_articles, Filters(), "gn:3923057")
    assert total == 1 and rows[0].id == "iran-latin-america-ties" and rows[0].mentions == 2
    assert rows[0].sentence == "The envoy flew from Havana to Venezuela and then on to Bolivia."
    rows, total = run(store, query.place_articles, Filters(source=("Example News",)), "gn:3923057")
    assert (rows, total) == ([], 0)


def test_lookups_for_the_dashboard(store):
    assert run(store, query.place_types) == ["country", "city"]
    assert dict(run(store, query.countries))["VE"] == 2
    assert set(run(store, query.places_by_id, ["gn:3625428", "nope"])) == {"gn:3625428"}
    assert run(store, query.article_ids, ["iran-latin-america-ties", "nope"]) == {
        "iran-latin-america-ties": "Iran's ties in Latin America"
    }
    assert run(store, query.find_articles, "LATIN") == [("iran-latin-america-ties", "Iran's ties in Latin America")]
    art = run(store, query.article_text, "venezuela-iran-alliance")
    assert art.text.startswith("Flights ran") and len(art.mentions) == 8 and len(art.relations) == 4
    assert art.mentions[0].place_name == "Caracas" and art.mentions[0].correction is None
    assert run(store, query.article_text, "nope") is None
    assert run(store, query.stale_articles, "test-fingerprint") == 0
    assert run(store, query.stale_articles, "newer") == 2


def test_links_of_no_drawn_places_are_none(store):
    assert run(store, query.link_stats, Filters(), False, 2, None, []) == []
    assert run(store, query.link_count, Filters(), False, ["gn:nowhere"]) == 0
