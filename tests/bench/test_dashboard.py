"""The dashboard benchmark's store recipe (replication with stand-in places) and its command line.
The browser measurements themselves run in ``python -m bench dashboard``, not in the tests."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from needs import missing

from bench import dashboard_store
from bench.cli import build_parser
from bench.dashboard import CHROMIUM, minimum_mentions_steps, run_dashboard_bench
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


@pytest.mark.e2e
def test_the_benchmark_measures_a_small_store_in_chromium(store_of, parsed_articles, monkeypatch):
    """The whole browser part (servers, first maps, filter changes, a burst of sessions, memory) on a
    six-article store instead of the 3,000-article one: every figure the README quotes comes out."""
    if not Path(CHROMIUM).exists():
        missing(f"chromium missing at {CHROMIUM}")
    store = store_of(parsed_articles)
    replicate(store, articles=6, places=10, out=None)
    monkeypatch.setattr(dashboard_store, "store_for", lambda *args, **kwargs: store)
    out = io.StringIO()
    report = run_dashboard_bench(articles=6, places=10, sessions=2, changes=3, out=out)
    assert report["articles"] == 6 and report["places"] > 7
    with reading(store) as con:
        steps = minimum_mentions_steps([s.mentions for s in query.place_stats(con, Filters())])
    assert 2 <= len(steps) == len(report["filter_repaint_s"])  # each step repainted the map
    assert report["filter_server_s"] and all(0 < s < 30 for s in report["filter_server_s"])
    assert all(0 < s < 60 for s in report["filter_repaint_s"])
    text = out.getvalue()
    for line in ("first map", "filter change", "burst", "server CPU per session", "memory"):
        assert line in text, (line, text)


def test_minimum_mentions_steps_each_draw_another_view():
    many = list(range(1, 40))
    assert minimum_mentions_steps(many) == (2, 3, 5, 1, 4, 8)
    few = [1, 1, 2, 3]  # 5 and 8 would both draw nothing: the same view twice
    steps = minimum_mentions_steps(few)
    drawn = [sum(m >= v for m in few) for v in (1, *steps)]
    assert len(steps) >= 2 and all(a != b for a, b in itertools.pairwise(drawn))
    assert minimum_mentions_steps([1, 1]) == (1,)
