"""The quicker PySide6 source check gives PySide6's own answers, and is optional."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

from reader.ui import feature_hook

REPO = Path(__file__).resolve().parents[2]

COMPARE = """
import json, os, sys
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
import PySide6.QtWidgets
from reader.ui import feature_hook
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
assert feature_hook.install() and feature_hook.install()  # twice: wraps once
assert feature._mod_uses_pyside is not original
import pyqtgraph, numpy
import reader.ui.main_window, reader.ui.chart, reader.ui.sidebar
quick = feature._mod_uses_pyside
modules = [m for m in list(sys.modules.values()) if isinstance(m, type(sys))]
print(json.dumps({"count": len(modules),
                  "differ": [m.__name__ for m in modules if quick(m) != original(m)],
                  "using": sorted(m.__name__ for m in modules if quick(m))}))
"""


def test_the_quicker_check_answers_as_pyside_does():
    done = subprocess.run([sys.executable, "-c", COMPARE], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["count"] > 300
    assert result["differ"] == []
    # It does find the modules that use PySide6 (ours and pyqtgraph's among them).
    assert "reader.ui.main_window" in result["using"]
    assert any(name.startswith("pyqtgraph") for name in result["using"])
    assert "json" not in result["using"]


def test_modules_without_a_source_file_go_to_pyside_itself(tmp_path: Path):
    asked = []

    def original(module):
        asked.append(module.__name__)
        return False

    quick = feature_hook.quicker(original)
    assert quick(sys) is False  # built in: no __file__
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "missing.py")  # unreadable: PySide's way
    assert quick(gone) is False
    source = tmp_path / "uses.py"
    source.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    uses = types.ModuleType("uses")
    uses.__file__ = str(source)
    assert quick(uses) is True
    assert asked == ["sys", "gone"]


def test_without_the_internal_hook_nothing_changes(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    assert feature_hook.install() is False
    monkeypatch.setitem(sys.modules, "shibokensupport.feature",
                        types.ModuleType("shibokensupport.feature"))
    assert feature_hook.install() is False


def test_the_launch_installs_it(tmp_path: Path):
    script = ("import sys\n"
              "from reader.ui.launch import launch\n"
              "code = launch(['--smoke', '--data-dir', sys.argv[1]])\n"
              "hook = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
              "print(code, getattr(hook, '_parley_reads_bytes', False))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "0 True"
