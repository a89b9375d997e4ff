"""The one module that touches disk state: a SQLite store of annotations, session and prefs."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.errors import ParleyError
from reader.paths import user_data_dir
from reader.store_schema import SCHEMA_VERSION, migrate

DB_NAME = "parley.sqlite3"
# Another Parley window may hold the write lock for a moment; wait rather than fail.
BUSY_TIMEOUT_MS = 10_000

# SQLite primary result codes (the low byte of the extended code Python reports).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CORRUPT = 3, 8, 11
_SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_IOERR = 14, 26, 10
_DAMAGED_CODES = {_SQLITE_CORRUPT, _SQLITE_NOTADB}


class StoreError(ParleyError):
    """A save that could not be done; the message says what happened to the user's work."""


class _Damaged(Exception):
    """The database file exists but is not a sound SQLite database."""


class _NewerSchema(Exception):
    """The database was written by a newer Parley with a schema this one does not know."""


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _connect_file(path: Path) -> sqlite3.Connection:
    """Open, check and migrate the database at `path`; raises _Damaged or sqlite3.Error."""
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per action.
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                         timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: a returned commit is on disk, not only in the OS cache (costs one fsync).
        db.execute("PRAGMA synchronous = FULL")
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise _Damaged("; ".join(problems[:3]))
        try:
            migrate(db)
        except ValueError as exc:
            raise _NewerSchema(str(exc)) from None
    except sqlite3.Error as exc:
        db.close()
        if _primary_code(exc) in _DAMAGED_CODES:
            raise _Damaged(str(exc)) from None
        raise
    except BaseException:
        db.close()
        raise
    return db


def _memory_copy(path: Path | None) -> sqlite3.Connection:
    """An in-memory database holding what can still be read from `path` (if anything)."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    if path is not None and path.is_file():
        uri = path.resolve().as_uri()
        # mode=ro needs to create the -shm file in WAL mode; immutable=1 reads without it.
        for query in ("?mode=ro", "?immutable=1"):
            try:
                src = sqlite3.connect(uri + query, uri=True)
                try:
                    src.backup(mem)
                finally:
                    src.close()
                break
            except sqlite3.Error:
                continue
    try:
        migrate(mem)
    except ValueError:
        pass  # a newer schema: read what we can, the file itself is left untouched
    except sqlite3.Error:
        # What was copied is unusable: start the session from an empty schema.
        mem.close()
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        migrate(mem)
    return mem


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL) to a timestamped name beside it."""
    target = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    os.replace(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    shm = path.with_name(path.name + "-shm")
    # The shared-memory index is rebuilt from the WAL; a stale one must not survive.
    shm.unlink(missing_ok=True)
    return target


class Store:
    """Parley's saved state. Every setter commits at once in its own transaction.

    Open it with `Store.open(data_dir)`. When the data folder cannot be written (missing,
    read-only, a newer schema) the store keeps working in memory (`read_only` is True) and
    `warnings` says why, so the user can keep working and export before quitting.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, *, read_only: bool,
                 warnings: list[str] | None = None) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only
        self.warnings: list[str] = list(warnings or [])
        # One connection may be used from a worker thread too; SQLite calls are serialised.
        self._lock = threading.RLock()
        self._depth = 0

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str | None = None) -> Store:
        """Open (creating if needed) the store in `data_dir`, else the user data folder.

        Never raises for a damaged, read-only or missing folder: see `warnings`.
        """
        folder = user_data_dir(data_dir)
        path = folder / DB_NAME
        warnings: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warnings.append(
                f"Parley cannot create its data folder {folder} ({exc.strerror or exc}). "
                "Your work is kept in memory for this session only: export it before quitting."
            )
            return cls(_memory_copy(None), path, read_only=True, warnings=warnings)
        for attempt in range(2):
            try:
                return cls(_connect_file(path), path, read_only=False, warnings=warnings)
            except _Damaged as exc:
                if attempt:
                    break
                try:
                    moved = _move_aside(path)
                except OSError as move_exc:
                    warnings.append(
                        f"Parley's database {path} is damaged ({exc}) and cannot be moved "
                        f"aside ({move_exc.strerror or move_exc}). Your work is kept in memory "
                        "for this session only: export it before quitting."
                    )
                    return cls(_memory_copy(None), path, read_only=True, warnings=warnings)
                warnings.append(
                    f"Parley's database was damaged ({exc}). It was moved to {moved} and "
                    "Parley started with a fresh store."
                )
            except _NewerSchema as exc:
                warnings.append(
                    f"Parley's database {path} was written by a newer version of Parley "
                    f"(schema {exc}, this version knows {SCHEMA_VERSION}). It is left "
                    "untouched; changes in this session are kept in memory only."
                )
                return cls(_memory_copy(path), path, read_only=True, warnings=warnings)
            except (sqlite3.Error, OSError) as exc:
                warnings.append(
                    f"Parley cannot write to its data folder {folder} ({exc}). Your work is "
                    "kept in memory for this session only: export it before quitting."
                )
                return cls(_memory_copy(path), path, read_only=True, warnings=warnings)
        warnings.append(f"Parley cannot start a fresh database in {folder}; working in memory.")
        return cls(_memory_copy(None), path, read_only=True, warnings=warnings)

    def close(self) -> None:
        """Close the database (everything is already saved)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outermost (one undo step = one commit)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._db
                finally:
                    self._depth -= 1
                return
            try:
                # IMMEDIATE takes the write lock now, so a second window waits here
                # (busy_timeout) instead of failing halfway through the action.
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"Parley could not save your change ({exc}).") from exc
            self._depth = 1
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"Parley could not save your change ({exc}).") from exc
                raise
            finally:
                self._depth = 0

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- session state and preferences --------------------------------------------------

    def _get_json(self, table: str, key: str, default: Any) -> Any:
        rows = self._query(f"SELECT value FROM {table} WHERE key = ?", (key,))
        if not rows:
            return default
        try:
            return json.loads(rows[0][0])
        except ValueError:
            return default  # a hand-edited or half-written value: fall back to the default

    def _set_json(self, table: str, key: str, value: Any) -> None:
        # ensure_ascii keeps lone surrogates (possible from a clipboard) encodable as UTF-8.
        data = json.dumps(value, ensure_ascii=True)
        with self.transaction() as db:
            db.execute(f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)", (key, data))

    def get_state(self, key: str, default: Any = None) -> Any:
        """A session/window state value (geometry, splitters, zoom, open article...)."""
        return self._get_json("state", key, default)

    def set_state(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable session/window state value at once."""
        self._set_json("state", key, value)

    def get_pref(self, key: str, default: Any = None) -> Any:
        """A user preference (kept apart from session state)."""
        return self._get_json("prefs", key, default)

    def set_pref(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable preference at once."""
        self._set_json("prefs", key, value)
