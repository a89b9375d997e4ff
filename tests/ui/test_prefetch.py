"""The helper process that analyses a starting window's article (reader.prefetch): it saves
exactly what the window would compute, only when it can help, and the window never depends
on it (a failed or stuck helper means the window analyses itself)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader import prefetch
from reader.core.analysis import analyze
from reader.core.analysis_cache import cache_key, unpack
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.paths import bundled_article
from reader.store import Store
from reader.ui import analysis_runner


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    """The helper needs a second core; pretend there is one on any test machine."""
    monkeypatch.setattr(prefetch, "usable_cores", lambda: 2)
    monkeypatch.delenv(prefetch.ENV_SWITCH, raising=False)


def test_the_helper_saves_what_the_window_would_compute(store):
    article, codebook = load_article(bundled_article()), default_codebook()
    key = cache_key(article, codebook)
    helper = prefetch.start(article, codebook, store, key)
    assert helper is not None
    assert helper.wait(timeout=60) == 0
    saved = store.saved_analysis(key)
    assert saved is not None
    assert unpack(saved, article, codebook).to_json() == analyze(article, codebook).to_json()
    # Now that it is saved, no second helper is started for it.
    assert prefetch.start(article, codebook, store, key) is None


def test_no_helper_where_it_cannot_help(store, tmp_path: Path, monkeypatch):
    article, codebook = load_article(bundled_article()), default_codebook()
    key = cache_key(article, codebook)
    monkeypatch.setenv(prefetch.ENV_SWITCH, "0")
    assert prefetch.start(article, codebook, store, key) is None
    monkeypatch.delenv(prefetch.ENV_SWITCH)
    monkeypatch.setattr(prefetch, "usable_cores", lambda: 1)
    assert prefetch.start(article, codebook, store, key) is None
    monkeypatch.setattr(prefetch, "usable_cores", lambda: 2)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    in_memory = Store.open(blocker / "data")  # its folder cannot be made: read-only
    try:
        assert prefetch.start(article, codebook, in_memory, key) is None
    finally:
        in_memory.close()


def test_a_file_changed_since_the_window_read_it_is_left_to_the_window(store, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("Statement\n\nThe Ministers welcomed the agreement.\n", encoding="utf-8")
    article, codebook = load_article(path), default_codebook()
    key = cache_key(article, codebook)
    path.write_text("Statement\n\nThe Ministers condemned the attack.\n", encoding="utf-8")
    helper = prefetch.start(article, codebook, store, key)
    assert helper is not None and helper.wait(timeout=60) == 1
    assert store.saved_analysis(key) is None


def test_the_first_article_comes_from_the_helper(qtbot, open_window, private_data_dir,
                                                 monkeypatch):
    started = []
    real_start = prefetch.start

    def counted(*args):
        helper = real_start(*args)
        started.append(helper)
        return helper

    monkeypatch.setattr(prefetch, "start", counted)
    window = open_window(wait=False)  # shown: the prefetch flag is read at the first paint
    window.prefetch_first_article = True  # as launch() sets it (before the first paint)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert len(started) == 1 and started[0] is not None
    assert window.runner.from_saved is True
    assert window.raw_analysis.to_json() == analyze(window.article, window.codebook).to_json()


def test_a_failing_helper_leaves_the_analysis_to_the_window(qtbot, open_window, monkeypatch):
    def failing(article, codebook, store, key):
        return subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])

    monkeypatch.setattr(prefetch, "start", failing)
    window = open_window(wait=False)
    window.prefetch_first_article = True
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert window.runner.from_saved is False
    assert window.raw_analysis.to_json() == analyze(window.article, window.codebook).to_json()


def test_a_stuck_helper_is_stopped_and_the_window_analyses(qtbot, open_window, monkeypatch):
    helpers = []

    def stuck(article, codebook, store, key):
        helpers.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]))
        return helpers[-1]

    monkeypatch.setattr(prefetch, "start", stuck)
    monkeypatch.setattr(analysis_runner, "HELPER_PATIENCE_S", 0.3)
    window = open_window(wait=False)
    window.prefetch_first_article = True
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert window.runner.from_saved is False
    assert helpers and helpers[0].wait(timeout=10) != 0  # killed, not left running
