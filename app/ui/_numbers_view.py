"""The numbers table's view: a `QTableView` fit for 100,000 rows, with an empty-state message.

Fixed row heights and no resizing to contents (both would visit every row); the sort indicator
calls the model's own Python sort. When there is no row the viewport says why (« aucun numéro ne
correspond… ») instead of showing a blank grid. Enter, like a double click, activates the current
number. The header's context menu shows or hides columns; configuration columns are offered only
once the server has sent their fields.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.ui._numbers_model import COLUMNS, NumbersModel

#: Default widths of the columns that need more than the default.
DEFAULT_WIDTHS = {"numero": 150, "zone": 120, "type": 90, "etat": 70, "compagne": 120, "porteur": 150,
                  "info": 220, "email_porteur": 180, "num_renvoi": 150, "horaires": 120, "periode": 170}


class NumbersView(QTableView):
    """The table; `rowActivated(row)` on double click or Enter."""

    rowActivated = Signal(int)
    #: The user showed or hid a column, or reset them (the window saves the header state).
    columnsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbersView")
        self.setAccessibleName(self.tr("Numéros"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.doubleClicked.connect(lambda index: self.rowActivated.emit(index.row()))
        #: Columns the user wants shown (by key); a configuration column shows only once available.
        self.wanted_columns: set[str] = {c.key for c in COLUMNS if not c.config}

    def numbers_model(self) -> NumbersModel:
        model = self.model()
        assert isinstance(model, NumbersModel)
        return model

    def setModel(self, model: NumbersModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.availableColumnsChanged.connect(self.apply_column_visibility)
        model.rowsChanged.connect(self.viewport().update)
        model.modelReset.connect(self.viewport().update)
        self.reset_columns(emit=False)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    # -- columns ------------------------------------------------------------------------------------
    def apply_column_visibility(self) -> None:
        model = self.numbers_model()
        for column, col in enumerate(COLUMNS):
            show = col.key in self.wanted_columns and model.is_column_available(column)
            self.setColumnHidden(column, not show)

    def set_column_wanted(self, key: str, wanted: bool) -> None:
        if wanted:
            self.wanted_columns.add(key)
        else:
            self.wanted_columns.discard(key)
        self.apply_column_visibility()
        self.columnsChanged.emit()

    def reset_columns(self, *, emit: bool = True) -> None:
        """Default order, widths and visibility."""
        header = self.horizontalHeader()
        for column in range(len(COLUMNS)):
            visual = header.visualIndex(column)
            if visual != column:
                header.moveSection(visual, column)
            self.setColumnWidth(column, DEFAULT_WIDTHS.get(COLUMNS[column].key, 110))
        self.wanted_columns = {c.key for c in COLUMNS if not c.config}
        self.apply_column_visibility()
        if emit:
            self.columnsChanged.emit()

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu of check-able columns (the header's context menu and « Affichage › Colonnes »)."""
        menu = QMenu(self.tr("Colonnes"), parent or self)
        model = self.numbers_model()
        for column, col in enumerate(COLUMNS):
            if not model.is_column_available(column):
                continue
            if col.config and not any(COLUMNS[c].config for c in range(column)):
                menu.addSection(self.tr("Configuration"))
            action = QAction(col.title(), menu)
            action.setCheckable(True)
            action.setChecked(col.key in self.wanted_columns)
            action.toggled.connect(lambda on, key=col.key: self.set_column_wanted(key, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Colonnes par défaut"))
        reset.triggered.connect(lambda: self.reset_columns())
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    # -- selection ----------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Selected rows in display order, from the selection's ranges (fast with 100k rows)."""
        selection_model = self.selectionModel()
        if selection_model is None:
            return []
        rows: set[int] = set()
        for rng in selection_model.selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return sorted(rows)

    def selected_count(self) -> int:
        selection_model = self.selectionModel()
        if selection_model is None:
            return 0
        ranges = [(r.top(), r.bottom()) for r in selection_model.selection()]
        if len(ranges) < 2:
            return sum(b - t + 1 for t, b in ranges)
        return len(self.selected_rows())

    def select_rows(self, rows: list[int]) -> None:
        """Selects exactly these rows (merged into ranges) and makes the first current."""
        selection = QItemSelection()
        model = self.model()
        last_column = model.columnCount() - 1
        for start, end in _ranges(sorted(set(rows))):
            selection.select(model.index(start, 0), model.index(end, last_column))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().select(selection, flags)
        if rows:
            first = min(rows)
            self.selectionModel().setCurrentIndex(model.index(first, 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- painting and keys --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not isinstance(model, NumbersModel) or model.rowCount() > 0:
            return
        text = model.empty_state_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        rect: QRect = self.viewport().rect().adjusted(24, 40, -24, -24)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), text)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out

