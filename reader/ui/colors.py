"""Colour arithmetic for highlights: tints of theme colours that keep text readable (no Qt)."""
from __future__ import annotations

from dataclasses import dataclass

# WCAG AA for body text. Every tint the view paints under text is checked against it.
MIN_CONTRAST = 4.5


def parse_hex(color: str) -> tuple[int, int, int]:
    """'#rrggbb' -> (r, g, b)."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def mix(color: str, base: str, alpha: float) -> str:
    """`color` laid over `base` with opacity `alpha` (0..1), as an opaque colour."""
    c, b = parse_hex(color), parse_hex(base)
    return to_hex(tuple(round(alpha * x + (1 - alpha) * y) for x, y in zip(c, b, strict=True)))


def luminance(color: str) -> float:
    """WCAG relative luminance."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in parse_hex(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1..21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_tint(color: str, base: str, text: str, alpha: float) -> str:
    """The strongest tint of `color` over `base`, up to `alpha`, on which `text` stays readable.

    Lowering the opacity step by step keeps the hue recognisable while guaranteeing the
    contrast: a bright yellow in dark mode simply ends up a little fainter.
    """
    while alpha > 0.04:
        tint = mix(color, base, alpha)
        if contrast(tint, text) >= MIN_CONTRAST:
            return tint
        alpha -= 0.02
    return base


@dataclass(frozen=True)
class Scheme:
    """The reading surface's colours in one mode (light or dark)."""

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
