"""Whole-article golden tests on the bundled samples, and pipeline properties on adversarial input."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import real_geoparser

from geo.read.articles import read_article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))
GOLDEN = [g for g in GOLDEN if not g.name.startswith("relations_")]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed():
    gp = real_geoparser(relations=False)
    cache = {}

    def get(rel_path: str):
        if rel_path not in cache:
            cache[rel_path] = gp.parse_articles([read_article(ROOT / rel_path)])[0]
        return cache[rel_path]

    return get


EXPECTED = [(g, p) for g in GOLDEN for p in load(g)["expected_places"]]


@pytest.mark.parametrize("golden,place", EXPECTED, ids=[f"{g.stem}:{p['name']}" for g, p in EXPECTED])
def test_expected_place_is_found(parsed, golden, place):
    pa = parsed(load(golden)["article"])
    by_name = {p.name: p for p in pa.places}
    assert place["name"] in by_name, f"{place['name']} missing ({place['explanation']}); found {sorted(by_name)}"
    found = by_name[place["name"]]
    if place["geonameid"] is not None:
        assert found.geonameid == place["geonameid"]
    assert found.type == place["type"]


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_title(parsed, golden):
    g = load(golden)
    assert parsed(g["article"]).article.title == g["title"]


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_no_place_from_people_organisations_or_junk(parsed, golden):
    g = load(golden)
    pa = parsed(g["article"])
    for m in pa.mentions:
        assert not pa.article.in_junk(m.start, m.end), f"mention {m.text!r} in page junk"
        for bad in g["forbidden_mentions"]:
            assert bad not in m.text, f"mention {m.text!r} comes from the name {bad!r}"
        # every span really is in the text
        assert pa.article.text[m.start : m.end] == m.text


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_every_resolved_place_is_expected_or_plausible(parsed, golden):
    """No stray pins: every place is one of the expected ones or lies in a country the article names."""
    g = load(golden)
    pa = parsed(g["article"])
    expected = {p["name"] for p in g["expected_places"]}
    countries = {p.country_code for p in pa.places if p.type == "country"}
    for p in pa.places:
        assert p.name in expected or p.country_code in countries or p.type in ("region", "continent", "water"), p


def test_demonyms_are_mentions_of_kind_demonym(parsed):
    pa = parsed("data/articles/iran-latin-america-ties.txt")
    kinds = {m.text: m.kind for m in pa.mentions}
    assert kinds.get("Iranian") == "demonym" and kinds.get("Cuban") == "demonym"
    iran = next(p for p in pa.places if p.name == "Iran")
    assert any(m.text == "Iranian" and m.place_id == iran.id for m in pa.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01 control \x7f characters in Paris \u202e reversed",
        "Mixed scripts: Москва, 東京, Τehran (Greek T), and Caracas.",
        "<script>alert('Caracas')</script> Tehran",
        "Word " * 20000 + "Caracas",
        "İstanbul İstanbul İstanbul then Tehran",
    ],
    ids=["empty", "controls", "mixed-scripts", "script-tag", "long", "dotted-capital-i"],
)
def test_adversarial_text_keeps_offsets(text):
    pa = real_geoparser(relations=False).parse_text(text)
    for m in pa.mentions:
        assert text[m.start : m.end] == m.text
    if not text:
        assert pa.mentions == () and pa.places == ()


def test_lone_surrogates_through_the_api_are_replaced_and_offsets_stay_valid():
    from geo.core.contract import to_contract
    from geo.core.records import Article

    gp = real_geoparser(relations=False)
    text = "Officials in Caracas\udcff met \ud800envoys from Tehran."
    pa = gp.parse_text(text, title="Caracas \udfff")
    built = gp.parse_articles([Article("x\udc80", "t", text)])[0]
    for result in (pa, built):
        assert len(result.article.text) == len(text)
        assert {m.text for m in result.mentions} >= {"Caracas", "Tehran"}
        for m in result.mentions:
            assert result.article.text[m.start : m.end] == m.text == text[m.start : m.end]
        json.dumps(to_contract([result]), ensure_ascii=False).encode("utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_geo_parse_leaves_no_worker_behind(tmp_path, sig):
    """A real ``python -m geo parse`` on a batch large enough for its two forked workers, killed
    while they work: no worker outlives it."""
    from core.test_workers import alive, children, wait_for

    story = "\n\n".join(
        (ROOT / "data" / "articles" / name).read_text(encoding="utf-8")
        for name in ("iran-latin-america-ties.txt", "venezuela-iran-alliance.txt")
    )
    files = []
    for i in range(8):  # about 1 MB in all: far past PARALLEL_MIN_CHARS, and seconds of work per worker
        path = tmp_path / f"story-{i}.txt"
        path.write_text((story + "\n\n") * max(1, 130_000 // len(story)), encoding="utf-8")
        files.append(str(path))
    parent = subprocess.Popen(
        [sys.executable, "-m", "geo", "parse", "--compact", *files],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        assert wait_for(lambda: len(children(parent.pid)) >= 2, timeout=120), "geo parse never started its workers"
        workers = children(parent.pid)
        assert parent.poll() is None, "geo parse finished before it could be killed"
        parent.send_signal(sig)
        parent.wait(timeout=10)
        assert wait_for(lambda: not any(alive(w) for w in workers), timeout=10), "a worker outlived geo parse"
    finally:
        parent.kill()
        parent.wait(timeout=10)
        for worker in workers:  # a failed run must not leave its orphans to the next test
            if alive(worker):
                os.kill(worker, signal.SIGKILL)


@pytest.mark.parametrize("unit", ["Paris ", "U.S. ", "Caracas, Tehran, Lima, "], ids=["names", "initialisms", "list"])
def test_a_place_in_every_sentence_never_makes_one_huge_ner_input(unit):
    """Touching NER windows are joined; on a megabyte of place names they used to join into one
    stretch past spaCy's 1,000,000-character limit (E088)."""
    from geo.pipeline import MAX_SEGMENT_CHARS
    from geo.read.articles import article_from_text

    text = unit * (6 * MAX_SEGMENT_CHARS // len(unit))
    _, _, segments = real_geoparser(relations=False)._segments(article_from_text(text, article_id="x"))
    assert segments and all(0 < end - start <= MAX_SEGMENT_CHARS for start, end in segments)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(segments))
    assert segments[-1][1] > len(text) - 1000 and len(segments) >= 6


