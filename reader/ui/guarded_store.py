"""GuardedStore: the store as the annotating views use it; a broken database never crashes them."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reader.store import Store, StoreError

# What a database that went away mid-session raises (closed, unreadable, disk errors).
_FAILURES = (sqlite3.Error, OSError)

_READS = {"highlights": list, "highlight": lambda: None, "reviews": list, "review": lambda: None,
          "get_memo": str, "user_codebook": lambda: None, "article": lambda: None,
          "articles": list}
_WRITES = {"add_highlight", "update_highlight", "delete_highlight", "set_review",
           "set_reviews", "clear_review", "set_memo", "set_user_codebook", "remember_article",
           "reanchor", "set_pref", "set_state"}


class GuardedStore:
    """Wraps reader.store.Store: a failed read gives the empty value and reports once; a
    failed write raises StoreError (a ParleyError), which the undo history shows and
    survives. Everything else passes through unchanged."""

    def __init__(self, store: Store, on_error: Callable[[str], None]):
        self._store = store
        self._on_error = on_error
        self._reported = False

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name in _READS:
            return self._guard_read(attr, _READS[name])
        if name in _WRITES:
            return self._guard_write(attr)
        return attr

    def _guard_read(self, fn: Callable[..., Any], empty: Callable[[], Any]) -> Callable[..., Any]:
        def read(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except _FAILURES as exc:
                if not self._reported:  # once: the same cause would repeat on every redraw
                    self._reported = True
                    self._on_error(f"Parley cannot read its saved work ({exc}); your "
                                   "highlights and notes may be missing from this view.")
                return empty()
        return read

    @staticmethod
    def _guard_write(fn: Callable[..., Any]) -> Callable[..., Any]:
        def write(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except _FAILURES as exc:
                raise StoreError(f"Parley could not save your change ({exc}).") from exc
        return write

    def get_pref(self, key: str, default: Any = None) -> Any:
        try:
            return self._store.get_pref(key, default)
        except _FAILURES:
            return default

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        try:
            with self._store.transaction() as db:
                yield db
        except _FAILURES as exc:
            raise StoreError(f"Parley could not save your change ({exc}).") from exc
