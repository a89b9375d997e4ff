"""AnalysisRunner: analyse an article now (small) or on a worker thread (large), reusing the
analysis saved in the store when the article, codebook and Parley are unchanged."""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    import subprocess

    from reader.core.article import Article
    from reader.core.codebook import Codebook
    from reader.core.records import Analysis
    from reader.store import Store

# Below this many characters analysis takes a few milliseconds: run it on the UI thread
# and skip the thread's overhead. Above it (a 1 MB file takes seconds) use a worker.
THREAD_THRESHOLD = 150_000
# How often to look whether a helper process (reader.prefetch) is done, and how long to
# wait for one before analysing here instead (it analyses the same text, so normally it
# is simply done first; a 1 MB article takes it a few seconds).
HELPER_POLL_MS = 10
HELPER_PATIENCE_S = 60.0


def analyze(article: Article, codebook: Codebook) -> Analysis:
    """The core's analyze, imported on first use: its matching tables load after the
    window's first paint."""
    from reader.core.analysis import analyze as core_analyze

    return core_analyze(article, codebook)


class AnalysisRunner(QObject):
    """Runs `analyze` (or reads the saved result) and reports back on the UI thread.

    Signals:
        started(bool): fires when an analysis begins; True when it runs in the background.
        finished(object, float): fires on the UI thread with the Analysis and its seconds.
        failed(str): fires with a message when the analysis raised.

    `from_saved` says whether the last finished analysis was read from the store.
    """

    started = Signal(bool)
    finished = Signal(object, float)
    failed = Signal(str)
    # Internal: carries a worker's result across threads (queued to this object's thread):
    # generation, analysis, seconds, error, key, packed bytes to save, read from the store.
    _done = Signal(int, object, float, str, str, object, bool)

    def __init__(self, parent: QObject | None = None, store: Store | None = None):
        super().__init__(parent)
        self._generation = 0
        self._store = store
        self.from_saved = False
        # A helper process analysing ahead (reader.prefetch): its key and process.
        self._helper: tuple[str, subprocess.Popen[bytes]] | None = None
        self._helper_poll = QTimer(self, interval=HELPER_POLL_MS)
        self._helper_poll.timeout.connect(self._check_helper)
        self._waiting: tuple[int, Article, Codebook, str, float] | None = None
        self._done.connect(self._on_done)

    def prefetch(self, article: Article, codebook: Codebook) -> bool:
        """Have a helper process analyse `article` now, for a `run` to come; True when one
        was started (see reader.prefetch for when that is worth it)."""
        if self._store is None:
            return False
        from reader.core.analysis_cache import cache_key
        from reader.prefetch import start

        key = cache_key(article, codebook)
        helper = start(article, codebook, self._store, key)
        if helper is not None:
            self._helper = (key, helper)
        return helper is not None

    def run(self, article: Article, codebook: Codebook) -> None:
        """Analyse `article`; an earlier analysis still running is superseded."""
        self._generation += 1
        generation = self._generation
        self._waiting = None
        self._helper_poll.stop()
        key, saved = self._saved(article, codebook)
        if saved is None and self._helper is not None and self._helper[0] == key:
            # The helper is analysing this very article: wait for it, without blocking
            # (the window loads its chart meanwhile), then read what it saved.
            self.started.emit(True)
            self._waiting = (generation, article, codebook, key, time.perf_counter())
            self._helper_poll.start()
            return
        if self._helper is not None and self._helper[1].poll() is not None:
            self._helper = None  # done (and reaped)
        self.started.emit(len(article.text) >= THREAD_THRESHOLD)
        self._dispatch(generation, article, codebook, key, saved)

    def _dispatch(self, generation: int, article: Article, codebook: Codebook, key: str,
                  saved: bytes | None) -> None:
        """Analyse (or unpack `saved`) here for a short article, on a worker for a long one."""
        if len(article.text) < THREAD_THRESHOLD:
            self._work(generation, article, codebook, key, saved, False)
            return
        threading.Thread(target=self._work,
                         args=(generation, article, codebook, key, saved, True),
                         name="parley-analysis", daemon=True).start()

    def _saved(self, article: Article, codebook: Codebook) -> tuple[str, bytes | None]:
        """The article's key and its saved analysis, if the store has one (read here, on
        the UI thread, which owns the store)."""
        if self._store is None:
            return "", None
        from reader.core.analysis_cache import cache_key

        key = cache_key(article, codebook)
        return key, self._store.saved_analysis(key)

    def _check_helper(self) -> None:
        if self._helper is None or self._waiting is None:
            self._helper_poll.stop()
            return
        key, helper = self._helper
        generation, article, codebook, _, since = self._waiting
        if helper.poll() is None and time.perf_counter() - since < HELPER_PATIENCE_S:
            return  # still working
        if helper.poll() is None:
            helper.kill()  # stuck: the window analyses itself
        self._helper_poll.stop()
        self._helper = self._waiting = None
        saved = self._store.saved_analysis(key) if self._store is not None else None
        self._dispatch(generation, article, codebook, key, saved)

    def _work(self, generation: int, article: Article, codebook: Codebook, key: str,
              saved: bytes | None, background: bool) -> None:
        start = time.perf_counter()
        result: Analysis | None = None
        error, packed = "", None
        if saved is not None:
            from reader.core.analysis_cache import SavedAnalysisError, unpack

            try:
                result = unpack(saved, article, codebook)
            except SavedAnalysisError:
                packed = b""  # tells _on_done to remove it; analysed afresh below
        from_saved = result is not None
        if result is None:
            try:
                result = analyze(article, codebook)
                if key and background:  # a small one is packed after it is shown
                    from reader.core.analysis_cache import pack

                    packed = pack(result)
            except Exception as exc:  # any failure is reported to the reader, never fatal
                result, error = None, f"The analysis failed: {exc}"
        self._done.emit(generation, result, time.perf_counter() - start, error, key, packed,
                        from_saved)

    def _on_done(self, generation: int, result: object, seconds: float, error: str, key: str,
                 packed: object, from_saved: bool) -> None:
        if packed == b"" and self._store is not None:
            self._store.forget_analysis(key)
        if generation != self._generation:
            return  # a newer article was opened meanwhile
        if error:
            self.failed.emit(error)
            return
        self.from_saved = from_saved
        self.finished.emit(result, seconds)
        if self._store is None or not key or from_saved:
            return
        if isinstance(packed, bytes) and packed:
            self._store.save_analysis(key, packed)
        else:
            # Packing the statement at hand takes a few ms: after what it shows is drawn.
            QTimer.singleShot(0, lambda: self._save_later(key, result))

    def _save_later(self, key: str, analysis: object) -> None:
        from reader.core.analysis_cache import pack

        if self._store is not None:
            self._store.save_analysis(key, pack(analysis))  # type: ignore[arg-type]
