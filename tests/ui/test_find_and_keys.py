"""Ctrl+F finds with a count and steps; actions have shortcuts; widgets have names."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

from reader.core.search import find_all


def test_ctrl_f_finds_counts_and_steps(qtbot, open_window):
    window = open_window(size=(1100, 420))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "afghan")
    matches = find_all(window.article.text, "afghan")
    assert len(matches) > 3
    assert bar.count.text() == f"1 / {len(matches)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 / {len(matches)}"
    for _ in range(len(matches) - 2):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    last = matches[-1]
    start, end = window.view.visible_range()
    assert start <= last[0] <= end  # the last match was scrolled into view
    qtbot.mouseClick(bar.prev_button, Qt.MouseButton.LeftButton)
    assert bar.count.text() == f"{len(matches) - 1} / {len(matches)}"
    qtbot.keyClicks(bar.edit, "zzzz")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_all_ignores_case_and_line_breaks():
    assert find_all("Joint\nStatement and joint statement", "joint statement") == [(0, 15),
                                                                                   (20, 35)]
    assert find_all("abc", "   ") == []


def test_zoom_keys_change_the_text_size(qtbot, open_window):
    window = open_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == -1
    assert window.session.zoom() == -1


def test_dark_mode_toggle_recolours(qtbot, open_window):
    window = open_window()
    light_base = window.view.palette().base().color().name()
    window.actions["dark_mode"].trigger()
    assert window.is_dark()
    assert window.view.palette().base().color().name() != light_base
    assert window.colors.line("economy").name() == window.codebook.theme("economy").color_dark


def test_actions_have_shortcuts_and_widgets_have_names(qtbot, open_window):
    window = open_window()
    for key, action in window.actions.items():
        if key != "about":
            assert not action.shortcut().isEmpty(), key
    for kind in (QAbstractButton, QAbstractItemView, QLineEdit):
        for widget in window.findChildren(kind):
            if not widget.isVisible():
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            name = widget.accessibleName() or widget.toolTip() or text
            assert name, f"{kind.__name__} without an accessible name: {widget!r}"
