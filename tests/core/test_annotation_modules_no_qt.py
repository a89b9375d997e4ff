"""The store, anchoring, commands and CLI modules load no Qt (the CLI must stay light)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ["reader.store", "reader.store_schema", "reader.core.anchoring", "reader.core.commands",
           "reader.commands.annotate", "reader.commands.notes"]


def test_no_qt_is_imported() -> None:
    code = (f"import sys, importlib\nfor m in {MODULES!r}: importlib.import_module(m)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph', 'qtawesome')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
