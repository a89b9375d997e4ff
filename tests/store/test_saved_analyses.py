"""Saved analyses on disk: written whole, read back, the least recently used dropped beyond
the limit, and never a failure for the user (they are derived data)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import reader.store as store_module
from reader.store import ANALYSIS_CACHE_DIR, Store

KEY_A, KEY_B, KEY_C = "a" * 64, "b" * 64, "c" * 64


def test_saved_bytes_read_back_after_a_reopen(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    assert store.saved_analysis(KEY_A) is None
    assert not store.saved_analyses.has(KEY_A)
    store.save_analysis(KEY_A, b"\x00packed\xff")
    assert store.saved_analyses.has(KEY_A)
    store.close()
    again = Store.open(tmp_path)
    assert again.saved_analysis(KEY_A) == b"\x00packed\xff"
    # Written whole: no partial file is left beside it.
    assert sorted(p.name for p in (tmp_path / ANALYSIS_CACHE_DIR).iterdir()) == [f"{KEY_A}.bin"]
    again.forget_analysis(KEY_A)
    assert again.saved_analysis(KEY_A) is None
    again.forget_analysis(KEY_A)  # forgetting twice is fine
    again.close()


def test_the_least_recently_used_go_beyond_the_limit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "ANALYSIS_CACHE_LIMIT_BYTES", 250)
    store = Store.open(tmp_path)
    store.save_analysis(KEY_A, b"a" * 100)
    store.save_analysis(KEY_B, b"b" * 100)
    folder = tmp_path / ANALYSIS_CACHE_DIR
    # Make the order of use unambiguous on file systems with coarse timestamps.
    past = time.time() - 60
    os.utime(folder / f"{KEY_A}.bin", (past, past))
    os.utime(folder / f"{KEY_B}.bin", (past - 30, past - 30))
    assert store.saved_analysis(KEY_B) == b"b" * 100  # B is now the most recently used
    store.save_analysis(KEY_C, b"c" * 100)  # 300 bytes > 250: the oldest use goes
    assert store.saved_analysis(KEY_A) is None
    assert store.saved_analysis(KEY_B) == b"b" * 100
    assert store.saved_analysis(KEY_C) == b"c" * 100
    store.close()


def test_keys_must_be_hex_hashes(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    for bad in ("", "../parley", "A" * 64, "a/b"):
        with pytest.raises(ValueError, match="saved-analysis key"):
            store.save_analysis(bad, b"x")
    store.close()


def test_a_store_that_cannot_write_keeps_nothing_and_does_not_fail(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = Store.open(blocker / "data")  # cannot create its folder: in memory
    assert store.read_only
    store.save_analysis(KEY_A, b"x")
    assert store.saved_analysis(KEY_A) is None
    store.close()


def test_a_cache_folder_that_cannot_be_made_costs_only_the_saving(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    (tmp_path / ANALYSIS_CACHE_DIR).write_text("a file where the folder goes", encoding="utf-8")
    store.save_analysis(KEY_A, b"x")  # no exception
    assert store.saved_analysis(KEY_A) is None
    assert store.get_state("anything", 1) == 1  # the store itself is unaffected
    store.close()
