"""A damaged database is moved aside with a timestamp, reported, and replaced by a fresh one."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.core.annotations import Highlight
from reader.store import DB_NAME, Store


def _filled_store(folder: Path, n: int = 400) -> Path:
    body = "The ministers agreed to expand aid. " * 50
    with Store.open(folder) as s:
        for i in range(n):
            s.add_highlight(Highlight.anchored(f"art{i % 7}", body, "aid", i, i + 20,
                                               note="note " * 20))
        s.set_state("zoom", 3)
    # Fold the WAL back into the main file so damaging it damages the data.
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder / DB_NAME


def _assert_moved_aside(folder: Path, original: bytes) -> None:
    store = Store.open(folder)
    try:
        assert not store.read_only
        [warning] = store.warnings
        moved = [p for p in folder.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"]
        assert len(moved) == 1
        assert str(moved[0]) in warning and "fresh" in warning
        # The damaged bytes are kept exactly, for recovery by hand.
        assert moved[0].read_bytes() == original
        # A fresh store that works and persists.
        assert store.get_state("zoom") is None
        store.set_state("zoom", 1)
    finally:
        store.close()
    with Store.open(folder) as again:
        assert again.warnings == [] and again.get_state("zoom") == 1


def test_garbage_bytes(tmp_path: Path) -> None:
    path = _filled_store(tmp_path)
    data = bytearray(path.read_bytes())
    data[:4096] = os.urandom(4096)  # the header and first page
    path.write_bytes(bytes(data))
    _assert_moved_aside(tmp_path, bytes(data))


def test_garbage_file_that_never_was_a_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    garbage = b"<html>not a database</html>\x00\xff" * 100
    path.write_bytes(garbage)
    _assert_moved_aside(tmp_path, garbage)


@pytest.mark.parametrize("keep", [100, 5000, 0.5])
def test_truncated(tmp_path: Path, keep: float) -> None:
    path = _filled_store(tmp_path)
    data = path.read_bytes()
    cut = data[: int(len(data) * keep) if isinstance(keep, float) else keep]
    path.write_bytes(cut)
    _assert_moved_aside(tmp_path, cut)


def test_corrupted_inner_pages(tmp_path: Path) -> None:
    path = _filled_store(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    for p in range(2, len(data) // page):
        data[p * page + 8: p * page + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    _assert_moved_aside(tmp_path, bytes(data))


def test_garbage_wal_beside_a_sound_database_is_harmless(tmp_path: Path) -> None:
    path = _filled_store(tmp_path)
    (tmp_path / (DB_NAME + "-wal")).write_bytes(os.urandom(10_000))
    with Store.open(tmp_path) as s:
        assert s.warnings == [] and s.get_state("zoom") == 3
        assert len(s.highlights("art0")) > 0
    assert path.is_file()


def test_empty_file_is_a_fresh_database(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")
    with Store.open(tmp_path) as s:
        assert s.warnings == [] and not s.read_only
        s.set_state("k", "v")
