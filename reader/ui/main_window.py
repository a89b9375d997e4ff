"""MainWindow: assembles the article view, theme panel, chart, sidebar, actions and state."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.article import Article, load_article
from reader.core.codebook import Codebook
from reader.core.errors import ParleyError
from reader.core.search import MAX_MATCHES, find_all
from reader.store import Store
from reader.ui.actions import assign_shortcuts, build_actions, build_menus, build_toolbar
from reader.ui.analysis_runner import AnalysisRunner
from reader.ui.annotated_view import AnnotatedView
from reader.ui.focus import PassageWalk
from reader.ui.lazy_qt import Qt  # PySide's Qt namespace costs ~40 ms: built after first paint
from reader.ui.palette import (
    ThemeColors,
    application_palette,
    palette_looks_dark,
    system_prefers_dark,
)
from reader.ui.session import Session

if TYPE_CHECKING:
    # Annotations only: importing a PySide class builds its enums, and these are not needed
    # before the first paint (the dialogs import QFileDialog / QMessageBox when they open).
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QResizeEvent,
        QShowEvent,
    )
    from PySide6.QtWidgets import QProgressBar

    from reader.core.records import Analysis
    from reader.ui.annotating import Annotator
    from reader.ui.doc_strip import DocumentStrip
    from reader.ui.find_bar import FindBar
    from reader.ui.models import CommitmentModel, ParticipantModel, ThemeTableModel
    from reader.ui.sidebar import Sidebar
    from reader.ui.theme_panel import ThemePanel

OPEN_FILTER = "Statements (*.txt *.md *.markdown *.html *.htm);;All files (*)"
MAX_RECENT = 10
# The narrowest text column kept when the window is narrow (about 45 characters a line).
TEXT_MIN_WIDTH = 360
# A first run's window, when the screen has room for it, and its columns (the sidebar
# fits its four tabs).
DEFAULT_SIZE = (1360, 860)
DEFAULT_COLUMNS = (270, 700, 430)


class Banner(QFrame):
    """A dismissable message above the text: load errors and store warnings.

    A QFrame (it paints its style-sheet background itself) and no Qt-namespace flags until
    a message shows: the banner is built before the window's first paint, and its label and
    close button (~1 ms) only when the first message comes.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.label: QLabel | None = None
        self.hide()

    def _build(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName("Message")
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.hide)
        side = QVBoxLayout()  # the close button stays at the top of a long message
        side.addWidget(close)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(label, 1)
        layout.addLayout(side)
        self.label = label
        return label

    def show_message(self, text: str, kind: str = "error") -> None:
        label = self.label or self._build()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Messages quote file names, theme names and terms: never read as markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() or self.label is None else self.label.text()


