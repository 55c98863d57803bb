"""The run window: a bulk run's progress (bar, count, time left), « Annuler », each number's result,
and « Réessayer les échecs ». Non-modal: the main window stays usable while it runs.

The runner reports every answer; the window repaints at most every 100 ms from those reports, so that
a thousand fast answers do not cost a thousand repaints.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import changes as ch
from app.phone import format_number
from app.ui._async import spawn
from app.ui._errors import describe_error
from app.ui._theme import semantic_color, theme_notifier

from . import _texts as T
from ._context import EditingContext
from ._display import field_label

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: Semantic colour of each result (`_theme.semantic_color`: readable on the light and the dark theme).
_COLOURS = {ch.DONE: "success", ch.REFUSED: "error", ch.FAILED: "error", ch.SKIPPED: "muted", ch.PENDING: "muted"}


def reason_of(result: ch.EditResult) -> str:
    if result.status == ch.DONE:
        return ", ".join(field_label(f) for f in result.edit.after)
    if result.status == ch.REFUSED:
        return T.error_reason(result.code, result.field, result.message)
    if result.status == ch.FAILED and result.error is not None:
        return describe_error(result.error).text.split("\n", 1)[0]
    if result.status == ch.SKIPPED:
        return QCoreApplication.translate("Editing", "Annulé avant l'envoi")
    return result.message or ""


class ResultsModel(QAbstractTableModel):
    """One row per answered edit: numéro, result, reason (or the fields changed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.runner: ch.BulkRunner | None = None
        self._rows: list[int] = []  # edit indices, in display order
        self._row_of: dict[int, int] = {}
        self._texts: dict[tuple[int, str], tuple[str, str, str]] = {}  # (edit, status) -> cells
        self.only_failures = False

    def set_runner(self, runner: ch.BulkRunner) -> None:
        self.runner = runner
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        results = self.runner.results if self.runner else {}
        keep = [i for i in sorted(results) if results[i].status not in ch.UNSENT
                and (not self.only_failures or results[i].status in ch.FAILURES)]
        self._rows = keep
        self._row_of = {index: row for row, index in enumerate(keep)}
        self.endResetModel()

    def sync(self) -> None:
        """Adds the edits answered since the last call; refreshes those answered again."""
        if self.runner is None:
            return
        results = self.runner.results
        new = [i for i, r in results.items() if i not in self._row_of and r.status not in ch.UNSENT
               and (not self.only_failures or r.status in ch.FAILURES)]
        if self.only_failures and any(results[i].status not in ch.FAILURES for i in self._row_of if i in results):
            self.rebuild()  # a retried failure succeeded: it leaves the failures-only list
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))
        if new:
            new.sort()
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            for i in new:
                self._row_of[i] = len(self._rows)
                self._rows.append(i)
            self.endInsertRows()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def result_at(self, row: int) -> ch.EditResult | None:
        if self.runner is None or not 0 <= row < len(self._rows):
            return None
        return self.runner.results.get(self._rows[row])

    def texts(self, row: int) -> tuple[str, str, str] | None:
        """The three cells of a row, computed once per answer (the view asks at every repaint)."""
        if not 0 <= row < len(self._rows) or self.runner is None:
            return None
        index = self._rows[row]
        result = self.runner.results.get(index)
        if result is None:
            return None
        key = (index, result.status)
        cells = self._texts.get(key)
        if cells is None:
            cells = (format_number(result.edit.numero), T.status_text(result.status), reason_of(result))
            self._texts[key] = cells
        return cells

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and index.column() == 2):
            cells = self.texts(index.row())
            return None if cells is None else cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            result = self.result_at(index.row())
            kind = None if result is None else _COLOURS.get(result.status)
            return None if kind is None else QBrush(semantic_color(kind))  # read at paint: follows the theme
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [QCoreApplication.translate("Editing", "Numéro"), QCoreApplication.translate("Editing", "Résultat"), QCoreApplication.translate("Editing", "Détail")][section]
        return None


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("Editing", "calcul du temps restant…")
    if seconds < 1:
        return QCoreApplication.translate("Editing", "moins d'une seconde")
    if seconds < 60:
        return QCoreApplication.translate("Editing", "environ %1 s").replace("%1", str(round(seconds)))
    return QCoreApplication.translate("Editing", "environ %1 min").replace("%1", str(round(seconds / 60)))


