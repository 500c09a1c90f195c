"""The rule sentence splitter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.core.sentences import sentence_spans


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mr. Smith flew to Washington. He left.", ["Mr. Smith flew to Washington.", "He left."]),
        ("Talks in the U.S. House stalled. Then ended.", ["Talks in the U.S. House stalled.", "Then ended."]),
        ("He lives in the U.S. The move was hard.", ["He lives in the U.S.", "The move was hard."]),
        ("Officials in St. Louis, Mo. said so.", ["Officials in St. Louis, Mo. said so."]),
        ("Headline without stop\nFirst sentence. Second one!", ["Headline without stop", "First sentence.",
                                                                "Second one!"]),
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
