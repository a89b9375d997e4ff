"""ThemeChart: a pyqtgraph bar chart of passages per theme; clicking a bar focuses it.

Imported only after the window's first paint: pyqtgraph and numpy take a few tenths of a
second to import.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.ui.palette import ThemeColors
from reader.ui.pyqtgraph_import import import_pyqtgraph

pg = import_pyqtgraph()  # on PySide6; see its module for why not `import pyqtgraph`

BAR_HEIGHT = 0.68


class ThemeChart(QWidget):
    """Horizontal bars, one per theme in codebook order, in the theme colours.

    Signals:
        theme_clicked(str): fires when the user clicks a theme's bar (or its row).
        drawn(): fires after the first paint that followed `set_counts`.
    """

    theme_clicked = Signal(str)
    drawn = Signal()

    def __init__(self, colors: ThemeColors, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Theme frequency chart")
        self.setToolTip("Passages per theme: click a bar to focus on that theme")
        self._colors = colors
        self._ids: list[str] = []
        self._names: list[str] = []
        self._counts: list[int] = []
        self._focus: str | None = None
        self._pending_draw = False
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setAccessibleName("Theme frequency chart")
        self.plot.setMinimumHeight(150)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().invertY(True)
        item.getViewBox().setDefaultPadding(0.02)
        item.showGrid(x=True, y=False, alpha=0.15)
        item.getAxis("bottom").setTickSpacing(major=None, minor=None)
        self._bars: pg.BarGraphItem | None = None
        self.plot.scene().sigMouseClicked.connect(self._on_scene_click)
        self.plot.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._apply_colors()

    # --- data ------------------------------------------------------------------------------
    def set_counts(self, themes: Sequence[tuple[str, str]], counts: Mapping[str, int]) -> None:
        """Redraw for `themes` ((id, name) in codebook order) and their passage counts."""
        self._ids = [tid for tid, _ in themes]
        self._names = [name for _, name in themes]
        self._counts = [int(counts.get(tid, 0)) for tid in self._ids]
        self._redraw()

    def set_colors(self, colors: ThemeColors) -> None:
        self._colors = colors
        self._apply_colors()
        self._redraw()

    def set_focus_theme(self, theme_id: str | None) -> None:
        self._focus = theme_id
        self._redraw()

    def counts(self) -> dict[str, int]:
        return dict(zip(self._ids, self._counts, strict=True))

    def _apply_colors(self) -> None:
        base, text = self._colors.color("base"), self._colors.color("text")
        self.plot.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(self._colors.color("muted")))
            axis.setTextPen(pg.mkPen(text))

    def _redraw(self) -> None:
        item = self.plot.getPlotItem()
        if self._bars is not None:
            item.removeItem(self._bars)
            self._bars = None
        if not self._ids:
            return
        brushes, pens = [], []
        for tid in self._ids:
            color = QColor(self._colors.line(tid))
            if self._focus is not None and tid != self._focus:
                color.setAlpha(70)  # the focused theme stands out, the others recede
            brushes.append(pg.mkBrush(color))
            pens.append(pg.mkPen(color.darker(115) if tid == self._focus else color))
        self._bars = pg.BarGraphItem(x0=[0] * len(self._ids), y=list(range(len(self._ids))),
                                     height=BAR_HEIGHT, width=self._counts,
                                     brushes=brushes, pens=pens)
        item.addItem(self._bars)
        item.getAxis("left").setTicks([list(enumerate(self._names))])
        top = max([*self._counts, 1])
        item.setXRange(0, top * 1.08, padding=0)
        item.setYRange(-0.6, len(self._ids) - 0.4, padding=0)
        step = max(1, round(top / 4))
        item.getAxis("bottom").setTickSpacing(major=step, minor=step)
        self._pending_draw = True
        self.plot.viewport().update()

    # --- clicks ----------------------------------------------------------------------------
    def theme_at(self, view_x: float, view_y: float) -> str | None:
        """The theme whose row holds the view point (x is passages, y the row)."""
        row = round(view_y)
        if 0 <= row < len(self._ids) and abs(view_y - row) <= 0.5 and view_x >= -0.5:
            return self._ids[row]
        return None

    def bar_center(self, theme_id: str) -> QPoint:
        """Where a theme's bar is, in the plot viewport's coordinates (tests click there)."""
        row = self._ids.index(theme_id)
        width = max(self._counts[row], 0.2)
        scene = self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(width / 2, row))
        return self.plot.mapFromScene(scene)

    def _on_scene_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        vb = self.plot.getPlotItem().getViewBox()
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        point = vb.mapSceneToView(scene_pos)
        theme_id = self.theme_at(point.x(), point.y())
        if theme_id is not None:
            self.theme_clicked.emit(theme_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending_draw and self._bars is not None:
            self._pending_draw = False
            # After this paint the bars are on screen; report once the event is done.
            QTimer.singleShot(0, self.drawn.emit)
        return super().eventFilter(watched, event)