def test_stop_words_and_word_towns_earn_no_ner_window():
    gp = real_geoparser(relations=False)
    from geo.read.articles import article_from_text

    text = "She said the Police Center was closed. Officials in Caracas agreed."
    _, matches, windows = gp._segments(article_from_text(text))
    assert {m[2] for m in matches} >= {"She", "Police", "Center", "Caracas"}
    caracas = text.index("Caracas")
    assert windows and all(start > text.index("closed") for start, _ in windows)
    assert any(start <= caracas < end for start, end in windows)
    assert gp._word_town("Police") and not gp._word_town("Caracas") and not gp._word_town("Mobile")


@pytest.mark.parametrize("case", [str.upper, str.lower], ids=["capitals", "lower case"])
def test_the_ner_reads_a_wider_window_in_text_whose_capitals_were_restored(case):
    from geo.pipeline import NER_WINDOW, NER_WINDOW_RECASED
    from geo.read.articles import article_from_text

    filler = "the committee led by Anna Smith met again on Tuesday and heard from every member who wished to speak " * 4
    text = f"The {filler}before the minister flew to Caracas with {filler}and then went home."
    gp = real_geoparser(relations=False)
    caracas = text.index("Caracas")

    def window_around_caracas(article):
        readable, regions = gp._recased(article)
        _, _, windows = gp._segments(readable, regions)
        return next(end - start for start, end in windows if start <= caracas < end)

    as_written = window_around_caracas(article_from_text(text))
    recased = window_around_caracas(article_from_text(case(text)))
    assert as_written <= 2 * NER_WINDOW + len("Caracas") < recased <= 2 * NER_WINDOW_RECASED + len("Caracas")
