"""Colour arithmetic for highlights: tints of theme colours that keep text readable (no Qt)."""
from __future__ import annotations

from typing import NamedTuple

# The arithmetic is the core's (the exports and the codebook checks use it too); the views
# know it by these names.
from reader.core.colors import MIN_CONTRAST, readable_tint
from reader.core.colors import blend as mix
from reader.core.colors import contrast_ratio as contrast
from reader.core.colors import hex_to_rgb as parse_hex
from reader.core.colors import relative_luminance as luminance
from reader.core.colors import rgb_to_hex as to_hex

__all__ = ["MIN_CONTRAST", "Scheme", "contrast", "luminance", "mix", "parse_hex",
           "readable_tint", "scheme", "to_hex"]

class Scheme(NamedTuple):
    """The reading surface's colours in one mode (light or dark)."""

    # A NamedTuple, not a frozen dataclass: making a dataclass costs ~1 ms at import,
    # before the first paint, a NamedTuple about half.

    dark: bool
    base: str  # page background
    text: str
    muted: str  # dimmed text outside the focused theme, header meta line
    boilerplate: str
    panel: str  # window background around the page
    mention: str  # background of a participant's mentions
    find: str  # background of find matches
    find_current: str
    flash: str  # brief background when a commitment is jumped to


LIGHT = Scheme(
    dark=False, base="#fcfbf8", text="#1f2328", muted="#8a8f98", boilerplate="#7b8088",
    panel="#f1f0ec", mention="#ffe58a", find="#fff0b3", find_current="#ffc94d",
    flash="#bfe3ff",
)
DARK = Scheme(
    dark=True, base="#1c1e22", text="#e6e6e3", muted="#7d828b", boilerplate="#8b9099",
    panel="#25282d", mention="#5c4b12", find="#4a4320", find_current="#80661a",
    flash="#1f4a6e",
)


def scheme(dark: bool) -> Scheme:
    return DARK if dark else LIGHT
