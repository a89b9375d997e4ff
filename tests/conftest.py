"""Test setup: Qt offscreen, and a private user data folder for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: no screen here or in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BUNDLED = REPO / "articles" / "c5plus1-special-session-afghanistan-2023.txt"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data folder: each gets its own under tmp_path."""
    data = tmp_path / "parley-data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    return data


@pytest.fixture
def bundled_path() -> Path:
    return BUNDLED
