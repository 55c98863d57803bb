"""The zone browser: « Toutes les zones » plus each zone, and the selected zone's details.

The list comes from `getallzone`; the details panel asks `getallbyzone` for the selected zone (the
contract's one-zone endpoint), so it shows what the server says now. Counts of numbers per zone come
from the numbers the window loads (the API has no count endpoint): unknown counts show a dash.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.api import ApiError, Zone
from app.ui._async import spawn

log = logging.getLogger(__name__)
_Index = QModelIndex | QPersistentModelIndex

#: The zone code of a row ("" for « Toutes les zones »).
ZoneCodeRole = Qt.ItemDataRole.UserRole + 1


def format_count(count: int) -> str:
    """12 345 -> « 12 345 » with the locale's group separator (a narrow space in French)."""
    return QLocale().toString(count)


class ZonesModel(QAbstractTableModel):
    """Rows: « Toutes les zones », then each zone; columns: name, prefix, code, number count."""

    NAME, PREFIX, CODE, COUNT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zones: list[Zone] = []
        self._counts: dict[str, int] = {}
        self._total: int | None = None

    def set_zones(self, zones: list[Zone]) -> None:
        self.beginResetModel()
        self._zones = sorted((z for z in zones if z.code), key=lambda z: z.code or "")
        self.endResetModel()

    def zones(self) -> list[Zone]:
        return list(self._zones)

    def zone_names(self) -> dict[str, str]:
        return {z.code: z.nom for z in self._zones if z.code and z.nom}

    def set_counts(self, counts: dict[str, int], total: int | None = None) -> None:
        """All counts at once (from an unfiltered load of every zone)."""
        self._counts = {code.lower(): n for code, n in counts.items()}
        for zone in self._zones:
            if zone.code:
                self._counts.setdefault(zone.code, 0)
        self._total = total if total is not None else sum(self._counts.values())
        self._emit_counts()

    def set_count(self, code: str, count: int) -> None:
        """One zone's count (from an unfiltered load of that zone)."""
        self._counts[code.lower()] = count
        self._emit_counts()

    def count_of(self, code: str) -> int | None:
        return self._total if code == "" else self._counts.get(code.lower())

    def zone_of(self, code: str) -> Zone | None:
        return next((z for z in self._zones if z.code == code.lower()), None)

    def zone_at(self, row: int) -> Zone | None:
        return self._zones[row - 1] if 1 <= row <= len(self._zones) else None

    def row_of_code(self, code: str) -> int:
        """The row of a zone code; 0 (« Toutes les zones ») for "" or an unknown code."""
        code = code.lower()
        for row, zone in enumerate(self._zones, start=1):
            if zone.code == code:
                return row
        return 0

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._zones) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        zone = self.zone_at(row)
        code = zone.code or "" if zone else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return (zone.nom or zone.code) if zone else self.tr("Toutes les zones")
            if column == self.PREFIX:
                return zone.prefix if zone else ""
            if column == self.CODE:
                return code
            if column == self.COUNT:
                count = self.count_of(code)
                return "—" if count is None else format_count(count)
        if role == ZoneCodeRole:
            return code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and zone is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if zone is None:
                return self.tr("Les numéros de toutes les zones")
            lines = [f"<b>{zone.nom or ''}</b>",
                     self.tr("Code : %1").replace("%1", code),
                     self.tr("Préfixe : %1").replace("%1", zone.prefix or "—"),
                     self.tr("Pays : %1").replace("%1", zone.pays or "—")]
            if zone.type:
                lines.append(self.tr("Type : %1").replace("%1", zone.type))
            if zone.etat is not None:
                lines.append(self.tr("État : %1").replace("%1", self.tr("Active") if zone.etat
                                                           else self.tr("Inactive")))
            count = self.count_of(code)
            if count is not None:
                lines.append(self.tr("%n numéro(s)", "", count))
            return "<br>".join(lines)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Zone"), self.tr("Préfixe"), self.tr("Code"), self.tr("Numéros")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("Nom de la zone"), self.tr("Préfixe téléphonique"),
                    self.tr("Code de la zone"), self.tr("Nombre de numéros de votre société")][section]
        return None

    def _emit_counts(self) -> None:
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, self.COUNT), self.index(rows - 1, self.COUNT))


