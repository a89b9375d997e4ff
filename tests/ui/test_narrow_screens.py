"""A window saved on a large screen and opened on a smaller one fits that screen, and its
text column stays readable next to the side panels (the tests' screen is 800x800)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.ui.main_window import TEXT_MIN_WIDTH

REPO = Path(__file__).resolve().parents[2]

SAVE_ON_A_LARGE_SCREEN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["parley-test"])
from reader.ui.launch import build_window, parse_args
window, store = build_window(parse_args(["--data-dir", sys.argv[1], "--no-dark"]))
def done():
    print(window.width(), window.splitter.sizes())
    window.close()  # saves geometry and column widths
    store.close()
    app.quit()
window.ready.connect(lambda: QTimer.singleShot(100, done))
window.show()
app.exec()
"""


def _screen_room() -> tuple[int, int]:
    room = QApplication.primaryScreen().availableGeometry()
    return room.width(), room.height()


def test_a_window_saved_on_a_larger_screen_fits_this_one(qtbot, open_window, tmp_path: Path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "large", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    saved = subprocess.run([sys.executable, "-c", SAVE_ON_A_LARGE_SCREEN, str(data)], cwd=REPO,
                           env=env, capture_output=True, text=True, timeout=120)
    assert saved.returncode == 0, saved.stderr[-2000:]
    assert int(saved.stdout.split()[0]) > 1000  # it really was a large window

    window = open_window(data_dir=data, size=None)  # the geometry it restores
    width, height = _screen_room()
    assert window.frameGeometry().width() <= width
    assert window.frameGeometry().height() <= height
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= TEXT_MIN_WIDTH, timeout=5000)
    assert window.view.viewport().width() >= TEXT_MIN_WIDTH - 40  # less its scroll bar


def test_a_first_run_on_a_small_screen_fits_it(qtbot, open_window):
    window = open_window(size=None)
    width, height = _screen_room()
    assert window.frameGeometry().width() <= width
    assert window.frameGeometry().height() <= height
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= TEXT_MIN_WIDTH, timeout=5000)


def test_narrowing_the_window_takes_width_from_the_side_columns_first(qtbot, open_window):
    window = open_window(size=(1200, 700))
    left, text, right = window.splitter.sizes()
    assert text > TEXT_MIN_WIDTH
    window.resize(760, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= TEXT_MIN_WIDTH, timeout=5000)
    new_left, _, new_right = window.splitter.sizes()
    assert new_left <= left and new_right <= right
