"""Walking the passages of the focused theme: which one "2 / 7" points at (no Qt)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


class PassageWalk:
    """The focused theme's passages as (start, end) in text order, and a current index."""

    def __init__(self, theme_id: str, passages: Sequence[tuple[int, int]]):
        self.theme_id = theme_id
        self.passages = list(passages)
        self.index = -1  # -1: none chosen yet (the counter shows "– / 7")

    def __len__(self) -> int:
        return len(self.passages)

    @property
    def current(self) -> tuple[int, int] | None:
        return self.passages[self.index] if 0 <= self.index < len(self.passages) else None

    def start_near(self, offset: int) -> tuple[int, int] | None:
        """Choose the first passage ending after `offset` (the top of the screen), so
        focusing does not throw the reader back to the top."""
        if not self.passages:
            return None
        ends = [e for _, e in self.passages]
        self.index = min(bisect_left(ends, offset + 1), len(self.passages) - 1)
        return self.current

    def step(self, delta: int) -> tuple[int, int] | None:
        """Move by `delta` passages, wrapping around at either end."""
        if not self.passages:
            return None
        if self.index < 0:
            self.index = 0 if delta > 0 else len(self.passages) - 1
        else:
            self.index = (self.index + delta) % len(self.passages)
        return self.current

    def label(self) -> str:
        if not self.passages:
            return "0 / 0"
        shown = str(self.index + 1) if self.index >= 0 else "–"
        return f"{shown} / {len(self.passages)}"
