"""The main window: zone browser on the left, filter bar and numbers table on the right.

The window builds the frame — menus, toolbar, zone browser, filter bar, table, status bar, error
banner — and the loading of numbers; features (editing, media, preferences…) plug in through
`install_features(self)` at the end of `__init__`, using the surface documented in
team/CONVENTIONS.md (`numbers_model`, `numbers_view`, `selected_numbers()`, `reload_numbers()`,
`add_table_context_action()`, `show_error()`, `close_guards`, the signals).

Loading never freezes the window: the client parses big answers in a worker thread, the table's
per-row search text and sort keys are built in another (`asyncio.to_thread`), and the model is
filled with one reset. A newer load supersedes an older one (its result is dropped).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QItemSelection, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.api import ApiError, NoMatchError, Number
from app.ui import _settings as settings
from app.ui._about import show_about
from app.ui._async import spawn
from app.ui._errors import ErrorBanner, UserMessage, describe_error
from app.ui._features import install_features
from app.ui._filter_bar import FilterBar, Filters
from app.ui._login import relogin
from app.ui._numbers_model import COLUMNS, NumberIndex, NumbersModel
from app.ui._numbers_view import NumbersView
from app.ui._service import ApiService, ReloginCancelled
from app.ui._zones import ZoneBrowser

log = logging.getLogger(__name__)


def ui_locale() -> QLocale:
    """The locale numbers are written in: French (narrow-space thousands) unless the UI is English."""
    try:
        from app.ui._i18n import current_language

        lang = current_language()
    except ImportError:
        lang = "fr"
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def count_text(translated: str, n: int) -> str:
    """A `tr("%n …(s)", "", n)` result with French plural rules if no translator resolved it, and
    the count written with the locale's thousands separator (`1 240`)."""
    if "(s)" in translated:
        translated = translated.replace("(s)", "s" if abs(n) >= 2 else "")
    return translated.replace(str(n), ui_locale().toString(n), 1)


class _GcPause:
    """Pauses Python's cyclic garbage collector while numbers load, then freezes what was loaded.

    A full collection walks every tracked object: with 100,000 numbers just parsed that is one pause
    of 0.3–0.5 s, holding the interpreter (the window freezes), and it came back during searches
    and sorts (measured in tests/benchmarks/test_bench_ui.py). The numbers form no reference
    cycles — reference counting frees them when replaced — so the collector has nothing to find in
    them: `gc.freeze()` moves everything alive after the load out of its sight.
    """

    depth = 0

    def __enter__(self) -> None:
        if _GcPause.depth == 0:
            gc.disable()
        _GcPause.depth += 1

    def __exit__(self, *exc: object) -> None:
        _GcPause.depth -= 1
        if _GcPause.depth == 0:
            gc.freeze()
            gc.enable()


def _release_free_memory() -> None:
    """Gives the memory a load freed back to the system (glibc only), in a worker thread.

    Receiving and reading a 60 MB listing frees as much as it keeps, in pieces spread over several
    threads' malloc arenas; glibc keeps such memory for reuse, so the process stayed some 50 MB
    larger than what it holds. `malloc_trim(0)` returns the free pages (it runs without the GIL).
    """
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):  # not glibc (musl…)
                pass
    if _malloc_trim:
        # A thread of its own: nothing waits for it, and it must not outlive an event loop's executor.
        threading.Thread(target=_malloc_trim, args=(0,), name="malloc_trim", daemon=True).start()


_malloc_trim: Any = None

#: Sorted in the worker at each load: the numbers (their sort takes some 150 ms at 100,000 rows).
#: The other columns' keys repeat and sort in 20-60 ms on the first click (within the 200 ms target):
#: sorting them all here made every load 0.4 s longer.
_PRESORTED_COLUMNS = [column for column, c in enumerate(COLUMNS) if c.key == "numero"]


