"""Clicking a chart bar focuses its theme; clicking the document strip scrolls there."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def test_clicking_a_bar_focuses_that_theme(qtbot, open_window):
    window = open_window()
    chart = window.chart
    assert chart.counts() == window.analysis.theme_counts
    for theme_id in ("security", "cooperation"):
        with qtbot.waitSignal(chart.theme_clicked) as signal:
            qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                             pos=chart.bar_center(theme_id))
        assert signal.args == [theme_id]
        assert window.view.focus_theme() == theme_id
        assert window.theme_panel.focus_label.text() == window.codebook.theme(theme_id).name


def test_chart_redraws_for_a_new_article(qtbot, open_window, tmp_path):
    window = open_window()
    path = tmp_path / "short.txt"
    path.write_text("Aid and drugs\n\nHumanitarian aid reached the region. Drug trafficking "
                    "fell.\n", encoding="utf-8")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert window.open_path(path)
    assert window.chart.counts() == window.analysis.theme_counts
    assert window.chart.counts()["humanitarian"] >= 1


def test_strip_click_scrolls_to_that_part(qtbot, open_window):
    window = open_window(size=(1100, 420))
    view, strip = window.view, window.strip
    assert view.visible_range()[0] == 0
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(strip.width() - 3, strip.height() // 2))
    start, end = view.visible_range()
    assert start > 0
    assert end >= len(window.article.text) - 400


def _sentence_by_sentence(strip, ratio: float = 1.0):
    """The strip as it was drawn before runs: one rectangle per sentence (the reference)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(strip.size() * ratio)
    painter = QPainter(pixmap)
    painter.fillRect(QRectF(strip.rect()), strip._colors.color("base"))
    top, height = 3.0, strip.height() - 6.0
    neutral = QColor(strip._colors.color("muted"))
    neutral.setAlpha(70)
    scale = (strip.width() - 2) / strip._length
    for s, ids in zip(strip._sentences, strip._ids, strict=True):
        x0, width = 1 + s.start * scale, max(1.0, (s.end - s.start) * scale)
        if strip._focus is not None:
            themes = [strip._focus] if strip._focus in ids else []
        else:
            themes = [t for t in ids if t not in strip._hidden]
        if not themes:
            painter.fillRect(QRectF(x0, top + height * 0.4, width, height * 0.2), neutral)
            continue
        band = height / len(themes)
        for n, theme_id in enumerate(themes):
            painter.fillRect(QRectF(x0, top + n * band, width, band),
                             strip._colors.line(theme_id))
    painter.end()
    return pixmap.toImage()


def _differing_columns(a, b) -> int:
    return sum(1 for x in range(a.width())
               if any(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height())))


def test_the_strip_shows_each_sentences_themes_in_its_columns(qtbot, open_window, tmp_path):
    """The strip paints runs of pixel columns, each with every theme of the sentences that
    touch it. Where sentences are wider than a pixel the picture is the one drawn sentence
    by sentence (but for a column at a few sentence borders); on a long article no theme
    of any sentence is lost, with a rectangle per run of columns, not per sentence."""
    window = open_window()
    strip = window.strip
    for focus in (None, "security", "cooperation"):
        strip.set_focus_theme(focus)
        drawn = strip._render(1.0).toImage()
        # At most a column at each border between sentences may differ.
        assert _differing_columns(drawn, _sentence_by_sentence(strip)) <= len(strip._sentences)

    body = window.article.text
    path = tmp_path / "long.txt"
    path.write_text("A long record\n\n" + "\n\n".join([body] * 40), encoding="utf-8")
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open_path(path)
    columns = strip.width() - 2
    scale = columns / strip._length
    for focus in (None, "security"):
        strip.set_focus_theme(focus)
        runs = strip.column_runs()
        assert len(runs) <= columns < len(strip._sentences)
        shown = {c: themes for first, end, themes in runs for c in range(first, end)}
        for s, ids in zip(strip._sentences, strip._ids, strict=True):
            expected = ((focus,) if focus in ids else ()) if focus else ids
            column = min(columns - 1, int(s.start * scale))
            assert set(expected) <= set(shown[column])
