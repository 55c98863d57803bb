"""The filter bar: the server's filters (zone, état, type, numéro, campagne, porteur) and the instant search.

Server filters are sent to `getlistnumerodispo` when the user picks a value in a list or presses
Enter in a text field; they are checked here first with the contract's rules (4–15 digits, 2–20
characters) so that a typo is explained next to the field rather than answered by the server. The
instant search filters the loaded rows in the model, debounced so that typing stays smooth.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

#: Milliseconds between the last keystroke and the instant search.
SEARCH_DEBOUNCE_MS = 150


@dataclass(frozen=True)
class Filters:
    """The server filters of the numbers listing; empty = not sent."""

    code: str = ""
    etat: bool | None = None
    type: str = ""  # "TE" | "FA" | ""
    numero: str = ""  # digits
    compagne: str = ""
    porteur: str = ""

    def to_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of `client.numbers(...)` (only the filters that are set)."""
        return {name: val for name, val in asdict(self).items() if val not in ("", None)}

    def only_zone(self) -> bool:
        """True when nothing but the zone filters: the load then counts the zone's numbers."""
        return self == Filters(code=self.code)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: object) -> Filters:
        try:
            data = json.loads(str(text)) if text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        clean: dict[str, Any] = {}
        for key, val in data.items():
            if key not in known:
                continue
            if key == "etat":
                clean[key] = val if isinstance(val, bool) else None
            elif isinstance(val, str):
                clean[key] = val
        return cls(**clean)


def numero_digits(text: str) -> str:
    """What the user typed in « Numéro » as the API's digits: `01 87 22` -> `3318722`."""
    raw = text.strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits or any(not (ch.isdigit() or ch in " .-+()") for ch in raw):
        return raw  # not a number: left as typed, the check explains
    if raw.startswith("00"):
        return digits[2:]
    if digits.startswith("0") and len(digits) >= 2 and digits[1] != "0":
        return "33" + digits[1:]  # French national form -> international form
    return digits