class _LoadResult:
    """What a worker thread prepares from a listing: the table's index and the completions."""

    def __init__(self, numbers: Sequence[Number], model: NumbersModel, ctx: Any) -> None:
        self.index: NumberIndex = model.build_index(numbers, ctx)
        # The numbers' column sorted now, in the worker, so that a header click on it is instant.
        # Not later in a background thread: a Python thread running while the table paints makes
        # every `data()` call wait for the interpreter lock (searches went from 20 to 400 ms).
        self.index.precompute(_PRESORTED_COLUMNS, numbers)
        # Through `map` (C loops), then Python over the few distinct values only.
        self.compagnes = {c for c in set(map(attrgetter("compagne"), numbers)) if c}
        self.porteurs = {p for p in set(map(attrgetter("nom_porteur"), numbers)) if p}
        self.zone_counts: Counter[str] = Counter()
        for code, count in Counter(map(attrgetter("code"), numbers)).items():
            self.zone_counts[(code or "").lower()] += count


class MainWindow(QMainWindow):
    """Cliqphone Desk's main window over a logged-in `ApiService`."""

    #: A number was double-clicked or Enter pressed on it (the Number).
    numberActivated = Signal(object)
    #: A load of numbers finished and the table shows its result.
    numbersLoaded = Signal()
    #: The window closed (after the close guards agreed); start-up then shuts down.
    closed = Signal()

    def __init__(self, service: ApiService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.service = service
        self.close_guards: list[Callable[[], bool]] = []
        self._context_actions: list[QAction] = []
        self._generation = 0
        self._loading = 0
        self._load_failed = False
        self._counts_known = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._compagnes: set[str] = set()
        self._porteurs: set[str] = set()
        self.filters = Filters()
        self.setWindowTitle(self.tr("Cliqphone Desk"))
        # No window icon of its own: the window shows the application's (`_theme.app_icon()`).

        # -- the frame --------------------------------------------------------------------------
        self.numbers_model = NumbersModel(self)
        self.zone_browser = ZoneBrowser(service)
        self.filter_bar = FilterBar(self.zone_browser.model)
        self.numbers_view = NumbersView()
        self.numbers_view.setModel(self.numbers_model)
        self.banner = ErrorBanner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.filter_bar)
        right_layout.addWidget(self.numbers_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.zone_browser)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        # -- behaviour --------------------------------------------------------------------------
        service.relogin_handler = lambda: relogin(self, service)
        # Bound methods, not lambdas: Qt disconnects them when the window is destroyed (the service
        # may outlive it).
        service.sessionChanged.connect(self._on_session_changed)
        self.zone_browser.zoneSelected.connect(self._on_zone_selected)
        self.filter_bar.zoneChosen.connect(lambda code: self.zone_browser.select_zone(code))
        self.filter_bar.filtersApplied.connect(self._on_filters_applied)
        self.filter_bar.searchChanged.connect(self.numbers_model.set_search)
        self.numbers_model.rowsChanged.connect(self._update_counts)
        self.numbers_model.modelReset.connect(self._update_counts)
        self.numbers_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.numbers_view.rowActivated.connect(self._on_row_activated)
        self.numbers_view.customContextMenuRequested.connect(self._table_menu)
        self.numbers_view.columnsChanged.connect(self.save_table_state)
        self.banner.retryRequested.connect(lambda: self._spawn(self.reload_numbers()))
        self._renew_timer = QTimer(self)
        self._renew_timer.setSingleShot(True)
        self._renew_timer.timeout.connect(self._renew_session)
        self._clock = QTimer(self)  # the « until when » of the status bar, and the renewal timer
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._update_connection)
        self._clock.start()

        self._restore_state()
        self._on_session_changed()
        self._update_counts()
        install_features(self)
        state = settings.value(settings.WINDOW_STATE)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    # -- building ----------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any], *, shortcut: QKeySequence | str | None = None,
                icon: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            # The theme's SVG icons follow the palette (Qt's stock icons vanish on the dark theme).
            from app.ui._theme import action_icon

            action.setIcon(action_icon(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.action_refresh = self._action(self.tr("&Actualiser"), lambda: self._spawn(self.reload_numbers()),
                                           shortcut=QKeySequence.StandardKey.Refresh, icon="refresh",
                                           tip=self.tr("Recharge les numéros depuis le serveur (F5)"))
        if self.action_refresh.shortcut().isEmpty():
            self.action_refresh.setShortcut(QKeySequence("F5"))
        self.action_search = self._action(self.tr("&Rechercher"), self.filter_bar.focus_search,
                                          shortcut=QKeySequence.StandardKey.Find,
                                          icon="search",
                                          tip=self.tr("Recherche instantanée dans le tableau (Ctrl+F)"))
        self.action_clear_filters = self._action(self.tr("&Effacer les filtres"), self.filter_bar.clear,
                                                 shortcut="Ctrl+Shift+L", icon="filter",
                                                 tip=self.tr("Efface les filtres et la recherche "
                                                             "(Ctrl+Maj+L)"))
        self.action_quit = self._action(self.tr("&Quitter"), self.close, shortcut=QKeySequence.StandardKey.Quit,
                                        tip=self.tr("Ferme Cliqphone Desk (Ctrl+Q)"))
        if self.action_quit.shortcut().isEmpty():
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_copy = self._action(self.tr("&Copier les lignes"), self.copy_selection,
                                        shortcut=QKeySequence.StandardKey.Copy, icon="copy",
                                        tip=self.tr("Copie les lignes sélectionnées (à coller dans un tableur)"))
        self.action_copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.numbers_view.addAction(self.action_copy)
        self.action_select_all = self._action(self.tr("&Tout sélectionner"), self.numbers_view.selectAll,
                                              shortcut=QKeySequence.StandardKey.SelectAll)
        self.action_select_all.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.numbers_view.addAction(self.action_select_all)
        self.action_zones_panel = QAction(self.tr("Panneau des &zones"), self)
        self.action_zones_panel.setCheckable(True)
        from app.ui._theme import action_icon

        self.action_zones_panel.setIcon(action_icon("zone"))
        self.action_zones_panel.setChecked(True)
        self.action_zones_panel.setShortcut(QKeySequence("Ctrl+1"))
        self.action_zones_panel.toggled.connect(self.zone_browser.setVisible)
        self.action_about = self._action(self.tr("À &propos de Cliqphone Desk"), self.show_about)
        self.action_about_qt = self._action(self.tr("À propos de &Qt"), QApplication.aboutQt)
        self.action_open_logs = self._action(
            self.tr("Ouvrir le dossier des &journaux"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))),
            tip=self.tr("Les journaux aident le support à comprendre un problème"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file: QMenu = bar.addMenu(self.tr("&Fichier"))
        self.menu_edit: QMenu = bar.addMenu(self.tr("É&dition"))
        self.menu_view: QMenu = bar.addMenu(self.tr("&Affichage"))
        self.menu_help: QMenu = bar.addMenu(self.tr("Aid&e"))
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_edit.addAction(self.action_copy)
        self.menu_edit.addAction(self.action_select_all)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_search)
        self.menu_edit.addAction(self.action_clear_filters)
        self.menu_view.addAction(self.action_refresh)
        self.menu_view.addSeparator()
        self.menu_columns = self.menu_view.addMenu(self.tr("&Colonnes"))
        self.menu_columns.aboutToShow.connect(self._fill_columns_menu)
        self.menu_view.addAction(self.action_zones_panel)
        self.menu_help.addAction(self.action_about)
        self.menu_help.addAction(self.action_open_logs)
        self.menu_help.addAction(self.action_about_qt)

    def _build_toolbar(self) -> None:
        self.toolbar: QToolBar = self.addToolBar(self.tr("Barre d'outils"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_refresh)
        self.toolbar.addAction(self.action_search)
        self.toolbar.addAction(self.action_clear_filters)
        self.toolbar.addSeparator()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.loading_label = QLabel(self.tr("Chargement…"))
        self.loading_bar = QProgressBar()
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setMaximumWidth(120)
        self.loading_bar.setMaximumHeight(12)
        self.loading_bar.setTextVisible(False)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        status.addWidget(self.count_label)
        status.addWidget(self.loading_label)
        status.addWidget(self.loading_bar)
        status.addPermanentWidget(self.connection_label)
        self.loading_label.hide()
        self.loading_bar.hide()

    # -- starting and loading ------------------------------------------------------------------------
    async def start(self) -> None:
        """First load after login: the zones, then the numbers of the restored filters."""
        try:
            await self.zone_browser.load_zones()
        except ApiError as exc:
            self.show_error(exc)
        except ReloginCancelled:
            return
        self.numbers_model.set_zone_names(self.zone_browser.model.zone_names())
        self.zone_browser.select_zone(self.filters.code)
        self.filter_bar.set_filters(self.filters)
        await self._load(self.filters)
        if not self._counts_known:
            self._spawn(self._count_numbers(), name="zone counts")

    async def reload_numbers(self) -> None:
        """Runs the current server filters again; selection, current row and scroll position stay."""
        selected = [n.id for n in self.selected_numbers() if n.id is not None]
        current = self.numbers_model.number_at(self.numbers_view.currentIndex().row())
        top = self.numbers_model.number_at(self.numbers_view.rowAt(0))
        offset = self.numbers_view.verticalScrollBar().value()
        if not await self._load(self.filters):
            return
        self._restore_view(selected, current.id if current else None, top.id if top else None, offset)

    def apply_filters(self, filters: Filters) -> asyncio.Task[bool]:
        """Shows these server filters and loads their numbers (a task the caller may await)."""
        self.filters = filters
        self.filter_bar.set_filters(filters)
        self.zone_browser.select_zone(filters.code)
        settings.set_value(settings.LAST_ZONE, filters.code)
        settings.set_value(settings.LAST_FILTERS, filters.to_json())
        return self._spawn(self._load(filters), name="load numbers")

    def _on_filters_applied(self) -> None:
        self.apply_filters(self.filter_bar.filters())

    def _on_zone_selected(self, code: str) -> None:
        self.apply_filters(Filters(**{**self.filter_bar.filters().__dict__, "code": code}))

    async def _load(self, filters: Filters) -> bool:
        """Loads the numbers of `filters` into the table; False if it failed or a newer load won."""
        with _GcPause():
            loaded = await self._load_paused(filters)
        if loaded:
            _release_free_memory()
        return loaded

    async def _load_paused(self, filters: Filters) -> bool:
        self._generation += 1
        generation = self._generation
        self._loading += 1
        self._update_loading()
        if not self.numbers_model.total_count():
            self.numbers_model.empty_message = self.tr("Chargement des numéros…")
            self.numbers_view.viewport().update()
        try:
            kwargs = filters.to_kwargs()
            try:
                numbers = await self.service.call(lambda client: client.numbers(**kwargs))
                empty = (self.tr("Aucun numéro ne correspond à ces filtres.\nModifiez ou effacez les filtres.")
                         if not filters.only_zone() else
                         self.tr("Aucun numéro dans cette zone."))
            except NoMatchError as exc:  # « rien ne correspond »: an empty table, not an error
                numbers, empty = [], describe_error(exc).text
            except ReloginCancelled:
                return False
            except ApiError as exc:
                if generation == self._generation:
                    log.info("loading numbers failed: %r", exc)
                    self._load_failed = True
                    self.numbers_model.empty_message = self.tr("Les numéros n'ont pas pu être chargés.")
                    self.numbers_view.viewport().update()
                    self.show_error(exc, can_retry=True)
                return False
            if generation != self._generation:
                return False
            ctx = self.numbers_model.display_context()
            prepared = await asyncio.to_thread(_LoadResult, numbers, self.numbers_model, ctx)
            if generation != self._generation:
                return False
            self.numbers_model.empty_message = empty
            self.numbers_model.replace_numbers(numbers, prepared.index)
            self._after_load(filters, prepared)
            return True
        finally:
            self._loading -= 1
            if shiboken6.isValid(self.loading_label):  # the window may be gone (closed mid-load)
                self._update_loading()

    def _after_load(self, filters: Filters, prepared: _LoadResult) -> None:
        if self._load_failed and self.banner.isVisible():
            self.banner.hide()  # the failure the banner told about is over
        self._load_failed = False
        if filters.only_zone():
            if filters.code:
                self.zone_browser.model.set_count(filters.code, self.numbers_model.total_count())
            else:
                self.zone_browser.model.set_counts(dict(prepared.zone_counts), self.numbers_model.total_count())
                self._counts_known = True
        self._compagnes |= prepared.compagnes
        self._porteurs |= prepared.porteurs
        self.filter_bar.set_completions(sorted(self._compagnes, key=str.casefold),
                                        sorted(self._porteurs, key=str.casefold))
        self.numbersLoaded.emit()

    async def _count_numbers(self) -> None:
        """Counts each zone's numbers once, when the first load did not (a zone or filters restored)."""
        try:
            numbers = await self.service.call(lambda client: client.numbers())
        except (ApiError, ReloginCancelled) as exc:
            log.info("zone counts unavailable: %r", exc)
            return
        counts = await asyncio.to_thread(lambda: Counter((n.code or "").lower() for n in numbers))
        if not self._counts_known:
            self.zone_browser.model.set_counts(dict(counts), len(numbers))
            self._counts_known = True

    def _restore_view(self, selected: list[int], current: int | None, top: int | None, offset: int) -> None:
        if selected:
            self.select_numbers(selected, scroll=False)
        model = self.numbers_model
        if current is not None and (row := model.row_of_id(current)) is not None:
            self.numbers_view.selectionModel().setCurrentIndex(
                model.index(row, 0), self.numbers_view.selectionModel().SelectionFlag.NoUpdate)
        if top is not None and (row := model.row_of_id(top)) is not None:
            self.numbers_view.scrollTo(model.index(row, 0), NumbersView.ScrollHint.PositionAtTop)
        else:
            self.numbers_view.verticalScrollBar().setValue(offset)

    def _spawn(self, coro: Any, name: str | None = None) -> asyncio.Task[Any]:
        """A task of this window: cancelled when the window closes."""
        task = spawn(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- the surface others use ----------------------------------------------------------------------
    def selected_numbers(self) -> list[Number]:
        model = self.numbers_model
        return [n for n in (model.number_at(row) for row in self.numbers_view.selected_rows()) if n is not None]

    def select_numbers(self, ids: Iterable[int], *, scroll: bool = True) -> None:
        """Selects these numbers (clearing the instant search if it hides some) and shows the first."""
        ids = list(ids)
        model = self.numbers_model
        if any(model.is_loaded(i) and model.row_of_id(i) is None for i in ids):
            self.clear_search()
        rows = [row for row in (model.row_of_id(i) for i in ids) if row is not None]
        self.numbers_view.select_rows(rows)
        if rows and scroll:
            self.numbers_view.scrollTo(model.index(min(rows), 0))

    def clear_search(self) -> None:
        edit = self.filter_bar.search_edit
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
        self.numbers_model.set_search("")

    def add_table_context_action(self, action: QAction) -> None:
        """Adds an entry to the table's context menu (it acts on `selected_numbers()`)."""
        self._context_actions.append(action)

    def show_error(self, exc_or_text: BaseException | UserMessage | str, *, can_retry: bool = False) -> None:
        """Non-blocking banner above the table, with « Copier les détails »."""
        if isinstance(exc_or_text, BaseException) and not isinstance(exc_or_text, ApiError | ReloginCancelled):
            log.error("error shown in the banner", exc_info=exc_or_text)
        self.banner.show_message(exc_or_text, can_retry=can_retry)

    def show_about(self) -> None:
        show_about(self, server=f"{self.service.server_label} ({self.service.base_url})",
                   login=self.service.login_name or "")

    def copy_selection(self) -> None:
        """The selected rows, visible columns only, as tab-separated text (pastes into a spreadsheet)."""
        view, model = self.numbers_view, self.numbers_model
        header = view.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not view.isColumnHidden(c)]
        lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in view.selected_rows():
            lines.append("\t".join(str(model.data(model.index(row, c)) or "") for c in columns))
        if len(lines) > 1:
            QApplication.clipboard().setText("\n".join(lines) + "\n")

    # -- reactions -------------------------------------------------------------------------------------
    def _on_row_activated(self, row: int) -> None:
        number = self.numbers_model.number_at(row)
        if number is not None:
            self.numberActivated.emit(number)

    def _table_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self._context_actions:
            menu.addAction(action)
        if self._context_actions:
            menu.addSeparator()
        menu.addAction(self.action_copy)
        menu.addAction(self.action_select_all)
        menu.popup(self.numbers_view.viewport().mapToGlobal(pos))

    def _fill_columns_menu(self) -> None:
        self.menu_columns.clear()
        source = self.numbers_view.column_menu(self.menu_columns)
        for action in source.actions():
            action.setParent(self.menu_columns)
            self.menu_columns.addAction(action)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_counts()

    def _update_counts(self) -> None:
        model = self.numbers_model
        shown, total = model.rowCount(), model.total_count()
        if model.search_text and shown != total:
            text = count_text(self.tr("%n numéro(s) affiché(s)", "", shown), shown)
            text += " " + count_text(self.tr("sur %n", "", total), total)
        else:
            text = count_text(self.tr("%n numéro(s)", "", total), total)
        selected = self.numbers_view.selected_count()
        if selected:
            text += " · " + count_text(self.tr("%n sélectionné(s)", "", selected), selected)
        self.count_label.setText(text)

    def _update_loading(self) -> None:
        busy = self._loading > 0
        self.loading_label.setVisible(busy)
        self.loading_bar.setVisible(busy)

    def _on_session_changed(self) -> None:
        self._update_connection()
        expires = self.service.expires_at
        self._renew_timer.stop()
        if expires is not None:
            delay = (expires - self.service.renew_margin - datetime.now(expires.tzinfo)).total_seconds()
            if delay > 0:
                self._renew_timer.start(int(min(delay, 2**31 / 1000 - 1) * 1000))

    def _update_connection(self) -> None:
        svc = self.service
        if svc.session is None or svc.expires_at is None:
            self.connection_label.setText(self.tr("Non connecté"))
            return
        expires = svc.expires_at
        locale = ui_locale()
        same_day = expires.date() == datetime.now(expires.tzinfo).date()
        when = (expires.strftime("%H:%M") if same_day else
                locale.toString(expires.date(), QLocale.FormatType.ShortFormat) + " " + expires.strftime("%H:%M"))
        self.connection_label.setText(
            self.tr("%1 sur %2 · session jusqu'à %3").replace("%1", svc.login_name or "")
            .replace("%2", svc.server_label).replace("%3", when))
        self.connection_label.setToolTip(svc.base_url)

    def _renew_session(self) -> None:
        """The token is about to expire: log in again now rather than in the middle of a change."""
        async def renew() -> None:
            try:
                await self.service.ensure_logged_in()
            except ReloginCancelled:
                log.info("the user declined to renew the session")

        self._spawn(renew(), name="renew session")

    # -- state between runs ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = settings.value(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        splitter = settings.value(settings.SPLITTER_STATE)
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(QByteArray(splitter))
        self.restore_table_state()
        self.filters = Filters.from_json(settings.value(settings.LAST_FILTERS))
        last_zone = settings.value(settings.LAST_ZONE)
        if isinstance(last_zone, str) and last_zone != self.filters.code:
            self.filters = Filters(**{**self.filters.__dict__, "code": last_zone})
        self.filter_bar.set_filters(self.filters)

    def restore_table_state(self) -> None:
        header_state = settings.value(settings.TABLE_HEADER_STATE)
        if isinstance(header_state, QByteArray | bytes) and header_state:
            self.numbers_view.horizontalHeader().restoreState(QByteArray(header_state))
        wanted = settings.value(settings.NUMBERS_VISIBLE_COLUMNS)
        if isinstance(wanted, str):
            wanted = [key for key in wanted.split(",") if key]
        if isinstance(wanted, list):
            known = {c.key for c in COLUMNS}
            self.numbers_view.wanted_columns = {str(k) for k in wanted if str(k) in known}
        self.numbers_view.apply_column_visibility()

    def save_table_state(self) -> None:
        settings.set_value(settings.TABLE_HEADER_STATE, self.numbers_view.horizontalHeader().saveState())
        settings.set_value(settings.NUMBERS_VISIBLE_COLUMNS, ",".join(sorted(self.numbers_view.wanted_columns)))

    def save_state(self) -> None:
        settings.set_value(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set_value(settings.WINDOW_STATE, self.saveState())
        settings.set_value(settings.SPLITTER_STATE, self.splitter.saveState())
        self.save_table_state()
        settings.set_value(settings.LAST_ZONE, self.filters.code)
        settings.set_value(settings.LAST_FILTERS, self.filters.to_json())

    def closeEvent(self, event: QCloseEvent) -> None:
        for guard in list(self.close_guards):
            try:
                allowed = guard()
            except Exception:
                log.exception("a close guard failed; closing anyway")
                allowed = True
            if not allowed:
                event.ignore()
                return
        self.save_state()
        for task in list(self._tasks):
            task.cancel()
        gc.unfreeze()  # what the loads froze (this window included) is the collector's again
        self._renew_timer.stop()
        self._clock.stop()
        if self.service.relogin_handler is not None:
            self.service.relogin_handler = None
        event.accept()
        self.closed.emit()

