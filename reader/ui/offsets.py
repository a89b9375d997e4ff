"""Map Python str offsets (code points) to QTextDocument positions (UTF-16 units) and back."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Article offsets <-> document positions, for a text placed at `base` in the document.

    Qt counts characters outside the Basic Multilingual Plane (emoji, some scripts) as two
    positions; Python counts them as one. Only their offsets are kept, so a text without
    any (the usual case) maps by a plain addition.
    """

    def __init__(self, text: str, base: int = 0):
        self.base = base
        self.length = len(text)
        # Offsets of astral characters; each shifts every later document position by one.
        # A regex scan runs in C: a 10 MB text is checked in milliseconds.
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_doc = [i + n for n, i in enumerate(self._astral)]

    def to_doc(self, offset: int) -> int:
        """Document position of article offset `offset`."""
        return self.base + offset + bisect_left(self._astral, offset)

    def to_text(self, position: int) -> int:
        """Article offset of document position `position` (clamped to the text)."""
        p = position - self.base
        if p <= 0:
            return 0
        offset = p - bisect_right(self._astral_doc, p - 1)
        return min(offset, self.length)
