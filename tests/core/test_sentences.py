"""The rule sentence splitter."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.core.sentences import MAX_SENTENCE_CHARS, sentence_spans


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mr. Smith flew to Washington. He left.", ["Mr. Smith flew to Washington.", "He left."]),
        ("Talks in the U.S. House stalled. Then ended.", ["Talks in the U.S. House stalled.", "Then ended."]),
        ("He lives in the U.S. The move was hard.", ["He lives in the U.S.", "The move was hard."]),
        ("Officials in St. Louis, Mo. said so.", ["Officials in St. Louis, Mo. said so."]),
        ("A team from Sault Ste. Marie won.", ["A team from Sault Ste. Marie won."]),
        (
            "Headline without stop\nFirst sentence. Second one!",
            ["Headline without stop", "First sentence.", "Second one!"],
        ),
        ("He said “no.” Then left?", ["He said “no.”", "Then left?"]),
    ],
)
def test_sentence_spans(text, expected):
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentence_spans_are_ordered_and_inside_the_text(text):
    last = 0
    for start, end in sentence_spans(text):
        assert last <= start < end <= len(text)
        last = end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,;!?\n"“”)(…U.S')), max_size=300), st.integers(2, 40))
def test_no_sentence_is_longer_than_the_limit(text, limit):
    last = 0
    for start, end in sentence_spans(text, max_chars=limit):
        assert last <= start < end <= len(text) and end - start <= limit
        assert not text[start].isspace()
        last = end


def test_a_long_run_without_a_stop_is_cut_at_a_clause_mark():
    clause = "officials in Caracas and Tehran met again, "
    text = clause * 100
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e].endswith(", ") for s, e in spans[:-1])
    assert "".join(text[s:e] for s, e in spans) == text


def test_text_without_white_space_is_cut_at_the_limit():
    n = MAX_SENTENCE_CHARS
    spans = sentence_spans("x" * (2 * n + 100))
    assert spans == ((0, n), (n, 2 * n), (2 * n, 2 * n + 100))


@pytest.mark.parametrize(
    "unit",
    ["U.S. ", "Paris ", ".", ". ", "a", "Mr. ", ".\u201d", "\n", "No. ", "?! "],
    ids=[
        "initialisms",
        "names",
        "dots",
        "dot-space",
        "one-word",
        "abbreviations",
        "closers",
        "newlines",
        "numero",
        "marks",
    ],
)
def test_splitting_grows_linearly_with_the_text(unit):
    # Each of these took minutes on a megabyte when the word before a stop was searched for in a
    # growing slice and a run of dots was matched once per dot. Eight times the text must cost
    # about eight times the time (a quadratic splitter costs 64 times); the ratio, not a clock
    # limit, so a slow or busy machine does not fail it.
    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        t0 = time.perf_counter()
        spans = sentence_spans(text)
        assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
        return time.perf_counter() - t0

    small = min(seconds(2**17) for _ in range(3))
    large = seconds(2**20)
    assert large < 24 * small + 0.05, f"{large:.3f} s for 1 MiB against {small:.3f} s for 128 KiB"
