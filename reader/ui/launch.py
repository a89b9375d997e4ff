"""Start the reading window: parse arguments, make the QApplication, build and show the window."""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.ui import feature_hook

if TYPE_CHECKING:  # only for annotations: the window's imports wait until launch()
    from PySide6.QtWidgets import QApplication

    from reader.core.codebook import Codebook
    from reader.store import Store
    from reader.ui.main_window import MainWindow


# The store's copy of the parsed default codebook (see _default_codebook).
CODEBOOK_CACHE_KEY = "cache.default_codebook"

# What the window needs before its first paint that does not import Qt.
QT_FREE_MODULES = ("reader.core.article", "reader.core.codebook", "reader.store",
                   "reader.paths", "reader.ui.session", "reader.ui.style", "reader.core.search",
                   "reader.ui.focus")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The window's options. The common spellings are read directly (see _parse_plain);
    anything else (help, mistakes, `--`, abbreviations) goes to argparse."""
    argv = list(argv)
    return _parse_plain(argv) or _parser().parse_args(argv)


# Option -> (Namespace field, value it stores; None means the next argument is the value).
_PLAIN_OPTIONS: dict[str, tuple[str, object]] = {
    "--data-dir": ("data_dir", None), "--codebook": ("codebook", None),
    "--smoke": ("smoke", True), "--dark": ("dark", True), "--no-dark": ("dark", False),
}


def _parse_plain(argv: list[str]) -> argparse.Namespace | None:
    """The Namespace argparse would give for plain argument lists, or None for anything
    else. Building the ArgumentParser costs ~6 ms before the first paint, most of it
    gettext looking up translations of its help texts, which a launch never shows."""
    values: dict[str, object] = {"path": None, "data_dir": None, "codebook": None,
                                 "smoke": False, "dark": None}
    items = iter(argv)
    for item in items:
        option, equals, attached = item.partition("=")
        if option in _PLAIN_OPTIONS:
            field, stored = _PLAIN_OPTIONS[option]
            if stored is None:
                value = attached if equals else next(items, None)
                if not value or value.startswith("-"):
                    return None  # missing or odd value: argparse says what is wrong
                values[field] = value
            elif equals:
                return None
            else:
                values[field] = stored
        elif item.startswith("-") or values["path"] is not None:
            return None  # help, an unknown option, `--`, or a second path
        else:
            values["path"] = item
    return argparse.Namespace(**values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley", description="Read a diplomatic statement with its themes, "
        "participants and commitments.")
    parser.add_argument("path", nargs="?", help="a .txt, .md or .html statement to open "
                        "(default: the last one, or the bundled statement on first run)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="user data folder (default: $PARLEY_DATA_DIR or the platform's)")
    parser.add_argument("--codebook", metavar="FILE", help="a codebook .toml or .json to use")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, wait until everything is drawn, print timings "
                        "as one JSON line and exit")
    parser.add_argument("--dark", action=argparse.BooleanOptionalAction, default=None,
                        help="start in dark (or --no-dark light) mode for this session")
    return parser


def peak_rss_mb() -> float | None:
    """The process's peak resident memory in MB (None where the platform will not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return _windows_peak_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _windows_peak_mb() -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t),
                        ("WorkingSetSize", ctypes.c_size_t)] + [
                (n, ctypes.c_size_t) for n in ("QPPPU", "QPPU", "QPNPPU", "QNPPU", "PFU", "PPFU")]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        handle = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            handle, ctypes.byref(counters), counters.cb)
        return round(counters.PeakWorkingSetSize / 1024 / 1024, 1)
    except (OSError, AttributeError):
        return None


def launch(argv: Sequence[str], process_start: float | None = None) -> int:
    """Open the window (or run the --smoke check); returns the exit code."""
    started = time.perf_counter() if process_start is None else process_start
    args = parse_args(argv)
    # qtawesome and pyqtgraph choose their Qt binding from these; both are imported later.
    os.environ.setdefault("QT_API", "pyside6")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    if args.smoke and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # CI has no screen

    # Parley's Qt-free modules first: once PySide6 is loaded it reads the source of every
    # module imported after it (its __feature__ import hook), ~7 ms over these.
    for name in QT_FREE_MODULES:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication

    # PySide6 reads the source of each module imported from now on; read it faster.
    feature_hook.install()

    # Fusion: the same look in light and dark on every platform. Named on the command line
    # Qt sees, the style is made inside Qt; app.setStyle("Fusion") would also wrap the
    # returned QStyle for Python (~10 ms before the first paint).
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "parley", "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    assert isinstance(app, QApplication)
    app.setApplicationName("Parley")
    app.setApplicationDisplayName("Parley")
    app.setOrganizationName("Parley")

    window, store = build_window(args)
    window.prefetch_first_article = True
    if args.smoke:
        return _smoke(app, window, store, started)
    window.show()
    window.view.setFocus()  # keys scroll the text at once (and no list row looks selected)
    code = app.exec()
    store.close()
    return code


