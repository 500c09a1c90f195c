"""Regions of a text (page junk, say) asked "does this span touch one?" in logarithmic time.

Page junk can be thousands of lines; every place name, mention and sentence asks whether it falls
in one. Scanning every region for every span made a page of alternating junk and prose lines
quadratic. ``Regions`` sorts and merges the regions once and answers by binary search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Regions:
    """Sorted, merged, non-empty ``(start, end)`` regions with O(log n) look-ups."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in spans if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __len__(self) -> int:
        return len(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a region (an empty span: lies inside one)."""
        if end <= start:
            return self.containing(start) is not None
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The region that holds position ``pos`` (``start <= pos < end``), or None."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return self.starts[i], self.ends[i]
        return None
