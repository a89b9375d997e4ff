"""Colour arithmetic for theme highlights: tints over a page colour and WCAG contrast."""
from __future__ import annotations

# Page and text colours of the reading surface in light and dark mode.
LIGHT_PAGE, LIGHT_TEXT = "#ffffff", "#1a1a1a"
DARK_PAGE, DARK_TEXT = "#1e1f22", "#e6e6e6"
# WCAG AA for body text: every tint painted under text is checked against it.
MIN_CONTRAST = 4.5


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def blend(color: str, page: str, share: float) -> str:
    """`color` laid over `page` with opacity `share` (0..1)."""
    c, p = hex_to_rgb(color), hex_to_rgb(page)
    return rgb_to_hex(tuple(share * a + (1 - share) * b for a, b in zip(c, p, strict=True)))


def relative_luminance(color: str) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours (1..21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_tint(color: str, base: str, text: str, alpha: float) -> str:
    """The strongest tint of `color` over `base`, up to `alpha`, on which `text` stays readable.

    Lowering the opacity step by step keeps the hue recognisable while guaranteeing the
    contrast: a bright yellow in dark mode simply ends up a little fainter.
    """
    while alpha > 0.04:
        tint = blend(color, base, alpha)
        if contrast_ratio(tint, text) >= MIN_CONTRAST:
            return tint
        alpha -= 0.02
    return base
