"""Editing numbers: the form (add / edit / bulk), the preview, the run window, the history with undo,
spreadsheet export/import and crash recovery. `install(window)` adds the actions to the main window.

The non-Qt parts (journal, plans, bulk runner, undo, spreadsheet files) live in `app.changes`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.ui._async import spawn
from app.ui._theme import action_icon

from ._context import EditingContext, server_key, shared_journal
from ._dialogs import BulkEditDialog, NumberDialog
from ._form import ADD, BULK, EDIT, NumberForm
from ._history import HistoryDialog
from ._io import export_visible, import_modifications
from ._preview import PreviewDialog
from ._run import RunDialog

__all__ = [
    "ADD", "BULK", "EDIT", "BulkEditDialog", "EditingActions", "EditingContext", "HistoryDialog",
    "NumberDialog", "NumberForm", "PreviewDialog", "RunDialog", "install", "server_key", "shared_journal",
]

log = logging.getLogger(__name__)



class EditingActions:
    """The editing actions of one main window, and what they open (kept for the tests)."""

    def __init__(self, window: Any) -> None:
        from . import _flows

        self.flows = _flows
        self.window = window
        self.context = EditingContext(window.service, window)
        self.last_dialog: Any = None
        self.history: HistoryDialog | None = None
        def action(text: str, slot: Any, *, shortcut: Any = None, tip: str = "", icon: Any = None) -> QAction:
            a = QAction(text, window)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            if tip:
                a.setToolTip(tip)
                a.setStatusTip(tip)
            if icon is not None:
                a.setIcon(action_icon(icon))  # follows the palette, sharp at any scale
            a.triggered.connect(lambda _checked=False: slot())
            return a

        self.action_new = action(QCoreApplication.translate("Editing", "&Nouveau numéro…"), self.new_number, shortcut="Ctrl+N",
                                 tip=QCoreApplication.translate("Editing", "Ajouter un numéro (Ctrl+N)"), icon="add")
        self.action_edit = action(QCoreApplication.translate("Editing", "&Modifier…"), self.edit_current,
                                  tip=QCoreApplication.translate("Editing", "Modifier le numéro sélectionné (Entrée ou double-clic)"),
                                  icon="edit")
        self.action_bulk = action(QCoreApplication.translate("Editing", "Modifier la &sélection…"), self.edit_selection, shortcut="Ctrl+Shift+M",
                                  tip=QCoreApplication.translate("Editing", "Modifier tous les numéros sélectionnés en une fois (Ctrl+Maj+M) ; "
                                         "sans sélection, tous les numéros affichés"),
                                  icon="edit")
        self.action_history = action(QCoreApplication.translate("Editing", "&Historique"), self.show_history, shortcut="Ctrl+H",
                                     tip=QCoreApplication.translate("Editing", "Les modifications envoyées, et leur annulation (Ctrl+H)"),
                                     icon="history")
        self.action_export = action(QCoreApplication.translate("Editing", "&Exporter…"), self.export, shortcut="Ctrl+E",
                                    tip=QCoreApplication.translate("Editing", "Enregistrer les lignes et colonnes affichées en CSV ou Excel (Ctrl+E)"),
                                    icon="export")
        self.action_import = action(QCoreApplication.translate("Editing", "&Importer des modifications…"), self.import_file, shortcut="Ctrl+I",
                                    tip=QCoreApplication.translate("Editing", "Appliquer les modifications d'un fichier CSV ou Excel, après aperçu (Ctrl+I)"),
                                    icon="import")
        self.action_number_history = action(QCoreApplication.translate("Editing", "Historique de ce numéro"), self.show_number_history,
                                            icon="history")

        edit_menu = window.menu_edit
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        for a in (self.action_new, self.action_edit, self.action_bulk):
            edit_menu.insertAction(first, a)
        sep = edit_menu.insertSeparator(first)
        edit_menu.insertAction(sep, self.action_history)
        file_menu = window.menu_file
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertAction(first, self.action_export)
        file_menu.insertAction(first, self.action_import)
        window.toolbar.addAction(self.action_new)
        window.toolbar.addAction(self.action_edit)
        window.toolbar.addAction(self.action_bulk)
        window.toolbar.addAction(self.action_history)
        for a in (self.action_edit, self.action_bulk, self.action_number_history):
            window.add_table_context_action(a)
        window.numberActivated.connect(self.edit_number)
        window.numbers_view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        window.numbers_model.modelReset.connect(self.update_actions)
        window.numbersLoaded.connect(self.update_actions)
        window.close_guards.append(self.can_close)
        self.update_actions()
        QTimer.singleShot(0, lambda: spawn(self._recover(), name="offer recovery"))

    # -- state -----------------------------------------------------------------------------------
    def update_actions(self) -> None:
        selected = len(self.window.numbers_view.selected_rows())
        visible = self.window.numbers_model.rowCount()
        self.action_edit.setEnabled(selected == 1)
        self.action_number_history.setEnabled(selected == 1)
        self.action_bulk.setEnabled(selected > 1 or (selected == 0 and visible > 0) or selected == 1)
        self.action_export.setEnabled(visible > 0)

    def can_close(self) -> bool:
        running = [d for d in self.context.active_runs if d.is_running()]
        if not running:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Editing", "Envoi en cours"),
                          QCoreApplication.translate("Editing", "Des modifications sont en cours d'envoi. Attendez la fin ou cliquez sur "
                             "« Annuler » dans la fenêtre d'envoi avant de quitter."),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False

    # -- actions ---------------------------------------------------------------------------------
    def _spawn(self, coro: Any, name: str) -> Any:
        async def guarded() -> Any:
            try:
                return await coro
            except Exception as exc:
                self.flows.report(self.window, exc)
                return None

        return spawn(guarded(), name=name)

    def _keep(self, dialog: Any) -> Any:
        self.last_dialog = dialog
        return dialog

    def new_number(self) -> Any:
        async def go() -> Any:
            return self._keep(await self.flows.open_number_dialog(self.context, None))
        return self._spawn(go(), "new number")

    def edit_number(self, number: Any) -> Any:
        async def go() -> Any:
            return self._keep(await self.flows.open_number_dialog(self.context, number))
        return self._spawn(go(), "edit number")

    def edit_current(self) -> Any:
        numbers = self.window.selected_numbers()
        if len(numbers) == 1:
            return self.edit_number(numbers[0])
        return None

    def edit_selection(self) -> Any:
        numbers = self.window.selected_numbers() or self.window.numbers_model.visible_numbers()
        if not numbers:
            return None
        if len(numbers) == 1:
            return self.edit_number(numbers[0])

        async def go() -> Any:
            return self._keep(await self.flows.open_bulk_dialog(self.context, numbers))
        return self._spawn(go(), "bulk edit")

    def show_history(self, numero: str = "") -> HistoryDialog:
        if self.history is None:
            self.history = HistoryDialog(self.context, parent=self.window)
        if numero:
            self.history.number_filter.setText(numero)
        self.history.refresh()
        self.history.show()
        self.history.raise_()
        return self.history

    def show_number_history(self) -> Any:
        numbers = self.window.selected_numbers()
        return self.show_history(numbers[0].numero if numbers else "")

    def export(self) -> Any:
        return self._spawn(export_visible(self.context, self.window), "export")

    def import_file(self, path: str | None = None) -> Any:
        async def go() -> Any:
            return self._keep(await import_modifications(self.context, path=path))
        return self._spawn(go(), "import")

    async def _recover(self) -> None:
        try:
            dialogs = await self.flows.offer_recovery(self.context)
        except Exception as exc:
            log.warning("recovery check failed: %r", exc)
            return
        if dialogs:
            self.last_dialog = dialogs[-1]


def install(window: Any) -> EditingActions:
    """Adds the editing actions to the main window (menus, toolbar, table context menu)."""
    actions = EditingActions(window)
    window.editing = actions
    return actions
