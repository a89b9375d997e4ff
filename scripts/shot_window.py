"""Shared set-up of the screenshot scripts: an offscreen app and a ready reading window."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

if TYPE_CHECKING:
    from reader.store import Store
    from reader.ui.main_window import MainWindow


def application() -> None:
    """The QApplication the scripts draw with (Fusion, as the app uses)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["parley"])
    app.setStyle("Fusion")  # type: ignore[union-attr]


def settle(ms: int = 150) -> None:
    """Let Qt finish painting (timers, layout) before a grab."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def ready_window(data_dir: str, dark: bool) -> tuple[MainWindow, Store]:
    """The real window on the bundled article, 1400x860, once text, highlights, sidebar
    and chart are drawn (or after 10 s)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from reader.ui.launch import build_window, parse_args

    window, store = build_window(parse_args(["--data-dir", data_dir,
                                             "--dark" if dark else "--no-dark"]))
    window.resize(1400, 860)
    window.show()
    window.view.setFocus()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    if not window.is_ready():
        loop.exec()
    return window, store
