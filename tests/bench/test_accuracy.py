"""Corpus readers, the matching rule and the metric, on hand-written fixtures (no full-corpus runs)."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bench.accuracy as bench
from bench.accuracy import (
    MAX_ERROR_KM,
    GoldArticle,
    GoldToponym,
    Prediction,
    fix_span,
    match_spans,
    parse_corpus,
    predictions_from,
    read_corpus,
    score_article,
    score_corpus,
)
from geo.core.errors import BenchError
from geo.core.geometry import haversine_km
from geo.core.records import Article, Mention, ParsedArticle, Place

FIXTURES = Path(__file__).parent / "fixtures"


def no_country(lat: float, lon: float) -> None:
    return None


# ------------------------------------------------------------------------------------------ readers


def test_lgl_reader_scores_gazetteered_rows_only():
    (a1, a2) = read_corpus(FIXTURES / "lgl_mini.xml")
    assert a1.id == "a1" and a2.id == "a2" and a2.toponyms == ()
    springfield, peoria, main_street = a1.toponyms
    assert (springfield.start, springfield.end, springfield.scored) == (0, 11, True)
    assert (springfield.lat, springfield.lon, springfield.geonameid) == (39.80172, -89.64371, 4250542)
    assert springfield.gold_type == "PPLA" and peoria.gold_type == "ADM2"
    assert not main_street.scored and main_street.lat is None and main_street.gold_type == bench.NO_GAZTAG
    for t in a1.toponyms:
        assert a1.text[t.start : t.end] == t.phrase


def test_tr_reader_repairs_shifted_start_and_wrong_end():
    (article,) = read_corpus(FIXTURES / "tr_mini.xml")
    paris, kenyan, nairobi = article.toponyms
    assert (paris.start, paris.end) == (15, 20)  # annotated at 17
    assert (kenyan.start, kenyan.end) == (36, 42)  # annotated end 41
    assert (nairobi.start, nairobi.end) == (67, 74)
    for t in article.toponyms:
        assert article.text[t.start : t.end] == t.phrase and t.scored


def test_gwn_reader_types_non_toponym_and_unscored_rows():
    (article,) = read_corpus(FIXTURES / "mini_webnews_format.xml")
    by_phrase = {t.phrase: t for t in article.toponyms}
    assert by_phrase["Russian"].scored and by_phrase["Russian"].gold_type == "Non_Literal_Modifier"
    assert by_phrase["Aleppo"].scored and by_phrase["Aleppo"].geonameid == 170063
    paris = by_phrase["Paris"]
    assert paris.non_toponym and not paris.scored and paris.lat is None
    for unscored in ("the Gulf of Mexico coast", "French"):
        assert not by_phrase[unscored].scored and not by_phrase[unscored].non_toponym
    assert sum(t.scored for t in article.toponyms) == 3
    assert all(article.text[t.start : t.end] == t.phrase for t in article.toponyms)


def test_fix_span_prefers_nearest_occurrence_and_rejects_far_ones():
    text = "Rome, then Milan, then Rome again."
    assert fix_span(text, 25, 29, "Rome") == (23, 27)
    assert fix_span(text, 2, 6, "Rome") == (0, 4)
    with pytest.raises(BenchError, match="Turin"):
        fix_span(text, 0, 5, "Turin")
    with pytest.raises(BenchError):
        fix_span("x" * 100 + "Rome", 0, 4, "Rome", max_shift=20)


@pytest.mark.parametrize(
    "xml",
    [
        "<articles><article>",
        "<docs/>",
        "<articles><article docid='1'><text>Hi</text><toponyms><toponym><start>0</start></toponym></toponyms>"
        "</article></articles>",
        "<articles><article docid='1'><text>Hi</text><toponyms><toponym><phrase>Hi</phrase><start>x</start>"
        "<end>2</end></toponym></toponyms></article></articles>",
        "<articles><article docid='1'></article></articles>",
    ],
    ids=["malformed", "wrong-root", "unknown-toponym", "bad-offset", "no-text"],
)
def test_parse_corpus_rejects_bad_input(xml):
    with pytest.raises(BenchError):
        parse_corpus(xml)


def test_read_corpus_missing_file():
    with pytest.raises(BenchError, match="readable"):
        read_corpus(FIXTURES / "no-such-file.xml")


# ------------------------------------------------------------------------------------------ metric


def test_haversine():
    assert haversine_km(10.0, 20.0, 10.0, 20.0) == 0.0
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.01)
    # Paris - London, about 344 km
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(MAX_ERROR_KM)
    assert haversine_km(0.0, 179.5, 0.0, -179.5) == pytest.approx(111.195, abs=0.01)


def test_match_spans_largest_overlap_first_one_to_one():
    # gold 0 overlaps pred 0 by 3 and pred 1 by 8; gold 1 overlaps pred 1 by 2 only.
    gold = [(0, 10), (12, 20)]
    predicted = [(7, 11), (2, 14)]
    assert match_spans(gold, predicted) == ((0, 1),)
    # once pred 1 is taken by gold 0, gold 1 cannot reuse it; a third prediction gets it
    assert match_spans(gold, [*predicted, (15, 16)]) == ((0, 1), (1, 2))


def test_match_spans_ties_go_to_earlier_gold_and_no_touching():
    assert match_spans([(0, 4), (4, 8)], [(2, 6)]) == ((0, 0),)
    assert match_spans([(0, 4)], [(4, 8)]) == ()


def _article() -> GoldArticle:
    # "Russian troops left Aleppo. Paris Hilton visited the Gulf of Mexico coast. French is spoken in Quebec."
    return parse_corpus((FIXTURES / "mini_webnews_format.xml").read_bytes())[0]


def test_unscored_rows_count_neither_way_and_non_toponym_is_false_positive():
    article = _article()
    preds = [
        Prediction(20, 26, "Aleppo", 36.2, 37.16, "city", "SY"),  # match, within 161 km
        Prediction(28, 33, "Paris", 48.85, 2.35, "city", "FR"),  # Non_Toponym: false positive
        Prediction(53, 67, "Gulf of Mexico", 25.0, -90.0, "water", None),  # inside an expression: ignored
        Prediction(75, 81, "French"),  # Language row: ignored
        Prediction(8, 14, "troops"),  # overlaps nothing: false positive
    ]
    result = score_article(article, preds, no_country)
    assert [m.gold.phrase for m in result.matched] == ["Aleppo"]
    assert [p.text for p in result.false_positives] == ["Paris", "troops"]
    assert [p.text for p in result.ignored] == ["Gulf of Mexico", "French"]
    assert [t.phrase for t in result.missed] == ["Russian", "Quebec"]
    scores = score_corpus([article], [preds], country_of=no_country)
    assert (scores.predicted, scores.matched, scores.gold, scores.ignored) == (3, 1, 3, 2)
    assert scores.precision == pytest.approx(1 / 3) and scores.recall == pytest.approx(1 / 3)
    types = {t.gold_type: t for t in scores.by_type}
    assert types["Non_Toponym"].hit == 1 and not types["Non_Toponym"].scored
    assert types["Literal"].rows == 2 and types["Literal"].hit == 1 and types["Literal"].correct == 1
    assert dict(scores.top_false_positives) == {"Paris": 1, "troops": 1}


def test_unmatched_prediction_touching_a_scored_row_is_a_false_positive():
    article = GoldArticle(
        "x",
        "New York City Hall",
        (
            GoldToponym(0, 13, "New York City", 40.71, -74.0, True, "Literal"),
            GoldToponym(0, 18, "New York City Hall", None, None, False, "Literal_Expression"),
        ),
    )
    preds = [Prediction(0, 8, "New York", 40.71, -74.0, "city", "US"), Prediction(9, 13, "City")]
    result = score_article(article, preds, no_country)
    assert len(result.matched) == 1 and [p.text for p in result.false_positives] == ["City"]


def test_f1_161c_country_rule():
    text = "Troops in France and in Kenya."
    article = GoldArticle(
        "c",
        text,
        (
            GoldToponym(10, 16, "France", 46.0, 2.0, True, "Literal"),
            GoldToponym(24, 29, "Kenya", 1.0, 38.0, True, "Literal"),
        ),
    )
    # Both predicted points are >161 km from gold; France is resolved to a country containing the gold
    # point, Kenya to a city (the country rule applies to countries only).
    preds = [
        Prediction(10, 16, "France", 48.85, 2.35, "country", "FR"),
        Prediction(24, 29, "Kenya", -1.28, 36.82, "city", "KE"),
    ]
    country_of = {(46.0, 2.0): "FR", (1.0, 38.0): "KE"}.get

    scores = score_corpus([article], [preds], country_of=lambda lat, lon: country_of((lat, lon)))
    assert scores.a161 == 0.0 and scores.correct == 1
    assert scores.precision_161c == pytest.approx(0.5) and scores.recall_161c == pytest.approx(0.5)
    assert scores.f1_161c == pytest.approx(0.5)
    assert dict(scores.top_wrong_resolutions) == {"Kenya": 1}

    wrong_country = [Prediction(10, 16, "France", 48.85, 2.35, "country", "BE"), preds[1]]
    assert score_corpus([article], [wrong_country], country_of=lambda lat, lon: country_of((lat, lon))).correct == 0


def test_unresolved_match_counts_for_recognition_never_for_resolution():
    article = GoldArticle("u", "Go to Lima.", (GoldToponym(6, 10, "Lima", -12.04, -77.03, True, "PPLC"),))
    scores = score_corpus([article], [[Prediction(6, 10, "Lima")]], country_of=no_country)
    assert scores.f1 == 1.0 and scores.unresolved == 1
    assert scores.a161 == 0.0 and scores.f1_161c == 0.0
    assert scores.median_km == pytest.approx(MAX_ERROR_KM)


def test_score_corpus_resolution_numbers_and_alignment():
    article = GoldArticle(
        "r",
        "Lima and Quito.",
        (
            GoldToponym(0, 4, "Lima", -12.0, -77.0, True, "PPLC"),
            GoldToponym(9, 14, "Quito", -0.2, -78.5, True, "PPLC"),
        ),
    )
    preds = [
        Prediction(0, 4, "Lima", -12.0, -77.0, "city", "PE"),
        Prediction(9, 14, "Quito", -0.2, -76.5, "city", "EC"),
    ]
    scores = score_corpus([article], {"r": preds}, country_of=no_country)
    far = haversine_km(-0.2, -78.5, -0.2, -76.5)
    assert scores.a161 == 0.5
    assert scores.median_km == pytest.approx(far / 2) and scores.mean_km == pytest.approx(far / 2)
    empty = score_corpus([article], {}, country_of=no_country)
    assert (empty.predicted, empty.f1, empty.a161, empty.median_km) == (0, 0.0, None, None)
    with pytest.raises(BenchError):
        score_corpus([article], [], country_of=no_country)
    d = scores.as_dict()
    assert d["f1_161c"] == scores.f1_161c and d["by_type"]["PPLC"]["rows"] == 2


def test_predictions_from_parsed_article():
    text = "From Lima to Peru and Atlantis."
    lima = Place("gn:3936456", "Lima", "city", "PE", -12.04, -77.03)
    peru = Place("gn:3932488", "Peru", "country", "PE", -10.0, -76.0)
    parsed = ParsedArticle(
        article=Article("p", "", text),
        mentions=(
            Mention("Peru", 13, 17, place_id=peru.id),
            Mention("Lima", 5, 9, place_id=lima.id),
            Mention("Atlantis", 22, 30),
            Mention("Lima", 5, 9, kind="demonym", place_id="gn:missing"),
        ),
        places=(lima, peru),
    )
    preds = predictions_from(parsed)
    assert [p.text for p in preds] == ["Lima", "Lima", "Peru", "Atlantis"]
    assert preds[0] == Prediction(5, 9, "Lima", -12.04, -77.03, "city", "PE")
    assert preds[1].lat is None  # unknown place id: predicted but unresolved
    assert preds[2].place_type == "country" and preds[3] == Prediction(22, 30, "Atlantis")


def test_prediction_and_gold_validate():
    with pytest.raises(BenchError):
        Prediction(5, 2, "x")
    with pytest.raises(BenchError):
        Prediction(0, 1, "x", lat=91.0, lon=0.0)
    with pytest.raises(BenchError):
        GoldToponym(0, 1, "x", None, None, True, "Literal")
    with pytest.raises(BenchError):
        GoldArticle("g", "ab", (GoldToponym(0, 5, "abcde", None, None, False, "x"),))
    assert not math.isnan(haversine_km(89.9, 0, -89.9, 180))


# ------------------------------------------------------------------------------------------ commands


class FakeParser:
    """Finds fixed names in the text and resolves them from a small table, like the real Geoparser's API."""

    places: ClassVar[dict] = {
        "Paris": Place("gn:2988507", "Paris", "city", "FR", 48.85341, 2.3488),
        "Nairobi": Place("gn:184745", "Nairobi", "city", "KE", -1.28333, 36.81667),
        "Kenyan": Place("gn:192950", "Kenya", "country", "KE", 0.5, 37.5),
        "Monday": None,
    }

    def parse_texts(self, items):
        out = []
        for art_id, text in items:
            mentions, places = [], []
            for name, place in self.places.items():
                i = text.find(name)
                if i >= 0:
                    mentions.append(Mention(name, i, i + len(name), place_id=place.id if place else None))
                    if place:
                        places.append(place)
            out.append(ParsedArticle(Article(art_id, "", text), tuple(mentions), tuple(places)))
        return out


