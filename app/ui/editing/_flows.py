"""The editing flows, as coroutines the actions start: open the form, preview, run, undo, import,
export, resume. Each one is usable without the main window (tests drive them with a context)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import changes as ch
from app.ui._async import exec_dialog
from app.ui._errors import show_error_dialog
from app.ui._service import ReloginCancelled

from ._context import EditingContext
from ._dialogs import BulkEditDialog, NumberDialog
from ._preview import PreviewDialog
from ._run import RunDialog

log = logging.getLogger(__name__)



async def _form_inputs(context: EditingContext) -> tuple[list[Any], list[Any]]:
    """The company's media and the zones, for the form's combos (media failing is not fatal)."""
    try:
        media = await context.media()
    except ReloginCancelled:
        raise
    except Exception as exc:
        log.warning("media could not be read: %r", exc)
        media = []
    return media, await context.zones()


async def open_number_dialog(context: EditingContext, number: Any = None,
                             parent: QWidget | None = None) -> NumberDialog:
    """Opens the add (number None) or edit form; returns the dialog (already shown)."""
    media, zones = await _form_inputs(context)
    dialog = NumberDialog(context, number, media=media, zones=zones, parent=parent or context.parent_widget())
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


async def open_bulk_dialog(context: EditingContext, numbers: Sequence[Any],
                           parent: QWidget | None = None) -> BulkEditDialog:
    media, zones = await _form_inputs(context)
    dialog = BulkEditDialog(context, numbers, media=media, zones=zones, parent=parent or context.parent_widget())
    dialog.previewRequested.connect(lambda plan: _on_bulk_preview(context, dialog, plan))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def _on_bulk_preview(context: EditingContext, dialog: BulkEditDialog, plan: ch.Plan) -> None:
    from app.ui._async import spawn

    spawn(preview_and_run(context, plan, kind=ch.KIND_BULK, form_dialog=dialog,
                          description=QCoreApplication.translate("Editing", "%n numéro(s)", None, len(dialog.numbers))), name="bulk preview")


async def preview_and_run(context: EditingContext, plan: ch.Plan, *, kind: str, description: str = "",
                          form_dialog: Any = None, title: str = "", conflicts: list[ch.Conflict] | None = None,
                          impossible: list[Any] | None = None, undo_of: int | None = None,
                          parent: QWidget | None = None) -> RunDialog | None:
    """Shows the preview; if the user applies it, closes the form and starts the run window."""
    parent = parent or (form_dialog if form_dialog is not None else context.parent_widget())
    preview = PreviewDialog(plan, title=title, media=context.media_names(), conflicts=conflicts,
                            impossible=impossible, parent=parent)
    if await exec_dialog(preview) != PreviewDialog.DialogCode.Accepted:
        return None
    edits = preview.edits_to_send()
    if not edits:
        return None
    if form_dialog is not None:
        form_dialog._closing_confirmed = True
        form_dialog.accept()
    return start_run(context, edits, kind=kind, description=description, undo_of=undo_of)


def start_run(context: EditingContext, edits: Sequence[ch.PlannedEdit], *, kind: str,
              description: str = "", undo_of: int | None = None) -> RunDialog:
    runner = context.runner(edits, kind=kind, description=description, undo_of=undo_of)
    return show_run(context, runner, start=True)


def show_run(context: EditingContext, runner: ch.BulkRunner, *, start: bool = True,
             resume: bool = False) -> RunDialog:
    title = {ch.KIND_UNDO: QCoreApplication.translate("Editing", "Annulation des modifications"), ch.KIND_IMPORT: QCoreApplication.translate("Editing", "Import des modifications")
             }.get(runner.kind, QCoreApplication.translate("Editing", "Envoi des modifications"))
    dialog = RunDialog(context, runner, title=title, parent=context.parent_widget())
    dialog.title.setText(QCoreApplication.translate("Editing", "%n modification(s) à envoyer, %1 à la fois.", None, len(runner.edits)).replace(
        "%1", str(runner.concurrency)))
    dialog.show()
    if resume:
        dialog.resume()
    elif start:
        dialog.start()
    return dialog


# -- undo ------------------------------------------------------------------------------------------

async def undo_changes(context: EditingContext, records: Sequence[ch.ChangeRecord], *,
                       parent: QWidget | None = None) -> RunDialog | None:
    """Reverts `records` (one change or a whole run) after reading the numbers' current values."""
    current = await ch.current_for(context.service.call, [r for r in records if r.status == ch.DONE])
    undo = ch.plan_undo(records, current)
    if not undo.edits and not undo.conflicts:
        from ._preview import undo_reason_text

        reasons = sorted({undo_reason_text(reason) for _, reason in undo.impossible})
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Editing", "Rien à annuler"),
                          "\n".join(reasons) or QCoreApplication.translate("Editing", "Rien à annuler."), QMessageBox.StandardButton.Ok,
                          parent or context.parent_widget())
        await exec_dialog(box)
        return None
    run_ids = sorted({r.run_id for r in records})
    plan = ch.Plan(edits=undo.edits)
    return await preview_and_run(
        context, plan, kind=ch.KIND_UNDO, title=QCoreApplication.translate("Editing", "Annuler des modifications"),
        description=QCoreApplication.translate("Editing", "annulation de l'envoi n°%1").replace("%1", ", ".join(map(str, run_ids))),
        conflicts=undo.conflicts, impossible=undo.impossible, undo_of=run_ids[0] if len(run_ids) == 1 else None,
        parent=parent)


# -- crash recovery --------------------------------------------------------------------------------

async def offer_recovery(context: EditingContext, *, parent: QWidget | None = None) -> list[RunDialog]:
    """On start: runs a crash (or an interruption) left unfinished are offered: resume or drop."""
    journal = context.journal
    runs = await journal.run_in_thread(lambda: journal.unfinished_runs(server=context.server,
                                                                      user=context.user or None))
    dialogs: list[RunDialog] = []
    for run in runs:
        box = QMessageBox(parent or context.parent_widget())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Editing", "Modifications non terminées"))
        box.setText(QCoreApplication.translate("Editing", "Un envoi de modifications du %1 ne s'est pas terminé.").replace(
            "%1", run.started.strftime("%d/%m/%Y à %H:%M")))
        box.setInformativeText(
            QCoreApplication.translate("Editing", "%n modification(s) n'ont pas été envoyées ou n'ont pas reçu de réponse "
               "(sur %1). Voulez-vous reprendre l'envoi ?", None, run.unsent).replace("%1", str(run.total)))
        resume = box.addButton(QCoreApplication.translate("Editing", "Reprendre"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(QCoreApplication.translate("Editing", "Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("Editing", "Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        await exec_dialog(box)
        clicked = box.clickedButton()
        if clicked is resume:
            runner = context.runner_for(run.id)
            dialogs.append(show_run(context, runner, resume=True))
        elif clicked is drop:
            await journal.run_in_thread(journal.drop_run, run.id)
    return dialogs


def report(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, ReloginCancelled):
        return
    show_error_dialog(parent, exc)
