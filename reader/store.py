"""The one module that touches disk state: a SQLite store of annotations, session and prefs,
and the saved analyses beside it."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.codebook import Codebook, codebook_from_dict
from reader.core.errors import CodebookError, ParleyError
from reader.paths import user_data_dir
from reader.store_schema import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from reader.core.annotations import ArticleRecord, Highlight, ReanchorReport, Review
    from reader.core.article import Article

# Annotations, anchoring and their records (uuid, difflib, datetime, dataclasses: ~15 ms)
# are imported where they are used: the window opens the store before its first paint and
# needs only the session state then.

DB_NAME = "parley.sqlite3"
# Saved analyses (reader.core.analysis_cache) beside the database, least recently used
# dropped beyond the limit: a 1 MB article's analysis packs to about 0.5 MB.
ANALYSIS_CACHE_DIR = "analysis-cache"
ANALYSIS_CACHE_LIMIT_BYTES = 64 * 1024 * 1024
# Another Parley window may hold the write lock for a moment; wait rather than fail.
BUSY_TIMEOUT_MS = 10_000

# SQLite primary result codes (the low byte of the extended code Python reports).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CORRUPT = 3, 8, 11
_SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_IOERR = 14, 26, 10
_SQLITE_FULL = 13
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# How long opening waits for another process setting up the same database.
OPEN_RETRY_SECONDS = 3.0
_DAMAGED_CODES = {_SQLITE_CORRUPT, _SQLITE_NOTADB}
# Errors after which the file cannot take more writes this session (disk full, file gone).
_LOST_DISK_CODES = {_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT,
                    _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB}


_HL_COLUMNS = ("id", "article_id", "theme_id", "start", "end", "quote", "prefix", "suffix",
               "note", "origin", "created", "modified", "orphan")
_HL_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _HL_COLUMNS) + " FROM highlights"
_RV_COLUMNS = ("article_id", "theme_id", "start", "end", "quote", "decision", "modified")
_RV_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _RV_COLUMNS) + " FROM reviews"


def _highlight(row: tuple[Any, ...]) -> Highlight:
    values = dict(zip(_HL_COLUMNS, row, strict=True))
    values["orphan"] = bool(values["orphan"])
    from reader.core.annotations import Highlight

    return Highlight(**values)


def _now_iso() -> str:
    from reader.core.annotations import now_iso  # see the note on the imports

    return now_iso()


def _review(row: tuple[Any, ...]) -> Review:
    from reader.core.annotations import Review

    return Review(**dict(zip(_RV_COLUMNS, row, strict=True)))


def storable(text: str) -> str:
    """`text` as SQLite can hold it: unchanged, unless it has lone UTF-16 surrogates.

    Python strings that came from UTF-16 (a Windows clipboard, Qt) may carry surrogate
    halves, which UTF-8 cannot encode. A proper pair is joined into its character; a lone
    half becomes U+FFFD. Every valid string (markup, control characters, NUL, RTL marks)
    is returned exactly.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _highlight_params(h: Highlight) -> tuple[Any, ...]:
    values = (getattr(h, c) for c in _HL_COLUMNS)
    return tuple(int(v) if isinstance(v, bool) else storable(v) if isinstance(v, str) else v
                 for v in values)


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
    from datetime import UTC, datetime  # only for a damaged database: not at every start

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


