"""The store's SQLite schema as an ordered list of migrations, applied step by step."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1(db: sqlite3.Connection) -> None:
    # The first released schema: articles, highlights (without the orphan flag) and the
    # window/session state. Kept exactly as shipped so old files migrate the same way.
    db.execute(
        "CREATE TABLE articles ("
        " content_id TEXT PRIMARY KEY, path TEXT, title TEXT NOT NULL DEFAULT '',"
        " first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX articles_path ON articles(path)")
    db.execute(
        "CREATE TABLE highlights ("
        " id TEXT PRIMARY KEY, article_id TEXT NOT NULL, theme_id TEXT NOT NULL,"
        " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, quote TEXT NOT NULL,"
        " prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
        " note TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'manual',"
        " created TEXT NOT NULL, modified TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX highlights_article ON highlights(article_id)")
    db.execute("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2(db: sqlite3.Connection) -> None:
    # Review of automatic themes, memos, the user's codebook, preferences kept apart from
    # session state, and the orphan flag for highlights that could not be re-anchored.
    db.execute("ALTER TABLE highlights ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "CREATE TABLE reviews ("
        " article_id TEXT NOT NULL, theme_id TEXT NOT NULL, start INTEGER NOT NULL,"
        " \"end\" INTEGER NOT NULL, quote TEXT NOT NULL, decision TEXT NOT NULL,"
        " modified TEXT NOT NULL, PRIMARY KEY (article_id, theme_id, start, \"end\"))"
    )
    db.execute(
        "CREATE TABLE memos (article_id TEXT PRIMARY KEY, text TEXT NOT NULL,"
        " modified TEXT NOT NULL)"
    )
    # One row at most (id = 1): no row means "use the shipped default codebook".
    db.execute(
        "CREATE TABLE codebook (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL,"
        " modified TEXT NOT NULL)"
    )
    db.execute("CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


# MIGRATIONS[i] takes a database at user_version i to user_version i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> int:
    """Bring `db` to SCHEMA_VERSION inside one write transaction; returns the version found.

    The version is read again after BEGIN IMMEDIATE so two processes opening a new data
    folder at once cannot both run the same step. Raises ValueError for a database made by
    a newer Parley (the caller decides how to open it then).
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise ValueError(found)
        for step in MIGRATIONS[found:]:
            step(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found
