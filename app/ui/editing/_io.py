"""« Exporter… » and « Importer des modifications… »: the table's visible rows and columns to CSV/XLSX,
and a file's modifications back through the preview and the runner."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app import changes as ch
from app.ui._async import exec_dialog

from ._context import EditingContext
from ._flows import preview_and_run

log = logging.getLogger(__name__)



def visible_columns(window: Any) -> list[ch.Column]:
    """The table's visible columns, in their on-screen order, as spreadsheet columns.

    A column showing one field exports that field (so the file can be imported back); one showing
    two (hours, period) exports two columns; a display-only column (type) exports its text.
    The numéro is always exported first if hidden: without it the file could not be imported back.
    """
    from app.ui._numbers_model import COLUMNS

    view, model = window.numbers_view, window.numbers_model
    header = view.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    out: list[ch.Column] = []
    for col in logical:
        if view.isColumnHidden(col):
            continue
        spec = COLUMNS[col]
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or spec.key)
        fields = [f for f in spec.fields if f in ch.BY_NAME]
        if len(fields) == 1 and len(spec.fields) == 1:
            out.append(ch.Column(title, fields[0]))
        elif len(fields) > 1:
            out.extend(ch.Column(ch.BY_NAME[f].label, f) for f in fields)
        else:
            ctx = model.display_context()
            out.append(ch.Column(title, None, lambda n, spec=spec, ctx=ctx: spec.display(n, ctx)))
    if not any(c.field == "numero" for c in out):
        out.insert(0, ch.Column(ch.BY_NAME["numero"].label, "numero"))
    return out


async def _ask_path(parent: QWidget | None, *, save: bool) -> str | None:
    dialog = QFileDialog(parent)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    filters = [QCoreApplication.translate("Editing", "Fichier CSV pour Excel (*.csv)"), QCoreApplication.translate("Editing", "Classeur Excel (*.xlsx)")]
    if not save:
        filters.insert(0, QCoreApplication.translate("Editing", "Fichiers CSV ou Excel (*.csv *.xlsx)"))
    dialog.setNameFilters(filters)
    dialog.setWindowTitle(QCoreApplication.translate("Editing", "Exporter les numéros") if save else QCoreApplication.translate("Editing", "Importer des modifications"))
    if save:
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("numeros.csv")
    if await exec_dialog(dialog) != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    if save and dialog.selectedNameFilter().endswith("(*.xlsx)") and not path.lower().endswith(".xlsx"):
        path = str(Path(path).with_suffix(".xlsx"))
    return path


async def export_visible(context: EditingContext, window: Any, path: str | None = None) -> int:
    """Writes the visible rows and columns; returns the number of rows written (0 if cancelled)."""
    path = path or await _ask_path(window, save=True)
    if not path:
        return 0
    numbers = window.numbers_model.visible_numbers()
    columns = visible_columns(window)
    try:
        media = ch.MediaNames(await context.media())
    except Exception:
        media = ch.MediaNames()
    count = await asyncio.to_thread(ch.export_numbers, path, numbers, columns, media)
    status = getattr(window, "statusBar", None)
    if status is not None:
        status().showMessage(QCoreApplication.translate("Editing", "%1 ligne(s) exportée(s) vers %2").replace("%1", str(count)).replace(
            "%2", Path(path).name), 8000)
    return count


async def import_modifications(context: EditingContext, *, path: str | None = None,
                               parent: QWidget | None = None) -> Any:
    """Reads a file, matches it to the company's numbers as the server holds them now, previews, runs."""
    parent = parent or context.parent_widget()
    path = path or await _ask_path(parent, save=False)
    if not path:
        return None
    sheet = await asyncio.to_thread(ch.read_sheet, path)
    numbers = await context.service.call(lambda c: c.numbers())
    media = ch.MediaNames(await context.media(reload=True))
    plan = await asyncio.to_thread(lambda: ch.plan_import(sheet, numbers, media=media))
    return await preview_and_run(context, plan, kind=ch.KIND_IMPORT,
                                 title=QCoreApplication.translate("Editing", "Importer « %1 »").replace("%1", Path(path).name),
                                 description=Path(path).name, parent=parent)
