"""The query record: names shared by the store, the CLI flags and the URL."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.core.errors import RecordError
from geo.core.records import Filters


def test_from_params_reads_url_and_cli_values():
    f = Filters.from_params(
        {
            "article": ["a1", "a2", "a1"],
            "since": "2024-01-01",
            "until": ["2023-01-01", "2024-06-30"],
            "source": "Reuters",
            "country": "ve",
            "place": ["gn:1"],
            "pair": "gn:1, gn:2",
            "q": "  oil ",
            "place_type": ["city"],
            "relation": ["route", "tie"],
            "min_mentions": "3",
        }
    )
    assert f.article == ("a1", "a2")  # repeated values once, in order
    assert f.since == dt.date(2024, 1, 1) and f.until == dt.date(2024, 6, 30)  # the last value wins
    assert f.source == ("Reuters",) and f.country == "VE" and f.pair == ("gn:1", "gn:2")
    assert f.q == "oil" and f.place_type == ("city",) and f.relation == ("route", "tie")
    assert f.min_mentions == 3 and f.selects_articles


def test_params_round_trip_and_defaults_are_left_out():
    f = Filters(article=("x",), since=dt.date(2024, 2, 1), pair=("gn:1", "gn:2"), relation=("route",), min_mentions=2)
    assert Filters.from_params(f.to_params()) == f
    assert Filters().to_params() == {} and not Filters().selects_articles


@pytest.mark.parametrize(
    "params,message",
    [
        ({"since": "last spring"}, "YYYY-MM-DD"),
        ({"since": "2024-05-01", "until": "2024-01-01"}, "since <= until"),
        ({"country": "Venezuela"}, "ISO alpha-2"),
        ({"pair": "gn:1"}, "two place ids"),
        ({"place_type": ["street"]}, "place types"),
        ({"relation": ["friendship"]}, "relation types"),
        ({"min_mentions": "many"}, "whole number"),
        ({"min_mentions": "0"}, "min_mentions >= 1"),
        ({"colour": "red"}, "filter names"),
    ],
)
def test_bad_values_name_what_was_expected(params, message):
    with pytest.raises(RecordError, match=message):
        Filters.from_params(params)
