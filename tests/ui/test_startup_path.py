"""The way to the first paint stays short: no Qt namespace, side panels, chart or icons.

Building PySide's `Qt` namespace costs ~40 ms and pyqtgraph/qtawesome a few tenths of a
second; issue 4 wants the text on screen within 1.3x a bare PySide6 window, so all of that
must wait until after the first paint (see reader/ui/lazy_qt.py and MainWindow._build_panels).
Runs in a fresh process: this one has long since loaded everything.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from reader.ui.launch import QT_FREE_MODULES, build_window, parse_args

app = QApplication(["parley-test"])
window, store = build_window(parse_args(["--data-dir", sys.argv[1]]))
window.resize(1200, 800)
seen = {}

def painted():
    seen["qt_namespace_built"] = "Qt" in vars(QtCore)
    import PySide6.QtGui as QtGui
    # Each PySide class builds its enums on first use; these wait for the first paint.
    seen["classes_built"] = sorted(n for n in ("QIcon", "QKeySequence", "QPainter")
                                   if n in vars(QtGui))
    seen["modules"] = sorted(sys.modules)
    seen["panels_built"] = window._panels_built
    app.quit()

window.view.first_painted.connect(painted)
window.show()
app.exec()
store.close()
print(json.dumps(seen))
"""

HEAVY = ("pyqtgraph", "numpy", "qtawesome", "reader.ui.chart", "reader.ui.models",
         "reader.ui.sidebar", "reader.ui.theme_panel", "reader.core.analysis",
         "reader.core.anchoring", "reader.core.html_text", "reader.ui.find_bar", "html",
         "hashlib")


def test_first_paint_needs_no_qt_namespace_and_no_heavy_modules(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["qt_namespace_built"] is False, (
        "something before the first paint touched PySide6.QtCore.Qt (use reader.ui.lazy_qt.Qt, "
        "or defer it to MainWindow._build_panels)")
    assert seen["panels_built"] is False
    assert seen["classes_built"] == []
    loaded = [m for m in seen["modules"] if m.split(".")[0] in HEAVY or m in HEAVY]
    assert loaded == []


def test_qt_free_modules_do_not_import_qt():
    script = ("import importlib, sys\n"
              "from reader.ui.launch import QT_FREE_MODULES\n"
              "for name in QT_FREE_MODULES: importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_default_codebook_comes_from_the_store_copy_and_follows_the_file(tmp_path: Path,
                                                                         monkeypatch):
    from reader.core import codebook as codebook_module
    from reader.core.codebook import default_codebook
    from reader.store import Store
    from reader.ui.launch import CODEBOOK_CACHE_KEY, _default_codebook

    store = Store.open(tmp_path)
    try:
        first = _default_codebook(store)  # parses the file and keeps a copy
        assert first == default_codebook()
        cached = store.get_state(CODEBOOK_CACHE_KEY)
        assert cached["data"] == first.to_dict()

        # The copy is what the next start reads: the file is not parsed again.
        def no_parse(path):
            raise AssertionError("parsed the TOML file although the copy is current")

        monkeypatch.setattr(codebook_module, "load_codebook", no_parse)
        assert _default_codebook(store) == first
        monkeypatch.undo()

        # A changed file (another stamp) or a damaged copy: parsed again, copy re-made.
        store.set_state(CODEBOOK_CACHE_KEY, {"stamp": [0, 0], "data": {"themes": []}})
        assert _default_codebook(store) == first
        assert store.get_state(CODEBOOK_CACHE_KEY)["stamp"] != [0, 0]
        stamp = store.get_state(CODEBOOK_CACHE_KEY)["stamp"]
        store.set_state(CODEBOOK_CACHE_KEY, {"stamp": stamp, "data": {"themes": "broken"}})
        assert _default_codebook(store) == first
        assert store.get_state(CODEBOOK_CACHE_KEY)["data"] == first.to_dict()
    finally:
        store.close()


def test_a_fresh_launch_uses_the_fusion_style(tmp_path: Path):
    # Named on Qt's command line rather than set afterwards (see launch()): check it took.
    script = ("import sys\n"
              "import reader.ui.launch as launch\n"
              "def report(app, window, store, started):\n"
              "    app.setStyleSheet('')  # else style() is Qt's style-sheet wrapper\n"
              "    print(app.style().name())\n"
              "    store.close()\n"
              "    return 0\n"
              "launch._smoke = report\n"
              "raise SystemExit(launch.launch(['--smoke', '--data-dir', sys.argv[1]]))\n")
    # A desktop that prefers another style: Parley's choice must still win.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1].lower() == "fusion"


def test_a_first_launch_keeps_the_codebook_copy_after_the_first_paint(qtbot, tmp_path: Path):
    """The copy is a committed write (an fsync); the text does not wait for it."""
    from reader.ui.launch import CODEBOOK_CACHE_KEY, build_window, parse_args

    window, store = build_window(parse_args(["--data-dir", str(tmp_path), "--no-dark"]))
    qtbot.addWidget(window)
    try:
        assert store.get_state(CODEBOOK_CACHE_KEY) is None
        with qtbot.waitSignal(window.view.first_painted, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: store.get_state(CODEBOOK_CACHE_KEY) is not None, timeout=5000)
        assert store.get_state(CODEBOOK_CACHE_KEY)["data"] == window.codebook.to_dict()
    finally:
        window.close()
        store.close()
