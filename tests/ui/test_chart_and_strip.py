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
