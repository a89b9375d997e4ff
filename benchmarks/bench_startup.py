"""Startup and interaction speed of the reading window, with a bare PySide6 window as floor.

    python benchmarks/bench_startup.py [--runs N]

1. First paint: `main.py --smoke` against a bare PySide6 window showing the same text in a
   QTextEdit (its first paint seen by a paintEvent override), run alternately in fresh
   processes on a 1920x1080 offscreen screen; both count from the top of their script.
   Prints medians and the ratio (target <= 1.3), and Parley's ready time (target: within
   0.6 s of the bare first paint).
2. A 1 MB article: time until its text is on screen and interactive (target < 1 s), until
   highlights/sidebar/chart are ready, and the latency of focusing a theme and stepping
   to the next passage (target < 50 ms), medians; then reopening it from its saved analysis.
   Parley's runs reuse one data folder, as a user's launches do (the last article, its
   saved analysis); a first launch with an empty data folder is timed separately.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "articles" / "c5plus1-special-session-afghanistan-2023.txt"

# The floor: the least a PySide6 window showing this text in a QTextEdit costs, with its
# first paint seen by a paintEvent override (as Parley's view sees its own).
BARE = """
import time
START = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
class Edit(QTextEdit):
    at = None
    def paintEvent(self, event):
        super().paintEvent(event)
        if self.at is None:
            self.t = time.perf_counter() - START
            self.at = time.time()
            QTimer.singleShot(0, app.quit)
edit = Edit()
edit.setPlainText(open(sys.argv[1], encoding="utf-8").read())
edit.resize(1360, 860)  # the size Parley's window opens at
edit.show()
app.exec()
print(edit.at)
print(edit.t)
"""
# The floor as measured until 2026-11-29: an event filter on the viewport. Asking PySide for
# the viewport makes it look up the Python type of a Qt-made widget, which builds the enums
# of ~70 widget classes (~12 ms); Parley's view avoids that, so against this floor its ratio
# looks better than it is. Still printed, for comparison with earlier figures.
BARE_FILTER = """
import time
START = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
edit = QTextEdit()
edit.setPlainText(open(sys.argv[1], encoding="utf-8").read())
edit.resize(1360, 860)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "t"):
            self.t = time.perf_counter() - START
            self.at = time.time()
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
edit.viewport().installEventFilter(probe)
edit.show()
app.exec()
print(probe.at)
print(probe.t)
"""


def run_bare(env: dict[str, str], script: str = BARE) -> tuple[float, float, float]:
    """(first paint from script start, from spawn, process wall time)."""
    t0, spawned = time.perf_counter(), time.time()
    out = subprocess.run([sys.executable, "-c", script, str(BUNDLED)], capture_output=True,
                         text=True, env=env, check=True).stdout.strip().splitlines()
    return float(out[-1]), float(out[-2]) - spawned, time.perf_counter() - t0


def run_parley(env: dict[str, str], data: str) -> tuple[dict, float]:
    """(the --smoke JSON plus "from_spawn_s", process wall time)."""
    t0, spawned = time.perf_counter(), time.time()
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--data-dir", data,
                          str(BUNDLED)], capture_output=True, text=True, env=env, check=True,
                         cwd=ROOT).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["from_spawn_s"] = result["first_paint_at"] - spawned
    return result, time.perf_counter() - t0


def offscreen_platform(folder: str) -> str:
    """QT_QPA_PLATFORM for an offscreen desktop-sized screen. The offscreen plugin's own
    screen is 800x800: Parley's second start would restore its saved 1360 px window fitted
    into that, with a text column a few words wide, which is no reader's window."""
    config = Path(folder) / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def startup(runs: int) -> None:
    env = dict(os.environ)
    # An installed app starts from compiled bytecode, as pip leaves it; some sandboxes set
    # PYTHONDONTWRITEBYTECODE and would make every start recompile Parley's source (about
    # 50 ms here) while the bare window has none to compile. Compile once, as pip does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True)
    bare, bare_wall, paint, ready, wall, rss = [], [], [], [], [], []
    bare_spawn, paint_spawn, filtered, first_paint, first_ready = [], [], [], [], []
    with tempfile.TemporaryDirectory() as data:
        env["QT_QPA_PLATFORM"] = offscreen_platform(data)
        run_parley(env, data)  # warm the file cache and create the store once
        run_bare(env)
        for _ in range(runs):
            b, bs, bw = run_bare(env)
            p, pw = run_parley(env, data)
            filtered.append(run_bare(env, BARE_FILTER)[0])
            # A first launch: an empty data folder, so nothing saved (session, codebook copy,
            # the article's analysis) can be reused.
            with tempfile.TemporaryDirectory() as fresh:
                f, _ = run_parley(env, fresh)
            first_paint.append(f["first_paint_s"])
            first_ready.append(f["ready_s"])
            bare.append(b)
            bare_spawn.append(bs)
            paint_spawn.append(p["from_spawn_s"])
            bare_wall.append(bw)
            paint.append(p["first_paint_s"])
            ready.append(p["ready_s"])
            wall.append(pw)
            rss.append(p["peak_rss_mb"])
    med = statistics.median
    print(f"startup ({runs} alternating runs each, medians, seconds from script start)")
    print(f"  bare PySide6 QTextEdit first paint : {med(bare):.3f} s "
          f"(process wall {med(bare_wall):.3f})")
    print(f"  Parley first paint                 : {med(paint):.3f} s "
          f"(process wall {med(wall):.3f})")
    print(f"  ratio first paint Parley / bare    : {med(paint) / med(bare):.2f}  (target <= 1.30)")
    print(f"  counted from spawning the process (interpreter start-up included): bare "
          f"{med(bare_spawn):.3f} s, Parley {med(paint_spawn):.3f} s, ratio "
          f"{med(paint_spawn) / med(bare_spawn):.2f}")
    print(f"  Parley ready (highlights, sidebar, chart): {med(ready):.3f} s; "
          f"ready - bare first paint = {med(ready) - med(bare):.3f} s  (target <= 0.60)")
    print(f"  first launch (empty data folder): first paint {med(first_paint):.3f} s (ratio "
          f"{med(first_paint) / med(bare):.2f}), ready {med(first_ready):.3f} s; ready - bare "
          f"first paint = {med(first_ready) - med(bare):.3f} s")
    print(f"  Parley peak RSS                    : {med(rss):.0f} MB")
    print(f"  (against the older floor, an event filter on the viewport: {med(filtered):.3f} s, "
          f"ratio {med(paint) / med(filtered):.2f})")


