"""Annotating speed in the window, each action against the bare store save it makes (floor).

    python benchmarks/bench_annotating.py [--size-mb 1.0] [--highlights 200] [--runs 30]

For the bundled article and a large one (with many highlights already made), prints the
median time of: the bare SQLite save of a note (the floor: one transaction with fsync),
one keystroke in a note (save + redraw of panel and text), adding a highlight by
selection + key, undoing it, and rejecting / restoring one automatic passage (which
redraws the text, counts, strip and chart). Ratios are against the floor measured in the
same run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "articles" / "c5plus1-special-session-afghanistan-2023.txt"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def wait(signal: object, timeout_ms: int = 120_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(path: Path, data: str, n_highlights: int, runs: int) -> None:
    from reader.core.annotations import REVIEW_REJECTED, Highlight, Review
    from reader.core.commands import ClearReviews, SetReviews
    from reader.ui.launch import build_window, parse_args

    window, store = build_window(parse_args(["--data-dir", data, "--no-dark", str(path)]))
    window.resize(1300, 850)
    window.show()
    if not window.is_ready():
        wait(window.ready)
    annotator, view = window.annotator, window.view
    article = window.article
    text = article.text
    sentences = [s for s in window.analysis.sentences if s.end - s.start > 30]
    # Highlights made before: spread over the text, as a long annotating session leaves.
    step = max(1, len(sentences) // max(1, n_highlights))
    for s in sentences[::step][:n_highlights]:
        store.add_highlight(Highlight.anchored(article.content_id, text, "rights",
                                               s.start, s.end))
    annotator.set_article(article)
    window.refresh_counts()
    target = sentences[len(sentences) // 2]
    view.reveal(target.start, target.end)
    first = annotator.highlights[len(annotator.highlights) // 2]

    def repaint() -> None:
        view.viewport().repaint()

    floor = ms(lambda: store.update_highlight(first.with_changes(note="floor")), runs)
    card = annotator.notes.card(first.id)
    note = ms(lambda: (card.note.insertPlainText("x"), repaint()), runs)

    def add() -> None:
        view.select_span(target.start, target.end)
        annotator.highlight_selection("economy")
        repaint()

    add_ms = ms(add, runs)
    undo_ms = ms(lambda: (annotator.history.undo(), repaint()), runs)
    passage = window.raw_analysis.passages(window.raw_analysis.sentences[0].theme_ids[0]
                                           if window.raw_analysis.sentences[0].themes
                                           else "cooperation")
    p = next(s for s in window.raw_analysis.sentences if s.themes)
    theme = p.theme_ids[0]
    review = Review(article.content_id, theme, p.start, p.end, text[p.start:p.end],
                    REVIEW_REJECTED)
    reject_ms, restore_ms = [], []
    for _ in range(runs):
        t = time.perf_counter()
        annotator.history.push(SetReviews([review]))
        repaint()
        reject_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        annotator.history.push(ClearReviews([(article.content_id, theme, p.start, p.end)]))
        repaint()
        restore_ms.append((time.perf_counter() - t) * 1000)
    del passage
    med = statistics.median
    print(f"{path.name}: {len(text) / 1e6:.2f} M characters, "
          f"{len(window.raw_analysis.sentences)} passages, {len(annotator.highlights)} highlights")
    print(f"  floor (bare store save of a note) : {floor:7.2f} ms")
    for label, value in (("one keystroke in a note", note), ("add highlight (select + key)",
                         add_ms), ("undo it (Ctrl+Z)", undo_ms),
                         ("reject one automatic passage", med(reject_ms)),
                         ("restore it", med(restore_ms))):
        print(f"  {label:34s}: {value:7.2f} ms  ({value / floor:5.1f} x floor)")
    window.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--highlights", type=int, default=200)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        measure(BUNDLED, str(Path(tmp) / "small"), 5, args.runs)
        body = BUNDLED.read_text(encoding="utf-8").split("\n", 1)[1]
        copies = int(args.size_mb * 1024 * 1024 / len(body.encode("utf-8"))) + 1
        large = Path(tmp) / "large.txt"
        large.write_text("A large record\n\n" + "\n\n".join([body] * copies), encoding="utf-8")
        measure(large, str(Path(tmp) / "large"), args.highlights, args.runs)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
