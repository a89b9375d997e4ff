"""Recent files, JSON export and a bad --codebook: the File menu's work, driven for real."""
from __future__ import annotations

import json
from pathlib import Path


def test_recent_menu_lists_opened_files_and_reopens(qtbot, open_window, tmp_path: Path):
    window = open_window()
    other = tmp_path / "other.txt"
    other.write_text("Other statement\n\nThe humanitarian situation was discussed.\n",
                     encoding="utf-8")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.open_path(other)
    qtbot.waitUntil(lambda: str(other.resolve()) in window.session.recent_files(), timeout=3000)
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[0] == "other.txt"
    assert len(names) == 2  # the bundled statement opened first
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.recent_menu.actions()[1].trigger()
    assert window.article.path.endswith("c5plus1-special-session-afghanistan-2023.txt")


def test_export_writes_the_analysis_json(qtbot, open_window, tmp_path: Path):
    window = open_window()
    target = tmp_path / "out.json"
    assert window.export_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == "parley.analysis/1"
    assert {t["id"]: t["count"] for t in data["themes"]} == window.analysis.theme_counts
    assert not window.export_json(tmp_path / "missing-folder" / "out.json")
    assert "Export failed" in window.banner.text()


def test_bad_codebook_falls_back_with_a_warning(qtbot, open_window, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("themes = 3\n", encoding="utf-8")
    window = open_window("--codebook", str(bad))
    assert "not a valid codebook" in window.banner.text()
    assert "default codebook" in window.banner.text()
    assert len(window.codebook.themes) == 7


def _drop_event(kind, point, urls):
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls(urls)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if kind == "enter":
        return mime, QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, mods)
    return mime, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, mods)


def test_a_file_dropped_on_the_text_opens(qtbot, open_window, tmp_path: Path):
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtWidgets import QApplication

    window = open_window()
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("Dropped statement\n\nThe ministers agreed to cooperate on trade.\n",
                       encoding="utf-8")
    target = window.view.viewport()  # where a reader lets go of a file: over the text
    point = QPoint(200, 200)
    _mime, enter = _drop_event("enter", point, [QUrl.fromLocalFile(str(dropped))])
    QApplication.sendEvent(target, enter)  # Qt passes it up to the widget taking drops
    assert enter.isAccepted()
    _mime2, drop = _drop_event("drop", point, [QUrl.fromLocalFile(str(dropped))])
    with qtbot.waitSignal(window.ready, timeout=10_000):
        QApplication.sendEvent(target, drop)
    assert window.article.title == "Dropped statement"


def test_dropping_something_that_is_not_a_file_changes_nothing(qtbot, open_window):
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtWidgets import QApplication

    window = open_window()
    before = window.article
    _mime, enter = _drop_event("enter", QPoint(200, 200), [QUrl("https://example.org/x.txt")])
    enter.ignore()
    QApplication.sendEvent(window.view.viewport(), enter)
    assert not enter.isAccepted()
    assert window.article is before
