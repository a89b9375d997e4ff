"""Theme colours in words and tints, so exports without colour (plain text) keep its meaning."""
from __future__ import annotations

import colorsys

from reader.core.exports.bundle import safe_color

# Hue bands (degrees, upper bound exclusive) -> a colour word and the emoji square that
# plain-text readers see in the same colour family.
_HUES = (
    (12, "red", "🟥"),
    (33, "red-orange", "🟧"),
    (50, "orange", "🟧"),
    (70, "yellow", "🟨"),
    (165, "green", "🟩"),
    (255, "blue", "🟦"),
    (290, "purple", "🟪"),
    (345, "pink", "🟪"),
    (361, "red", "🟥"),
)


def _rgb(color: str) -> tuple[float, float, float]:
    c = safe_color(color)
    return int(c[1:3], 16) / 255, int(c[3:5], 16) / 255, int(c[5:7], 16) / 255


def color_name(color: str) -> str:
    """A rough everyday name for a colour ("orange", "sky blue"), for readers without colour."""
    hue, light, sat = colorsys.rgb_to_hls(*_rgb(color))
    if sat < 0.15:
        return "grey"
    degrees = hue * 360
    for bound, name, _ in _HUES:
        if degrees < bound:
            # Dark orange/yellow reads as brown or olive, not as orange.
            if name in ("orange", "red-orange") and light < 0.3:
                return "brown"
            if name == "blue" and light > 0.55:
                return "sky blue"
            if name == "yellow" and light < 0.4:
                return "dark yellow"
            return name
    return "red"


def color_square(color: str) -> str:
    """An emoji square of the colour's family (Markdown legends and plain text)."""
    hue, light, sat = colorsys.rgb_to_hls(*_rgb(color))
    if sat < 0.15:
        return "⬜" if light > 0.5 else "⬛"
    degrees = hue * 360
    if 12 <= degrees < 50 and light < 0.3:
        return "🟫"
    return next(square for bound, _, square in _HUES if degrees < bound)


def tint(color: str, strength: float) -> str:
    """The colour mixed with white (strength 0..1): a light background dark text stays
    readable on, in print as on screen."""
    r, g, b = _rgb(color)
    mix = [round(255 * (1 - strength + strength * v)) for v in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)
