"""The query layer on a real DuckDB file: each filter, the undated note, aggregation by story."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from geo.core.records import Filters
from geo.store import query
from geo.store.connect import reading

META = {"venezuela-iran-alliance": {"date": dt.date(2024, 3, 5), "source": "Example News"},
        "iran-latin-america-ties": {"source": "Other Wire"}}


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
        "Example News", dt.date(2024, 3, 5), 8, 4, 1)


@pytest.mark.parametrize("params, expected", [
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
], ids=lambda v: str(v))
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
        r for r in run(store, query.relations, Filters(relation=("route",)))
        if r.source in {"gn:3625428", "gn:3923057"} and r.target in {"gn:3625428", "gn:3923057"}]


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
        2, 2, "2024-03-05", "2024-03-05")


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
