"""« Historique »: the journal's changes, newest first, filterable by number and date, with
« Annuler cette modification » (one change, or a whole run) and « Reprendre » for an unfinished run."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import changes as ch
from app.phone import format_number, to_digits
from app.ui._async import spawn
from app.ui._theme import theme_notifier

from . import _texts as T
from ._context import EditingContext
from ._display import colour_item, field_label, recolour_tree, value_text
from ._widgets import DateEdit

RUN_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 5000


def change_summary(rec: ch.ChangeRecord, media: ch.MediaNames | None = None) -> str:
    parts = []
    for name, after in rec.after.items():
        before = value_text(name, rec.before[name], media) if name in rec.before else "?"
        parts.append(T.label_colon(field_label(name), f"{before} → {value_text(name, after, media)}"))
    return " ; ".join(parts)


class HistoryDialog(QDialog):
    def __init__(self, context: EditingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context = context
        self.setWindowTitle(self.tr("Historique des modifications"))
        self.number_filter = QLineEdit()
        self.number_filter.setPlaceholderText(self.tr("Filtrer par numéro"))
        self.number_filter.setClearButtonEnabled(True)
        self.number_filter.setToolTip(self.tr("Tout ou partie d'un numéro (01 87 22…)"))
        self.since = DateEdit(none_text=self.tr("toute date"))
        self.until = DateEdit(none_text=self.tr("toute date"))
        self.since.setToolTip(self.tr("Modifications à partir de ce jour"))
        self.until.setToolTip(self.tr("Modifications jusqu'à ce jour inclus"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Numéro :")))
        top.addWidget(self.number_filter, 1)
        top.addWidget(QLabel(self.tr("Du")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("au")))
        top.addWidget(self.until)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Quoi"), self.tr("Par"), self.tr("Numéros / détail"),
                                   self.tr("Résultat")])
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 190)
        self.tree.setColumnWidth(2, 90)
        self.tree.setColumnWidth(3, 420)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Aucune modification enregistrée pour ces critères."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.undo_button = QPushButton(self.tr("Annuler cette modification"))
        self.undo_button.setToolTip(self.tr("Remet les anciennes valeurs (après un aperçu). Sur une ligne "
                                            "d'envoi : toutes ses modifications."))
        self.undo_button.clicked.connect(self.undo_selected)
        self.resume_button = QPushButton(self.tr("Reprendre l'envoi"))
        self.resume_button.clicked.connect(self.resume_selected)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        self.number_filter.textChanged.connect(lambda _t: self.refresh())
        self.since.changed.connect(self.refresh)
        self.until.changed.connect(self.refresh)
        self.runs: dict[int, ch.RunRecord] = {}
        self.records: dict[int, ch.ChangeRecord] = {}
        self.resize(1040, 560)
        theme_notifier().changed.connect(self._recolour)
        self.refresh()

    def _recolour(self, _theme: str = "") -> None:
        recolour_tree(self.tree)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        journal = self.context.journal
        text = self.number_filter.text().strip()
        digits = to_digits(text) if text else None
        numero = digits or "".join(c for c in text if c.isdigit()) or None
        if numero and numero.startswith("0") and not digits:
            numero = numero[1:]  # a partial national number: « 01 87 » -> « 187 »
        runs = {r.id: r for r in journal.runs(server=self.context.server, limit=LIMIT)}
        records = journal.changes(numero=numero, since=self.since.value(), until=self.until.value(),
                                  server=self.context.server, newest_first=True, limit=LIMIT)
        self.runs = runs
        self.records = {r.id: r for r in records}
        media = self.context.media_names()
        self.tree.clear()
        by_run: dict[int, list[ch.ChangeRecord]] = {}
        for rec in records:
            by_run.setdefault(rec.run_id, []).append(rec)
        items = []
        for run_id, recs in by_run.items():  # newest first (the query's order)
            run = runs.get(run_id)
            if run is None:
                continue
            when = dt.datetime.fromisoformat(run.started_at).strftime("%d/%m/%Y %H:%M:%S")
            what = T.kind_text(run.kind)
            if run.status not in (ch.FINISHED,):
                what += f" ({T.run_status_text(run.status)})"
            counts = [self.tr("%n fait(s)", "", run.counts.get(ch.DONE, 0))]
            if run.failures:
                counts.append(self.tr("%n échec(s)", "", run.failures))
            if run.unsent:
                counts.append(self.tr("%n non envoyé(s)", "", run.unsent))
            shown = self.tr("%n numéro(s)", "", len(recs))
            top = QTreeWidgetItem([when, what, run.user, shown, ", ".join(counts)])
            top.setData(0, RUN_ROLE, run_id)
            for rec in recs:
                result = T.status_text(rec.status)
                if rec.status in ch.FAILURES:
                    result += " : " + T.error_reason(rec.code, rec.field, rec.message)
                if rec.undone_by is not None:
                    result += " " + self.tr("(annulée)")
                child = QTreeWidgetItem(top, [format_number(rec.numero), "", "", change_summary(rec, media), result])
                child.setToolTip(3, change_summary(rec, media))
                child.setToolTip(4, result)
                child.setData(0, CHANGE_ROLE, rec.id)
                if rec.status in ch.FAILURES:
                    colour_item(child, 4, "error")
                elif rec.undone_by is not None:
                    for col in range(5):
                        colour_item(child, col, "muted")
            items.append(top)
        self.tree.addTopLevelItems(items)
        if numero or len(items) <= 3:
            self.tree.expandAll()
        self.empty.setVisible(not items)
        self.tree.setVisible(bool(items))
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------------
    def selected_records(self) -> list[ch.ChangeRecord]:
        """The change selected, or all the changes of the run selected."""
        item = self.tree.currentItem()
        if item is None:
            return []
        change_id = item.data(0, CHANGE_ROLE)
        if change_id is not None:
            return [self.records[change_id]]
        run_id = item.data(0, RUN_ROLE)
        if run_id is None:
            return []
        if self.number_filter.text().strip():
            return [r for r in self.records.values() if r.run_id == run_id]
        return self.context.journal.changes(run_id=run_id)

    def selected_run(self) -> ch.RunRecord | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return self.runs.get(item.data(0, RUN_ROLE)) if item is not None else None

    def select_run(self, run_id: int, change_index: int | None = None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, RUN_ROLE) == run_id:
                self.tree.setCurrentItem(top if change_index is None else top.child(change_index))
                return

    def _update_buttons(self) -> None:
        records = self.selected_records()
        can_undo = any(r.status == ch.DONE and r.undone_by is None and r.op == ch.OP_EDIT for r in records)
        self.undo_button.setEnabled(can_undo)
        self.undo_button.setToolTip(
            self.tr("Remet les anciennes valeurs, après un aperçu") if can_undo
            else self.tr("Choisissez une modification faite et pas encore annulée"))
        run = self.selected_run()
        self.resume_button.setVisible(run is not None and run.status in ch.UNFINISHED and run.unsent > 0)

    # -- actions ---------------------------------------------------------------------------------
    def undo_selected(self) -> Any:
        from ._flows import report, undo_changes

        records = self.selected_records()
        if not records:
            return None

        async def go() -> Any:
            try:
                dialog = await undo_changes(self.context, records, parent=self)
            except Exception as exc:
                report(self, exc)
                return None
            if dialog is not None:
                dialog.finishedRun.connect(lambda _s: self.refresh())
            self.last_run = dialog
            return dialog

        return spawn(go(), name="undo")

    def resume_selected(self) -> Any:
        from ._flows import show_run

        run = self.selected_run()
        if run is None:
            return None
        dialog = show_run(self.context, self.context.runner_for(run.id), resume=True)
        dialog.finishedRun.connect(lambda _s: self.refresh())
        self.last_run = dialog
        return dialog
