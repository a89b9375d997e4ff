"""Undoable edits (highlights, notes, reviews, memo, codebook) and a pure-Python undo stack."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol

from reader.core.annotations import (
    REVIEW_ACCEPTED,
    REVIEW_REJECTED,
    Highlight,
    Review,
)
from reader.core.codebook import Codebook, Theme, codebook_from_dict, default_codebook
from reader.core.errors import CodebookError, ParleyError

# What a command changed, so a view redraws only what it must.
HIGHLIGHTS, REVIEWS, MEMO, CODEBOOK = "highlights", "reviews", "memo", "codebook"

ReviewKey = tuple[str, str, int, int]  # article_id, theme_id, start, end


class CommandError(ParleyError):
    """An edit that cannot be done (the highlight is gone, a theme id is unknown...)."""


class AnnotationStore(Protocol):
    """What the commands need from a store (reader.store.Store is one)."""

    def transaction(self) -> AbstractContextManager[Any]: ...
    def add_highlight(self, h: Highlight) -> None: ...
    def update_highlight(self, h: Highlight) -> None: ...
    def delete_highlight(self, highlight_id: str) -> Highlight | None: ...
    def highlight(self, highlight_id: str) -> Highlight | None: ...
    def set_reviews(self, reviews: list[Review]) -> None: ...
    def review(self, article_id: str, theme_id: str, start: int, end: int) -> Review | None: ...
    def clear_review(self, article_id: str, theme_id: str, start: int,
                     end: int) -> Review | None: ...
    def get_memo(self, article_id: str) -> str: ...
    def set_memo(self, article_id: str, text: str) -> None: ...
    def user_codebook(self) -> Codebook | None: ...
    def set_user_codebook(self, codebook: Codebook | None) -> None: ...


class Command:
    """One user action: `do` and `undo` each save to the store at once.

    `text` labels it in the Edit menu ("Undo Add highlight"); `affects` names what changed
    (HIGHLIGHTS, REVIEWS, MEMO, CODEBOOK) and `article_id` which article, if any. A command
    with a `merge_key` absorbs the next command with the same key (typing a note is one
    undo step, not one per keystroke); Qt wrappers map it to QUndoCommand.id/mergeWith.
    """

    text = "Edit"
    affects = HIGHLIGHTS
    article_id: str | None = None
    merge_key: tuple[Any, ...] | None = None

    def do(self, store: AnnotationStore) -> None:
        raise NotImplementedError

    def undo(self, store: AnnotationStore) -> None:
        raise NotImplementedError

    def merge(self, other: Command) -> bool:
        """Absorb `other` (already done) into this command; False when they do not merge."""
        return False


# -- highlights -----------------------------------------------------------------------------


class AddHighlight(Command):
    text = "Add highlight"

    def __init__(self, highlight: Highlight) -> None:
        self.highlight = highlight
        self.article_id = highlight.article_id

    def do(self, store: AnnotationStore) -> None:
        store.add_highlight(self.highlight)

    def undo(self, store: AnnotationStore) -> None:
        store.delete_highlight(self.highlight.id)


class DeleteHighlight(Command):
    text = "Delete highlight"

    def __init__(self, highlight: Highlight) -> None:
        self.highlight = highlight
        self.article_id = highlight.article_id

    def do(self, store: AnnotationStore) -> None:
        deleted = store.delete_highlight(self.highlight.id)
        if deleted is None:
            raise CommandError("That highlight was already deleted (in another window?).")
        self.highlight = deleted  # restore exactly what was there, note included

    def undo(self, store: AnnotationStore) -> None:
        store.add_highlight(self.highlight)


class UpdateHighlight(Command):
    """Change fields of a highlight (theme, note, span); undo restores the old version."""

    def __init__(self, highlight_id: str, text: str = "Change highlight", **changes: Any) -> None:
        self.highlight_id = highlight_id
        self.text = text
        self.changes = changes
        self.before: Highlight | None = None
        self.after: Highlight | None = None

    def do(self, store: AnnotationStore) -> None:
        current = store.highlight(self.highlight_id)
        if current is None:
            raise CommandError("That highlight no longer exists (deleted in another window?).")
        if self.before is None:
            self.before = current
            self.after = current.with_changes(**self.changes)
        self.article_id = current.article_id
        assert self.after is not None
        store.update_highlight(self.after)

    def undo(self, store: AnnotationStore) -> None:
        assert self.before is not None
        store.update_highlight(self.before)


class ChangeTheme(UpdateHighlight):
    def __init__(self, highlight_id: str, theme_id: str) -> None:
        super().__init__(highlight_id, "Change theme", theme_id=theme_id)


class EditNote(UpdateHighlight):
    def __init__(self, highlight_id: str, note: str) -> None:
        super().__init__(highlight_id, "Edit note", note=note)
        self.merge_key = ("note", highlight_id)

    def merge(self, other: Command) -> bool:
        if not isinstance(other, EditNote) or other.merge_key != self.merge_key:
            return False
        self.after = other.after  # keep our `before`: one undo goes back past all the typing
        return True


# -- reviews of automatic passages ------------------------------------------------------------


def _key(r: Review) -> ReviewKey:
    return (r.article_id, r.theme_id, r.start, r.end)


class _ReviewsCommand(Command):
    affects = REVIEWS

    def __init__(self, keys: list[ReviewKey]) -> None:
        self.keys = keys
        self.article_id = keys[0][0] if keys else None
        self.previous: dict[ReviewKey, Review | None] = {}

    def _remember(self, store: AnnotationStore) -> None:
        self.previous = {k: store.review(*k) for k in self.keys}

    def undo(self, store: AnnotationStore) -> None:
        # One transaction: undoing "reject all" is one step on disk as well.
        with store.transaction():
            for key, old in self.previous.items():
                if old is None:
                    store.clear_review(*key)
            store.set_reviews([old for old in self.previous.values() if old is not None])


class SetReviews(Command):
    """Accept or reject one automatic passage or many (all of a theme) in one step."""

    affects = REVIEWS

    def __init__(self, reviews: list[Review], text: str | None = None) -> None:
        self.reviews = list(reviews)
        self._inner = _ReviewsCommand([_key(r) for r in self.reviews])
        self.article_id = self._inner.article_id
        decisions = {r.decision for r in self.reviews}
        verb = "Accept" if decisions == {REVIEW_ACCEPTED} else (
            "Reject" if decisions == {REVIEW_REJECTED} else "Review")
        self.text = text or (f"{verb} passage" if len(self.reviews) == 1
                             else f"{verb} {len(self.reviews)} passages")

    @classmethod
    def for_theme(cls, article_id: str, text: str, theme_id: str,
                  spans: Iterable[tuple[int, int]], decision: str) -> SetReviews:
        """The decision on every passage `spans` of `theme_id` (e.g. Analysis.passages)."""
        if decision not in (REVIEW_ACCEPTED, REVIEW_REJECTED):
            raise CommandError(f"Unknown review decision {decision!r}.")
        reviews = [Review(article_id, theme_id, s, e, text[s:e], decision) for s, e in spans]
        verb = "Accept" if decision == REVIEW_ACCEPTED else "Reject"
        return cls(reviews, f"{verb} all '{theme_id}' passages")

    def do(self, store: AnnotationStore) -> None:
        with store.transaction():
            self._inner._remember(store)
            store.set_reviews(self.reviews)

    def undo(self, store: AnnotationStore) -> None:
        self._inner.undo(store)


class ClearReviews(Command):
    """Forget decisions: restores rejected passages (undo rejects them again)."""

    affects = REVIEWS

    def __init__(self, keys: Iterable[ReviewKey], text: str = "Restore passages") -> None:
        self._inner = _ReviewsCommand(list(keys))
        self.article_id = self._inner.article_id
        self.text = text if len(self._inner.keys) != 1 else "Restore passage"

    def do(self, store: AnnotationStore) -> None:
        with store.transaction():
            self._inner._remember(store)
            for key in self._inner.keys:
                store.clear_review(*key)

    def undo(self, store: AnnotationStore) -> None:
        self._inner.undo(store)


# -- memo -----------------------------------------------------------------------------------


class SetMemo(Command):
    text = "Edit memo"
    affects = MEMO

    def __init__(self, article_id: str, memo: str) -> None:
        self.article_id = article_id
        self.memo = memo
        self.before: str | None = None
        self.merge_key = ("memo", article_id)

    def do(self, store: AnnotationStore) -> None:
        if self.before is None:
            self.before = store.get_memo(self.article_id)
        store.set_memo(self.article_id, self.memo)

    def undo(self, store: AnnotationStore) -> None:
        store.set_memo(self.article_id, self.before or "")

    def merge(self, other: Command) -> bool:
        if not isinstance(other, SetMemo) or other.merge_key != self.merge_key:
            return False
        self.memo = other.memo
        return True


# -- the codebook ---------------------------------------------------------------------------


def _validated(codebook: Codebook) -> Codebook:
    # The same checks as a codebook file (ids, colours, patterns), so a bad edit is refused
    # with the same clear message instead of being saved.
    return codebook_from_dict(codebook.to_dict(), origin="edited codebook")


def _theme_of(codebook: Codebook, theme_id: str) -> Theme:
    if theme_id not in codebook:
        raise CommandError(f"Unknown theme '{theme_id}'. Themes: {', '.join(codebook.ids)}.")
    return codebook.theme(theme_id)


class EditCodebook(Command):
    """Replace the user's codebook by `edit(current)`; undo restores the exact previous one.

    `current` is the user's codebook, or the shipped default when there is none yet.
    """

    affects = CODEBOOK

    def __init__(self, edit: Callable[[Codebook], Codebook | None], text: str,
                 default: Callable[[], Codebook] = default_codebook) -> None:
        self.edit = edit
        self.text = text
        self.default = default
        self.before: Codebook | None = None
        self.after: Codebook | None = None
        self._done_once = False

    def do(self, store: AnnotationStore) -> None:
        if not self._done_once:
            self.before = store.user_codebook()
            result = self.edit(self.before or self.default())
            try:
                self.after = None if result is None else _validated(result)
            except CodebookError as exc:
                raise CommandError(str(exc)) from None
            self._done_once = True
        store.set_user_codebook(self.after)

    def undo(self, store: AnnotationStore) -> None:
        store.set_user_codebook(self.before)


def add_theme(theme: Theme, **kw: Any) -> EditCodebook:
    def edit(cb: Codebook) -> Codebook:
        if theme.id in cb:
            raise CommandError(f"A theme with id '{theme.id}' already exists.")
        return cb.replace_theme(theme)

    return EditCodebook(edit, f"Add theme {theme.name}", **kw)


def rename_theme(theme_id: str, name: str, **kw: Any) -> EditCodebook:
    def edit(cb: Codebook) -> Codebook:
        return cb.replace_theme(dataclasses.replace(_theme_of(cb, theme_id), name=name))

    return EditCodebook(edit, "Rename theme", **kw)


def recolour_theme(theme_id: str, color: str, color_dark: str | None = None,
                   **kw: Any) -> EditCodebook:
    def edit(cb: Codebook) -> Codebook:
        theme = _theme_of(cb, theme_id)
        return cb.replace_theme(dataclasses.replace(
            theme, color=color, color_dark=color_dark or theme.color_dark))

    return EditCodebook(edit, "Recolour theme", **kw)


def edit_terms(theme_id: str, terms: Iterable[str], exclude: Iterable[str] | None = None,
               **kw: Any) -> EditCodebook:
    terms = tuple(terms)
    excluded = None if exclude is None else tuple(exclude)

    def edit(cb: Codebook) -> Codebook:
        theme = _theme_of(cb, theme_id)
        changes: dict[str, Any] = {"terms": terms}
        if excluded is not None:
            changes["exclude"] = excluded
        return cb.replace_theme(dataclasses.replace(theme, **changes))

    return EditCodebook(edit, "Edit theme terms", **kw)


def reset_codebook(**kw: Any) -> EditCodebook:
    return EditCodebook(lambda cb: None, "Reset codebook to default", **kw)


# -- the stack ------------------------------------------------------------------------------


class UndoStack:
    """Many-level undo/redo over a store; every do/undo is saved as it happens.

    A command that raises is not pushed (the store is unchanged: each save is one
    transaction). `listeners` are called as listener(command, "do" | "undo" | "redo")
    after each change, so views can redraw what `command.affects`.
    """

    def __init__(self, store: AnnotationStore, limit: int = 0) -> None:
        self.store = store
        self.limit = limit  # 0: unlimited
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self.listeners: list[Callable[[Command, str], None]] = []

    def push(self, command: Command) -> Command:
        """Do `command` and record it (merged into the last one when it can be)."""
        command.do(self.store)
        self._undone.clear()
        top = self._done[-1] if self._done else None
        if not (top is not None and top.merge_key is not None
                and top.merge_key == command.merge_key and top.merge(command)):
            self._done.append(command)
            if self.limit and len(self._done) > self.limit:
                del self._done[0]
        self._notify(command, "do")
        return command

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done[-1]
        command.undo(self.store)  # if this raises, the stack stays as it was
        self._undone.append(self._done.pop())
        self._notify(command, "undo")
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        command.do(self.store)
        self._done.append(self._undone.pop())
        self._notify(command, "redo")
        return command

    def _notify(self, command: Command, how: str) -> None:
        for listener in list(self.listeners):
            listener(command, how)

    def clear(self) -> None:
        """Forget the history (e.g. another article was opened); saved work stays."""
        self._done.clear()
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def __len__(self) -> int:
        return len(self._done)

    def __iter__(self) -> Iterator[Command]:
        return iter(self._done)
