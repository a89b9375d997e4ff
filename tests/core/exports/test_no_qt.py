"""The export modules belong to the Qt-free core: importing them loads no Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def test_exports_import_no_qt() -> None:
    modules = sorted(p.stem for p in (REPO / "reader" / "core" / "exports").glob("*.py"))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('reader.core.exports.' + name if name != '__init__'"
        " else 'reader.core.exports')\n"
        "importlib.import_module('reader.commands.export')\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 8