class MainWindow(QMainWindow):
    """The reading window. Everything it shows comes from reader.core via the views.

    Signals:
        ready(): fires once per opened article, when its text, highlights, sidebar and
            chart have all been drawn.
        article_loaded(str): fires with the path when an article's text is shown.
        load_failed(str): fires with the user-facing message when a file cannot be opened.
    """

    ready = Signal()
    article_loaded = Signal(str)
    load_failed = Signal(str)
    # Built by _build_panels, right after the first paint.
    theme_model: ThemeTableModel
    participant_model: ParticipantModel
    commitment_model: CommitmentModel
    theme_panel: ThemePanel
    sidebar: Sidebar
    strip: DocumentStrip
    find_bar: FindBar  # hidden until Ctrl+F, so it need not exist at the first paint
    # Highlights, notes, review, codebook edits, undo and export (reader/ui/annotating);
    # also built by _build_panels, since its Notes and Review tabs live in the sidebar.
    annotator: Annotator

    def __init__(self, session: Session, codebook: Codebook, *, dark: bool | None = None):
        super().__init__()
        self.session = session
        self.codebook = codebook
        self.setWindowTitle("Parley")
        self.setAcceptDrops(True)
        # The palette's guess for now; the real scheme is asked for after the first paint.
        self._dark = palette_looks_dark() if dark is None else dark
        self.colors = ThemeColors(codebook, self._dark)
        # Style first: a style sheet set after the widgets exist re-polishes every one.
        self._apply_app_style()
        self.article: Article | None = None
        self.analysis: Analysis | None = None  # as shown: the user's rejections applied
        self.raw_analysis: Analysis | None = None  # as computed
        self.theme_counts: dict[str, int] = {}
        self._theme_key_actions: list[QAction] = []
        self.walk: PassageWalk | None = None
        self._pending_focus: str | None = None
        self._ready_flags: set[str] = set()
        self._ready_sent = False
        self._finished_startup = False
        self._find_matches: list[tuple[int, int]] = []
        self._find_index = -1
        self.timings: dict[str, float] = {}
        self._pending_splitter: list[int] | None = None
        self._passage_cache: dict[str, Any] = {}
        self._icons_shown = False
        # Set by launch(): the first article's analysis starts in a helper process at the
        # first paint (reader.prefetch); tests and other windows analyse in-process.
        self.prefetch_first_article = False
        # The side panels are built right after the first paint (see _build_panels); what
        # restore_session finds for them waits here until then.
        self._panels_built = False
        self._restored_hidden: set[str] = set()

        # --- the text (and what shows at the first paint) ---
        self.view = AnnotatedView(self.colors)
        self.view.set_theme_names({t.id: t.name for t in codebook.themes})
        self.banner = Banner()
        self.chart: Any = None  # a ThemeChart once pyqtgraph is loaded (after first paint)
        # Saved analyses come from the real store (tests may give the session a stand-in).
        store = session.store if isinstance(session.store, Store) else None
        self.runner = AnalysisRunner(self, store)
        self._analysis_fallback = QTimer(self, singleShot=True, interval=250)
        self._analysis_fallback.timeout.connect(self._start_analysis)

        # --- layout: themes | text | participants & commitments ---
        # The side columns are empty at the first paint, at their final widths, so the text
        # is laid out once and does not move when the panels arrive.
        left = QWidget()
        left.setObjectName("leftPanel")
        self._left_layout = QVBoxLayout(left)
        self._left_layout.setContentsMargins(10, 10, 6, 10)
        self._left_layout.setSpacing(8)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(0)
        center_layout.addWidget(self.banner)
        center_layout.addWidget(self.view, 1)
        self._center_layout = center_layout  # the find bar goes under the text later
        self.splitter = QSplitter()  # horizontal (naming Qt.Orientation costs ~40 ms here)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(center)
        self.splitter.addWidget(QWidget())  # the sidebar's place until _build_panels
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(DEFAULT_COLUMNS))
        # The column widths asked for (these, or the reader's saved ones): when the window
        # cannot give them, the text column is kept readable (see _keep_text_readable).
        self._intended_columns = list(DEFAULT_COLUMNS)
        self.setCentralWidget(self.splitter)

        # --- actions, menus, toolbar, status bar ---
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.actions = build_actions(self, {
            "open": self.open_dialog, "export": self.export_dialog, "quit": self.close,
            "find": self.open_find, "zoom_in": lambda: self.zoom_by(1),
            "zoom_out": lambda: self.zoom_by(-1), "zoom_reset": lambda: self.set_zoom(0),
            "dark_mode": self.set_dark, "next_passage": lambda: self.step_passage(1),
            "previous_passage": lambda: self.step_passage(-1), "clear_focus": self.escape,
            "show_participants": lambda: self.sidebar.setCurrentIndex(0),
            "show_commitments": lambda: self.sidebar.setCurrentIndex(1),
            "about": self.about,
        })
        build_menus(self, self.actions, self.recent_menu)
        self.toolbar = build_toolbar(self, self.actions)  # text until the icons load
        self._status_label = QLabel("")
        self._status_label.setAccessibleName("Article summary")
        # The progress bar is made when a long analysis first needs it (see _show_progress).
        self._progress: QProgressBar | None = None
        self.statusBar().addPermanentWidget(self._status_label)
        # Shortcuts (and keys 1-9) come with the panels, after the first paint.

        # --- wiring ---
        self.view.first_painted.connect(self._on_text_painted)
        self.view.highlights_painted.connect(lambda: self._mark_ready("highlights"))
        self.runner.started.connect(self._on_analysis_started)
        self.runner.finished.connect(self._on_analysis)
        self.runner.failed.connect(self._on_analysis_failed)

        self.actions["dark_mode"].blockSignals(True)
        self.actions["dark_mode"].setChecked(self._dark)
        self.actions["dark_mode"].blockSignals(False)
        # The mode is already applied: style sheet and palette above, colours in the view.
        for warning in session.warnings:
            self.banner.show_message(warning, "warning")
        session.on_error = lambda message: self.banner.show_message(message, "warning")
        # With no choice of the reader's, follow the desktop when it switches light/dark
        # (connected with the panels, after the first paint).
        self._follow_system = dark is None

    # ====================================================================== opening files
    def open_path(self, path: str | Path) -> bool:
        """Load and show a file; on failure show why and keep what was open."""
        started = time.perf_counter()
        try:
            article = load_article(path)
        except ParleyError as exc:
            self._report_load_error(str(exc))
            return False
        except (OSError, ValueError) as exc:  # defensive: anything the loader missed
            self._report_load_error(f"{Path(path).name} cannot be opened: {exc}")
            return False
        self.show_article(article)
        self.timings["load_s"] = time.perf_counter() - started
        return True

    def _report_load_error(self, message: str) -> None:
        self.banner.show_message(message, "error")
        self.statusBar().showMessage("The file could not be opened; nothing else changed.", 8000)
        self.load_failed.emit(message)

    def show_article(self, article: Article) -> None:
        """Show `article` at once; its analysis follows after the text is painted."""
        if self.article is not None:
            self.session.save_position(self.article, self.view.top_offset())
        self.article = article
        self.analysis = self.raw_analysis = None
        self.walk = None
        self._ready_flags = set()
        self._ready_sent = False
        if self.banner.property("kind") == "error":
            self.banner.hide()  # the new article replaces the failed attempt's message
        self.view.set_focus_theme(None)
        self.view.set_article(article)
        self._reset_panels(article)
        self.setWindowTitle(f"{article.title} — Parley")
        self._status_label.setText(f"{len(article.text):,} characters")
        if self._panels_built and self.find_bar.isVisible():
            self._on_find_query(self.find_bar.edit.text())
        self.article_loaded.emit(article.path or "")
        # The analysis and the saving of the path wait for the first paint, so the reader
        # sees text at once; a window that is not shown gets them a moment later anyway.
        self._analysis_fallback.start()

    def _on_text_painted(self) -> None:
        self._mark_ready("text")
        self._analysis_fallback.stop()
        if self.prefetch_first_article and self.article is not None and self.analysis is None:
            # First of all: a helper process analyses while the panels and chart load here.
            self.prefetch_first_article = False
            QTimer.singleShot(0, self, lambda article=self.article: self._prefetch(article))
        if self.article is not None and self.article.path:
            QTimer.singleShot(0, self, lambda path=self.article.path: self.session.opened(path))
        if self.article is not None:
            # Once this frame is on screen, before the panels: the saved position is keyed
            # by the article's id, a hash of its text (hashlib), which the paint does without.
            QTimer.singleShot(0, self, lambda article=self.article: self._restore_position(article))
        if not self._panels_built:
            QTimer.singleShot(0, self, self._build_panels)
        if self.analysis is None:
            QTimer.singleShot(0, self, self._start_analysis)
        if not self._finished_startup:
            self._finished_startup = True
            # Icons and the chart import qtawesome and pyqtgraph: after the text is up.
            QTimer.singleShot(0, self, self._finish_startup)

    def _prefetch(self, article: Article) -> None:
        if article is self.article and self.analysis is None:
            self.runner.prefetch(article, self.codebook)

    def _restore_position(self, article: Article) -> None:
        offset = self.session.position(article) if article is self.article else 0
        if offset:
            self.view.scroll_to_offset(offset)

    def _start_analysis(self) -> None:
        self._build_panels()  # the analysis fills them
        if self.article is not None and self.analysis is None:
            self.runner.run(self.article, self.codebook)

    def _on_analysis_started(self, background: bool) -> None:
        if background:
            self._show_progress(True)
            self.statusBar().showMessage("Analysing the article…")

    def _show_progress(self, shown: bool) -> None:
        if self._progress is None:
            if not shown:
                return
            from PySide6.QtWidgets import QProgressBar

            self._progress = QProgressBar()
            self._progress.setAccessibleName("Analysis progress")
            self._progress.setRange(0, 0)  # indeterminate: the analysis reports no steps
            self._progress.setMaximumWidth(140)
            self._progress.setMaximumHeight(14)
            self.statusBar().insertPermanentWidget(0, self._progress)  # before the summary
        self._progress.setVisible(shown)

    def _on_analysis_failed(self, message: str) -> None:
        self._show_progress(False)
        self.banner.show_message(message, "error")

    def _on_analysis(self, analysis: Analysis, seconds: float) -> None:
        if self.article is None or analysis.article is not self.article:
            return
        self._show_progress(False)
        self.statusBar().clearMessage()
        self.timings["analysis_s"] = seconds
        self.raw_analysis = analysis
        self.participant_model.set_items([_plain(p) for p in analysis.participants],
                                         [_plain(p) for p in analysis.mentioned])
        self.commitment_model.set_items([_plain(c) for c in analysis.commitments])
        self.refresh_themes()
        self._mark_ready("sidebar")
        focus = self._pending_focus or self.session.focused_theme()
        self._pending_focus = None
        if self.walk is None and focus and focus in self.codebook \
                and self.theme_counts.get(focus):
            self.focus_theme(focus, reveal=False)

    def refresh_themes(self) -> None:
        """Redraw what the user's review decisions change: highlights, counts, strip, chart."""
        raw = self.raw_analysis
        if raw is None:
            return
        analysis = self.annotator.reviewed(raw)
        self.analysis = analysis
        self._passage_cache = {}
        self.view.set_analysis(analysis)
        self.strip.set_sentences(analysis.sentences, len(analysis.article.text))
        self.annotator.analysis_changed(raw)
        self.refresh_counts()
        if self.walk is not None:
            # The focused theme may have lost (or regained) passages: walk the new list.
            theme_id, current = self.walk.theme_id, self.walk.current
            self.walk = None
            self.focus_theme(theme_id, reveal=False)
            if self.walk is not None and current in self.walk.passages:
                self.walk.index = self.walk.passages.index(current)
                self.view.set_current_passage(current)
                self.theme_panel.set_focus(self.codebook.theme(theme_id).name,
                                           self.walk.label())

    def refresh_counts(self) -> None:
        """Counts (automatic passages not rejected, plus the user's highlights) everywhere."""
        if self.analysis is None:
            return
        analysis = self.analysis
        self.theme_counts = self.annotator.counts(analysis)
        self.theme_model.set_counts(self.theme_counts)
        themed = sum(1 for s in analysis.sentences if s.themes)
        self._status_label.setText(
            f"{len(analysis.sentences)} passages · {themed} with a theme · "
            f"{len(self.annotator.highlights)} yours · "
            f"{len(analysis.participants)} participants · "
            f"{len(analysis.commitments)} commitments")
        self._update_chart()

    def set_codebook(self, codebook: Codebook) -> None:
        """Use an edited codebook: names, colours, keys, then a fresh analysis with it."""
        self.codebook = codebook
        self.theme_model.set_codebook(codebook)
        self.view.set_theme_names({t.id: t.name for t in codebook.themes})
        self._bind_theme_keys()
        if self.walk is not None and self.walk.theme_id not in codebook:
            self.clear_focus()
        self._apply_mode()  # colours of every theme, in every view and panel
        if self.article is not None:
            self._pending_focus = self.walk.theme_id if self.walk is not None else None
            self.runner.run(self.article, codebook)

    def _bind_theme_keys(self) -> None:
        """Keys 1-9 in codebook order: highlight the selection, else focus the theme."""
        from PySide6.QtGui import QKeySequence

        for action in self._theme_key_actions:
            self.removeAction(action)
            action.deleteLater()
        self._theme_key_actions = []
        for n, theme in enumerate(self.codebook.themes[:9], 1):
            action = self.addAction(f"Highlight as or focus {theme.name}")
            # setShortcuts with a list: setShortcut's overloads make PySide build its whole
            # Qt namespace (Qt.Key, ~40 ms); this runs after the first paint, but cheaply.
            action.setShortcuts([QKeySequence(str(n))])
            action.triggered.connect(lambda _c=False, tid=theme.id: self.theme_key(tid))
            self._theme_key_actions.append(action)

    def theme_key(self, theme_id: str) -> None:
        # Keys 1-9 are bound by _build_panels, so the annotator exists by now.
        if not self.annotator.highlight_selection(theme_id):
            self.focus_theme(theme_id)

    # ================================================================ startup completion
    def _build_panels(self) -> None:
        """Themes, chart slot, strip and sidebar: after the first paint (their modules and
        PySide's Qt namespace take ~0.1 s to load), once."""
        if self._panels_built:
            return
        self._panels_built = True
        from reader.ui.doc_strip import DocumentStrip
        from reader.ui.find_bar import FindBar
        from reader.ui.models import CommitmentModel, ParticipantModel, ThemeTableModel
        from reader.ui.sidebar import Sidebar
        from reader.ui.theme_panel import ThemePanel

        codebook = self.codebook
        # --- models and views ---
        self.theme_model = ThemeTableModel(codebook, self)
        self.participant_model = ParticipantModel(self)
        self.commitment_model = CommitmentModel(self)
        self.theme_panel = ThemePanel(self.theme_model)
        self.sidebar = Sidebar(self.participant_model, self.commitment_model)
        self.strip = DocumentStrip(self.colors)
        self.find_bar = FindBar()
        self._chart_slot = QWidget()
        self._chart_slot.setMinimumHeight(170)
        self._chart_layout = QVBoxLayout(self._chart_slot)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)

        # --- layout: into the columns the first paint left empty ---
        left_layout = self._left_layout
        left_layout.addWidget(self.theme_panel)
        chart_title = QLabel("Theme frequency")
        chart_title.setObjectName("panelTitle")
        chart_title.setWordWrap(True)  # narrow windows: wrap, not widen the column
        left_layout.addWidget(chart_title)
        left_layout.addWidget(self._chart_slot, 1)
        strip_title = QLabel("Themes along the text")
        strip_title.setObjectName("panelTitle")
        strip_title.setWordWrap(True)  # narrow windows: wrap, not widen the column
        left_layout.addWidget(strip_title)
        left_layout.addWidget(self.strip)
        self.splitter.replaceWidget(2, self.sidebar).deleteLater()
        assign_shortcuts(self.actions)
        self._bind_theme_keys()
        self._center_layout.addWidget(self.find_bar)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # --- wiring ---
        self.find_bar.query_changed.connect(self._on_find_query)
        self.find_bar.next_requested.connect(lambda: self._step_find(1))
        self.find_bar.previous_requested.connect(lambda: self._step_find(-1))
        self.find_bar.closed.connect(self._on_find_closed)
        self.theme_panel.theme_clicked.connect(self.focus_theme)
        self.theme_panel.next_requested.connect(lambda: self.step_passage(1))
        self.theme_panel.previous_requested.connect(lambda: self.step_passage(-1))
        self.theme_panel.clear_requested.connect(self.clear_focus)
        self.theme_model.visibility_changed.connect(self._on_visibility)
        self.sidebar.participant_selected.connect(self.show_mentions)
        self.sidebar.commitment_selected.connect(self.go_to_commitment)
        self.strip.offset_clicked.connect(self._on_strip_click)
        self.view.visible_range_changed.connect(self.strip.set_visible_range)
        from reader.ui.annotating import Annotator

        self.annotator = Annotator(self, cast("Store", self.session.store))

        if self._restored_hidden:
            self.theme_model.set_hidden(self._restored_hidden)
            self.strip.set_hidden_themes(self._restored_hidden)
        self._apply_panel_colors()
        if self.article is not None:
            self._reset_panels(self.article)
            self.strip.set_visible_range(*self.view.visible_range())
        # The scheme asked for properly now that Qt's namespace is loaded anyway.
        self._on_system_scheme()
        # Once the new panels are laid out (their least widths known), a narrow window
        # keeps its text readable.
        QTimer.singleShot(0, self, self._keep_text_readable)
        QApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def _reset_panels(self, article: Article) -> None:
        """Empty the panels for a newly shown article (they fill in from its analysis)."""
        if not self._panels_built:
            return  # they will start out empty
        self.annotator.analysis_changed(None)
        self.annotator.set_article(article)
        self.view.set_hidden_themes(self.theme_model.hidden())
        self.theme_panel.set_focus(None)
        self.participant_model.set_items([])
        self.commitment_model.set_items([])
        self.strip.set_sentences([], len(article.text))

    def _finish_startup(self) -> None:
        """The chart (pyqtgraph), then the icons (qtawesome): both after the text is up."""
        from reader.ui.chart import ThemeChart

        self.chart = ThemeChart(self.colors)
        self.chart.theme_clicked.connect(self.focus_theme)
        self.chart.drawn.connect(lambda: self._mark_ready("chart"))
        self._chart_layout.addWidget(self.chart)
        self._update_chart()
        if self.walk is not None:
            self.chart.set_focus_theme(self.walk.theme_id)
        # The icons (qtawesome, ~0.15 s to import) are not part of "ready": they follow it,
        # or come anyway a moment later if nothing gets ready (a failed analysis).
        self.ready.connect(lambda: QTimer.singleShot(0, self, self._show_icons),
                           Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(1500, self, self._show_icons)

    def _show_icons(self) -> None:
        if self._icons_shown:
            return
        from reader.ui.icons import app_icon

        # The window's own icon too: drawing it needs QPainter and PySide's Qt namespace
        # (~40 ms), which the text, highlights, sidebar and chart do not wait for.
        self.setWindowIcon(app_icon())
        self._apply_icons()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._icons_shown = True

    def _update_chart(self) -> None:
        if self.chart is None or self.analysis is None:
            return
        self.chart.set_counts([(t.id, t.name) for t in self.codebook.themes], self.theme_counts)

    def _mark_ready(self, part: str) -> None:
        self._ready_flags.add(part)
        if not self._ready_sent and {"text", "highlights", "sidebar", "chart"} <= self._ready_flags:
            self._ready_sent = True
            self.ready.emit()

    def is_ready(self) -> bool:
        return self._ready_sent

    # ========================================================================= themes
    def focus_theme(self, theme_id: str, reveal: bool = True) -> None:
        """Focus a theme (its passages strong, the rest dimmed); again on it to leave."""
        if self.analysis is None or theme_id not in self.codebook:
            self._pending_focus = theme_id
            return
        if self.walk is not None and self.walk.theme_id == theme_id:
            self.clear_focus()
            return
        if theme_id in self.theme_model.hidden():
            hidden = self.theme_model.hidden() - {theme_id}
            self.theme_model.set_hidden(hidden)
            self._on_visibility(theme_id, True)
        self.walk = PassageWalk(theme_id, self._passages(theme_id))
        current = self.walk.start_near(self.view.top_offset())
        self.view.set_focus_theme(theme_id)
        self.view.set_current_passage(current)
        if current is not None and reveal:
            self.view.reveal(*current)
        self.strip.set_focus_theme(theme_id)
        if self.chart is not None:
            self.chart.set_focus_theme(theme_id)
        self.sidebar.set_theme_filter(theme_id)
        self.theme_panel.set_focus(self.codebook.theme(theme_id).name, self.walk.label())
        self.theme_panel.select_theme(theme_id)

    def _passages(self, theme_id: str) -> list[tuple[int, int]]:
        """(start, end) of the theme's passages, computed once per analysis."""
        if self._passage_cache.get("_analysis") is not self.analysis:
            self._passage_cache = {"_analysis": self.analysis}
        if theme_id not in self._passage_cache:
            assert self.analysis is not None
            self._passage_cache[theme_id] = [(s.start, s.end)
                                             for s in self.analysis.passages(theme_id)]
        return self._passage_cache[theme_id]

    def clear_focus(self) -> None:
        """Back to all themes."""
        self.walk = None
        self.view.set_focus_theme(None)
        self.strip.set_focus_theme(None)
        if self.chart is not None:
            self.chart.set_focus_theme(None)
        self.sidebar.set_theme_filter(None)
        self.theme_panel.set_focus(None)

    def step_passage(self, delta: int) -> None:
        """Next (+1) or previous (-1) passage of the focused theme, scrolled into view."""
        if self.walk is None:
            self.statusBar().showMessage("Click a theme first to walk through its passages.",
                                         4000)
            return
        current = self.walk.step(delta)
        self.view.set_current_passage(current)
        if current is not None:
            self.view.reveal(*current)
        self.theme_panel.set_focus(self.codebook.theme(self.walk.theme_id).name,
                                   self.walk.label())

    def _on_visibility(self, theme_id: str, shown: bool) -> None:
        hidden = self.theme_model.hidden()
        self.view.set_hidden_themes(hidden)
        self.strip.set_hidden_themes(hidden)
        self.session.set_hidden_themes(hidden)
        if not shown and self.walk is not None and self.walk.theme_id == theme_id:
            self.clear_focus()

    def escape(self) -> None:
        """Esc: close the find bar, else leave the theme focus, else clear mention marks."""
        if self._panels_built and self.find_bar.isVisible():
            self.find_bar.close_bar()
        elif self.walk is not None:
            self.clear_focus()
        elif self.view.mentions():
            self.view.set_mentions([])

    # ============================================================ sidebar and strip
    def show_mentions(self, spans: list) -> None:
        """Mark a participant's mentions and bring the first one into view."""
        self.view.set_mentions(spans)
        if spans:
            first = min(spans)
            self.view.reveal(int(first[0]), int(first[1]))
            self.statusBar().showMessage(f"{len(spans)} mentions marked (Esc clears)", 4000)

    def go_to_commitment(self, start: int, end: int) -> None:
        self.view.reveal(start, end)
        self.view.flash(start, end)

    def _on_strip_click(self, offset: int) -> None:
        self.view.reveal(offset, offset)

    # ======================================================================== find
    def open_find(self) -> None:
        """Ctrl+F: show the find bar (built with the panels, after the first paint)."""
        self._build_panels()
        self.find_bar.open_bar()

    def _on_find_query(self, query: str) -> None:
        text = self.article.text if self.article else ""
        self._find_matches = find_all(text, query)
        top = self.view.top_offset()
        self._find_index = next((n for n, (s, _) in enumerate(self._find_matches) if s >= top),
                                0 if self._find_matches else -1)
        self._show_find()

    def _step_find(self, delta: int) -> None:
        if not self._find_matches:
            return
        self._find_index = (self._find_index + delta) % len(self._find_matches)
        self._show_find()

    def _show_find(self) -> None:
        self.view.set_find_matches(self._find_matches, self._find_index)
        self.find_bar.set_count(self._find_index, len(self._find_matches),
                                len(self._find_matches) >= MAX_MATCHES)
        if self._find_index >= 0:
            self.view.reveal(*self._find_matches[self._find_index])

    def _on_find_closed(self) -> None:
        self._find_matches, self._find_index = [], -1
        self.view.set_find_matches([], -1)
        self.view.setFocus()

    # ============================================================== zoom and mode
    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.view.zoom() + steps)

    def set_zoom(self, steps: int) -> None:
        self.view.set_zoom(steps)
        self.session.set_zoom(self.view.zoom())

    def set_dark(self, dark: bool) -> None:
        """Switch light/dark; remembered as the user's choice over the system's."""
        self._dark = bool(dark)
        self._follow_system = False
        self.session.set_dark(self._dark)
        self._apply_mode()

    def _on_system_scheme(self) -> None:
        if self._follow_system and system_prefers_dark() != self._dark:
            self._dark = system_prefers_dark()
            self.actions["dark_mode"].blockSignals(True)
            self.actions["dark_mode"].setChecked(self._dark)
            self.actions["dark_mode"].blockSignals(False)
            self._apply_mode()

    def is_dark(self) -> bool:
        return self._dark

    def _apply_mode(self) -> None:
        self._apply_app_style()
        self.colors = ThemeColors(self.codebook, self._dark)
        self.view.set_colors(self.colors)
        self._apply_panel_colors()
        if self.chart is not None:
            self.chart.set_colors(self.colors)
        if self._icons_shown:
            self._apply_icons()

    def _apply_panel_colors(self) -> None:
        if not self._panels_built:
            return  # _build_panels calls this
        self.strip.set_colors(self.colors)
        hexes = {t.id: self.colors.line_hex(t.id) for t in self.codebook.themes}
        self.theme_model.set_colors(hexes)
        self.commitment_model.set_theme_style(hexes, {t.id: t.name for t in self.codebook.themes})
        self.sidebar.set_theme_colors(hexes)
        annotator = getattr(self, "annotator", None)  # built with the panels
        if annotator is not None:
            annotator.set_codebook(self.codebook)

    def _apply_app_style(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from reader.ui.style import style_sheet

            sheet = style_sheet(self._dark)
            if app.styleSheet() != sheet:
                app.setPalette(application_palette(self._dark))
                app.setStyleSheet(sheet)

    def _apply_icons(self) -> None:
        """Icons in the mode's text colour (qtawesome is imported here, after first paint)."""
        from reader.ui.icons import ACTION_ICONS, themed_icon

        color = self.colors.scheme.text
        for key, action in self.actions.items():
            action.setIcon(themed_icon(ACTION_ICONS.get(key, key), color))
        self.theme_panel.set_button_icons(themed_icon("previous", color),
                                          themed_icon("next", color),
                                          themed_icon("clear_focus", color))
        self.find_bar.set_icons(themed_icon("previous", color), themed_icon("next", color),
                                themed_icon("close", color))

    # ================================================================ dialogs
    def open_dialog(self) -> None:
        start = str(Path(self.article.path).parent) if self.article and self.article.path else ""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open a statement", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    def export_dialog(self) -> None:
        """File > Export: the Export dialog (format, themes, your highlights, open after)."""
        self._build_panels()
        self.annotator.open_export_dialog()

    def export_json(self, path: str | Path) -> bool:
        """Write the `parley.analysis/1` JSON of the open article (atomic replace)."""
        if self.analysis is None:
            return False
        target = Path(path)
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(json.dumps(self.analysis.to_json(), ensure_ascii=False, indent=1),
                           encoding="utf-8")
            tmp.replace(target)
        except OSError as exc:
            self.banner.show_message(f"Export failed: {exc.strerror or exc} ({target})")
            return False
        self.statusBar().showMessage(f"Exported to {target}", 6000)
        return True

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, "About Parley",
                          "<b>Parley</b><br>A reader for diplomatic statements: themes, "
                          "participants and commitments, each leading back to the text.")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.session.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    # ===================================================================== drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # ================================================================ session state
    def restore_session(self) -> None:
        """Geometry, splitter sizes, zoom and hidden themes from the last session."""
        geometry = self.session.geometry()
        # Qt refuses a saved geometry that no longer fits (a window saved on a larger
        # screen): then, as on a first run, the default size fitted to this screen.
        if not geometry or not self.restoreGeometry(
                QByteArray.fromBase64(geometry.encode("ascii"))):
            self._default_geometry()
        sizes = self.session.splitter_sizes()
        if sizes and len(sizes) == self.splitter.count():
            # Applied once the window has its restored width (see showEvent): a splitter
            # that is not laid out yet rescales the sizes to its default width.
            self._pending_splitter = sizes
        self.view.set_zoom(self.session.zoom())
        hidden = self.session.hidden_themes() & set(self.codebook.ids)
        if hidden:
            self.view.set_hidden_themes(hidden)
            if self._panels_built:
                self.theme_model.set_hidden(hidden)
                self.strip.set_hidden_themes(hidden)
            else:
                self._restored_hidden = hidden

    def _default_geometry(self) -> None:
        """DEFAULT_SIZE, or less on a screen too small for it, centred on the screen."""
        width, height = DEFAULT_SIZE
        screen = QApplication.primaryScreen()
        if screen is None:
            self.resize(width, height)
            return
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.92))
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)

    def save_session(self) -> None:
        self.session.save_window(
            bytes(self.saveGeometry().toBase64()).decode("ascii"), self.splitter.sizes())
        if self.article is not None:
            self.session.save_position(self.article, self.view.top_offset())
        # The focus is saved here, not on each click: a commit costs milliseconds.
        self.session.set_focused_theme(self.walk.theme_id if self.walk else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_splitter:
            self.centralWidget().resize(self.centralWidget().size())
            self.splitter.setSizes(self._pending_splitter)
            self._intended_columns = list(self._pending_splitter)
            self._pending_splitter = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._panels_built and event.size().width() < event.oldSize().width():
            self._keep_text_readable(narrowed=True)

    def _keep_text_readable(self, narrowed: bool = False) -> None:
        """Give the text column up to TEXT_MIN_WIDTH when the window is too narrow for the
        column widths asked for (a window restored on a smaller screen) or was just made
        narrower: the side columns give up their width first, down to what they need.
        Widths the reader chose on a window wide enough for them are left alone. (Folding a
        column away instead would hide the chart, which then never draws.)"""
        sizes = self.splitter.sizes()
        if len(sizes) != 3 or sizes[1] >= TEXT_MIN_WIDTH or sum(sizes) <= 0:
            return
        if not narrowed and sizes == self._intended_columns:
            return
        left, text, right = sizes
        need = TEXT_MIN_WIDTH - text
        # Each side column gives what it has beyond its least width, the themes column first.
        spare_left = max(0, left - self.splitter.widget(0).minimumSizeHint().width())
        from_left = min(spare_left, need)
        spare_right = max(0, right - self.splitter.widget(2).minimumSizeHint().width())
        from_right = min(spare_right, need - from_left)
        if from_left or from_right:
            self.splitter.setSizes([left - from_left, text + from_left + from_right,
                                    right - from_right])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_session()
        super().closeEvent(event)


def _plain(item: object) -> dict:
    """A core Participant/Commitment as the dict its `to_json()` gives (dicts pass through)."""
    to_json = getattr(item, "to_json", None)
    data = to_json() if callable(to_json) else item
    return data if isinstance(data, dict) else {"name": str(data)}