class ZoneDetails(QGroupBox):
    """The selected zone as `getallbyzone` describes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Détails de la zone"), parent)
        self.setObjectName("zoneDetails")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, title in (("nom", self.tr("Nom")), ("code", self.tr("Code")), ("prefix", self.tr("Préfixe")),
                           ("pays", self.tr("Pays")), ("type", self.tr("Type")), ("etat", self.tr("État")),
                           ("count", self.tr("Numéros"))):
            label = QLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(title, label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self._apply_colours()
        from app.ui._theme import theme_notifier

        theme_notifier().changed.connect(self._apply_colours)

    def _apply_colours(self, _theme: str = "") -> None:
        # Muted but readable (palette(mid) was ~1.7:1 on the light theme); follows the theme.
        from app.ui._theme import semantic_color

        self.status.setStyleSheet(f"color: {semantic_color('muted').name()};")

    def show_all(self, count: int | None) -> None:
        for label in self.labels.values():
            label.setText("—")
        self.labels["nom"].setText(self.tr("Toutes les zones"))
        self.labels["count"].setText("—" if count is None else format_count(count))
        self.status.setText("")

    def show_zone(self, zone: Zone, count: int | None) -> None:
        self.labels["nom"].setText(zone.nom or "—")
        self.labels["code"].setText(zone.code or "—")
        self.labels["prefix"].setText(zone.prefix or "—")
        self.labels["pays"].setText(zone.pays or "—")
        self.labels["type"].setText(zone.type or "—")
        self.labels["etat"].setText("—" if zone.etat is None else (self.tr("Active") if zone.etat
                                                                    else self.tr("Inactive")))
        self.labels["count"].setText("—" if count is None else format_count(count))

    def set_status(self, text: str) -> None:
        self.status.setText(text)


class ZoneBrowser(QWidget):
    """Left panel: the zones list and the details of the selected one."""

    #: The user picked a zone ("" for all zones).
    zoneSelected = Signal(str)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneBrowser")
        self.service = service
        self.model = ZonesModel(self)
        self.view = QTreeView()
        self.view.setObjectName("zonesView")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Zones"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ZonesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ZonesModel.PREFIX, ZonesModel.CODE, ZonesModel.COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = ZoneDetails()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._details_cache: dict[str, Zone] = {}
        self._details_task: asyncio.Task[None] | None = None
        self._silent = False
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.dataChanged.connect(self._refresh_count)
        # A current row from the start: otherwise the view makes its first row current when it gets
        # the focus, which would read as the user choosing « Toutes les zones » over a restored zone.
        self.select_zone("")

    async def load_zones(self) -> None:
        zones = await self.service.call(lambda client: client.zones())
        code = self.current_code()
        self._silent = True
        try:
            self.model.set_zones(zones)
            self.select_zone(code)
            self._fit_height()
        finally:
            self._silent = False

    def _fit_height(self) -> None:
        """As tall as its rows (a handful of zones): the details panel sits right under them."""
        rows = self.model.rowCount()
        row_height = self.view.sizeHintForRow(0) if rows else self.fontMetrics().height() + 6
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(min(400, self.view.header().sizeHint().height() + rows * row_height + frame + 2))

    def current_code(self) -> str:
        index = self.view.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ZoneCodeRole) if index.isValid() else ""

    def select_zone(self, code: str, *, notify: bool = False) -> None:
        """Makes `code` the selected zone ("" = all); emits `zoneSelected` only if `notify`."""
        row = self.model.row_of_code(code or "")
        self._silent = not notify
        try:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self._show_details(self.model.data(self.model.index(row, 0), ZoneCodeRole) or "")
        finally:
            self._silent = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.data(self.model.index(current.row(), 0), ZoneCodeRole) or "" if current.isValid() else ""
        self._show_details(code)
        if not self._silent:
            self.zoneSelected.emit(code)

    def _refresh_count(self, *_args: Any) -> None:
        code = self.current_code()
        count = self.model.count_of(code)
        self.details.labels["count"].setText("—" if count is None else format_count(count))

    def _show_details(self, code: str) -> None:
        count = self.model.count_of(code)
        if not code:
            self.details.show_all(count)
            return
        known = self._details_cache.get(code) or self.model.zone_of(code)
        if known is not None:
            self.details.show_zone(known, count)
        if code not in self._details_cache:
            if self._details_task is not None and not self._details_task.done():
                self._details_task.cancel()
            self._details_task = spawn(self._fetch_details(code))

    async def _fetch_details(self, code: str) -> None:
        self.details.set_status(self.tr("Chargement des détails…"))
        try:
            zone = await self.service.call(lambda client: client.zone(code))
            if not shiboken6.isValid(self.details):  # the window closed meanwhile
                return
        except ApiError as exc:
            if not shiboken6.isValid(self.details):
                return
            from app.ui._errors import describe_error

            log.info("zone details of %s failed: %s", code, exc)
            self.details.set_status(describe_error(exc).text.split("\n")[0])
            return
        except Exception as exc:  # a cancelled re-login, a bug: the panel says so, nothing more
            from app.ui._service import ReloginCancelled

            if isinstance(exc, ReloginCancelled):
                self.details.set_status("")
                return
            raise
        self._details_cache[code] = zone
        self.details.set_status("")
        if self.current_code() == code:
            self.details.show_zone(zone, self.model.count_of(code))
