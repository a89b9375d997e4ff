"""`Qt`, the QtCore namespace, looked up on first use instead of at import.

PySide6 builds the namespace's ~90 Python enums (about 40 ms) the first time anything
touches `PySide6.QtCore.Qt`; modules on the way to the window's first paint import this
stand-in so that cost falls after the article text is on screen.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any


class _LazyQt:
    """Forwards every attribute to PySide6.QtCore.Qt, importing it on the first lookup."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as real

        return getattr(real, name)

    def __repr__(self) -> str:
        return "<lazy PySide6.QtCore.Qt>"


if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    Qt = _LazyQt()

__all__ = ["Qt"]