def _busy(exc: sqlite3.Error) -> bool:
    code = _primary_code(exc)
    if code is not None:
        return code in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _connect_waiting(path: Path) -> sqlite3.Connection:
    """_connect_file, retried while another process holds the database for a moment.

    Two Parley windows starting at once on a new data folder both set it up; SQLite may
    answer the second with "database is locked" at once instead of waiting (its deadlock
    guard skips the busy timeout), which would leave that window working in memory.
    """
    deadline = time.monotonic() + OPEN_RETRY_SECONDS
    while True:
        try:
            return _connect_file(path)
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(0.05)


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
        self.saved_analyses = SavedAnalyses(path.parent)
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
                return cls(_connect_waiting(path), path, read_only=False, warnings=warnings)
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
                raise self._save_failed(exc) from exc
            self._depth = 1
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    # SQLite may already have rolled back (disk full): don't mask the cause.
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._save_failed(exc) from exc
                raise
            finally:
                self._depth = 0

    def _save_failed(self, exc: sqlite3.Error) -> StoreError:
        """The error for a failed save; when the disk is gone, carry on in memory from now."""
        if _primary_code(exc) not in _LOST_DISK_CODES or self.read_only:
            # Busy for longer than the timeout, or a bug: the next action may well succeed.
            return StoreError(f"Parley could not save your change ({exc}). Please try again.")
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            self._db.backup(mem)
        except sqlite3.Error:
            mem.close()
            mem = _memory_copy(None)
        self._db.close()
        self._db = mem
        self.read_only = True
        message = (f"Parley could not save your last change ({exc}), so it was not made. "
                   f"Your work is now kept in memory only: export it before quitting, and "
                   f"check the data folder {self.path.parent}.")
        self.warnings.append(message)
        return StoreError(message)

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

    # -- articles ------------------------------------------------------------------------

    def article(self, content_id: str) -> ArticleRecord | None:
        """The record of one article by content id."""
        rows = self._query("SELECT content_id, path, title, first_seen, last_seen FROM articles"
                           " WHERE content_id = ?", (content_id,))
        from reader.core.annotations import ArticleRecord

        return ArticleRecord(*rows[0]) if rows else None

    def articles(self) -> list[ArticleRecord]:
        """Every article the store has seen, most recently opened first."""
        rows = self._query("SELECT content_id, path, title, first_seen, last_seen FROM articles"
                           " ORDER BY last_seen DESC, title")
        from reader.core.annotations import ArticleRecord

        return [ArticleRecord(*r) for r in rows]

    def remember_article(self, article: Article) -> ReanchorReport | None:
        """Record that `article` was opened; if its path held other text before, re-anchor.

        Work follows the file: highlights, review decisions and the memo of the text last
        seen at this path move to the new text (see `reanchor`). Returns what moved, or None
        when nothing had to.
        """
        # A non-UTF-8 file name arrives with surrogate escapes; store (and match) it storable.
        path = storable(str(Path(article.path).resolve())) if article.path else None
        new_id = article.content_id
        stamp = _now_iso()
        with self.transaction() as db:
            old_id = None
            if path is not None:
                row = db.execute(
                    "SELECT content_id FROM articles WHERE path = ? AND content_id != ?"
                    " ORDER BY last_seen DESC LIMIT 1", (path, new_id)).fetchone()
                old_id = row[0] if row else None
                # The old text is no longer at this path: it keeps its record, not the path.
                db.execute("UPDATE articles SET path = NULL WHERE path = ? AND content_id != ?",
                           (path, new_id))
            db.execute(
                "INSERT INTO articles (content_id, path, title, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(content_id) DO UPDATE SET"
                " path = COALESCE(excluded.path, path), title = excluded.title,"
                " last_seen = excluded.last_seen",
                (new_id, path, storable(article.title), stamp, stamp))
            if old_id is None:
                return None
            return self.reanchor(old_id, article)

    def reanchor(self, from_id: str, article: Article) -> ReanchorReport:
        """Move the work stored for `from_id` onto `article`, re-anchored by quote + context.

        Highlights that cannot be found again become orphans (kept, with their quote);
        review decisions whose passage is gone stay with the old version. All in one
        transaction.
        """
        to_id = article.content_id
        from reader.core.anchoring import Anchorer, reanchor_highlight, reanchor_review

        anchorer = Anchorer(article.text)
        with self.transaction() as db:
            anchored = orphaned = moved = left = 0
            for h in self.highlights(from_id):
                new = reanchor_highlight(h, anchorer, to_id)
                db.execute(
                    'UPDATE highlights SET article_id = ?, start = ?, "end" = ?, quote = ?,'
                    " prefix = ?, suffix = ?, orphan = ? WHERE id = ?",
                    (new.article_id, new.start, new.end, storable(new.quote),
                     storable(new.prefix), storable(new.suffix), int(new.orphan), new.id))
                orphaned += new.orphan
                anchored += not new.orphan
            if from_id != to_id:
                for r in self.reviews(from_id):
                    new_r = reanchor_review(r, anchorer, to_id)
                    if new_r is None:
                        left += 1
                        continue
                    self._write_review(db, new_r)
                    db.execute('DELETE FROM reviews WHERE article_id = ? AND theme_id = ?'
                               ' AND start = ? AND "end" = ?',
                               (r.article_id, r.theme_id, r.start, r.end))
                    moved += 1
                # The memo moves unless the new text already has one of its own.
                db.execute("UPDATE OR IGNORE memos SET article_id = ? WHERE article_id = ?",
                           (to_id, from_id))
        from reader.core.annotations import ReanchorReport

        return ReanchorReport(from_id, to_id, anchored, orphaned, moved, left)

    # -- highlights ----------------------------------------------------------------------

    def add_highlight(self, h: Highlight) -> None:
        """Save a highlight (a highlight with the same id is replaced, so redo is safe)."""
        placeholders = ", ".join("?" * len(_HL_COLUMNS))
        columns = ", ".join(f'"{c}"' for c in _HL_COLUMNS)
        with self.transaction() as db:
            db.execute(f"INSERT OR REPLACE INTO highlights ({columns}) VALUES ({placeholders})",
                       _highlight_params(h))

    def update_highlight(self, h: Highlight) -> None:
        """Save changes to an existing highlight (theme, note, span...)."""
        sets = ", ".join(f'"{c}" = ?' for c in _HL_COLUMNS[1:])
        with self.transaction() as db:
            cur = db.execute(f"UPDATE highlights SET {sets} WHERE id = ?",
                             (*_highlight_params(h)[1:], h.id))
            if cur.rowcount == 0:
                raise StoreError(f"There is no highlight {h.id} to change (was it deleted?).")

    def delete_highlight(self, highlight_id: str) -> Highlight | None:
        """Delete a highlight; returns what was deleted (None if there was none)."""
        with self.transaction() as db:
            row = db.execute(_HL_SELECT + " WHERE id = ?", (highlight_id,)).fetchone()
            db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return _highlight(row) if row else None

    def highlight(self, highlight_id: str) -> Highlight | None:
        """One highlight by id."""
        rows = self._query(_HL_SELECT + " WHERE id = ?", (highlight_id,))
        return _highlight(rows[0]) if rows else None

    def highlights(self, article_id: str) -> list[Highlight]:
        """An article's highlights in text order (orphans included, flagged)."""
        rows = self._query(_HL_SELECT + ' WHERE article_id = ? ORDER BY start, "end", created, id',
                           (article_id,))
        return [_highlight(r) for r in rows]

    # -- reviews of automatic passages ---------------------------------------------------

    @staticmethod
    def _write_review(db: sqlite3.Connection, r: Review) -> None:
        db.execute(
            "INSERT OR REPLACE INTO reviews (article_id, theme_id, start, \"end\", quote,"
            " decision, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (r.article_id, r.theme_id, r.start, r.end, storable(r.quote), r.decision,
             r.modified))

    def set_review(self, r: Review) -> None:
        """Save an accept/reject decision on one automatic passage."""
        self.set_reviews([r])

    def set_reviews(self, reviews: list[Review]) -> None:
        """Save several decisions in one transaction (accept/reject all of a theme)."""
        with self.transaction() as db:
            for r in reviews:
                self._write_review(db, r)

    def review(self, article_id: str, theme_id: str, start: int, end: int) -> Review | None:
        """The decision on one passage, if any."""
        rows = self._query(_RV_SELECT + ' WHERE article_id = ? AND theme_id = ? AND start = ?'
                           ' AND "end" = ?', (article_id, theme_id, start, end))
        return _review(rows[0]) if rows else None

    def clear_review(self, article_id: str, theme_id: str, start: int,
                     end: int) -> Review | None:
        """Forget a decision (restore a rejected passage); returns what was cleared."""
        with self.transaction():
            old = self.review(article_id, theme_id, start, end)
            self._db.execute('DELETE FROM reviews WHERE article_id = ? AND theme_id = ?'
                             ' AND start = ? AND "end" = ?', (article_id, theme_id, start, end))
        return old

    def reviews(self, article_id: str) -> list[Review]:
        """An article's review decisions in text order."""
        rows = self._query(_RV_SELECT + ' WHERE article_id = ? ORDER BY start, "end", theme_id',
                           (article_id,))
        return [_review(r) for r in rows]

    # -- memo ------------------------------------------------------------------------------

    def get_memo(self, article_id: str) -> str:
        """The article's free-form memo ("" when there is none)."""
        rows = self._query("SELECT text FROM memos WHERE article_id = ?", (article_id,))
        return rows[0][0] if rows else ""

    def set_memo(self, article_id: str, text: str) -> None:
        """Save the article's memo (an empty text removes it)."""
        with self.transaction() as db:
            if text:
                db.execute("INSERT OR REPLACE INTO memos (article_id, text, modified)"
                           " VALUES (?, ?, ?)", (article_id, storable(text), _now_iso()))
            else:
                db.execute("DELETE FROM memos WHERE article_id = ?", (article_id,))

    # -- the user's codebook --------------------------------------------------------------

    def user_codebook(self) -> Codebook | None:
        """The user's edited codebook, or None to use the shipped default."""
        rows = self._query("SELECT data FROM codebook WHERE id = 1")
        if not rows:
            return None
        try:
            return codebook_from_dict(json.loads(rows[0][0]), origin="saved codebook")
        except (ValueError, CodebookError) as exc:
            # Left in the database untouched, so nothing is lost; the default is used.
            message = f"Your saved codebook cannot be used ({exc}); the default is shown."
            if message not in self.warnings:
                self.warnings.append(message)
            return None

    def set_user_codebook(self, codebook: Codebook | None) -> None:
        """Save the user's codebook; None resets to the shipped default."""
        with self.transaction() as db:
            if codebook is None:
                db.execute("DELETE FROM codebook WHERE id = 1")
            else:
                data = json.dumps(codebook.to_dict(), ensure_ascii=True)
                db.execute("INSERT OR REPLACE INTO codebook (id, data, modified)"
                           " VALUES (1, ?, ?)", (data, _now_iso()))

    # -- saved analyses ---------------------------------------------------------------------

    def saved_analysis(self, key: str) -> bytes | None:
        """The bytes saved under `key`, or None (see SavedAnalyses.read)."""
        return self.saved_analyses.read(key)

    def save_analysis(self, key: str, data: bytes) -> None:
        """Keep `data` under `key` (see SavedAnalyses.write); a store that cannot write its
        folder keeps nothing."""
        if not self.read_only:
            self.saved_analyses.write(key, data)

    def forget_analysis(self, key: str) -> None:
        """Remove what is saved under `key` (it could not be read back)."""
        self.saved_analyses.forget(key)