class RunDialog(QDialog):
    """Runs `runner` and shows it. `finishedRun` fires after each pass (first run, retry, resume)."""

    finishedRun = Signal(object)  # RunSummary

    def __init__(self, context: EditingContext, runner: ch.BulkRunner, *, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.context = context
        self.runner = runner
        self.summary: ch.RunSummary | None = None
        self.task: Any = None
        self.setWindowTitle(title or self.tr("Envoi des modifications"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.count = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("runState")
        self.model = ResultsModel(self)
        self.model.set_runner(runner)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Fixed widths: « resize to contents » asks every row at every update (640,000 data() calls
        # and 100 ms stalls for a 1,000-number run, measured).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("+33 1 87 22 44 65") + 24)
        header.resizeSection(1, metrics.horizontalAdvance("Non envoyé") + 24)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.only_failures = QCheckBox(self.tr("Seulement les échecs"))
        self.only_failures.toggled.connect(self._filter_toggled)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("N'envoie plus de nouvelles modifications ; celles en cours se terminent"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Réessayer les échecs"))
        self.retry_button.setToolTip(self.tr("Renvoie seulement les modifications refusées ou en échec"))
        self.retry_button.clicked.connect(self.retry_failures)
        self.resume_button = QPushButton(self.tr("Reprendre"))
        self.resume_button.setToolTip(self.tr("Continue l'envoi là où il s'est arrêté"))
        self.resume_button.clicked.connect(self.resume)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_failures)
        buttons.addStretch(1)
        for b in (self.cancel_button, self.resume_button, self.retry_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.bar)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        lay.addLayout(row)
        lay.addWidget(self.state)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self._dirty = False
        self._running = False
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._refresh)
        runner.on_progress = self._on_progress
        runner.on_paused = self._on_paused
        self._update_buttons()
        self._refresh()
        theme_notifier().changed.connect(self._on_theme)
        self.resize(760, 520)

    def _on_theme(self, _theme: str = "") -> None:
        self._refresh()  # the state line's colour

    # -- control ---------------------------------------------------------------------------------
    def start(self) -> Any:
        """Starts the run (or resumes one read back from the journal)."""
        return self._start(self.runner.run)

    def resume(self) -> Any:
        return self._start(self.runner.resume)

    def retry_failures(self) -> Any:
        if not self.runner.failed_results():
            return None
        return self._start(self.runner.retry_failures)

    def cancel(self) -> None:
        self.runner.cancel()
        self._dirty = True
        self._refresh()

    def is_running(self) -> bool:
        return self._running

    def _start(self, method: Any) -> Any:
        if self.is_running():
            return self.task
        if self not in self.context.active_runs:
            self.context.active_runs.append(self)
        self.summary = None
        self._running = True
        self.task = spawn(self._go(method), name="bulk run")
        self._timer.start()
        self._update_buttons()
        return self.task

    async def _go(self, method: Any) -> ch.RunSummary:
        try:
            summary = await method()
            await self._after_pass(summary)
        finally:
            self._timer.stop()
            self._running = False
            if self in self.context.active_runs:
                self.context.active_runs.remove(self)
            self.model.sync()
            self._refresh()
        self.summary = summary
        self.finishedRun.emit(summary)
        return summary

    async def _after_pass(self, summary: ch.RunSummary) -> None:
        done = [r.edit for r in summary.results if r.status == ch.DONE]
        if self.runner.kind == ch.KIND_UNDO and self.runner.run_id is not None:
            undone = [cid for e in done for cid in e.undoes]
            if undone:
                await self.context.journal.run_in_thread(self.context.journal.mark_undone, undone,
                                                         self.runner.run_id)
        touched = [r.edit for r in summary.results if r.status in (ch.DONE, ch.REFUSED)]
        if touched:
            try:
                await self.context.reread(touched)
            except Exception as exc:  # the run is done; a failed refresh is reported, not fatal
                log.warning("re-reading numbers after a run failed: %r", exc)
                window = self.context.window
                if window is not None and hasattr(window, "show_error"):
                    window.show_error(exc)

    # -- display ---------------------------------------------------------------------------------
    def _on_progress(self, _progress: ch.RunProgress) -> None:
        self._dirty = True

    def _on_paused(self, paused: bool) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._refresh()

    def _filter_toggled(self, on: bool) -> None:
        self.model.only_failures = on
        self.model.rebuild()

    def _refresh(self) -> None:
        self._dirty = False
        p = self.runner.progress()
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.answered)
        self.bar.setFormat(f"{p.answered} / {p.total}")
        parts = [self.tr("%1 / %2 envoyées").replace("%1", str(p.answered)).replace("%2", str(p.total)),
                 self.tr("%n réussie(s)", "", p.succeeded)]
        if p.refused + p.failed:
            parts.append(self.tr("%n échec(s)", "", p.refused + p.failed))
        if p.skipped:
            parts.append(self.tr("%n non envoyée(s)", "", p.skipped))
        if self.runner.state in ("running", "paused", "cancelling") and p.remaining:
            parts.append(duration_text(p.eta))
        self.count.setText(" — ".join(parts))
        state = self.runner.state
        text = {
            "idle": self.tr("Prêt à envoyer."),
            "running": self.tr("Envoi en cours… La fenêtre principale reste utilisable."),
            "paused": self.tr("En pause : votre session a expiré. Reconnectez-vous pour continuer ; "
                              "rien n'est perdu."),
            "cancelling": self.tr("Annulation : plus rien de nouveau n'est envoyé ; les envois en cours se terminent."),
            "finished": self.tr("Terminé."),
            "cancelled": self.tr("Annulé : les modifications non envoyées ne l'ont pas été."),
            "interrupted": self.tr("Interrompu : reconnectez-vous puis cliquez sur « Reprendre ». "
                                   "Rien n'est perdu."),
        }.get(state, state)
        if state == "finished" and p.refused + p.failed:
            text = self.tr("Terminé avec %n échec(s). Corrigez si besoin, puis « Réessayer les échecs ».", "",
                           p.refused + p.failed)
        self.state.setText(text)
        self.state.setStyleSheet(f"#runState {{ color: {semantic_color('warning').name()}; }}"
                                 if state in ("paused", "interrupted") else "")
        self.model.sync()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.is_running()
        state = self.runner.state
        self.cancel_button.setEnabled(running and state in ("running", "paused"))
        self.cancel_button.setVisible(running or state == "idle")
        failures = bool(self.runner.failed_results())
        self.retry_button.setVisible(not running and failures)
        self.retry_button.setEnabled(not running and failures)
        self.resume_button.setVisible(not running and state == "interrupted")
        self.close_button.setEnabled(not running)

    def closeEvent(self, event: Any) -> None:
        if self.is_running():
            event.ignore()  # a run in progress is stopped with « Annuler », not hidden
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.is_running():
            super().reject()
