"""Field values as text for the preview, the run results and the history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import changes as ch
from app.phone import format_number

from . import _texts as T


def unknown_text() -> str:
    return QCoreApplication.translate("Editing", "inconnu")


def value_text(name: str, value: Any, media: ch.MediaNames | None = None) -> str:
    if value is None:
        return T.empty_text()
    kind = ch.BY_NAME[name].kind if name in ch.BY_NAME else ""
    if kind == "digits":
        return format_number(str(value))
    if kind == "bool":
        if name == "etat":
            return QCoreApplication.translate("Editing", "Actif") if value else QCoreApplication.translate("Editing", "Inactif")
        return T.yes_no(bool(value))
    if kind == "choice":
        return T.choice_texts().get(str(value), str(value))
    if kind == "time" and isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if kind == "date" and isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if kind == "days":
        days = tuple(value)
        if days == (ch.ALL_DAYS,):
            return QCoreApplication.translate("Editing", "Tous les jours")
        return ", ".join(T.day_texts().get(d, d) for d in days)
    if kind == "media":
        return media.text(int(value)) if media else f"#{value}"
    if kind == "zone":
        return str(value)
    if name == "telephon":
        return QCoreApplication.translate("Editing", "Fax") if value == 2 else QCoreApplication.translate("Editing", "Téléphone")
    return str(value)


def before_text(edit: ch.PlannedEdit, name: str, media: ch.MediaNames | None = None) -> str:
    return value_text(name, edit.before[name], media) if name in edit.before else unknown_text()


def field_label(name: str) -> str:
    return T.long_labels().get(name, name)


# -- colours of tree items -------------------------------------------------------------------------
#: Item data role that remembers which semantic colour ("error", "warning", "muted"…) a cell's text has.
COLOUR_ROLE = 0x0100 + 40


def colour_item(item: Any, column: int, kind: str) -> None:
    """Colours a QTreeWidgetItem's text by meaning, readable in the current theme (see `recolour_tree`)."""
    from PySide6.QtGui import QBrush

    from app.ui._theme import semantic_color

    item.setData(column, COLOUR_ROLE, kind)
    item.setForeground(column, QBrush(semantic_color(kind)))


def recolour_tree(tree: Any) -> None:
    """Re-applies the semantic colours of a QTreeWidget after a theme switch (item brushes are fixed)."""
    from PySide6.QtGui import QBrush

    from app.ui._theme import semantic_color

    brushes: dict[str, QBrush] = {}
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        stack.extend(item.child(i) for i in range(item.childCount()))
        for column in range(item.columnCount()):
            kind = item.data(column, COLOUR_ROLE)
            if kind:
                brush = brushes.setdefault(kind, QBrush(semantic_color(kind)))
                item.setForeground(column, brush)
