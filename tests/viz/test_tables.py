"""Filters, summaries, tables, exports and highlighted text of the dashboard, without Streamlit."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from bench.synthetic import generate_corpus
from geo.core.records import Article, Mention, ParsedArticle
from geo.viz.tables import (
    MENTION_COLUMNS,
    Filters,
    apply_filters,
    article_options,
    find_clicked_place,
    geojson_text,
    highlight_html,
    mentions_csv,
    places_table,
    relations_table,
    select_articles,
    sentence_span,
    summarize_places,
    with_unique_id,
)


def names(parsed) -> set[str]:
    return {p.name for pa in parsed for p in pa.places}


def test_no_filter_keeps_everything(parsed_articles):
    shown = apply_filters(parsed_articles, Filters())
    assert names(shown) == {"Caracas", "Tehran", "Damascus", "Havana", "Venezuela", "Bolivia", "Iran"}
    assert sum(len(pa.relations) for pa in shown) == 6


def test_article_filter(parsed_articles):
    shown = apply_filters(parsed_articles, Filters(article_ids=("iran-latin-america-ties",)))
    assert [pa.article.id for pa in shown] == ["iran-latin-america-ties"]
    assert names(shown) == {"Havana", "Venezuela", "Bolivia"}
    assert select_articles(parsed_articles, []) == list(parsed_articles)


def test_relation_type_filter(parsed_articles):
    shown = apply_filters(parsed_articles, Filters(relation_types=("tie",)))
    assert [r.type for pa in shown for r in pa.relations] == ["tie"]
    assert names(shown) == names(parsed_articles)  # places stay; only lines go


def test_place_type_filter_drops_relations_to_hidden_places(parsed_articles):
    shown = apply_filters(parsed_articles, Filters(place_types=("city",)))
    assert names(shown) == {"Caracas", "Tehran", "Damascus", "Havana"}
    assert {(r.source, r.target) for pa in shown for r in pa.relations} == {
        ("gn:3646738", "gn:112931"),
        ("gn:3646738", "gn:170654"),
    }
    assert all(m.place_id in {p.id for p in pa.places} for pa in shown for m in pa.mentions)


def test_min_mentions_counts_over_shown_articles(parsed_articles):
    assert names(apply_filters(parsed_articles, Filters(min_mentions=3))) == {"Venezuela"}
    assert names(apply_filters(parsed_articles, Filters(min_mentions=2))) == {"Venezuela", "Iran", "Caracas", "Bolivia"}
    only_b = apply_filters(parsed_articles, Filters(article_ids=("iran-latin-america-ties",), min_mentions=2))
    assert names(only_b) == {"Bolivia"}


def test_search_keeps_matches_and_their_partners(parsed_articles):
    shown = apply_filters(parsed_articles, Filters(search="  caRAcas "))
    assert names(shown) == {"Caracas", "Tehran", "Damascus"}
    assert all("gn:3646738" in (r.source, r.target) for pa in shown for r in pa.relations)
    assert names(apply_filters(parsed_articles, Filters(search="nowhere"))) == set()


def test_summaries_count_and_quote_sentences(parsed_articles):
    summaries = summarize_places(parsed_articles)
    assert summaries[0].place.name == "Venezuela" and summaries[0].mentions == 3
    havana = next(s for s in summaries if s.place.name == "Havana")
    assert havana.article_ids == ("iran-latin-america-ties",)
    assert havana.sentences[0].text.startswith("The envoy flew from Havana")
    assert havana.sentences[0].article_title == "Iran's ties in Latin America"


def test_sentence_span_without_sentences_falls_back_to_a_window():
    text = "x" * 500 + "Caracas" + "y" * 500
    pa = ParsedArticle(Article("a", "A", text), (Mention("Caracas", 500, 507, "toponym", "gn:1"),))
    start, end = sentence_span(pa, 500, 507)
    assert start < 500 and end > 507 and end - start < 400


def test_tables(parsed_articles):
    places = places_table(parsed_articles)
    assert {"place", "type", "mentions", "articles", "lat", "lon", "id"} <= set(places[0])
    rels = relations_table(parsed_articles)
    assert len(rels) == 6
    legs = sorted(r["leg"] for r in rels if r["leg"] is not None)
    assert legs == [1, 2]
    transfer = next(r for r in rels if r["type"] == "transfer")
    assert (transfer["from"], transfer["to"]) == ("Iran", "Venezuela")


def test_mentions_csv_round_trips(parsed_articles):
    rows = list(csv.reader(io.StringIO(mentions_csv(parsed_articles))))
    assert tuple(rows[0]) == MENTION_COLUMNS
    total = sum(len(pa.mentions) for pa in parsed_articles)
    assert len(rows) == total + 1
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["mention"] == "Caracas" and first["place_name"] == "Caracas" and first["lat"] == "10.48801"


def test_geojson_text_is_valid_json(parsed_articles):
    fc = json.loads(geojson_text(parsed_articles))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 7 + 6


def test_highlight_escapes_text_and_marks_mentions(parsed_articles):
    pa = parsed_articles[0]
    out = highlight_html(pa, selected_place_id="gn:3625428")
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count('<mark class="geo-mention selected"') == 2  # Venezuela twice
    assert out.count("<mark") == len(pa.mentions)


@given(st.text(max_size=200))
def test_highlight_never_lets_markup_through(text):
    mentions = ()
    if len(text) >= 3:
        mentions = (Mention(text[:3], 0, 3, "toponym", "gn:1"),)
    pa = ParsedArticle(Article("a", "A", text), mentions)
    out = highlight_html(pa)
    stripped = out.replace('<mark class="geo-mention" title="gn:1">', "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped


def test_overlapping_mentions_keep_leftmost_longest():
    text = "New York City"
    pa = ParsedArticle(
        Article("a", "A", text),
        (
            Mention("New York", 0, 8, "toponym", "gn:1"),
            Mention("New York City", 0, 13, "toponym", "gn:2"),
            Mention("York", 4, 8, "toponym", "gn:3"),
        ),
    )
    assert highlight_html(pa).count("<mark") == 1 and 'title="gn:2"' in highlight_html(pa)


def test_find_clicked_place(parsed_articles):
    summaries = summarize_places(parsed_articles)
    assert find_clicked_place(summaries, "Tehran").place.name == "Tehran"
    assert find_clicked_place(summaries, "Caracas → Tehran: route") is None
    assert find_clicked_place(summaries, None) is None


def test_unique_ids_and_options(parsed_articles):
    pa = parsed_articles[0]
    renamed = with_unique_id(pa, {pa.article.id, pa.article.id + "-2"})
    assert renamed.article.id == pa.article.id + "-3" and renamed.mentions == pa.mentions
    assert with_unique_id(pa, set()) is pa
    assert article_options(parsed_articles)["iran-latin-america-ties"] == "Iran's ties in Latin America"


def test_generated_corpus_has_the_asked_size():
    corpus = generate_corpus(300, n_articles=7)
    assert len({p.id for pa in corpus for p in pa.places}) == 300
    for pa in corpus:
        assert all(pa.article.text[m.start : m.end] == m.text for m in pa.mentions)
