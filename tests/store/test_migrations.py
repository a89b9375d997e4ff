"""Schema migrations: step by step, data kept, a failed step leaves the file as it was."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader import store_schema
from reader.core.annotations import REVIEW_ACCEPTED, Review
from reader.store import DB_NAME, Store
from reader.store_schema import MIGRATIONS, SCHEMA_VERSION, migrate

# The version-1 schema as it was shipped, written out by hand (not via the migration code),
# so a change to _v1 that would break real old files fails this test.
V1_SQL = """
CREATE TABLE articles (content_id TEXT PRIMARY KEY, path TEXT, title TEXT NOT NULL DEFAULT '',
  first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
CREATE INDEX articles_path ON articles(path);
CREATE TABLE highlights (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, theme_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'manual',
  created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE INDEX highlights_article ON highlights(article_id);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO articles VALUES ('cid', '/old/place.txt', 'Old title', '2025-01-01T00:00:00Z',
  '2025-01-02T00:00:00Z');
INSERT INTO highlights VALUES ('h1', 'cid', 'security', 4, 12, 'ministers', 'The ', ' met',
  'an old note', 'manual', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
INSERT INTO state VALUES ('zoom', '3'), ('splitter', '[200, 800]');
PRAGMA user_version = 1;
"""


def _make_v1(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_NAME
    db = sqlite3.connect(path)
    db.executescript(V1_SQL)
    db.close()
    return path


def test_v1_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = _make_v1(tmp_path)
    with Store.open(tmp_path) as s:
        assert s.warnings == []
        [h] = s.highlights("cid")
        assert (h.id, h.quote, h.note, h.theme_id, h.start, h.end) == (
            "h1", "ministers", "an old note", "security", 4, 12)
        assert h.orphan is False  # the column added in v2 defaults to "anchored"
        assert s.get_state("zoom") == 3 and s.get_state("splitter") == [200, 800]
        assert s.article("cid").title == "Old title"
        # What v2 added works on the migrated file.
        s.set_review(Review("cid", "security", 0, 3, "The", REVIEW_ACCEPTED))
        s.set_memo("cid", "new memo")
        s.set_pref("p", 1)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    with Store.open(tmp_path) as s:
        assert s.get_memo("cid") == "new memo" and len(s.reviews("cid")) == 1


def test_every_starting_version_reaches_the_same_schema() -> None:
    def schema_of(db: sqlite3.Connection) -> list[tuple[str, str]]:
        return db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()

    fresh = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(fresh) == 0
    for start in range(SCHEMA_VERSION + 1):
        db = sqlite3.connect(":memory:", isolation_level=None)
        for step in MIGRATIONS[:start]:
            step(db)
        db.execute(f"PRAGMA user_version = {start}")
        assert migrate(db) == start
        assert schema_of(db) == schema_of(fresh)
        assert migrate(db) == SCHEMA_VERSION  # a second run does nothing


def test_failed_step_rolls_back_and_leaves_the_file_usable(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = _make_v1(tmp_path)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(store_schema, "MIGRATIONS", [MIGRATIONS[0], broken])
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"
                      ).fetchone()[0] == 0
    db.close()
    monkeypatch.undo()
    with Store.open(tmp_path) as s:
        assert s.highlights("cid")[0].note == "an old note"
