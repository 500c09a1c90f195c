"""Records validate themselves at construction and stay picklable."""

from __future__ import annotations

import pickle

import pytest

from geo.core.errors import GeoError, RecordError
from geo.core.records import Article, Mention, ParsedArticle, Place, Relation

TEHRAN = Place("gn:112931", "Tehran", "city", "IR", 35.69439, 51.42151, 112931, 7153309, "26", "PPLC")


@pytest.mark.parametrize("lat,lon", [(91.0, 0.0), (-90.5, 0.0), (0.0, 180.5), (float("nan"), 0.0), (0.0, float("inf"))])
def test_place_rejects_bad_coordinates(lat, lon):
    with pytest.raises(RecordError, match=r"Expected a (latitude|longitude)"):
        Place("gn:1", "X", "city", "IR", lat, lon)


def test_place_rejects_unknown_type_and_bad_country_code():
    with pytest.raises(RecordError, match="place type"):
        Place("gn:1", "X", "village", "IR", 0.0, 0.0)
    with pytest.raises(RecordError, match="alpha-2"):
        Place("gn:1", "X", "city", "IRN", 0.0, 0.0)


def test_mention_offsets_must_fit_its_text():
    with pytest.raises(RecordError, match="length"):
        Mention("Tehran", 0, 5)
    with pytest.raises(RecordError, match="offsets"):
        Mention("", 5, 4)
    with pytest.raises(RecordError, match="kind"):
        Mention("Iranian", 0, 7, kind="adjective")


def test_relation_validates_type_confidence_and_order():
    ok = Relation("route", "gn:1", "gn:2", True, "Flights from A to B.", 0, 20, "trip-1", 1)
    assert ok.order == 1
    with pytest.raises(RecordError, match="relation type"):
        Relation("flight", "gn:1", "gn:2", True, "", 0, 0)
    with pytest.raises(RecordError, match="confidence"):
        Relation("tie", "gn:1", "gn:2", False, "", 0, 0, confidence=1.5)
    with pytest.raises(RecordError, match="order"):
        Relation("route", "gn:1", "gn:2", True, "", 0, 0, order=0)


def test_article_junk_must_lie_in_the_text_and_errors_share_a_root():
    with pytest.raises(RecordError, match="past the text"):
        Article("a", "t", "short", junk=((0, 99),))
    assert issubclass(RecordError, GeoError) and issubclass(RecordError, ValueError)
    article = Article("a", "t", "Tehran. TAP HERE", junk=((8, 16),))
    assert article.in_junk(8, 11) and not article.in_junk(0, 6)


def test_records_pickle_and_count_mentions():
    article = Article("a", "t", "Tehran and Tehran")
    pa = ParsedArticle(
        article, (Mention("Tehran", 0, 6, place_id=TEHRAN.id), Mention("Tehran", 11, 17, place_id=TEHRAN.id)), (TEHRAN,)
    )
    assert pickle.loads(pickle.dumps(pa)) == pa
    assert pa.mention_counts() == {TEHRAN.id: 2}
