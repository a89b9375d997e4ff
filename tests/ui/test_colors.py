"""Text on every theme highlight stays readable in light and dark mode."""
from __future__ import annotations

import pytest

from reader.core.codebook import default_codebook
from reader.ui.colors import MIN_CONTRAST, contrast, mix, readable_tint, scheme
from reader.ui.offsets import OffsetMap
from reader.ui.palette import ThemeColors


@pytest.mark.parametrize("dark", [False, True])
def test_tints_keep_text_readable(qapp, dark):
    colors = ThemeColors(default_codebook(), dark)
    text = scheme(dark).text
    for theme in default_codebook().themes:
        for tint in (colors.tint(theme.id), colors.focus_tint(theme.id)):
            assert contrast(tint.name(), text) >= MIN_CONTRAST, (theme.id, tint.name())
        # ... and the tint is still visibly the theme's, not the bare page.
        assert colors.tint(theme.id).name() != scheme(dark).base


def test_readable_tint_backs_off_a_glaring_colour():
    # Bright yellow under light text would be unreadable at full strength.
    tint = readable_tint("#f0e442", "#1c1e22", "#e6e6e3", 0.9)
    assert contrast(tint, "#e6e6e3") >= MIN_CONTRAST
    assert tint != mix("#f0e442", "#1c1e22", 0.9)


def test_offset_map_counts_astral_characters_twice():
    text = "ab😀cd😀e"
    m = OffsetMap(text, base=5)
    assert [m.to_doc(i) for i in range(len(text) + 1)] == [5, 6, 7, 9, 10, 11, 13, 14]
    assert all(m.to_text(m.to_doc(i)) == i for i in range(len(text) + 1))
    assert OffsetMap("plain", 3).to_doc(2) == 5
