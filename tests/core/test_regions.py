"""Regions answer overlap questions like a scan over every region would, in logarithmic time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geo.core.regions import Regions

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)).map(sorted).map(tuple), max_size=30)


@given(spans, st.integers(0, 210), st.integers(0, 40))
def test_overlaps_agrees_with_a_scan(regions, start, length):
    end = start + length
    expected = (
        any(start < e and s < end for s, e in regions if e > s)
        if end > start
        else any(s <= start < e for s, e in regions)
    )
    assert Regions(regions).overlaps(start, end) == expected


@given(spans, st.integers(0, 210))
def test_containing_finds_the_merged_region(regions, pos):
    found = Regions(regions).containing(pos)
    inside = [(s, e) for s, e in regions if s <= pos < e]
    assert (found is None) == (not inside)
    if found:
        assert all(found[0] <= s and e <= found[1] for s, e in inside)


def test_adjacent_regions_merge_and_empty_ones_drop():
    r = Regions([(5, 10), (10, 12), (20, 20), (0, 2)])
    assert (r.starts, r.ends) == ([0, 5], [2, 12]) and len(r) == 2 and r
    assert not Regions([(3, 3)])
