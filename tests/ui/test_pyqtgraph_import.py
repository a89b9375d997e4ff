"""pyqtgraph imported through forwarding mirrors draws as a plain import does, leaves
PySide6 as it found it, and falls back to a plain import where the mirrors would not fit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from reader.ui.pyqtgraph_import import forwarding_mirror, mirrors_are_empty

REPO = Path(__file__).resolve().parents[2]

# Draws the theme chart of a few counts and reports what the import left behind. With
# "plain" as argument, pyqtgraph is imported the usual way first (the loader then only
# returns it).
DRAW = """
import hashlib, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
import PySide6.QtCore
app = QApplication([])
names_before = len(set(dir(PySide6.QtCore)))  # PySide6 lists some names twice
if sys.argv[1] == "plain":
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
    import pyqtgraph
from reader.ui.chart import ThemeChart
from reader.ui.palette import ThemeColors
from reader.core.codebook import default_codebook
codebook = default_codebook()
chart = ThemeChart(ThemeColors(codebook, dark=False))
chart.resize(320, 240)
themes = [(theme.id, theme.name) for theme in codebook.themes]
chart.set_counts(themes, {theme_id: 3 * i + 1 for i, (theme_id, _) in enumerate(themes)})
chart.set_focus_theme(themes[2][0])
chart.show()
for _ in range(5):
    app.processEvents()
image = chart.grab().toImage()
bits = bytes(image.constBits())
mirror = sys.modules["pyqtgraph.Qt.QtCore"]
print(json.dumps({
    "pixels": hashlib.sha256(bits).hexdigest(), "size": [image.width(), image.height()],
    "names_before": names_before, "names_after": len(set(dir(PySide6.QtCore))),
    "forwarding": "__getattr__" in vars(mirror),
    "patch_stays_in_mirror": hasattr(sys.modules["pyqtgraph.Qt.QtGui"], "QFileSystemModel")
        and "QFileSystemModel" not in vars(sys.modules["PySide6.QtGui"]),
}))
"""


def _draw(how: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYQTGRAPH_QT_LIB", None)
    done = subprocess.run([sys.executable, "-c", DRAW, how], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_chart_draws_the_same_pixels_either_way():
    mirrored, plain = _draw("mirrored"), _draw("plain")
    assert mirrored["forwarding"] and not plain["forwarding"]
    assert mirrored["size"] == plain["size"]
    assert mirrored["pixels"] == plain["pixels"]
    # PySide6 lists its names again afterwards, as it did before.
    assert mirrored["names_after"] == mirrored["names_before"] == plain["names_after"] > 200
    assert mirrored["patch_stays_in_mirror"]


def test_a_mirror_forwards_each_name_once_and_keeps_its_own_patches():
    source = types.ModuleType("source")
    source.Widget = object()
    mirror = forwarding_mirror("pyqtgraph.Qt.Fake", source)
    assert "Widget" not in vars(mirror)
    assert mirror.Widget is source.Widget
    assert vars(mirror)["Widget"] is source.Widget  # kept: the next lookup is the mirror's
    mirror.Patched = 1
    assert not hasattr(source, "Patched")
    with pytest.raises(AttributeError):
        _ = mirror.Missing
    assert not hasattr(mirror, "Missing")


def _fake_pyqtgraph(root: Path, mirror_body: str = '"""docstring only"""\n',
                    init_body: str = "") -> Path:
    package = root / "pyqtgraph"
    for name in ("QtCore", "QtGui", "QtWidgets"):
        (package / "Qt" / name).mkdir(parents=True)
        (package / "Qt" / name / "__init__.py").write_text(mirror_body, encoding="utf-8")
    (package / "Qt" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text(init_body, encoding="utf-8")
    return package


def test_mirrors_with_code_in_them_mean_a_plain_import(tmp_path: Path):
    assert mirrors_are_empty()  # the installed pyqtgraph's
    assert mirrors_are_empty(_fake_pyqtgraph(tmp_path / "a"))
    assert not mirrors_are_empty(_fake_pyqtgraph(tmp_path / "b", mirror_body="X = 1\n"))
    assert not mirrors_are_empty(tmp_path / "nowhere")
    broken = _fake_pyqtgraph(tmp_path / "c")
    (broken / "Qt" / "QtGui" / "__init__.py").write_text("def (:\n", encoding="utf-8")
    assert not mirrors_are_empty(broken)


FAILING = """
import json, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
before = len(set(dir(PySide6.QtCore)))
from reader.ui.pyqtgraph_import import import_pyqtgraph
try:
    import_pyqtgraph()
except ImportError as exc:
    error = str(exc)
print(json.dumps({"error": error, "before": before, "after": len(set(dir(PySide6.QtCore))),
                  "left": sorted(n for n in sys.modules if n.startswith("pyqtgraph"))}))
"""


@pytest.mark.parametrize("init_body", [
    "raise ImportError('broken pyqtgraph')\n",
    # a failure after part of the package (holding the mirrors) was imported
    "from . import Qt\nraise ImportError('broken pyqtgraph')\n",
])
def test_a_failed_import_leaves_pyside_and_the_modules_as_they_were(tmp_path: Path,
                                                                     init_body: str):
    _fake_pyqtgraph(tmp_path, init_body=init_body)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(tmp_path)]))
    env.pop("PYQTGRAPH_QT_LIB", None)
    done = subprocess.run([sys.executable, "-c", FAILING, str(tmp_path)], cwd=REPO,
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["error"] == "broken pyqtgraph"
    assert result["after"] == result["before"] > 200
    assert result["left"] == []
