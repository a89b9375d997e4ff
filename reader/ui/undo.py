"""Undo for the window: core commands wrapped as QUndoCommands on a QUndoStack."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from reader.core.commands import AnnotationStore, Command
from reader.core.errors import ParleyError


class _Wrapped(QUndoCommand):
    """One core command on the Qt stack. Its first redo is skipped: the history did it."""

    def __init__(self, history: UndoHistory, command: Command, merge_id: int):
        super().__init__(command.text)
        self.history = history
        self.command = command
        self._merge_id = merge_id
        self._done = True  # pushed only after a successful do()

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.history._run(self, "redo")

    def undo(self) -> None:
        self.history._run(self, "undo")

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Wrapped) or other.command.merge_key != self.command.merge_key:
            return False
        if not self.command.merge(other.command):
            return False
        self.setText(self.command.text)
        return True


class UndoHistory(QObject):
    """Runs core commands against the store and keeps them on a QUndoStack.

    Every do, undo and redo is saved by the store as it happens (autosave and undo work
    together). A command that fails (CommandError, StoreError) changes nothing, is not
    pushed, and its message goes out through `failed`.

    Signals:
        changed(object, str): fires after a command was done ("do"), undone ("undo") or
            redone ("redo"), with the core command, so views redraw what it `affects`.
        failed(str): fires with a user-facing message when a command could not be done.
    """

    changed = Signal(object, str)
    failed = Signal(str)

    def __init__(self, store: AnnotationStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)
        self._merge_ids: dict[Any, int] = {}

    def push(self, command: Command) -> bool:
        """Do `command` and record it; False (and `failed`) when it could not be done."""
        try:
            command.do(self.store)
        except ParleyError as exc:
            self.failed.emit(str(exc))
            return False
        key = command.merge_key
        merge_id = -1 if key is None else self._merge_ids.setdefault(key, len(self._merge_ids))
        self.stack.push(_Wrapped(self, command, merge_id))
        self.changed.emit(command, "do")
        return True

    def _run(self, wrapped: _Wrapped, how: str) -> None:
        command = wrapped.command
        try:
            (command.undo if how == "undo" else command.do)(self.store)
        except ParleyError as exc:
            # Qt moves its index whatever happens here; an obsolete command is dropped
            # from the stack instead of being offered again in a state it cannot reach.
            wrapped.setObsolete(True)
            self.failed.emit(f"Could not {how} '{command.text}': {exc}")
            return
        self.changed.emit(command, how)

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def clear(self) -> None:
        """Forget the history (another article was opened); the saved work stays."""
        self.stack.clear()

    def commands(self) -> list[Command]:
        """The done commands, oldest first (tests and the Edit menu read them)."""
        out = []
        for n in range(self.stack.index()):
            wrapped = self.stack.command(n)
            if isinstance(wrapped, _Wrapped):
                out.append(wrapped.command)
        return out

    def create_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit > Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, and Ctrl+Y where that is usual)."""
        undo = self.stack.createUndoAction(parent, "&Undo")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.stack.createRedoAction(parent, "&Redo")
        sequences = [QKeySequence("Ctrl+Shift+Z")]
        for seq in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if seq not in sequences:
                sequences.append(seq)
        redo.setShortcuts(sequences)
        return undo, redo
