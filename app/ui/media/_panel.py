"""The « Médias » dock: find the company's media, see which numbers use one, listen to it.

Layout, top to bottom: filters (type, état: server filters; name: instant local search, Entrée asks
the server), the media table, « Utilisé par » (numbers whose slots name the selected media, from the
numbers the main window has loaded), then the player (title, waveform with playhead, controls).

Keyboard while the panel has focus: Space play/pause, ←/→ 5 s, ↑/↓ volume, M mute. The two lists
keep ↑/↓ for moving their selection (that is what a list does), and the name box keeps every key
it types.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api import ApiError, Media, NoMatchError, Number
from app.ui._async import spawn
from app.ui._service import ReloginCancelled
from app.ui._theme import action_icon, semantic_color, theme_notifier
from app.ui.media._labels import SLOT_FIELDS, TYPE_CODES, format_ms, format_number, slot_label, type_label
from app.ui.media._model import MediaModel
from app.ui.media._player import MediaPlayer
from app.ui.media._waveform import WaveformError, WaveformView, compute_waveform

log = logging.getLogger(__name__)

SEEK_STEP_MS = 5000
VOLUME_STEP = 10


def numbers_using(media_id: int, numbers: Iterable[Number]) -> list[tuple[Number, str]]:
    """(number, slot field) for each slot of each number that names this media."""
    found = []
    for number in numbers:
        for field in SLOT_FIELDS:
            if getattr(number, field, None) == media_id:
                found.append((number, field))
    return found


def plural(translated: str, n: int) -> str:
    """French plural of a `tr("… média(s)", "", n)` when no translator resolved the « (s) »."""
    if "(s)" in translated:
        translated = translated.replace("(s)", "s" if abs(n) >= 2 else "")
    return translated.replace("%n", str(n))


class _ListKeysFirst(QObject):
    """Lets a list or combo keep ↑/↓ (and page keys) instead of the panel's volume shortcuts."""

    KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                      Qt.Key.Key_Home, Qt.Key.Key_End})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in self.KEYS:
            event.accept()
        return False


