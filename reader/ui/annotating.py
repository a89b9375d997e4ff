"""Annotator: wires highlights, notes, review, codebook edits, undo and export into the window."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import REVIEW_ACCEPTED, REVIEW_REJECTED, Highlight, Review
from reader.core.article import Article
from reader.core.codebook import Codebook, default_codebook
from reader.core.commands import (
    CODEBOOK,
    HIGHLIGHTS,
    MEMO,
    REVIEWS,
    AddHighlight,
    ClearReviews,
    Command,
    EditNote,
    SetReviews,
)
from reader.core.errors import ParleyError
from reader.core.reviewed import Decisions, apply_reviews, theme_counts
from reader.store import Store
from reader.ui.codebook_editor import CodebookDialog, CodebookEditor
from reader.ui.guarded_store import GuardedStore
from reader.ui.notes_panel import NotesPanel, chip_style, menu_text, rich_escaped
from reader.ui.review import ReviewPanel
from reader.ui.undo import UndoHistory

if TYPE_CHECKING:
    from reader.core.exports.bundle import ExportOptions
    from reader.core.records import Analysis
    from reader.ui.export_dialog import ExportDialog
    from reader.ui.main_window import MainWindow

_PAST = {"do": "", "undo": "Undone: ", "redo": "Redone: "}


class ThemeButtons(QWidget):
    """One button per theme (keys 1-9 in codebook order) that highlights the selection.

    Signals:
        theme_chosen(str): fires with the theme id when a button is pressed.
    """

    theme_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Highlight the selection as")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 0, 4, 0)
        self._grid.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}

    def set_themes(self, themes: list[tuple[str, str, str]]) -> None:
        """(id, name, colour) in codebook order."""
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for n, (theme_id, name, color) in enumerate(themes):
            button = QToolButton()
            key = f"{n + 1} " if n < 9 else ""
            button.setText(f"{key}{menu_text(name)}")
            button.setToolTip(rich_escaped(f"Highlight the selected text as {name}"
                                           + (f" (key {n + 1})" if n < 9 else "")))
            button.setAccessibleName(f"Highlight as {name}")
            # Without a selection: an outline in the theme colour, still easy to read.
            disabled = f"background: transparent; color: {color}; border: 1px solid {color};"
            button.setStyleSheet(f"QToolButton {{ {chip_style(color)} }}"
                                 f" QToolButton:disabled {{ {disabled} }}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, t=theme_id: self.theme_chosen.emit(t))
            # Two columns: the sidebar is narrow and long theme names must not be cut.
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._grid.addWidget(button, n // 2, n % 2)
            self.buttons[theme_id] = button

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)


class Annotator(QObject):
    """The annotating side of the window: every edit an undoable command, saved at once.

    It owns the undo history, the Notes and Review tabs of the sidebar, the Edit menu and
    the codebook editor; the window asks it for the reviewed analysis and the counts.
    """

    def __init__(self, window: MainWindow, store: Store):
        super().__init__(window)
        self.window = window
        # Reads that fail give empty results, writes that fail become StoreErrors the
        # history reports: a database that went away never takes the window down.
        self.store: Store = GuardedStore(  # type: ignore[assignment]
            store, lambda message: window.banner.show_message(message, "warning"))
        # What "reset to default" and the first edit start from: a --codebook file if the
        # user has no edited codebook yet, else the shipped one.
        self.base_codebook = window.codebook if self.store.user_codebook() is None \
            else default_codebook()
        self.article: Article | None = None
        self.highlights: list[Highlight] = []
        self.history = UndoHistory(self.store, self)
        self.history.changed.connect(self._on_changed)
        self.history.failed.connect(self._on_failed)

        self.buttons = ThemeButtons()
        self.buttons.theme_chosen.connect(self.highlight_selection)
        self.notes = NotesPanel(self.history, self.store)
        self.notes.highlight_activated.connect(self.show_span)
        notes_tab = QWidget()
        hint = QLabel("Highlight the selected text as:")
        hint.setObjectName("panelTitle")
        hint.setWordWrap(True)  # narrow windows: wrap, not widen the column
        layout = QVBoxLayout(notes_tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        layout.addWidget(self.notes, 1)
        self.review = ReviewPanel(self.history, self.store)
        self.review.passage_activated.connect(self.show_span)
        window.sidebar.addTab(notes_tab, "Notes")
        window.sidebar.addTab(self.review, "Review")
        self.notes_tab = notes_tab

        self.undo_action, self.redo_action = self.history.create_actions(window)
        self.highlight_menu = QMenu("&Highlight selection as", window)
        self.codebook_action = QAction("Edit &codebook…", window)
        self.codebook_action.setShortcut(QKeySequence("Ctrl+K"))
        self.codebook_action.triggered.connect(self.open_codebook_editor)
        self.notes_action = QAction("&Notes and highlights", window)
        self.notes_action.setShortcut(QKeySequence("Ctrl+3"))
        self.notes_action.triggered.connect(lambda: window.sidebar.setCurrentWidget(notes_tab))
        self.review_action = QAction("&Review automatic passages", window)
        self.review_action.setShortcut(QKeySequence("Ctrl+4"))
        self.review_action.triggered.connect(
            lambda: window.sidebar.setCurrentWidget(self.review))
        for action in (self.undo_action, self.redo_action, self.codebook_action,
                       self.notes_action, self.review_action):
            window.addAction(action)
        self._build_edit_menu()
        self.codebook_dialog: CodebookDialog | None = None
        self.export_dialog: ExportDialog | None = None
        window.view.menu_builder = self._fill_view_menu
        window.view.user_highlight_clicked.connect(self.show_card)
        window.view.selectionChanged.connect(self._selection_changed)
        self.set_codebook(window.codebook)
        self._selection_changed()

    # --- window plumbing ------------------------------------------------------------------
    def _build_edit_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu("&Edit", self.window)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addMenu(self.highlight_menu)
        menu.addSeparator()
        menu.addAction(self.codebook_action)
        actions = bar.actions()
        bar.insertMenu(actions[1] if len(actions) > 1 else None, menu)  # after File
        self.edit_menu = menu
        view_menu = next((a.menu() for a in actions if a.text() == "&View"), None)
        if isinstance(view_menu, QMenu):
            view_menu.addAction(self.notes_action)
            view_menu.addAction(self.review_action)

    def set_codebook(self, codebook: Codebook) -> None:
        """Theme names, colours and key numbers for the panels and menus."""
        colors = self.window.colors
        names = {t.id: t.name for t in codebook.themes}
        self.notes.set_themes(names, {t.id: colors.line_hex(t.id) for t in codebook.themes})
        self.review.set_themes(names)
        self.buttons.set_themes([(t.id, t.name, colors.line_hex(t.id)) for t in codebook.themes])
        self.buttons.set_enabled(self.window.view.selection_span() is not None)
        self.highlight_menu.clear()
        for n, theme in enumerate(codebook.themes):
            action = self.highlight_menu.addAction(menu_text(theme.name))
            if n < 9:
                action.setText(f"&{n + 1}  {menu_text(theme.name)}")
            action.triggered.connect(lambda _c=False, t=theme.id: self.highlight_selection(t))
        if self.codebook_dialog is not None:
            self.codebook_dialog.editor.refresh()

    def set_article(self, article: Article) -> None:
        """A newly shown article: its saved work, re-anchored if its file's text changed."""
        self.history.clear()  # an undo must never reach into another article
        self.article = article
        try:
            report = self.store.remember_article(article)
        except ParleyError as exc:
            report = None
            self._on_failed(str(exc))
        if report is not None and report.orphaned:
            self.window.banner.show_message(
                f"The text of this file changed since you last annotated it: "
                f"{report.anchored} highlights were found again, {report.orphaned} could not "
                "be placed and are listed under Notes with their quotes.", "warning")
        self.notes.set_article(article.content_id)
        self._load_highlights()

    def _load_highlights(self) -> None:
        self.highlights = self.store.highlights(self.article.content_id) if self.article else []
        self.window.view.set_user_highlights(self.highlights)

    def reviewed(self, analysis: Analysis) -> Analysis:
        """The analysis minus the passages the user rejected."""
        return apply_reviews(analysis, self.store.reviews(analysis.article.content_id))

    def counts(self, reviewed: Analysis) -> dict[str, int]:
        return theme_counts(reviewed, self.highlights)

    def analysis_changed(self, raw: Analysis | None) -> None:
        self.review.set_analysis(raw)

    def show_span(self, start: int, end: int) -> None:
        self.window.view.reveal(start, end)
        self.window.view.flash(start, end)

    # --- highlighting -----------------------------------------------------------------------
    def _selection_changed(self) -> None:
        has = self.window.view.selection_span() is not None
        self.buttons.set_enabled(has)
        self.highlight_menu.setEnabled(has)

    def highlight_selection(self, theme_id: str) -> bool:
        """Give the selected text `theme_id` (one undo step); False when nothing is selected."""
        span = self.window.view.selection_span()
        if span is None or self.article is None:
            return False
        if theme_id not in self.window.codebook:
            return False
        h = Highlight.anchored(self.article.content_id, self.article.text, theme_id, *span)
        if self.history.push(AddHighlight(h)):
            self._make_visible(theme_id)
            # The new card is where its note goes: show it (the sidebar may be narrow
            # enough to keep the Notes tab behind its scroll arrows).
            self.show_card(h.id)
            name = self.window.codebook.theme(theme_id).name
            self.window.statusBar().showMessage(
                f"Highlighted as {name}. Add a note under Notes; Ctrl+Z undoes.", 5000)
        return True

    def show_card(self, highlight_id: str) -> None:
        """A highlight clicked in the text: its card in the Notes tab, marked as current."""
        self.window.sidebar.setCurrentWidget(self.notes_tab)
        self.notes.set_current(highlight_id)

    def _make_visible(self, theme_id: str) -> None:
        """A highlight just made must show: unhide its theme, leave another theme's focus."""
        window = self.window
        hidden = window.theme_model.hidden()
        if theme_id in hidden:
            window.theme_model.set_hidden(hidden - {theme_id})
            window._on_visibility(theme_id, True)
        if window.walk is not None and window.walk.theme_id != theme_id:
            window.clear_focus()

    def focus_note(self, highlight_id: str) -> None:
        """Show the Notes tab with the cursor in this highlight's note."""
        self.window.sidebar.setCurrentWidget(self.notes_tab)
        card = self.notes.card(highlight_id)
        self.notes.scroll.ensureWidgetVisible(card)
        card.note.setFocus()

    def _fill_view_menu(self, menu: QMenu, offset: int) -> None:
        """The annotating entries of the text's right-click menu at article `offset`."""
        codebook = self.window.codebook
        menu.addSeparator()
        as_menu = menu.addMenu("Highlight as")
        as_menu.setEnabled(self.window.view.selection_span() is not None)
        for n, theme in enumerate(codebook.themes):
            label = menu_text(theme.name)
            action = as_menu.addAction(f"{n + 1}  {label}" if n < 9 else label)
            action.triggered.connect(lambda _c=False, t=theme.id: self.highlight_selection(t))
        for h in self.window.view.highlights_at(offset):
            name = codebook.theme(h.theme_id).name if h.theme_id in codebook else h.theme_id
            sub = menu.addMenu(f"Your highlight: {menu_text(name)}")
            sub.addAction("Edit note").triggered.connect(
                lambda _c=False, i=h.id: self.focus_note(i))
            themes = sub.addMenu("Change theme")
            for theme in codebook.themes:
                action = themes.addAction(menu_text(theme.name))
                action.setCheckable(True)
                action.setChecked(theme.id == h.theme_id)
                action.triggered.connect(
                    lambda _c=False, i=h.id, t=theme.id: self.notes.change_theme(i, t))
            sub.addAction("Delete highlight").triggered.connect(
                lambda _c=False, i=h.id: self.notes.delete(i))
        raw = self.window.raw_analysis
        if raw is None or self.article is None:
            return
        # The analysis as computed: a rejected theme is gone from the view's sentences.
        n = bisect_right([s.start for s in raw.sentences], offset) - 1
        if n < 0 or offset >= raw.sentences[n].end:
            return
        full = raw.sentences[n]
        quote = self.article.text[full.start:full.end]
        decisions = Decisions(self.store.reviews(self.article.content_id))
        for theme_id in full.theme_ids:
            name = menu_text(codebook.theme(theme_id).name if theme_id in codebook else theme_id)
            decision = decisions.decision(theme_id, full.start, full.end, quote)
            review = Review(self.article.content_id, theme_id, full.start, full.end, quote,
                            REVIEW_ACCEPTED)
            if decision == REVIEW_REJECTED:
                action = menu.addAction(f"Restore the {name} passage")
                action.triggered.connect(lambda _c=False, r=review: self.history.push(
                    ClearReviews([(r.article_id, r.theme_id, r.start, r.end)])))
                continue
            if decision != REVIEW_ACCEPTED:
                action = menu.addAction(f"Accept the {name} passage")
                action.triggered.connect(
                    lambda _c=False, r=review: self.history.push(SetReviews([r])))
            reject = Review(review.article_id, theme_id, full.start, full.end, quote,
                            REVIEW_REJECTED)
            action = menu.addAction(f"Reject the {name} passage")
            action.triggered.connect(
                lambda _c=False, r=reject: self.history.push(SetReviews([r])))

    # --- after each change ------------------------------------------------------------------
    def _on_changed(self, command: Command, how: str) -> None:
        affects = command.affects
        if isinstance(command, EditNote):
            # Typing a note: no count or tint changes; the text is redrawn only when the
            # note dot appears or goes.
            self.notes.refresh()
            new = self.store.highlight(command.highlight_id)
            if new is not None:
                self.highlights = [new if h.id == new.id else h for h in self.highlights]
                self.window.view.update_user_highlight(new)
        elif affects == HIGHLIGHTS:
            self._load_highlights()
            self.notes.refresh()
            self.window.refresh_counts()
        elif affects == REVIEWS:
            self.window.refresh_themes()
        elif affects == MEMO:
            self.notes.refresh()
        elif affects == CODEBOOK:
            self.window.set_codebook(self.current_codebook())
            if self.codebook_dialog is not None:
                self.codebook_dialog.editor.refresh()
        if how != "do" or (affects != MEMO and not isinstance(command, EditNote)):
            self.window.statusBar().showMessage(f"{_PAST[how]}{command.text}", 4000)

    def _on_failed(self, message: str) -> None:
        self.window.banner.show_message(message, "error")

    def current_codebook(self) -> Codebook:
        return self.store.user_codebook() or self.base_codebook

    # --- dialogs ------------------------------------------------------------------------------
    def open_codebook_editor(self) -> CodebookDialog:
        if self.codebook_dialog is None:
            editor = CodebookEditor(self.history, self.current_codebook,
                                    default=lambda: self.base_codebook)
            self.codebook_dialog = CodebookDialog(editor, self.window)
        self.codebook_dialog.editor.refresh()
        self.codebook_dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # it has no window stack to raise
            self.codebook_dialog.raise_()
        return self.codebook_dialog

    def open_export_dialog(self) -> ExportDialog | None:
        # The export modules load on first use, not before the window's first paint.
        from reader.core.exports.bundle import build_bundle
        from reader.ui.export_dialog import ExportDialog

        window = self.window
        raw, article = window.raw_analysis, self.article
        if raw is None or article is None:
            window.statusBar().showMessage("Nothing to export yet: the analysis is running.",
                                           4000)
            return None
        article_id = article.content_id

        def build(options: ExportOptions):
            return build_bundle(raw, self.store.highlights(article_id),
                                self.store.reviews(article_id), self.store.get_memo(article_id),
                                options)

        dialog = ExportDialog(build, raw.codebook, article.title, self.store, window)
        dialog.accepted.connect(lambda: window.statusBar().showMessage(
            f"Exported to {dialog.written}", 6000))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()
        return dialog
