"""A missing, unwritable or read-only data folder: a clear warning, then work goes on in memory."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.core.annotations import Highlight
from reader.store import DB_NAME, Store
from reader.store_schema import SCHEMA_VERSION

BODY = "The ministers agreed to expand aid."


def _keeps_working(store: Store) -> None:
    h = Highlight.anchored("art", BODY, "aid", 4, 13, note="in memory")
    store.add_highlight(h)
    store.set_memo("art", "memo")
    store.set_state("zoom", 2)
    assert h in store.highlights("art")
    assert store.get_memo("art") == "memo" and store.get_state("zoom") == 2


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = Store.open(blocker / "parley")
    assert store.read_only
    [warning] = store.warnings
    assert str(blocker / "parley") in warning and "memory" in warning and "export" in warning
    _keeps_working(store)
    store.close()
    assert blocker.read_text() == "not a folder"


def test_data_dir_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with Store.open(blocker) as store:
        assert store.read_only and store.warnings
        _keeps_working(store)


def test_newer_schema_is_left_untouched_and_read_in_memory(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        s.set_state("zoom", 5)
        s.add_highlight(Highlight.anchored("art", BODY, "aid", 0, 3))
    import sqlite3

    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with Store.open(tmp_path) as store:
        assert store.read_only and "newer version" in store.warnings[0]
        assert store.get_state("zoom") == 5 and len(store.highlights("art")) == 1
        _keeps_working(store)
    assert (tmp_path / DB_NAME).read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions that apply (root ignores them)")
def test_read_only_folder_with_existing_work(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as s:
        s.set_state("zoom", 4)
        s.add_highlight(Highlight.anchored("art", BODY, "aid", 0, 3, note="saved earlier"))
    for p in folder.iterdir():
        p.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Store.open(folder) as store:
            assert store.read_only
            assert "cannot write" in store.warnings[0] and "export" in store.warnings[0]
            # Earlier work is still there to read and export.
            assert store.get_state("zoom") == 4
            assert [h.note for h in store.highlights("art")] == ["saved earlier"]
            _keeps_working(store)
    finally:
        folder.chmod(stat.S_IRWXU)
        for p in folder.iterdir():
            p.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions that apply (root ignores them)")
def test_read_only_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Store.open(folder) as store:
            assert store.read_only and store.warnings
            _keeps_working(store)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_database_path_taken_by_a_folder(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).mkdir()
    with Store.open(tmp_path) as store:
        assert store.read_only and str(tmp_path) in store.warnings[0]
        _keeps_working(store)
    assert (tmp_path / DB_NAME).is_dir()