def test_run_accuracy_with_fake_parser():
    out = io.StringIO()
    report = bench.run_accuracy([FIXTURES / "tr_mini.xml"], out=out, parser=FakeParser())
    tr = report["corpora"]["tr_mini"]
    assert tr["gold"] == 3 and tr["predicted"] == 4 and tr["matched"] == 3
    # Kenya's point (0.5, 37.5) is ~80 km from the gold (1, 38): within 161 km either way.
    assert tr["correct"] == 3 and tr["precision_161c"] == pytest.approx(0.75) and tr["recall_161c"] == 1.0
    text = out.getvalue()
    assert "F1@161c 0.857" in text and "'Monday' 1" in text


@given(
    prefix=st.text(max_size=30),
    phrase=st.text(min_size=1, max_size=10),
    suffix=st.text(max_size=30),
    shift=st.integers(min_value=-bench.MAX_SHIFT, max_value=bench.MAX_SHIFT),
)
def test_fix_span_always_returns_the_phrase(prefix, phrase, suffix, shift):
    text = prefix + phrase + suffix
    start = max(0, len(prefix) + shift)
    fixed_start, fixed_end = fix_span(text, start, start + len(phrase), phrase)
    assert text[fixed_start:fixed_end] == phrase
    assert abs(fixed_start - start) <= abs(len(prefix) - start)


spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(gold=spans, predicted=spans)
def test_match_spans_is_one_to_one_and_overlapping(gold, predicted):
    pairs = match_spans(gold, predicted)
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    for g, p in pairs:
        assert min(gold[g][1], predicted[p][1]) > max(gold[g][0], predicted[p][0])


def test_recase_keeps_every_offset_and_the_gold():
    assert bench.recase("Straße in İstanbul", "upper") == "STRAßE IN İSTANBUL"
    assert bench.recase("Caracas, VENEZUELA", "lower") == "caracas, venezuela"
    with pytest.raises(BenchError, match="letter case"):
        bench.recase("x", "title")
    gold = bench.read_corpus(FIXTURES / "tr_mini.xml")
    for case in ("upper", "lower"):
        for a, b in zip(gold, bench.recase_corpus(gold, case), strict=True):
            assert len(a.text) == len(b.text) and len(a.toponyms) == len(b.toponyms)
            for t in b.toponyms:
                assert b.text[t.start : t.end] == t.phrase


def test_run_accuracy_in_capitals_names_the_case():
    out = io.StringIO()
    report = bench.run_accuracy([FIXTURES / "tr_mini.xml"], out=out, parser=FakeParser(), case="upper")
    assert list(report["corpora"]) == ["tr_mini (upper case)"]
    assert "(upper case)" in out.getvalue()
