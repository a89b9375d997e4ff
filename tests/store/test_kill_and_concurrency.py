"""Faults across processes: SIGKILL mid-burst, and two writers on one data folder."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.annotations import Highlight
from reader.store import DB_NAME, Store

CHILD = Path(__file__).with_name("burst_child.py")


def _spawn(data_dir: Path, label: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), str(data_dir), label, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.parametrize("kill_after", [1, 37, 150])
def test_sigkill_mid_burst_loses_nothing_that_returned(tmp_path: Path, kill_after: int) -> None:
    child = _spawn(tmp_path, "k", 0)  # writes until killed
    assert child.stdout is not None
    seen: list[str] = []
    while len(seen) < kill_after:
        line = child.stdout.readline()
        assert line, f"child ended early: {child.stderr.read() if child.stderr else ''}"
        assert not line.startswith("WARN"), line
        seen.append(line.strip())
    os.kill(child.pid, signal.SIGKILL)
    rest, _ = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    # Ids printed between our read and the kill are in the pipe: they returned too.
    seen += [x for x in rest.split() if x]
    assert "DONE" not in seen

    assert _integrity(tmp_path / DB_NAME) == "ok"
    with Store.open(tmp_path) as store:
        assert store.warnings == [] and not store.read_only
        saved = {h.id: h for h in store.highlights("article-k")}
        missing = [i for i in seen if i not in saved]
        assert missing == []
        for n, hid in enumerate(seen):
            # The edit made before the id was printed is there too.
            assert saved[hid].note == f"k edited {n}"
        assert store.get_state("last-k") >= len(seen) - 1
        # The store carries on after the crash.
        store.set_state("after-crash", True)
    assert _integrity(tmp_path / DB_NAME) == "ok"


def test_two_processes_write_at_once_and_see_each_other(tmp_path: Path) -> None:
    n = 120
    a, b = _spawn(tmp_path, "a", n), _spawn(tmp_path, "b", n)
    out_a, err_a = a.communicate(timeout=120)
    out_b, err_b = b.communicate(timeout=120)
    assert a.returncode == 0, err_a
    assert b.returncode == 0, err_b
    ids_a = out_a.split()[:-1]
    ids_b = out_b.split()[:-1]
    assert len(ids_a) == len(ids_b) == n
    assert _integrity(tmp_path / DB_NAME) == "ok"
    with Store.open(tmp_path) as store:
        assert {h.id for h in store.highlights("article-a")} == set(ids_a)
        assert {h.id for h in store.highlights("article-b")} == set(ids_b)
        assert store.get_state("last-a") == n - 1 and store.get_state("last-b") == n - 1
        # Both wrote review decisions on one shared article; none was lost to the other.
        assert len(store.reviews("shared")) == n


def test_two_open_stores_see_each_others_saved_work(tmp_path: Path) -> None:
    body = "The ministers agreed to expand aid."
    one, two = Store.open(tmp_path), Store.open(tmp_path)
    try:
        h1 = Highlight.anchored("art", body, "aid", 0, 3, note="from one")
        one.add_highlight(h1)
        assert two.highlights("art") == [h1]  # no stale cache: read on demand
        h2 = Highlight.anchored("art", body, "aid", 4, 13, note="from two")
        two.add_highlight(h2)
        two.set_memo("art", "two's memo")
        one.update_highlight(h1.with_changes(note="one again"))
        assert [h.note for h in one.highlights("art")] == ["one again", "from two"]
        assert one.get_memo("art") == "two's memo"
        # Nested transactions in one store while the other waits its turn.
        with one.transaction():
            one.set_state("x", 1)
            one.set_state("y", 2)
        two.set_state("x", 3)
        assert one.get_state("x") == 3 and one.get_state("y") == 2
    finally:
        one.close()
        two.close()
    assert _integrity(tmp_path / DB_NAME) == "ok"


def test_opening_waits_while_another_process_sets_the_database_up(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """SQLite may answer "database is locked" at once while another Parley creates the
    same new database; the window then waits a moment instead of working in memory."""
    import sqlite3

    import reader.store as store_module

    real = store_module._connect_file
    calls = []

    def locked_twice(path):
        calls.append(path)
        if len(calls) <= 2:
            raise sqlite3.OperationalError("database is locked")
        return real(path)

    monkeypatch.setattr(store_module, "_connect_file", locked_twice)
    store = Store.open(tmp_path)
    assert len(calls) == 3
    assert not store.read_only and store.warnings == []
    store.close()


def test_a_database_locked_for_long_leaves_the_work_in_memory(tmp_path: Path,
                                                               monkeypatch) -> None:
    import sqlite3

    import reader.store as store_module

    def always_locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store_module, "_connect_file", always_locked)
    monkeypatch.setattr(store_module, "OPEN_RETRY_SECONDS", 0.2)
    store = Store.open(tmp_path)
    assert store.read_only and "in memory" in store.warnings[0]
    store.close()
