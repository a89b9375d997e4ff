"""The window's actions with their shortcuts, and the menus and toolbar that show them."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

# A platform's standard key, named without importing QKeySequence before the first paint:
# "std:Open" is QKeySequence.StandardKey.Open.
_STANDARD = "std:"


class ActionSpec(NamedTuple):
    """One user action: its name, icon purpose, shortcuts and what it calls."""

    # A NamedTuple, not a frozen dataclass: making a dataclass costs ~1 ms at import,
    # before the first paint, a NamedTuple about half.

    key: str
    text: str
    shortcuts: tuple[str, ...]  # "Ctrl+E", or "std:Open" for QKeySequence.StandardKey.Open
    icon: str | None = None
    checkable: bool = False
    tip: str = ""


SPECS = (
    ActionSpec("open", "&Open…", ("std:Open",), "open", tip="Open an article"),
    ActionSpec("export", "&Export…", ("Ctrl+E",), "export",
               tip="Export your highlights, notes and the analysis (Markdown, HTML, JSON, "
                   "CSV, REFI-QDA)"),
    ActionSpec("quit", "&Quit", ("std:Quit", "Ctrl+Q"), "quit"),
    ActionSpec("find", "&Find…", ("std:Find",), "find", tip="Find in the article"),
    ActionSpec("zoom_in", "Zoom &in", ("std:ZoomIn", "Ctrl+="), "zoom_in",
               tip="Larger text"),
    ActionSpec("zoom_out", "Zoom &out", ("std:ZoomOut", "Ctrl+-"), "zoom_out",
               tip="Smaller text"),
    ActionSpec("zoom_reset", "&Actual size", ("Ctrl+0",), "zoom_reset"),
    ActionSpec("dark_mode", "&Dark mode", ("Ctrl+Shift+D",), "dark_mode", checkable=True,
               tip="Switch between light and dark"),
    ActionSpec("next_passage", "&Next passage", ("F3", "N"), "next",
               tip="Next passage of the focused theme"),
    ActionSpec("previous_passage", "&Previous passage", ("Shift+F3", "P"), "previous",
               tip="Previous passage of the focused theme"),
    ActionSpec("clear_focus", "&All themes", ("Esc",), "clear_focus",
               tip="Leave the theme focus, close the find bar, clear marks"),
    ActionSpec("show_participants", "&Participants", ("Ctrl+1",), "participants"),
    ActionSpec("show_commitments", "&Commitments", ("Ctrl+2",), "commitments"),
    ActionSpec("about", "&About Parley", (), "about"),
)


def build_actions(window: QMainWindow, handlers: dict[str, Callable[[], object]]
                  ) -> dict[str, QAction]:
    """Create every action on `window`, connected to `handlers[key]`; their shortcuts come
    with assign_shortcuts, once the window is up."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        # QAction(parent), then the text: the (text, parent) constructor makes PySide build
        # QIcon's Python class (an overload takes an icon) and its ~150 enum values, ~2 ms
        # before the first paint.
        action = QAction(window)
        action.setText(spec.text)
        action.setCheckable(spec.checkable)
        tip = spec.tip or spec.text.replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        handler = handlers[spec.key]
        if spec.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)  # shortcuts work even when no menu shows the action
        actions[spec.key] = action
    return actions


def assign_shortcuts(actions: dict[str, QAction]) -> None:
    """Give each action its shortcuts and name them in its tooltip. Called after the first
    paint: QKeySequence's class (its enums) and the platform key bindings cost ~1.5 ms, and
    no key can be pressed in a window not yet on screen."""
    from PySide6.QtGui import QKeySequence

    for spec in SPECS:
        action = actions[spec.key]
        # A standard key may equal an explicit one on some platforms; a duplicate would make
        # the shortcut ambiguous and neither would fire.
        sequences: list[QKeySequence] = []
        for s in spec.shortcuts:
            standard = isinstance(s, str) and s.startswith(_STANDARD)
            for seq in QKeySequence.keyBindings(
                    getattr(QKeySequence.StandardKey, s[len(_STANDARD):])) if standard else [
                    QKeySequence(s)]:
                if not seq.isEmpty() and seq not in sequences:
                    sequences.append(seq)
        action.setShortcuts(sequences)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = spec.tip or spec.text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


def build_menus(window: QMainWindow, actions: dict[str, QAction], recent: QMenu) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions["open"])
    file_menu.addMenu(recent)
    file_menu.addAction(actions["export"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    view_menu = bar.addMenu("&View")
    for key in ("find", None, "zoom_in", "zoom_out", "zoom_reset", None, "dark_mode", None,
                "show_participants", "show_commitments"):
        if key is None:
            view_menu.addSeparator()
        else:
            view_menu.addAction(actions[key])
    themes_menu = bar.addMenu("&Themes")
    for key in ("next_passage", "previous_passage", "clear_focus"):
        themes_menu.addAction(actions[key])
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions["about"])


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setMovable(False)
    for key in ("open", "export", None, "zoom_out", "zoom_in", None, "find", "dark_mode"):
        if key is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[key])
    window.addToolBar(toolbar)
    return toolbar
