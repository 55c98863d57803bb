"""The number dialog (add / edit one number) and the bulk edit dialog (many numbers, then preview)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from ._form import ADD, BULK, EDIT, NumberForm

log = logging.getLogger(__name__)


class _FormDialog(QDialog):
    """A form in a scroll area, a line that says what is wrong, and the buttons. Ctrl+S saves; Esc
    cancels, asking first when something was changed."""

    def __init__(self, context: EditingContext, form: NumberForm, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = form
        self._closing_confirmed = False
        self._confirm: QMessageBox | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own: Tab goes field to field
        scroll.setWidget(form)
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self._status_error = False
        theme_notifier().changed.connect(self._on_theme)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Fermer sans enregistrer (Échap)"))
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._save_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)
        form.validityChanged.connect(self._refresh)
        self.busy = False
        self.resize(1080, 760)

    def _refresh(self) -> None:
        reason = self.form.blocking_reason()
        self.save_button.setEnabled(reason is None and not self.busy)
        self.save_button.setToolTip(reason or self.save_tooltip())
        if not self.busy:
            shown = any(not row.error.isHidden() for row in self.form.rows.values())
            self._set_status(reason or "", error=shown)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self._status_error = error
        self.status.setStyleSheet(f"#formStatus {{ color: {semantic_color('error').name()}; }}" if error else "")

    def _on_theme(self, _theme: str = "") -> None:
        self._set_status(self.status.text(), error=self._status_error)

    def save_tooltip(self) -> str:
        return self.tr("Enregistrer (Ctrl+S)")

    def _save_clicked(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:  # overridden
        raise NotImplementedError

    # Esc / Annuler / the close box: ask first if something would be lost
    def reject(self) -> None:
        if self.busy:
            return  # the request in flight decides; the user waits for it (a second or two)
        if self._closing_confirmed or not self.form.is_modified():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Abandonner les modifications ?"),
                          self.tr("Vous avez modifié ce formulaire. Fermer sans enregistrer ?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Fermer sans enregistrer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        self._confirm = box

        def done(_result: int) -> None:
            if box.clickedButton() is discard:
                self._closing_confirmed = True
                super(_FormDialog, self).reject()

        box.finished.connect(done)
        box.open()  # not exec(): it would break the asyncio tasks running (QT-NOTES)

    def closeEvent(self, event: Any) -> None:
        if self._closing_confirmed or not self.form.is_modified() or self.busy:
            if self.busy:
                event.ignore()
                return
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()


class NumberDialog(_FormDialog):
    """Add a number (`number` None) or edit one. After success the table shows what the server holds."""

    saved = Signal(object)  # the Number as re-read from the server

    def __init__(self, context: EditingContext, number: Any = None, *, media: Sequence[Any] = (),
                 zones: Sequence[Any] = (), parent: QWidget | None = None) -> None:
        mode = EDIT if number is not None else ADD
        form = NumberForm(mode, [number] if number is not None else [], media=media, zones=zones,
                          window=context.window)
        super().__init__(context, form, parent)
        self.number = number
        self.result_number: Any = None
        self.last_error: BaseException | None = None
        if number is None:
            self.setWindowTitle(self.tr("Nouveau numéro"))
            self.save_button.setText(self.tr("Ajouter"))
        else:
            self.setWindowTitle(self.tr("Modifier le numéro %1").replace("%1", format_number(number.numero or "")))
            self.save_button.setText(self.tr("Enregistrer"))
        self._refresh()

    def save(self) -> None:
        self._save_task = spawn(self.save_async(), name="save number")

    async def save_async(self) -> bool:
        """Sends the changed fields; True when the server accepted them (the dialog then closes)."""
        if self.busy or self.form.blocking_reason() is not None:
            return False
        values = self.form.changes()
        if self.form.mode == ADD:
            edit = ch.plan_add(values)
            kind = ch.KIND_ADD
        else:
            planned = ch.plan_edit(self.number, values)
            if planned is None:
                self.accept()
                return True
            edit, kind = planned, ch.KIND_EDIT
        self.busy = True
        self.save_button.setEnabled(False)
        self._set_status(self.tr("Enregistrement…"))
        try:
            runner = self.context.runner([edit], kind=kind, description=edit.numero, concurrency=1)
            summary = await runner.run()
            result = summary.results[0] if summary.results else None
            if result is None or result.status in ch.UNSENT:
                self._set_status(self.tr("Enregistrement interrompu : reconnectez-vous puis réessayez."),
                                 error=True)
                return False
            if not result.ok:
                self.last_error = result.error
                self._show_refusal(result)
                return False
            numbers = await self.context.reread([edit])
            self.result_number = numbers[0] if numbers else None
            if self.form.mode == ADD and self.result_number is not None:
                select = getattr(self.context.window, "select_numbers", None)
                if select is not None:
                    select([self.result_number.id])
            self.saved.emit(self.result_number)
        finally:
            self.busy = False
            self._refresh_after_save()
        self._closing_confirmed = True
        self.accept()
        return True

    def _refresh_after_save(self) -> None:
        reason = self.form.blocking_reason()
        self.save_button.setEnabled(reason is None)

    def _show_refusal(self, result: ch.EditResult) -> None:
        exc = result.error
        if result.status == ch.REFUSED and result.field:
            text = T.error_reason(result.code, result.field, result.message)
            if self.form.set_server_error(result.field, text):
                self._set_status(self.tr("Le serveur a refusé « %1 » : %2").replace(
                    "%1", T.long_labels().get(result.field, result.field)).replace("%2", text), error=True)
                return
        message = describe_error(exc) if exc is not None else None
        self._set_status(message.text if message else (result.message or ""), error=True)


class BulkEditDialog(_FormDialog):
    """The form for many numbers: each field « ne pas modifier » until set; then the preview."""

    previewRequested = Signal(object)  # the Plan

    def __init__(self, context: EditingContext, numbers: Sequence[Any], *, media: Sequence[Any] = (),
                 zones: Sequence[Any] = (), parent: QWidget | None = None) -> None:
        form = NumberForm(BULK, numbers, media=media, zones=zones, window=context.window)
        super().__init__(context, form, parent)
        self.numbers = list(numbers)
        self.plan: ch.Plan | None = None
        self.setWindowTitle(self.tr("Modifier %n numéro(s)", "", len(self.numbers)))
        self.save_button.setText(self.tr("Aperçu des modifications…"))
        self._refresh()

    def save_tooltip(self) -> str:
        return self.tr("Voir ce qui va changer avant d'envoyer quoi que ce soit (Ctrl+S)")

    def save(self) -> None:
        if self.form.blocking_reason() is not None:
            return
        self.plan = ch.plan_bulk(self.numbers, self.form.changes())
        self.previewRequested.emit(self.plan)

    def is_modified(self) -> bool:
        return self.form.is_modified()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box
