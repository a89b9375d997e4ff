"""Import heavy modules on a worker thread while the window finishes its startup.

pyqtgraph (with numpy) takes a third of a second to import. Started right after the first
paint, the import overlaps the work the UI thread still does then (side panels, analysis,
painting); the chart's own `import pyqtgraph` later finds it done, or waits for it on the
import lock. Nothing Qt-visible is created on the worker: importing builds classes only.
"""
from __future__ import annotations

import importlib
import os
import threading


def prewarm(*modules: str) -> threading.Thread:
    """Import `modules` on a daemon thread; failures are left for the real import to report."""
    # pyqtgraph picks its binding at import (see reader.ui.chart).
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

    def work() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the UI thread's own import raises it again, visibly
                return

    thread = threading.Thread(target=work, name="parley-prewarm", daemon=True)
    thread.start()
    return thread
