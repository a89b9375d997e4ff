"""`main.py --smoke` prints its timings; a large article is analysed off the UI thread."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

REPO = Path(__file__).resolve().parents[2]


def test_smoke_prints_one_json_line(private_data_dir: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARLEY_DATA_DIR=str(private_data_dir))
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--smoke"], cwd=REPO,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert set(result) == {"first_paint_s", "ready_s", "peak_rss_mb", "first_paint_at"}
    assert 0 < result["first_paint_s"] <= result["ready_s"]
    assert abs(result["first_paint_at"] - time.time()) < 120  # a wall-clock timestamp
    assert result["peak_rss_mb"] > 10


def test_large_article_is_analysed_in_the_background(qtbot, open_window, tmp_path, bundled_path):
    body = bundled_path.read_text(encoding="utf-8").split("\n", 1)[1]
    path = tmp_path / "large.txt"
    path.write_text("A long record\n\n" + "\n\n".join([body] * 60), encoding="utf-8")
    window = open_window()
    with qtbot.waitSignal(window.runner.started) as started:
        window.open_path(path)
    assert started.args == [True]  # runs on a worker thread
    progress = window._progress
    assert progress is not None and progress.isVisible()  # with a progress indication
    assert window.statusBar().isAncestorOf(progress)
    # The window answers while the worker runs: keys still move the text.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    assert not progress.isVisible()
    assert window.analysis.article is window.article
    assert window.analysis.theme_counts["cooperation"] >= 60
    window.focus_theme("security")
    assert len(window.walk) == window.analysis.theme_counts["security"]


def test_the_text_viewport_behaves_like_a_text_edits_own(open_window):
    # ArticleView makes its own viewport (see its __init__); what QTextEdit gives the one it
    # makes must be there once the window is up.
    from PySide6.QtGui import QPalette

    viewport = open_window().view.viewport()
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor
    assert viewport.hasMouseTracking()
    assert viewport.autoFillBackground()
    assert viewport.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
