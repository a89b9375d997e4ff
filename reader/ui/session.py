"""Session: the window's state and the reader's preferences, read from and saved to the store."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from reader.core.article import Article

MAX_RECENT = 10


class StateStore(Protocol):
    """What the window needs of reader.store.Store."""

    warnings: list[str]
    read_only: bool

    def get_state(self, key: str, default: Any = None) -> Any: ...
    def set_state(self, key: str, value: Any) -> None: ...
    def get_pref(self, key: str, default: Any = None) -> Any: ...
    def set_pref(self, key: str, value: Any) -> None: ...


class Session:
    """Typed access to saved state. A value of the wrong type reads as the default, and a
    failed save is reported in `warnings` instead of interrupting the reader."""

    def __init__(self, store: StateStore):
        self.store = store
        self.warnings: list[str] = list(store.warnings)
        self.save_errors: list[str] = []
        # Called with the message when a save fails (the window shows it); set by the window.
        self.on_error: Callable[[str], None] | None = None

    # --- plumbing ---------------------------------------------------------------------
    def _get(self, key: str, kind: type, default: Any, pref: bool = False) -> Any:
        try:
            value = (self.store.get_pref if pref else self.store.get_state)(key, default)
        except Exception as exc:  # a broken store means defaults, never a failed start
            self.save_errors.append(f"Could not read {key}: {exc}")
            return default
        return value if isinstance(value, kind) else default

    def _set(self, key: str, value: Any, pref: bool = False) -> None:
        try:
            (self.store.set_pref if pref else self.store.set_state)(key, value)
        except Exception as exc:  # the session goes on; the message reaches the window
            message = f"Could not save {key}: {exc}"
            self.save_errors.append(message)
            if self.on_error is not None:
                self.on_error(message)

    # --- window -----------------------------------------------------------------------
    def geometry(self) -> str | None:
        return self._get("window.geometry", str, None)

    def splitter_sizes(self) -> list[int] | None:
        sizes = self._get("window.splitter", list, None)
        if sizes and all(isinstance(s, int) and s >= 0 for s in sizes):
            return sizes
        return None

    def save_window(self, geometry: str, splitter: list[int]) -> None:
        self._set("window.geometry", geometry)
        self._set("window.splitter", list(splitter))

    # --- article ----------------------------------------------------------------------
    def last_article(self) -> str | None:
        path = self._get("article.path", str, None)
        return path if path and Path(path).is_file() else None

    def opened(self, path: str) -> None:
        """Remember `path` as the open article and at the top of the recent files."""
        path = str(Path(path).resolve())
        self._set("article.path", path)
        recent = [p for p in self.recent_files() if p != path]
        self._set("recent_files", [path, *recent][:MAX_RECENT])

    def recent_files(self) -> list[str]:
        return [p for p in self._get("recent_files", list, []) if isinstance(p, str)]

    def position(self, article: Article) -> int:
        """Where the reader was in this article (an offset), 0 when unknown."""
        saved = self._get("article.positions", dict, {})
        value = saved.get(article.content_id)
        return value if isinstance(value, int) and 0 <= value <= len(article.text) else 0

    def save_position(self, article: Article, offset: int) -> None:
        saved = dict(self._get("article.positions", dict, {}))
        saved.pop(article.content_id, None)
        saved[article.content_id] = int(offset)
        # Keep the latest few: positions of long-closed articles are not worth the space.
        self._set("article.positions", dict(list(saved.items())[-50:]))

    # --- themes -----------------------------------------------------------------------
    def focused_theme(self) -> str | None:
        return self._get("theme.focus", str, None)

    def set_focused_theme(self, theme_id: str | None) -> None:
        self._set("theme.focus", theme_id)

    def hidden_themes(self) -> set[str]:
        return {t for t in self._get("theme.hidden", list, []) if isinstance(t, str)}

    def set_hidden_themes(self, hidden: set[str]) -> None:
        self._set("theme.hidden", sorted(hidden))

    # --- preferences --------------------------------------------------------------------
    def dark(self) -> bool | None:
        """The reader's choice of dark mode, or None to follow the system."""
        return self._get("dark_mode", bool, None, pref=True)

    def set_dark(self, dark: bool) -> None:
        self._set("dark_mode", bool(dark), pref=True)

    def zoom(self) -> int:
        value = self._get("zoom", int, 0, pref=True)
        return 0 if isinstance(value, bool) else value

    def set_zoom(self, steps: int) -> None:
        self._set("zoom", int(steps), pref=True)
