"""Property-based fuzzing of the parse API and the file readers with hostile and careless input.

For any text or bytes: no exception but the documented ones (``GeoError`` subclasses), every offset
indexes the article's text (``text[m.start:m.end] == m.text``), the result encodes to UTF-8 JSON, and
the time stays within a linear bound. Inputs mix place names, abbreviations, stops, line breaks,
markup, control characters, lone surrogates and scripts whose case mapping changes length, and are
often one short unit repeated hundreds of times, the shape that found every super-linear path so far.

Bounded to about a minute: ``FUZZ_EXAMPLES`` scales the number of examples (``FUZZ_EXAMPLES=5`` for a
longer hunt).
"""

from __future__ import annotations

import json
import os
import time

import pytest
from fakes import real_geoparser
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.core.contract import to_contract
from geo.core.errors import GeoError
from geo.read.articles import article_from_bytes, encodable, read_article

SCALE = float(os.environ.get("FUZZ_EXAMPLES", "1"))
MAX_CHARS = 12_000

SECONDS_PER_CHAR = 60e-6
"""The linear bound's slope: 60 s/MB, three times what news text costs (``python -m bench adversarial``)."""
FIXED_SECONDS = 1.5
"""The linear bound's constant: a first dependency parse, a garbage collection, a busy CI machine."""

FRAGMENTS = [
    "Paris",
    "U.S.",
    "Tehran",
    "Caracas",
    "New York",
    "St. Louis",
    "Georgia",
    "Iranian",
    "Mr.",
    "No. 5",
    "Fars News",
    "the",
    "of",
    "in",
    "flew to",
    "from",
    "and",
    "ties with",
    "'s",
    " ",
    " ",
    ". ",
    ".",
    "...",
    "…",
    "?!",
    ",",
    ";",
    "—",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\x0b",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\u2028",
    "\ufeff",
    "\ud800",
    "\udcff",
    "\udfff",
    "İstanbul",
    "ß",
    "ﬁ",
    "Ⅻ",
    "e\u0301",
    "Москва",
    "東京",
    "🙂",
    "<p>",
    "</div>",
    "<div>",
    "&amp;",
    "<script>",
    "Subscribe",
    "©",
    "Why?",
    "Yes",
    '"',
    "“",
    "”",
    "(",
    ")",
    "[",
    "A",
    "a",
    "1",
]
unit = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=1, max_size=12).map("".join)
texts = st.one_of(
    unit,
    st.tuples(unit, st.one_of(st.sampled_from([200, 600, 1500, 4000]), st.integers(1, 4000))).map(
        lambda u: (u[0] * u[1])[:MAX_CHARS]
    ),
    st.lists(unit, max_size=60).map(" ".join),
)
names = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.HTML", "no-suffix", "we\nird\x1b[31m.txt", ""])


def _html(parts: list[str], depth: int) -> str:
    body = "".join(f"<div><p>{p}</p>" for p in parts) + "</div>" * len(parts)
    return "<html><head><title>T</title></head><body>" + "<section>" * depth + body + "</body></html>"


documents = st.one_of(
    st.binary(max_size=3000),
    st.tuples(
        texts,
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"]),
    ).map(lambda t: t[0].encode(t[1], "surrogatepass" if t[1].startswith("utf") else "replace")),
    st.tuples(st.lists(unit, max_size=40), st.integers(0, 400)).map(
        lambda t: _html(*t).encode("utf-8", "surrogatepass")
    ),
)

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    max_examples=max(1, int(500 * SCALE)),
)


def linear_bound(size: int) -> float:
    return FIXED_SECONDS + SECONDS_PER_CHAR * size


def check_parsed(pa) -> None:
    """Offsets index the text, ids join up, and the contract encodes to UTF-8."""
    text = pa.article.text
    place_ids = {p.id for p in pa.places}
    for m in pa.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text
        assert m.place_id is None or m.place_id in place_ids
    for r in pa.relations:
        assert 0 <= r.start <= r.end <= len(text)
        assert r.source in place_ids and r.target in place_ids
    last = 0
    for start, end in pa.sentences:
        assert last <= start < end <= len(text)
        last = end
    for start, end in pa.article.junk:
        assert 0 <= start <= end <= len(text)
    json.dumps(to_contract([pa]), ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def geoparser():
    return real_geoparser(relations=True)


@FUZZ
@given(text=texts)
# (a name repeated into one long NER span: looking for a place inside it was quadratic, 30 s)
@example(text=('New York"' * 1500)[:MAX_CHARS])
def test_parse_text_on_any_text(geoparser, text):
    t0 = time.perf_counter()
    pa = geoparser.parse_text(text)
    seconds = time.perf_counter() - t0
    assert pa.article.text == encodable(text)[0]
    check_parsed(pa)
    assert seconds <= linear_bound(len(text)), f"{seconds:.2f} s for {len(text):,} characters"


@FUZZ
@given(name=names, data=documents)
def test_parse_bytes_on_any_file(geoparser, name, data):
    t0 = time.perf_counter()
    try:
        pa = geoparser.parse_bytes(name, data)
    except GeoError:
        return
    seconds = time.perf_counter() - t0
    check_parsed(pa)
    assert seconds <= linear_bound(len(data)), f"{seconds:.2f} s for {len(data):,} bytes"


@settings(FUZZ, max_examples=max(1, int(600 * SCALE)))
@given(name=names, data=documents)
def test_readers_on_any_bytes(tmp_path_factory, name, data):
    t0 = time.perf_counter()
    try:
        article = article_from_bytes(name, data)
    except GeoError:
        return
    assert time.perf_counter() - t0 <= linear_bound(len(data))
    for value in (article.text, article.id, article.title, *article.warnings):
        value.encode("utf-8")
    for start, end in article.junk:
        assert 0 <= start < end <= len(article.text)
    # The same bytes from a file give the same article.
    path = tmp_path_factory.mktemp("fuzz") / ("file" + os.path.splitext(name)[1])
    path.write_bytes(data)
    assert read_article(path).text == article.text
