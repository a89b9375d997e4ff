"""Fixtures for driving the real reading window with qtbot."""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.ui.launch import build_window, parse_args

# The offscreen platform plugin (used in tests and CI) warns that it cannot forward size
# hints to a window manager it does not have; that is the plugin's limit, not our defect.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def collect_qt_garbage(qapp) -> Iterator[None]:
    """Collect a test's Python-side cycles while the QApplication still runs: a Qt wrapper
    left to pytest's final garbage collection, after the app's objects are gone, can crash
    the interpreter on exit (it did, depending only on when collections happened to run)."""
    yield
    gc.collect()


@pytest.fixture
def open_window(qtbot, private_data_dir: Path) -> Iterator[Callable[..., object]]:
    """Build the window as launch() does, show it, and wait until it is ready."""
    stores = []

    def make(*argv: str, data_dir: Path | None = None, size: tuple[int, int] | None = (1200, 800),
             wait: bool = True, dark: bool | None = False):
        # Light by default so results do not depend on the desktop; None = saved choice.
        mode = [] if dark is None else ["--dark" if dark else "--no-dark"]
        args = parse_args(["--data-dir", str(data_dir or private_data_dir), *mode, *argv])
        window, store = build_window(args)
        stores.append(store)
        qtbot.addWidget(window)
        if size is not None:  # None keeps the geometry the window restored
            window.resize(*size)
        if wait:
            with qtbot.waitSignal(window.ready, timeout=15_000):
                window.show()
        else:
            window.show()
        return window

    yield make
    for store in stores:
        with contextlib.suppress(Exception):  # already closed by a test
            store.close()