class SavedAnalyses:
    """Saved analyses (reader.core.analysis_cache) as one file per key in the data folder.

    Derived data, kept beside the database rather than in it: losing or damaging one costs
    only a fresh analysis, and the database's schema stays the user's work alone. A helper
    process that analyses ahead of the window (reader.prefetch) writes here without opening
    the database. Keys are hex hashes.
    """

    def __init__(self, data_dir: Path):
        self.folder = data_dir / ANALYSIS_CACHE_DIR

    def _file(self, key: str) -> Path:
        if not key or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"not a saved-analysis key: {key!r}")
        return self.folder / f"{key}.bin"

    def has(self, key: str) -> bool:
        """Whether something is saved under `key` (without reading it)."""
        return self._file(key).is_file()

    def read(self, key: str) -> bytes | None:
        """The bytes saved under `key`, or None when there are none (or they cannot be read)."""
        path = self._file(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        # Its modification time orders the eviction: reading counts as a use.
        with contextlib.suppress(OSError):
            os.utime(path)
        return data

    def write(self, key: str, data: bytes) -> None:
        """Keep `data` under `key`, then drop the least recently used saved analyses beyond
        ANALYSIS_CACHE_LIMIT_BYTES. A failed write costs only a fresh analysis next time, so
        it is not an error."""
        path = self._file(key)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        try:
            self.folder.mkdir(exist_ok=True)
            partial.write_bytes(data)
            os.replace(partial, path)  # whole or not at all, even if Parley is killed
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink()
            return
        self._evict()

    def forget(self, key: str) -> None:
        with contextlib.suppress(OSError):
            self._file(key).unlink()

    def _evict(self) -> None:
        try:
            entries = []
            for path in self.folder.glob("*.bin"):
                info = path.stat()
                entries.append((info.st_mtime_ns, info.st_size, path))
        except OSError:
            return
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):  # oldest use first
            if total <= ANALYSIS_CACHE_LIMIT_BYTES:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
