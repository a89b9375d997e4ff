"""The core must not import Qt: import every core module in a fresh interpreter and check."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

SCRIPT = """
import importlib, pkgutil, sys
import reader.core as core
for info in pkgutil.walk_packages(core.__path__, "reader.core."):
    importlib.import_module(info.name)
import reader.paths, reader.commands.analyze
bad = sorted(m for m in sys.modules
             if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "qtawesome", "numpy"))
print(",".join(bad))
"""


def test_core_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=120)
    assert out.stdout.strip() == ""
