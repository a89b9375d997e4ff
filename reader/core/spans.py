"""Fast look-ups over sorted spans (bisect), so per-hit checks stay logarithmic."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class SpanIndex:
    """Spans [start, end) sorted by start; answers "does anything overlap/contain this?".

    `reach[i]` is the largest end among the first i+1 spans, so a query only walks back
    while an earlier span can still reach the point.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []
        top = -1
        for _, end in self.spans:
            top = max(top, end)
            self.reach.append(top)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def _candidates(self, start: int, end: int) -> Iterable[int]:
        i = bisect_right(self.starts, end - 1) - 1  # spans starting before `end`
        while i >= 0 and self.reach[i] > start:
            yield i
            i -= 1

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.spans[i][1] > start for i in self._candidates(start, end))

    def containing(self, start: int, end: int) -> list[int]:
        """Indices of the spans that contain [start, end) entirely."""
        return [i for i in self._candidates(start, end)
                if self.spans[i][0] <= start and end <= self.spans[i][1]]

    def contains(self, start: int, end: int) -> bool:
        return bool(self.containing(start, end))
