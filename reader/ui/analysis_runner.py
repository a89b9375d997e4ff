"""AnalysisRunner: analyse an article now (small) or on a worker thread (large)."""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from reader.core.analysis import Analysis
    from reader.core.article import Article
    from reader.core.codebook import Codebook

# Below this many characters analysis takes a few milliseconds: run it on the UI thread
# and skip the thread's overhead. Above it (a 1 MB file takes seconds) use a worker.
THREAD_THRESHOLD = 150_000


def analyze(article: Article, codebook: Codebook) -> Analysis:
    """The core's analyze, imported on first use: its matching tables load after the
    window's first paint."""
    from reader.core.analysis import analyze as core_analyze

    return core_analyze(article, codebook)


class AnalysisRunner(QObject):
    """Runs `analyze` and reports back on the UI thread.

    Signals:
        started(bool): fires when an analysis begins; True when it runs in the background.
        finished(object, float): fires on the UI thread with the Analysis and its seconds.
        failed(str): fires with a message when the analysis raised.
    """

    started = Signal(bool)
    finished = Signal(object, float)
    failed = Signal(str)
    # Internal: carries a worker's result across threads (queued to this object's thread).
    _done = Signal(int, object, float, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._done.connect(self._on_done)

    def run(self, article: Article, codebook: Codebook) -> None:
        """Analyse `article`; an earlier analysis still running is superseded."""
        self._generation += 1
        generation = self._generation
        background = len(article.text) >= THREAD_THRESHOLD
        self.started.emit(background)
        if not background:
            self._work(generation, article, codebook)
            return
        thread = threading.Thread(target=self._work, args=(generation, article, codebook),
                                  name="parley-analysis", daemon=True)
        thread.start()


    def _work(self, generation: int, article: Article, codebook: Codebook) -> None:
        start = time.perf_counter()
        try:
            result: Analysis | None = analyze(article, codebook)
            error = ""
        except Exception as exc:  # any failure is reported to the reader, never fatal
            result, error = None, f"The analysis failed: {exc}"
        self._done.emit(generation, result, time.perf_counter() - start, error)

    def _on_done(self, generation: int, result: object, seconds: float, error: str) -> None:
        if generation != self._generation:
            return  # a newer article was opened meanwhile
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result, seconds)
