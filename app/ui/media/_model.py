"""`MediaModel`: the company's media as a table (Nom, Type, État, Durée), with an instant name search.

The server filters (type, état, nom) decide which media are loaded; the search box then narrows the
loaded list at once, on the model's own row list (a media list is short, but the pattern is the one
the numbers table uses: no QSortFilterProxyModel).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.api import Media
from app.ui._numbers_model import fold  # the numbers table's: « repondeur » finds « Répondeur »
from app.ui.media._labels import format_ms, type_label

_Index = QModelIndex | QPersistentModelIndex


class MediaModel(QAbstractTableModel):
    NAME, TYPE, STATE, DURATION = range(4)
    #: Role returning the row's `Media`.
    MediaRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Media] = []
        self._rows: list[Media] = []
        self._search = ""
        self._durations: dict[int, int] = {}
        self._playing_id: int | None = None
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)

    # -- data in -----------------------------------------------------------------------------------
    def set_media(self, media: list[Media]) -> None:
        self.beginResetModel()
        self._all = list(media)
        self._rows = self._filtered()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        text = fold(text.strip())
        if text == self._search:
            return
        self._search = text
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def search(self) -> str:
        return self._search

    def set_duration(self, media_id: int, ms: int) -> None:
        if self._durations.get(media_id) == ms:
            return
        self._durations[media_id] = ms
        row = self.row_of(media_id)
        if row is not None:
            idx = self.index(row, self.DURATION)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])

    def duration_of(self, media_id: int) -> int | None:
        return self._durations.get(media_id)

    def set_playing(self, media_id: int | None) -> None:
        """Marks the row now playing (bold name)."""
        old, self._playing_id = self._playing_id, media_id
        for mid in (old, media_id):
            row = self.row_of(mid) if mid is not None else None
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- data out ----------------------------------------------------------------------------------
    def all_media(self) -> list[Media]:
        return list(self._all)

    def visible_media(self) -> list[Media]:
        return list(self._rows)

    def media_at(self, row: int) -> Media | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, media_id: int | None) -> int | None:
        for row, m in enumerate(self._rows):
            if m.id == media_id:
                return row
        return None

    # -- Qt ----------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Nom"), self.tr("Type"), self.tr("État"), self.tr("Durée"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        media = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return media.nom or self.tr("(sans nom)")
            if col == self.TYPE:
                return type_label(media.type)
            if col == self.STATE:
                if media.etat is None:
                    return ""
                return self.tr("Actif") if media.etat else self.tr("Inactif")
            if col == self.DURATION:
                ms = self._durations.get(media.id or -1)
                return format_ms(ms) if ms is not None else ""
        elif role == self.MediaRole:
            return media
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return media.info or media.nom
        elif role == Qt.ItemDataRole.FontRole and media.id == self._playing_id:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    # -- internals ---------------------------------------------------------------------------------
    def _filtered(self) -> list[Media]:
        rows = self._all
        if self._search:
            rows = [m for m in rows if self._search in fold(m.nom or "")]
        return self._sorted(rows)

    def _sorted(self, rows: list[Media]) -> list[Media]:
        column, order = self._sort
        keys = {
            self.NAME: lambda m: fold(m.nom or ""),
            self.TYPE: lambda m: fold(type_label(m.type)),
            self.STATE: lambda m: (m.etat is not True, fold(m.nom or "")),
            self.DURATION: lambda m: self._durations.get(m.id or -1, -1),
        }
        return sorted(rows, key=keys.get(column, keys[self.NAME]),
                      reverse=order == Qt.SortOrder.DescendingOrder)