def build_window(args: argparse.Namespace) -> tuple[MainWindow, Store]:
    """The object graph: store -> session, codebook -> window, with the article opened."""
    from reader.core.codebook import load_codebook
    from reader.core.errors import CodebookError
    from reader.paths import bundled_article
    from reader.store import Store
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    store = Store.open(args.data_dir)
    session = Session(store)
    codebook, problem = None, None
    if args.codebook:
        try:
            codebook = load_codebook(args.codebook)
        except CodebookError as exc:
            problem = f"{exc}\nUsing the default codebook instead."
    if codebook is None:
        try:
            codebook = store.user_codebook()
        except Exception as exc:  # a damaged saved codebook: fall back, and say so
            problem = f"Your saved codebook could not be read ({exc}); using the default."
    after_paint: list[Callable[[], None]] = []
    if codebook is None:
        codebook = _default_codebook(store, later=after_paint.append)
    dark = args.dark if args.dark is not None else session.dark()
    window = MainWindow(session, codebook, dark=dark)
    _run_after_first_paint(window, after_paint)
    window.restore_session()
    if problem:
        window.banner.show_message(problem, "warning")
    path = args.path or session.last_article() or str(bundled_article())
    if not window.open_path(path) and args.path is None and path != str(bundled_article()):
        window.open_path(bundled_article())
    elif window.article is None and args.path is not None:
        # The file named on the command line failed: show the bundled one under the message.
        message = window.banner.text()
        window.open_path(bundled_article())
        window.banner.show_message(message, "error")
    return window, store


def _default_codebook(store: Store,
                      later: Callable[[Callable[[], None]], None] | None = None) -> Codebook:
    """The shipped codebook, from a copy the store keeps of its parsed data.

    Reading resources/codebook.toml costs ~8 ms (tomllib's import and the parse) before the
    first paint; the copy is a JSON value read with the session state, keyed by the file's
    size and modification time, and re-made from the file whenever either changes or the
    copy does not validate. Making the copy is a committed write (an fsync); `later`, when
    given, is handed that write to run after the first paint instead of now.
    """
    from reader.core.codebook import codebook_from_dict, default_codebook, default_codebook_path
    from reader.core.errors import CodebookError

    try:
        info = default_codebook_path().stat()
        stamp = [info.st_size, info.st_mtime_ns]
        cached = store.get_state(CODEBOOK_CACHE_KEY)
    except Exception:  # no stat, or a store that cannot read: parse the file as before
        return default_codebook()
    if isinstance(cached, dict) and cached.get("stamp") == stamp:
        try:
            return codebook_from_dict(cached.get("data"), origin="cached default codebook")
        except CodebookError:
            pass  # re-made below
    codebook = default_codebook()

    def keep_copy() -> None:
        # A store that cannot write (read-only): the next start parses the file again.
        with contextlib.suppress(Exception):
            store.set_state(CODEBOOK_CACHE_KEY, {"stamp": stamp, "data": codebook.to_dict()})

    if later is None:
        keep_copy()
    else:
        later(keep_copy)
    return codebook


def _run_after_first_paint(window: MainWindow, tasks: list[Callable[[], None]]) -> None:
    """Run `tasks` once the window's text is on screen (writes that need not delay it)."""
    if not tasks:
        return

    from PySide6.QtCore import QTimer

    def run_all() -> None:
        for task in tasks:
            task()

    def painted() -> None:
        window.view.first_painted.disconnect(painted)
        QTimer.singleShot(0, run_all)  # not inside the paint: the frame reaches the screen first

    window.view.first_painted.connect(painted)


def _smoke(app: QApplication, window: MainWindow, store: Store, started: float) -> int:
    """Show the window, wait for `ready`, print the timings as JSON, exit."""
    from PySide6.QtCore import QTimer

    marks: dict[str, float] = {}
    def first_paint() -> None:
        marks.setdefault("first_paint_s", time.perf_counter() - started)
        # Wall-clock time too, so a benchmark can count from the moment it spawned us,
        # interpreter start-up included.
        marks.setdefault("first_paint_at", time.time())

    window.view.first_painted.connect(first_paint)

    def done() -> None:
        marks.setdefault("ready_s", time.perf_counter() - started)
        app.quit()

    window.ready.connect(done)
    QTimer.singleShot(60_000, app.quit)  # never hang CI
    window.show()
    window.view.setFocus()
    app.exec()
    import json

    ok = "ready_s" in marks and "first_paint_s" in marks
    result = {
        "first_paint_s": round(marks.get("first_paint_s", -1.0), 4),
        "ready_s": round(marks.get("ready_s", -1.0), 4),
        "peak_rss_mb": peak_rss_mb(),
        "first_paint_at": marks.get("first_paint_at"),
    }
    print(json.dumps(result), flush=True)
    window.close()
    store.close()
    return 0 if ok else 1


__all__ = ["build_window", "launch", "parse_args", "peak_rss_mb"]
