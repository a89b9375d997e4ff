"""Window state survives a restart: two windows, one after the other, on one data folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def test_state_round_trips_through_a_restart(qtbot, open_window, tmp_path: Path, bundled_path):
    data = tmp_path / "shared-data"
    article = tmp_path / "long.txt"
    body = bundled_path.read_text(encoding="utf-8")
    article.write_text(body + "\n\n" + body.split("\n", 1)[1], encoding="utf-8")

    first = open_window(str(article), data_dir=data, size=(780, 540))
    first.set_zoom(3)
    first.set_dark(True)
    first.splitter.setSizes([200, 400, 180])
    sizes = first.splitter.sizes()
    first.focus_theme("governance")
    first.view.verticalScrollBar().setValue(first.view.verticalScrollBar().maximum() // 2)
    top = first.view.top_offset()
    assert top > 0
    first.close()

    # No PATH this time: the last article, its position, and the rest come back.
    second = open_window(data_dir=data, size=None, dark=None)
    assert second.article.path == str(article.resolve())
    assert second.view.zoom() == 3
    assert second.is_dark() is True
    assert second.actions["dark_mode"].isChecked()
    assert second.splitter.sizes() == sizes
    assert second.size().width() == 780  # the offscreen screen is 800 px wide
    assert second.view.focus_theme() == "governance"
    qtbot.waitUntil(lambda: abs(second.view.top_offset() - top) < 200, timeout=3000)
    assert str(article.resolve()) in second.session.recent_files()
    second.set_dark(False)


def test_a_long_article_reopens_where_it_was_read(qtbot, open_window, tmp_path: Path,
                                                  bundled_path):
    """On a text over 200,000 characters the scroll bar learned the document's height a
    moment after the position was restored, which clamped it to the first screens: a
    250 KB article saved at its middle reopened at character ~1,600."""
    data = tmp_path / "shared-data"
    article = tmp_path / "long.txt"
    body = bundled_path.read_text(encoding="utf-8").split("\n", 1)[1]
    article.write_text("A long record\n\n" + "\n\n".join([body] * 60), encoding="utf-8")

    first = open_window(str(article), data_dir=data, size=(900, 500))
    middle = len(first.article.text) // 2
    first.view.scroll_to_offset(middle)
    qtbot.waitUntil(lambda: abs(first.view.top_offset() - middle) < 1000, timeout=3000)
    top = first.view.top_offset()
    first.close()

    second = open_window(data_dir=data, size=None)
    assert second.article.path == str(article.resolve())
    qtbot.waitUntil(lambda: abs(second.view.top_offset() - top) < 1000, timeout=5000)


def test_resizing_keeps_the_line_at_the_top(qtbot, open_window, tmp_path: Path, bundled_path):
    """The text re-wraps to a new width; the reader keeps the line they were at, on a text
    under and over the size whose margins wait for the drag to end (200,000 characters)."""
    body = bundled_path.read_text(encoding="utf-8").split("\n", 1)[1]
    for copies in (8, 60):
        article = tmp_path / f"long{copies}.txt"
        article.write_text("A long record\n\n" + "\n\n".join([body] * copies), encoding="utf-8")
        window = open_window(str(article), size=(900, 500))
        view = window.view
        middle = len(window.article.text) // 2
        view.scroll_to_offset(middle)
        qtbot.waitUntil(lambda v=view, m=middle: abs(v.top_offset() - m) < 1000, timeout=3000)
        qtbot.wait(300)
        top = view.top_offset()
        for size in ((1300, 800), (1250, 780), (700, 500)):  # a drag, then narrower
            window.resize(*size)
            qtbot.wait(20)
        qtbot.wait(400)  # the long text's margins settle after the drag
        assert abs(view.top_offset() - top) < 300, (copies, top, view.top_offset())
        window.close()


def test_a_position_on_the_last_screen_does_not_pull_the_reader_back(
        qtbot, open_window, tmp_path: Path, bundled_path, monkeypatch):
    """Zooming at the end of a text asks for a position on the last screen, which no scroll
    value reaches: nothing is left waiting for it, so when the reader has scrolled up and
    the find bar opens (the view gets shorter) they keep their line."""
    import reader.ui.article_view as article_view

    monkeypatch.setattr(article_view, "PENDING_SCROLL_S", 0.2)
    body = bundled_path.read_text(encoding="utf-8").split("\n", 1)[1]
    article = tmp_path / "long.txt"
    article.write_text("A long record\n\n" + "\n\n".join([body] * 8), encoding="utf-8")
    window = open_window(str(article), size=(1000, 800))
    view = window.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.zoom_by(-1)
    assert view._pending_scroll is None
    qtbot.wait(300)
    bar.setValue(bar.maximum() // 4)  # reading on, higher up
    qtbot.wait(100)
    top = view.top_offset()
    window.open_find()
    qtbot.wait(400)
    assert abs(view.top_offset() - top) < 400


def test_a_jump_right_after_a_resize_of_a_long_text_stays(qtbot, open_window, tmp_path: Path,
                                                          bundled_path):
    """Over 200,000 characters the line noted at a resize comes back when the margins
    settle, 120 ms later; a jump made in between (here to a passage) is where the reader
    is, and is kept."""
    body = bundled_path.read_text(encoding="utf-8").split("\n", 1)[1]
    article = tmp_path / "long.txt"
    article.write_text("A long record\n\n" + "\n\n".join([body] * 60), encoding="utf-8")
    window = open_window(str(article), size=(900, 500))
    view = window.view
    view.scroll_to_offset(len(window.article.text) // 4)
    qtbot.wait(300)
    window.resize(1200, 600)
    target = 3 * len(window.article.text) // 4
    view.reveal(target, target + 100)
    qtbot.wait(500)
    start, end = view.visible_range()
    assert start <= target <= end


def test_damaged_store_means_defaults_and_a_warning(qtbot, open_window, tmp_path: Path):
    data = tmp_path / "broken"
    data.mkdir()
    (data / "parley.sqlite3").write_bytes(b"this is not a database" * 100)
    window = open_window(data_dir=data)
    assert window.article is not None  # the bundled article, as on a first run
    assert window.banner.isVisible()
    assert "damaged" in window.banner.text()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # the app keeps working



def test_failed_saves_are_shown_and_reading_goes_on(qtbot, bundled_path, tmp_path):
    from reader.core.codebook import default_codebook
    from reader.store import Store
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    store = Store.open(tmp_path / "gone")
    store.close()  # every read and write now fails, as when the disk goes away
    window = MainWindow(Session(store), default_codebook(), dark=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
        window.open_path(bundled_path)
    window.set_zoom(2)
    assert "Could not save zoom" in window.banner.text()
    assert window.view.zoom() == 2
    window.focus_theme("rights")
    assert window.view.focus_theme() == "rights"