class FilterBar(QWidget):
    """Server filters on the first line, instant search on the second."""

    #: The user asked for new server filters (already checked).
    filtersApplied = Signal()
    #: The zone list of the bar changed (the window keeps the zone browser in step).
    zoneChosen = Signal(str)
    #: Debounced instant-search text.
    searchChanged = Signal(str)

    def __init__(self, zones_model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.zone_combo = QComboBox()
        self.zone_combo.setModel(zones_model)
        self.zone_combo.setToolTip(self.tr("Zone des numéros"))
        self.zone_combo.setAccessibleName(self.tr("Zone"))
        self.zone_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.etat_combo = QComboBox()
        for text, val in ((self.tr("Tous les états"), None), (self.tr("Actifs"), True),
                          (self.tr("Inactifs"), False)):
            self.etat_combo.addItem(text, val)
        self.etat_combo.setAccessibleName(self.tr("État"))
        self.type_combo = QComboBox()
        for text, val in ((self.tr("Tous les types"), ""), (self.tr("Téléphone"), "TE"), (self.tr("Fax"), "FA")):
            self.type_combo.addItem(text, val)
        self.type_combo.setAccessibleName(self.tr("Type"))
        self.numero_edit = self._line(self.tr("Numéro (4 à 15 chiffres)"),
                                      self.tr("Numéros qui contiennent ces chiffres ; 01 87… est cherché "
                                              "comme +33 1 87… (Entrée pour appliquer)"))
        self.compagne_edit = self._line(self.tr("Campagne"),
                                        self.tr("Nom exact de la campagne (Entrée pour appliquer)"))
        self.porteur_edit = self._line(self.tr("Porteur"),
                                       self.tr("Nom du porteur, ou une partie (Entrée pour appliquer)"))
        self.compagne_model = QStringListModel(self)
        self.porteur_model = QStringListModel(self)
        self.compagne_edit.setCompleter(self._completer(self.compagne_model))
        self.porteur_edit.setCompleter(self._completer(self.porteur_model))
        self.apply_button = QPushButton(self.tr("Filtrer"))
        self.apply_button.setToolTip(self.tr("Demande au serveur les numéros qui correspondent aux filtres"))
        self.clear_button = QPushButton(self.tr("Effacer les filtres"))
        self.clear_button.setToolTip(self.tr("Revient à tous les numéros de la zone choisie"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans le tableau… (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Filtre instantanément les lignes chargées, toutes colonnes "
                                            "confondues (Échap pour effacer)"))
        self.search_edit.setAccessibleName(self.tr("Recherche instantanée"))
        self.search_edit.setClearButtonEnabled(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("filterError")
        self.error_label.hide()
        self._apply_colours()
        from app.ui._theme import theme_notifier

        theme_notifier().changed.connect(self._apply_colours)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zone_combo, self.etat_combo, self.type_combo, self.numero_edit,
                       self.compagne_edit, self.porteur_edit):
            first.addWidget(widget)
        first.addWidget(self.apply_button)
        first.addWidget(self.clear_button)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.search_edit, 1)
        second.addWidget(self.error_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.zone_combo.activated.connect(self._on_zone_activated)
        self.etat_combo.activated.connect(lambda _i: self.apply())
        self.type_combo.activated.connect(lambda _i: self.apply())
        for edit in (self.numero_edit, self.compagne_edit, self.porteur_edit):
            edit.returnPressed.connect(self.apply)
            edit.textEdited.connect(lambda _t, e=edit: self._mark(e, ""))
        self.apply_button.clicked.connect(self.apply)
        self.clear_button.clicked.connect(self.clear)

    # -- building ---------------------------------------------------------------------------------
    def _line(self, placeholder: str, tooltip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tooltip)
        edit.setAccessibleName(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(120)
        return edit

    def _completer(self, model: QStringListModel) -> QCompleter:
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    # -- state ------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            code=self.zone_combo.currentData(Qt.ItemDataRole.UserRole + 1) or "",
            etat=self.etat_combo.currentData(),
            type=self.type_combo.currentData() or "",
            numero=numero_digits(self.numero_edit.text()),
            compagne=self.compagne_edit.text().strip(),
            porteur=self.porteur_edit.text().strip(),
        )

    def set_filters(self, filters: Filters) -> None:
        """Shows these filters (no signal)."""
        self.set_zone(filters.code)
        self.etat_combo.setCurrentIndex(max(0, self.etat_combo.findData(filters.etat)))
        if filters.etat is None:
            self.etat_combo.setCurrentIndex(0)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(filters.type)))
        self.numero_edit.setText(filters.numero)
        self.compagne_edit.setText(filters.compagne)
        self.porteur_edit.setText(filters.porteur)
        for edit in (self.numero_edit, self.compagne_edit, self.porteur_edit):
            self._mark(edit, "")

    def set_zone(self, code: str) -> None:
        model = self.zone_combo.model()
        row = model.row_of_code(code) if hasattr(model, "row_of_code") else 0
        self.zone_combo.setCurrentIndex(row)

    def set_completions(self, compagnes: list[str], porteurs: list[str]) -> None:
        self.compagne_model.setStringList(compagnes)
        self.porteur_model.setStringList(porteurs)

    def check(self) -> bool:
        """Checks the text filters with the contract's rules; marks and focuses the first wrong one."""
        f = self.filters()
        problems: list[tuple[QLineEdit, str]] = []
        if f.numero and not (f.numero.isdigit() and 4 <= len(f.numero) <= 15):
            problems.append((self.numero_edit, self.tr("Le numéro cherché doit compter de 4 à 15 chiffres.")))
        if f.compagne and not 2 <= len(f.compagne) <= 20:
            problems.append((self.compagne_edit, self.tr("La campagne doit compter de 2 à 20 caractères.")))
        if f.porteur and not 2 <= len(f.porteur) <= 20:
            problems.append((self.porteur_edit, self.tr("Le porteur doit compter de 2 à 20 caractères.")))
        for edit in (self.numero_edit, self.compagne_edit, self.porteur_edit):
            self._mark(edit, "")
        for edit, text in problems:
            self._mark(edit, text)
        if problems:
            problems[0][0].setFocus()
            problems[0][0].selectAll()
        return not problems

    def apply(self) -> None:
        if self.check():
            self.filtersApplied.emit()

    def clear(self) -> None:
        """Empties every filter but the zone, and the search; applies."""
        self.set_filters(Filters(code=self.filters().code))
        self.search_edit.clear()
        self.flush_search()
        self.filtersApplied.emit()

    def flush_search(self) -> None:
        """Runs a pending debounced search now."""
        if self._debounce.isActive():
            self._debounce.stop()
        self.searchChanged.emit(self.search_edit.text())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_zone_activated(self, _row: int) -> None:
        self.zoneChosen.emit(self.filters().code)
        self.apply()

    def _apply_colours(self, _theme: str = "") -> None:
        # The error red of the current theme (a fixed dark red is unreadable on the dark one).
        from app.ui._theme import semantic_color

        error = semantic_color("error").name()
        self.error_label.setStyleSheet(f"color: {error};")
        for edit in (self.numero_edit, self.compagne_edit, self.porteur_edit):
            edit.setStyleSheet(f"border: 1px solid {error};" if edit.property("invalid") else "")

    def _mark(self, edit: QLineEdit, problem: str) -> None:
        edit.setProperty("invalid", bool(problem))
        if problem:
            from app.ui._theme import semantic_color

            edit.setStyleSheet(f"border: 1px solid {semantic_color('error').name()};")
        else:
            edit.setStyleSheet("")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
        elif not any(e.property("invalid") for e in (self.numero_edit, self.compagne_edit, self.porteur_edit)):
            self.error_label.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_edit.hasFocus():
            self.search_edit.clear()
            self.flush_search()
            return
        super().keyPressEvent(event)
