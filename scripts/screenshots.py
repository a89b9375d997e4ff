"""Render the reading window to PNG, light and dark: python scripts/screenshots.py [OUTDIR]."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.launch import build_window, parse_args

    app = QApplication.instance() or QApplication(["parley"])
    app.setStyle("Fusion")

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory() as data:
        for dark, name, focus in ((False, "screenshot-light.png", None),
                                  (True, "screenshot-dark.png", "rights")):
            args = parse_args(["--data-dir", data, "--dark" if dark else "--no-dark"])
            window, store = build_window(args)
            window.resize(1400, 860)
            window.show()
            window.view.setFocus()
            loop = QEventLoop()
            window.ready.connect(loop.quit)
            QTimer.singleShot(10_000, loop.quit)
            if not window.is_ready():
                loop.exec()
            if focus:  # the dark shot also shows a focused theme and the commitments
                window.focus_theme(focus)
                window.step_passage(1)
                window.sidebar.setCurrentIndex(1)
            settle()
            path = out / name
            window.grab().save(str(path))
            print(path)
            window.close()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
