"""The preview: what a bulk edit, an import or an undo will change, before anything is sent.

How many numbers, then per number and field « avant → après », with the risky changes marked
(number deactivated, inbound calls off, forwarding to an invalid number...). For an import, the rows
that will not be sent (unknown numbers, invalid cells) are listed too; for an undo, the conflicts,
which are sent only if the user ticks the box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import changes as ch
from app.phone import format_number
from app.ui._theme import theme_notifier

from . import _texts as T
from ._display import before_text, colour_item, field_label, recolour_tree, value_text

#: Numbers shown one by one; beyond, a line says how many more (a tree of 100k items is slow).
MAX_SHOWN = 2000


def problem_text(problem: ch.Problem) -> str:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    if problem.kind == "unknown_number":
        return tr("Editing", "Numéro inconnu : il n'est pas dans la liste de votre société.")
    if problem.kind == "duplicate":
        return tr("Editing", "Ce numéro figure déjà sur une ligne précédente : ligne ignorée.")
    if problem.kind == "no_key":
        return tr("Editing", "Le fichier n'a ni colonne « Numéro » ni colonne « Id » : impossible de "
                             "reconnaître les numéros.")
    rule = T.rule_texts().get(problem.field or "", "")
    return tr("Editing", "Valeur refusée pour « %1 » : %2").replace(
        "%1", field_label(problem.field or "")).replace("%2", rule or problem.message)


class PreviewDialog(QDialog):
    """Accepting it means « Appliquer »; `include_conflicts` says whether conflicts go too."""

    def __init__(self, plan: ch.Plan, *, title: str = "", media: ch.MediaNames | None = None,
                 conflicts: list[ch.Conflict] | None = None, impossible: list[tuple[Any, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.media = media
        self.conflicts = conflicts or []
        self.setWindowTitle(title or self.tr("Aperçu des modifications"))
        n = len(plan.edits)
        summary = [self.tr("<b>%n numéro(s) seront modifiés.</b>", "", n)]
        counts = plan.field_counts()
        if counts:
            summary.append(self.tr("Champs : %1").replace("%1", ", ".join(
                f"{field_label(name)} ({count})" for name, count in counts.items())))
        if plan.unchanged:
            summary.append(self.tr("%n numéro(s) ont déjà ces valeurs : ils ne seront pas envoyés.", "",
                                   len(plan.unchanged)))
        warned = sum(1 for e in plan.edits if e.warnings)
        if warned:
            summary.append(self.tr("⚠ %n numéro(s) avec un changement à risque (en orange).", "", warned))
        if plan.problems:
            summary.append(self.tr("%n ligne(s) ne seront pas envoyées (voir l'onglet « Problèmes »).", "",
                                   len(plan.problems)))
        if plan.ignored_columns:
            summary.append(self.tr("Colonnes non lues : %1").replace("%1", ", ".join(plan.ignored_columns)))
        if self.conflicts:
            summary.append(self.tr("%n numéro(s) ont été modifiés depuis sur le serveur (conflits).", "",
                                   len(self.conflicts)))
        self.summary = QLabel("<br>".join(summary))
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tree = self._changes_tree(plan.edits)
        theme_notifier().changed.connect(self._recolour)  # a bound method: dropped with the dialog
        self.tabs.addTab(self.tree, self.tr("Modifications (%1)").replace("%1", str(n)))
        self.problems_tree: QTreeWidget | None = None
        if plan.problems:
            self.problems_tree = self._problems_tree(plan.problems)
            self.tabs.addTab(self.problems_tree, self.tr("Problèmes (%1)").replace("%1", str(len(plan.problems))))
        self.conflicts_tree: QTreeWidget | None = None
        self.include_conflicts_box: QCheckBox | None = None
        if self.conflicts:
            self.conflicts_tree = self._conflicts_tree(self.conflicts)
            self.tabs.addTab(self.conflicts_tree, self.tr("Conflits (%1)").replace("%1", str(len(self.conflicts))))
            self.include_conflicts_box = QCheckBox(
                self.tr("Annuler aussi les numéros modifiés depuis (leurs valeurs actuelles seront remplacées)"))
            self.include_conflicts_box.toggled.connect(self._update_apply)
        if impossible:
            tree = QTreeWidget()
            tree.setHeaderLabels([self.tr("Numéro"), self.tr("Pourquoi")])
            for rec, reason in impossible:
                QTreeWidgetItem(tree, [format_number(rec.numero), undo_reason_text(reason)])
            tree.resizeColumnToContents(0)
            self.tabs.addTab(tree, self.tr("Impossible (%1)").replace("%1", str(len(impossible))))
        buttons = QDialogButtonBox()
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        self.apply_button = buttons.addButton(self.tr("Appliquer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        if self.include_conflicts_box is not None:
            lay.addWidget(self.include_conflicts_box)
        lay.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._apply_if_enabled)
        self._update_apply()
        self.resize(860, 560)

    @property
    def include_conflicts(self) -> bool:
        return self.include_conflicts_box is not None and self.include_conflicts_box.isChecked()

    def edits_to_send(self) -> list[ch.PlannedEdit]:
        return self.plan.edits + ([c.edit for c in self.conflicts] if self.include_conflicts else [])

    def _update_apply(self) -> None:
        n = len(self.edits_to_send())
        self.apply_button.setText(self.tr("Appliquer à %n numéro(s)", "", n))
        self.apply_button.setEnabled(n > 0)
        self.apply_button.setToolTip("" if n else self.tr("Rien à envoyer"))

    def _apply_if_enabled(self) -> None:
        if self.apply_button.isEnabled():
            self.accept()

    def _recolour(self, _theme: str = "") -> None:
        recolour_tree(self.tree)

    def _changes_tree(self, edits: list[ch.PlannedEdit]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Numéro / champ"), self.tr("Avant"), self.tr("Après"), self.tr("Attention")])
        tree.setUniformRowHeights(True)
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        items = []
        for edit in edits[:MAX_SHOWN]:
            top = QTreeWidgetItem([format_number(edit.numero),
                                   "", "", self.tr("%n champ(s)", "", len(edit.after))])
            if edit.row:
                top.setToolTip(0, self.tr("Ligne %1 du fichier").replace("%1", str(edit.row)))
            warned_fields = {w.field: w for w in edit.warnings}
            if edit.warnings:
                top.setIcon(0, warn_icon)
                top.setText(3, " ".join(T.warning_text(w.kind) for w in edit.warnings))
                top.setToolTip(3, "\n".join(T.warning_text(w.kind) for w in edit.warnings))
                colour_item(top, 3, "warning")
            for name, value in edit.after.items():
                child = QTreeWidgetItem(top, [field_label(name), before_text(edit, name, self.media),
                                              value_text(name, value, self.media), ""])
                w = warned_fields.get(name)
                if w is not None:
                    child.setText(3, T.warning_text(w.kind))
                    for col in range(4):
                        colour_item(child, col, "warning")
            items.append(top)
        tree.addTopLevelItems(items)
        if len(edits) > MAX_SHOWN:
            QTreeWidgetItem(tree, [self.tr("… et %n autre(s) numéro(s)", "", len(edits) - MAX_SHOWN)])
        if len(edits) <= 20:
            tree.expandAll()
        tree.setColumnWidth(0, 240)
        tree.setColumnWidth(1, 170)
        tree.setColumnWidth(2, 170)
        return tree

    def _problems_tree(self, problems: list[ch.Problem]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Ligne"), self.tr("Numéro"), self.tr("Colonne"), self.tr("Valeur"),
                              self.tr("Problème")])
        for p in problems[:MAX_SHOWN]:
            QTreeWidgetItem(tree, ["" if p.row is None else str(p.row), format_number(p.numero) if p.numero.isdigit()
                                   else p.numero, p.column or "", p.value or "", problem_text(p)])
        for col in range(4):
            tree.resizeColumnToContents(col)
        return tree

    def _conflicts_tree(self, conflicts: list[ch.Conflict]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Numéro / champ"), self.tr("Nous avions mis"), self.tr("Sur le serveur"),
                              self.tr("Serait remis à")])
        for c in conflicts:
            top = QTreeWidgetItem(tree, [format_number(c.edit.numero), "", "", ""])
            for name, (ours, now) in c.fields.items():
                QTreeWidgetItem(top, [field_label(name), value_text(name, ours, self.media),
                                      value_text(name, now, self.media),
                                      value_text(name, c.edit.after.get(name), self.media)])
        tree.expandAll()
        tree.setColumnWidth(0, 240)
        return tree


def undo_reason_text(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    return {
        "already_undone": tr("Editing", "Déjà annulée."),
        "not_applied": tr("Editing", "Cette modification n'avait pas été appliquée."),
        "added": tr("Editing", "Un ajout ne peut pas être annulé (l'API ne permet pas de supprimer un numéro)."),
        "unknown_before": tr("Editing", "Les anciennes valeurs n'étaient pas connues."),
        "missing": tr("Editing", "Ce numéro n'est plus dans la liste de votre société."),
        "nothing_to_do": tr("Editing", "Le serveur a déjà les anciennes valeurs."),
    }.get(reason, reason)