class MediaPanel(QDockWidget):
    """The dock. `window` (the MainWindow, optional) gives the numbers for « Utilisé par »."""

    #: Emitted after each load of the media list (tests wait on it).
    mediaLoaded = Signal()

    def __init__(self, service: Any, player: MediaPlayer, window: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Médias"), parent if parent is not None else window)
        self.setObjectName("mediaDock")
        self.service = service
        self.player = player
        self.window_ = window
        self.known_media: dict[int, Media] = {}
        self.loaded_once = False
        self._load_generation = 0
        self._server_nom = ""
        self._dragging = False
        self._waveform_task: asyncio.Task[None] | None = None
        self._build()
        self._connect_player()
        self._connect_numbers()

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        body.setObjectName("mediaPanelBody")
        self.body = body
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 6, 6, 6)

        search_row = QHBoxLayout()
        filters = QHBoxLayout()
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("Tous les types"), None)
        for code in TYPE_CODES:
            self.type_filter.addItem(type_label(code), code)
        self.type_filter.setToolTip(self.tr("Filtrer par type de média (demandé au serveur)"))
        self.type_filter.setAccessibleName(self.tr("Type de média"))
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Tous les états"), None)
        self.state_filter.addItem(self.tr("Actifs"), True)
        self.state_filter.addItem(self.tr("Inactifs"), False)
        self.state_filter.setToolTip(self.tr("Filtrer par état (demandé au serveur)"))
        self.state_filter.setAccessibleName(self.tr("État du média"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un nom…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Filtre immédiat sur les noms ; Entrée : chercher aussi sur le serveur"))
        self.search.setAccessibleName(self.tr("Rechercher un média par son nom"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(action_icon("refresh"))
        self.refresh_button.setToolTip(self.tr("Recharger la liste des médias"))
        self.refresh_button.setAccessibleName(self.tr("Recharger la liste des médias"))
        # two rows, so that the dock stays narrow beside the numbers table
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.refresh_button)
        filters.addWidget(self.type_filter, 3)
        filters.addWidget(self.state_filter, 2)
        for combo in (self.type_filter, self.state_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self.model = MediaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MediaModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MediaModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (MediaModel.STATE, MediaModel.DURATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the type's words are long (« Message d'enregistrement »): capped so that names stay readable
        header.setSectionResizeMode(MediaModel.TYPE, QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Liste des médias"))
        self.table.setToolTip(self.tr("Double-clic ou Entrée : écouter"))

        self.count_label = QLabel()
        self.count_label.setObjectName("mediaCount")

        usage = QWidget()
        usage_layout = QVBoxLayout(usage)
        usage_layout.setContentsMargins(0, 0, 0, 0)
        self.usage_label = QLabel(self.tr("Utilisé par :"))
        self.usage_list = QListWidget()
        self.usage_list.setAccessibleName(self.tr("Numéros qui utilisent ce média"))
        self.usage_list.setToolTip(self.tr("Double-clic : montrer ce numéro dans le tableau"))
        self.usage_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.show_numbers_button = QPushButton(self.tr("Afficher dans le tableau"))
        self.show_numbers_button.setToolTip(
            self.tr("Sélectionner ces numéros dans le tableau des numéros"))
        usage_head = QHBoxLayout()
        usage_head.addWidget(self.usage_label, 1)
        usage_head.addWidget(self.show_numbers_button)
        usage_layout.addLayout(usage_head)
        usage_layout.addWidget(self.usage_list)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(search_row)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)

        # -- the player
        self.now_playing = QLabel(self.tr("Aucun média en lecture"))
        self.now_playing.setObjectName("mediaNowPlaying")
        self.now_playing.setTextFormat(Qt.TextFormat.PlainText)
        self.now_playing.setWordWrap(True)
        self.waveform = WaveformView()
        controls = QHBoxLayout()
        # The theme's SVG icons: Qt's stock media icons are dark grey, invisible on the dark theme.
        self.play_button = QToolButton()
        self.play_button.setIcon(action_icon("play"))
        self.play_button.setToolTip(self.tr("Lecture / pause (Espace)"))
        self.play_button.setAccessibleName(self.tr("Lecture ou pause"))
        self.stop_button = QToolButton()
        self.stop_button.setIcon(action_icon("stop"))
        self.stop_button.setToolTip(self.tr("Arrêter"))
        self.stop_button.setAccessibleName(self.tr("Arrêter"))
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setRange(0, 0)
        self.position_slider.setToolTip(self.tr("Position (← / → : 5 secondes)"))
        self.position_slider.setAccessibleName(self.tr("Position de lecture"))
        self.time_label = QLabel("0:00 / -:--")
        self.time_label.setObjectName("mediaTime")
        self.mute_button = QToolButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setIcon(action_icon("volume"))
        self.mute_button.setToolTip(self.tr("Couper le son (M)"))
        self.mute_button.setAccessibleName(self.tr("Couper le son"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setFixedWidth(70)
        self.volume_slider.setValue(self.player.volume())
        self.volume_slider.setToolTip(self.tr("Volume (↑ / ↓)"))
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        controls.addWidget(self.play_button)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.position_slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.volume_slider)
        self.error_label = QLabel()
        self.error_label.setObjectName("mediaError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._colour_error_label()
        theme_notifier().changed.connect(self._colour_error_label)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        player_pane = QWidget()
        player_layout = QVBoxLayout(player_pane)
        player_layout.setContentsMargins(0, 0, 0, 0)
        player_layout.addWidget(self.now_playing)
        player_layout.addWidget(self.waveform)
        player_layout.addLayout(controls)
        player_layout.addWidget(self.error_label)
        player_layout.addStretch(1)

        # Beside the table (left/right) the three parts stack; below it (top/bottom) they sit side
        # by side: `_on_area` turns the splitter when the dock moves.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mediaSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(usage)
        self.splitter.addWidget(player_pane)
        self.splitter.setChildrenCollapsible(False)
        self._panes = (list_pane, usage, player_pane)
        outer.addWidget(self.splitter, 1)
        self.setWidget(body)
        self._on_area(Qt.DockWidgetArea.RightDockWidgetArea)
        self.dockLocationChanged.connect(self._on_area)
        # The title bar's close/float buttons: Fusion draws them near-black, lost on the dark theme.
        self._theme_title_buttons()
        theme_notifier().changed.connect(self._theme_title_buttons)
        self.topLevelChanged.connect(lambda _floating: QTimer.singleShot(0, self, self._theme_title_buttons))
        self.featuresChanged.connect(lambda _features: QTimer.singleShot(0, self, self._theme_title_buttons))

        # wiring of the panel's own widgets
        self.type_filter.currentIndexChanged.connect(self._server_filters_changed)
        self.state_filter.currentIndexChanged.connect(self._server_filters_changed)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_on_server)
        self.refresh_button.clicked.connect(self.start_reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.refresh_usage())
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._fit_type_column)
        self.model.modelReset.connect(self.refresh_usage)
        self.table.doubleClicked.connect(lambda idx: self.play_row(idx.row()))
        self.table.activated.connect(lambda idx: self.play_row(idx.row()))
        self.usage_list.itemDoubleClicked.connect(lambda item: self._show_numbers([item.data(Qt.ItemDataRole.UserRole)]))
        self.show_numbers_button.clicked.connect(self.show_usage_in_table)
        self.play_button.clicked.connect(self.play_pause)
        self.stop_button.clicked.connect(self.player.stop)
        self.position_slider.sliderPressed.connect(self._slider_pressed)
        self.position_slider.sliderReleased.connect(self._slider_released)
        self.position_slider.sliderMoved.connect(self._slider_moved)
        self.position_slider.actionTriggered.connect(self._slider_action)
        self.volume_slider.valueChanged.connect(self._volume_slider_changed)
        self.mute_button.toggled.connect(self.player.set_muted)
        self.waveform.seekRequested.connect(self.player.seek)
        self.visibilityChanged.connect(self._on_visibility)

        # keyboard when the panel has focus
        keys_first = _ListKeysFirst(self)
        for widget in (self.table, self.usage_list, self.type_filter, self.state_filter):
            widget.installEventFilter(keys_first)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("play_pause", Qt.Key.Key_Space, self.play_pause),
            ("back", Qt.Key.Key_Left, lambda: self.player.seek_by(-SEEK_STEP_MS)),
            ("forward", Qt.Key.Key_Right, lambda: self.player.seek_by(SEEK_STEP_MS)),
            ("louder", Qt.Key.Key_Up, lambda: self.player.change_volume(VOLUME_STEP)),
            ("softer", Qt.Key.Key_Down, lambda: self.player.change_volume(-VOLUME_STEP)),
            ("mute", Qt.Key.Key_M, self.player.toggle_mute),
        ):
            shortcut = QShortcut(QKeySequence(key), body)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        self._update_count()
        self.refresh_usage()
        self._update_controls()

    def _fit_type_column(self) -> None:
        wanted = self.table.sizeHintForColumn(MediaModel.TYPE) if self.model.rowCount() else 80
        self.table.setColumnWidth(MediaModel.TYPE, max(60, min(wanted, 130)))

    def _on_area(self, area: Qt.DockWidgetArea) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                        Qt.DockWidgetArea.NoDockWidgetArea)
        self.splitter.setOrientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)
        for index, stretch in enumerate((3, 1, 0) if side else (5, 2, 4)):
            self.splitter.setStretchFactor(index, stretch)

    def _connect_player(self) -> None:
        p = self.player
        p.started.connect(lambda _m: self._hide_error())  # a new request; errors of a call path stay
        p.currentChanged.connect(self._on_current)
        p.stateChanged.connect(self._update_controls)
        p.positionChanged.connect(self._on_position)
        p.durationChanged.connect(self._on_duration)
        p.durationKnown.connect(lambda m, ms: self.model.set_duration(m.id, ms) if m.id is not None else None)
        p.volumeChanged.connect(self._on_volume)
        p.mutedChanged.connect(self._on_muted)
        p.errorOccurred.connect(self._on_error)
        p.fileReady.connect(self._on_file_ready)

    def _connect_numbers(self) -> None:
        model = getattr(self.window_, "numbers_model", None)
        if model is None:
            return
        self._usage_timer = QTimer(self)
        self._usage_timer.setSingleShot(True)
        self._usage_timer.setInterval(0)
        self._usage_timer.timeout.connect(self.refresh_usage)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(lambda *_: self._usage_timer.start())

    # -- loading the list --------------------------------------------------------------------------
    def server_filters(self) -> dict[str, Any]:
        filters: dict[str, Any] = {}
        if self.type_filter.currentData() is not None:
            filters["type"] = self.type_filter.currentData()
        if self.state_filter.currentData() is not None:
            filters["etat"] = self.state_filter.currentData()
        if self._server_nom:
            filters["nom"] = self._server_nom
        return filters

    def start_reload(self) -> asyncio.Task[None]:
        return spawn(self.reload(), name="media-list")

    async def reload(self) -> None:
        """Asks the server for the media matching the filters; keeps the selected media selected."""
        self._load_generation += 1
        generation = self._load_generation
        filters = self.server_filters()
        self.count_label.setText(self.tr("Chargement des médias…"))
        self.refresh_button.setEnabled(False)
        try:
            media = await self.service.call(lambda c: c.media(**filters))
        except NoMatchError:
            media = []
        except ReloginCancelled:
            media = None
        except ApiError as exc:
            if generation == self._load_generation:
                self.refresh_button.setEnabled(True)
                self._show_list_error(exc)
            return
        finally:
            if generation == self._load_generation:
                self.refresh_button.setEnabled(True)
        if generation != self._load_generation or media is None:
            self._update_count()
            return
        self.loaded_once = True
        self.remember_media(media)
        # a media whose URL changed since its file was downloaded must be downloaded again
        self.player.cache().revalidate([m for m in media if m.id is not None and m.url])
        selected = self.selected_media()
        self.model.set_media(media)
        if selected is not None:
            self.select_media(selected.id)
        if self.player.current is not None:
            self.model.set_playing(self.player.current.id)
        self._update_count()
        self.mediaLoaded.emit()

    def remember_media(self, media: Iterable[Media]) -> None:
        changed = False
        for m in media:
            if m.id is not None and self.known_media.get(m.id) != m:
                self.known_media[m.id] = m
                changed = True
        model = getattr(self.window_, "numbers_model", None)
        if changed and model is not None and hasattr(model, "set_media_names"):
            # the numbers table shows media slots by name rather than « média n°229 »
            model.set_media_names({i: m.nom or "" for i, m in self.known_media.items() if m.nom})

    async def load_names(self) -> None:
        """Fetches the whole media list once, for the names in the numbers table. Silent on failure:
        the table then shows ids, and the panel says what went wrong when it is opened."""
        if self.known_media:
            return
        try:
            self.remember_media(await self.service.call(lambda c: c.media()))
        except (ApiError, ReloginCancelled) as exc:
            log.info("media names not loaded: %s", exc)

    async def media_by_ids(self, ids: Iterable[int]) -> dict[int, Media]:
        """The media of these ids, asking the server for the whole list if one is not known yet."""
        wanted = [i for i in ids if i is not None]
        if any(i not in self.known_media for i in wanted):
            with contextlib.suppress(NoMatchError):
                self.remember_media(await self.service.call(lambda c: c.media()))
        return {i: self.known_media[i] for i in wanted if i in self.known_media}

    def _show_list_error(self, exc: BaseException) -> None:
        try:
            from app.ui._errors import describe_error

            text = describe_error(exc).text
        except Exception:  # the shared error texts must never break the panel
            text = str(exc)
        self.count_label.setText(self.tr("La liste des médias n'a pas pu être chargée."))
        self._show_error(text)

    def _server_filters_changed(self) -> None:
        self.start_reload()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        if not text.strip() and self._server_nom:  # the server was asked for a name: ask for all again
            self._server_nom = ""
            self.start_reload()

    def _search_on_server(self) -> None:
        self._server_nom = self.search.text().strip()
        self.start_reload()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = len(self.model.all_media())
        if shown == total:
            self.count_label.setText(plural(self.tr("%n média(s)", "", shown), shown))
        else:
            self.count_label.setText(plural(self.tr("%1 sur %2 média(s)", "", total), total)
                                     .replace("%1", str(shown)).replace("%2", str(total)))

    def _on_visibility(self, visible: bool) -> None:
        if visible and not self.loaded_once:
            self.start_reload()

    # -- selection ---------------------------------------------------------------------------------
    def selected_media(self) -> Media | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.media_at(rows[0].row()) if rows else None

    def select_media(self, media_id: int | None) -> bool:
        row = self.model.row_of(media_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- « Utilisé par » ---------------------------------------------------------------------------
    def all_numbers(self) -> list[Number]:
        model = getattr(self.window_, "numbers_model", None)
        return list(model.all_numbers()) if model is not None else []

    def refresh_usage(self) -> None:
        self.usage_list.clear()
        media = self.selected_media()
        has_window = getattr(self.window_, "numbers_model", None) is not None
        if media is None or media.id is None:
            self.usage_label.setText(self.tr("Utilisé par : sélectionnez un média"))
            self.show_numbers_button.setEnabled(False)
            return
        numbers = self.all_numbers()
        uses = numbers_using(media.id, numbers)
        for number, field in uses:
            # the slot is implied by the media's type (each type fits one slot): said in the tooltip
            text = format_number(number.numero)
            if number.nom_porteur:
                text += f" — {number.nom_porteur}"
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Emplacement : %1").replace("%1", slot_label(field))
                            + (f"\n{number.info}" if number.info else ""))
            item.setData(Qt.ItemDataRole.UserRole, number.id)
            self.usage_list.addItem(item)
        count = len({n.id for n, _ in uses})
        if not has_window:
            self.usage_label.setText(self.tr("Utilisé par : aucun tableau de numéros"))
        elif not numbers:
            self.usage_label.setText(self.tr("Utilisé par : chargez des numéros pour le savoir"))
        else:
            label = plural(self.tr("Utilisé par %n numéro(s) chargé(s)", "", count), count)
            unknown = sum(1 for n in numbers if not set(SLOT_FIELDS) & n.fields_sent)
            if unknown:
                label += " " + plural(self.tr("(%n sans médias indiqués par le serveur)", "", unknown), unknown)
            self.usage_label.setText(label)
        self.show_numbers_button.setEnabled(bool(uses) and hasattr(self.window_, "select_numbers"))

    def usage_ids(self) -> list[int]:
        ids = []
        for i in range(self.usage_list.count()):
            nid = self.usage_list.item(i).data(Qt.ItemDataRole.UserRole)
            if nid not in ids:
                ids.append(nid)
        return ids

    def show_usage_in_table(self) -> None:
        chosen = [it.data(Qt.ItemDataRole.UserRole) for it in self.usage_list.selectedItems()]
        self._show_numbers(chosen or self.usage_ids())

    def _show_numbers(self, ids: list[int]) -> None:
        if ids and hasattr(self.window_, "select_numbers"):
            self.window_.select_numbers(ids)

    # -- playing -----------------------------------------------------------------------------------
    def play_row(self, row: int) -> None:
        media = self.model.media_at(row)
        if media is not None:
            self.player.play_media(media)

    def play_pause(self) -> None:
        """Space / ▶: the selected media if it is not the one loaded, else play/pause."""
        selected = self.selected_media()
        current = self.player.current
        if selected is not None and (current is None or selected.id != current.id):
            self.player.play_media(selected)
        else:
            self.player.toggle()

    def _on_current(self, media: Media | None) -> None:
        self.waveform.clear()
        self.position_slider.setRange(0, 0)
        if media is not None:
            self.waveform.set_message(self.tr("Téléchargement…") if self.player.is_loading() else "")
            if media.id is not None and self.model.duration_of(media.id):
                self._on_duration(self.model.duration_of(media.id) or 0)
        self.model.set_playing(media.id if media is not None else None)
        self._update_controls()

    def _update_controls(self) -> None:
        p = self.player
        playing = p.is_playing()
        self.play_button.setIcon(action_icon("pause" if playing else "play"))
        self.play_button.setToolTip(self.tr("Pause (Espace)") if playing else self.tr("Lecture (Espace)"))
        media = p.current
        if media is None:
            self.now_playing.setText(self.tr("Aucun média en lecture"))
        else:
            name = media.nom or self.tr("(sans nom)")
            if p.is_loading():
                state = self.tr("Téléchargement…")
            elif playing:
                state = self.tr("En lecture")
            elif p.is_paused():
                state = self.tr("En pause")
            else:
                state = self.tr("Arrêté")
            # the space before « : » is French typography: the translation drops it
            text = self.tr("%1 : %2").replace("%1", state).replace("%2", name) + f" — {type_label(media.type)}"
            index, total = p.sequence_position()
            if total > 1:
                text += " " + self.tr("(%1 sur %2 du parcours d'appel)").replace("%1", str(index)).replace("%2", str(total))
            self.now_playing.setText(text)
        if p.is_loading() and media is not None:
            self.waveform.set_message(self.tr("Téléchargement…"))
        self.stop_button.setEnabled(media is not None)

    def _on_position(self, ms: int) -> None:
        if not self._dragging:
            self.position_slider.setValue(ms)
        self.waveform.set_position(ms)
        self._update_time(ms)

    def _on_duration(self, ms: int) -> None:
        if ms > 0:
            self.position_slider.setRange(0, ms)
            self.position_slider.setPageStep(max(1000, ms // 10))
            self.waveform.set_duration(ms)
        self._update_time(self.player.position())

    def _update_time(self, ms: int) -> None:
        duration = self.player.duration()
        self.time_label.setText(f"{format_ms(ms)} / {format_ms(duration if duration > 0 else None)}")

    def _slider_pressed(self) -> None:
        self._dragging = True

    def _slider_moved(self, value: int) -> None:
        self._update_time(value)

    def _slider_released(self) -> None:
        self._dragging = False
        self.player.seek(self.position_slider.value())

    def _slider_action(self, action: int) -> None:
        if action in (QSlider.SliderAction.SliderMove, QSlider.SliderAction.SliderNoAction):
            return
        # page clicks and keys: the slider moves its value after this signal
        QTimer.singleShot(0, lambda: self.player.seek(self.position_slider.value()))

    def _volume_slider_changed(self, value: int) -> None:
        if value != self.player.volume():
            self.player.set_volume(value)

    def _on_volume(self, value: int) -> None:
        if self.volume_slider.value() != value:
            self.volume_slider.blockSignals(True)
            self.volume_slider.setValue(value)
            self.volume_slider.blockSignals(False)

    def _on_muted(self, muted: bool) -> None:
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self.mute_button.setIcon(action_icon("mute" if muted else "volume"))
        self.mute_button.setToolTip(self.tr("Rétablir le son (M)") if muted else self.tr("Couper le son (M)"))

    def _theme_title_buttons(self, _theme: str = "") -> None:
        for name, icon in (("qt_dockwidget_closebutton", "close"), ("qt_dockwidget_floatbutton", "float")):
            button = self.findChild(QAbstractButton, name)
            if button is not None:
                button.setIcon(action_icon(icon))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # the dock gives its buttons the style's icons back
            QTimer.singleShot(0, self, self._theme_title_buttons)

    def _colour_error_label(self, _theme: str = "") -> None:
        # Readable on both themes (a fixed dark red is ~2:1 on the dark one); re-applied on a switch.
        self.error_label.setStyleSheet(f"QLabel#mediaError {{ color: {semantic_color('error').name()}; }}")

    # -- waveform ----------------------------------------------------------------------------------
    def _on_file_ready(self, media: Media, path: str) -> None:
        if self._waveform_task is not None and not self._waveform_task.done():
            self._waveform_task.cancel()
        self.waveform.set_message(self.tr("Calcul de la forme d'onde…"))
        self._waveform_task = spawn(self._compute_waveform(media, path), name="waveform")

    async def _compute_waveform(self, media: Media, path: str) -> None:
        try:
            waveform = await compute_waveform(path)
        except WaveformError as exc:
            log.info("no waveform for media %s: %s", media.id, exc)
            if shiboken6.isValid(self.waveform) and self.player.current is media:
                self.waveform.set_message(self.tr("Forme d'onde indisponible"))
            return
        if not shiboken6.isValid(self.waveform):  # the window closed while the file was being decoded
            return
        if media.id is not None and self.model.duration_of(media.id) is None:
            self.model.set_duration(media.id, waveform.duration_ms)
        if self.player.current is media:
            self.waveform.set_waveform(waveform)
            self.waveform.set_position(self.player.position())

    # -- errors ------------------------------------------------------------------------------------
    def _on_error(self, media: Media, text: str) -> None:
        self._show_error(text)
        if self.player.current is media:
            self.waveform.set_message(self.tr("Lecture impossible"))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""
