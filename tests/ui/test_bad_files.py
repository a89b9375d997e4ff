"""A file that cannot be opened shows the loader's message; the app keeps what was open."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def test_bad_file_shows_error_and_keeps_the_article(qtbot, open_window, tmp_path: Path):
    window = open_window()
    before = window.article
    for bad, words in ((tmp_path / "image.txt", "not text"), (tmp_path / "missing.txt", "No such"),
                       (tmp_path, "folder")):
        if bad.name == "image.txt":
            bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
        with qtbot.waitSignal(window.load_failed) as failed:
            assert window.open_path(bad) is False
        assert words in failed.args[0]
        assert window.banner.isVisible() and words in window.banner.text()
        assert window.article is before
        assert window.isVisible()
    # And the next good file opens normally, clearing the message.
    good = tmp_path / "good.txt"
    good.write_text("A title\n\nSecurity cooperation was discussed.\n", encoding="utf-8")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert window.open_path(good)
    assert not window.banner.isVisible()


def test_the_message_can_be_dismissed_and_shows_again(qtbot, open_window, tmp_path: Path):
    """The banner's label and close button are made with its first message; the button
    hides it, and the next failure shows the new message."""
    from PySide6.QtWidgets import QToolButton

    window = open_window()
    banner = window.banner
    assert banner.isHidden() and banner.text() == ""
    assert banner.findChild(QToolButton) is None  # nothing to show yet
    window.open_path(tmp_path / "first-missing.txt")
    assert "first-missing.txt" in banner.text()
    close = banner.findChild(QToolButton)
    assert close.accessibleName() == "Dismiss message"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert banner.isHidden() and banner.text() == ""
    window.open_path(tmp_path / "second-missing.txt")
    assert banner.isVisible()
    assert "second-missing.txt" in banner.text() and "first" not in banner.text()
    assert len(banner.findChildren(QToolButton)) == 1  # made once


def test_bad_path_on_the_command_line_falls_back_to_bundled(qtbot, open_window, tmp_path):
    window = open_window(str(tmp_path / "nope.txt"))
    assert window.article is not None
    assert "No such file" in window.banner.text()


def test_dropping_a_file_opens_it(qtbot, open_window, tmp_path: Path):
    window = open_window()
    path = tmp_path / "dropped.md"
    path.write_text("# Dropped statement\n\nThe humanitarian situation was discussed.\n",
                    encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # QApplication only routes a Drop that a real drag started, so the handler gets it
    # directly here (after the same accept check a drag-enter goes through).
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.dropEvent(event)
    assert window.article.title == "Dropped statement"


def test_a_window_deleted_right_after_its_first_paint_runs_nothing_more(
        qtbot, private_data_dir, tmp_path: Path):
    """What the first paint schedules (panels, analysis, icons, a readable text column)
    belongs to the window: deleted at once, none of it runs on the deleted widgets (pytest-qt
    fails the test on an exception raised in a Qt callback)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from reader.ui.launch import build_window, parse_args

    path = tmp_path / "short.txt"
    path.write_text("Talks\n\nThe ministers discussed security cooperation.\n", encoding="utf-8")
    for _ in range(3):
        window, store = build_window(parse_args(["--data-dir", str(private_data_dir),
                                                 "--no-dark", str(path)]))
        window.resize(700, 400)
        with qtbot.waitSignal(window.view.first_painted, timeout=10_000):
            window.show()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(300)
        store.close()
