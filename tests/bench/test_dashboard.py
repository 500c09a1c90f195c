"""The dashboard benchmark's store recipe (replication with stand-in places) and its command line.
The browser measurements themselves run in ``python -m bench dashboard``, not in the tests."""

from __future__ import annotations

from bench.cli import build_parser
from bench.dashboard_store import replicate
from geo.core.records import Filters
from geo.store import query
from geo.store.connect import reading

CARACAS = "gn:3646738"


def test_replication_copies_articles_with_stand_in_places_dates_and_sources(store_of, parsed_articles):
    store = store_of(parsed_articles)
    replicate(store, articles=6, places=10, out=None)
    with reading(store) as con:
        assert query.stats(con)["articles"] == 6
        rows = {r.id: r for r in query.articles(con, Filters())}
        assert set(rows) == {a.article.id + s for a in parsed_articles for s in ("", "~1", "~2")}
        assert all(r.source for r in rows.values()) and len({r.story for r in rows.values()}) == 6
        copy = query.article_text(con, "venezuela-iran-alliance~1")
        moved = {m.place for m in copy.mentions if m.text == "Caracas"}
        places = query.places_by_id(con, list(moved))
        assert CARACAS not in moved and {p.country_code for p in places.values()} == {"VE"}
        assert {p.type for p in places.values()} == {"city"}
        venezuela = {m.place for m in copy.mentions if m.text == "Venezuela"}
        assert venezuela == {"gn:3625428"}, "countries stay"
        route = next(r for r in copy.relations if r.type == "route")
        assert route.source in moved, "a relation follows its place's stand-in"
        assert len(query.place_stats(con, Filters())) > 7


def test_the_command_line_takes_the_sizes():
    args = build_parser().parse_args(
        ["dashboard", "--articles", "100", "--places", "300", "--sessions", "3", "--changes", "5"]
    )
    assert (args.articles, args.places, args.sessions, args.changes) == (100, 300, 3, 5)