def large(size_mb: float, steps: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from reader.store import ANALYSIS_CACHE_DIR
    from reader.ui.launch import build_window, parse_args

    app = QApplication.instance() or QApplication(["bench"])
    body = BUNDLED.read_text(encoding="utf-8").split("\n", 1)[1]
    copies = int(size_mb * 1024 * 1024 / len(body.encode("utf-8"))) + 1
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text("A large record\n\n" + "\n\n".join([body] * copies), encoding="utf-8")
        window, store = build_window(parse_args(["--data-dir", tmp, "--no-dark"]))
        window.resize(1200, 800)
        window.show()
        wait(window.ready)
        marks: dict[str, float] = {}
        window.view.first_painted.connect(lambda: marks.setdefault("text", time.perf_counter()))
        t0 = time.perf_counter()
        window.open_path(path)
        wait(window.ready, timeout_ms=120_000)
        t_ready = time.perf_counter() - t0
        print(f"{path.stat().st_size / 1e6:.2f} MB article ({len(window.analysis.sentences)} "
              "passages)")
        print(f"  open to text on screen (interactive): {marks['text'] - t0:.3f} s  (target < 1)")
        print(f"  open to ready (analysis on a worker thread, highlights, chart): {t_ready:.3f} s"
              f" (analysis itself {window.timings.get('analysis_s', 0):.3f} s)")
        # The latency the reader feels: the call plus the repaint it causes.
        focus_ms, step_ms = [], []
        for theme_id in window.codebook.ids * 2:
            t = time.perf_counter()
            window.focus_theme(theme_id)
            window.view.viewport().repaint()
            focus_ms.append((time.perf_counter() - t) * 1000)
            window.clear_focus()
        window.focus_theme("cooperation")
        for _ in range(steps):
            t = time.perf_counter()
            window.step_passage(1)
            window.view.viewport().repaint()
            step_ms.append((time.perf_counter() - t) * 1000)
        print(f"  focus a theme: median {med(focus_ms):.1f} ms, max {max(focus_ms):.1f} ms"
              "  (target < 50)")
        print(f"  next passage : median {med(step_ms):.1f} ms, max {max(step_ms):.1f} ms"
              "  (target < 50)")
        # Reopening it: the analysis saved after the first open is read back instead.
        saved = Path(tmp) / ANALYSIS_CACHE_DIR
        wait_until(lambda: any(saved.glob("*.bin")))
        window.open_path(BUNDLED)
        wait(window.ready)
        t0 = time.perf_counter()
        window.open_path(path)
        wait(window.ready, timeout_ms=120_000)
        size = sum(f.stat().st_size for f in saved.glob("*.bin") if f.stat().st_size > 100_000)
        print(f"  reopen to ready from the saved analysis ({size / 1e6:.2f} MB on disk): "
              f"{time.perf_counter() - t0:.3f} s (saved: {window.runner.from_saved})")
        window.close()
        store.close()
    del app


def wait_until(condition: object, timeout_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < end:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.01)


def wait(signal: object, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    startup(args.runs)
    large(args.size_mb, args.steps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
