"""The number form, for adding one number, editing one, or editing many at once (bulk).

One widget, three modes:
- ``add``: every field starts at a sensible default; the numéro is required; every field that holds a
  value is sent.
- ``edit``: fields start at the number's values; only the fields the user changed are sent. A field
  the server did not send (`Number.fields_sent`) shows « inchangé » with a « Modifier » box: it is
  sent only if the user sets it, so an unknown value is never overwritten by accident.
- ``bulk``: every field starts as « ne pas modifier » (showing « valeurs différentes » when the
  selected numbers disagree); a field is sent only when its « Modifier » box is checked — which
  editing the field does by itself.

Validation runs as the user types, with the client's rules (`app.api.validate_field`), and shows at
the field; `blocking_reason()` says in words why the form cannot be saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGraphicsOpacityEffect,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import changes as ch
from app.api import validate_field
from app.phone import is_valid_number
from app.ui._theme import semantic_color, theme_notifier

from . import _texts as T
from ._widgets import ChoiceCombo, DateEdit, DaysEdit, MediaCombo, PhoneEdit, Switch, TimeEdit

ADD, EDIT, BULK = "add", "edit", "bulk"

#: Defaults of a new number: what the form shows is what is sent.
ADD_DEFAULTS: dict[str, Any] = {
    "etat": True, "type_repondeur": "Rep", "type_renvoi": "Par", "sonnerie": 20, "jours": ("All",),
    "active_appel_entrant": True, "active_appel_sortant": True, "activer_enregistrement": False,
    "notification_email": False, "telephon": 1,
}

ZONES_FALLBACK = {"fr_01": "Île-de-France", "fr_02": "Nord-Ouest", "fr_03": "Nord-Est",
                  "fr_04": "Sud-Est", "fr_05": "Sud-Ouest"}


def _sections() -> list[tuple[str, list[str]]]:
    tr = QCoreApplication.translate
    return [
        (tr("Editing", "Général"), ["numero", "telephon", "code", "etat", "info", "compagne"]),
        (tr("Editing", "Porteur"), ["nom_porteur", "email_porteur"]),
        (tr("Editing", "Appels"), ["active_appel_entrant", "active_appel_sortant", "activer_enregistrement",
                                   "notification_email"]),
        (tr("Editing", "Renvoi d'appel"), ["type_repondeur", "num_renvoi", "type_renvoi", "sonnerie",
                                           "date_debut", "date_fin"]),
        (tr("Editing", "Horaires"), ["hour_debut", "hour_fin", "jours"]),
        (tr("Editing", "Messages audio"), list(ch.MEDIA_SLOTS)),
    ]


class FieldRow(QWidget):
    """One field: [Modifier] editor  hint, and the error under it."""

    changed = Signal(str)

    def __init__(self, name: str, editor: QWidget, *, with_apply: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.initial: Any = None
        self.known = True
        self.apply: QCheckBox | None = None
        self.server_error: str | None = None
        self.touched = False  # edited by the user (a new number's empty required field is not red at first)
        self._loading = False
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if with_apply:
            self.apply = QCheckBox()
            self.apply.setToolTip(self.tr("Cochez pour modifier ce champ ; décochez pour le laisser tel quel"))
            # named after its field: a bulk form has one such box per field
            label = editor.accessibleName()
            self.apply.setAccessibleName(self.tr("Modifier « %1 »").replace("%1", label) if label
                                         else self.tr("Modifier ce champ"))
            self.apply.toggled.connect(self._apply_toggled)
            top.addWidget(self.apply)
        top.addWidget(editor, 1)
        self.hint = QLabel()
        self.hint.setObjectName("fieldHint")
        self.hint.hide()
        top.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.warning = QLabel()
        self.warning.setObjectName("fieldWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._error_text: str | None = None
        self._apply_colours()
        theme_notifier().changed.connect(self._apply_colours)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.error)
        lay.addWidget(self.warning)
        self.setFocusProxy(editor)
        # a field that will not be sent is drawn faded (still clickable: editing it checks « Modifier »)
        self._fade = QGraphicsOpacityEffect(editor)
        self._fade.setOpacity(0.45)
        editor.setGraphicsEffect(self._fade)
        self._fade.setEnabled(self.apply is not None and not self.apply.isChecked())
        signal = getattr(editor, "changed", None)
        for sig in [signal] if signal is not None else self._editor_signals(editor):
            sig.connect(self._edited)

    @staticmethod
    def _editor_signals(editor: QWidget) -> list[Any]:
        if isinstance(editor, QLineEdit):
            return [editor.textChanged]
        if isinstance(editor, QComboBox):
            return [editor.currentIndexChanged]
        if isinstance(editor, QSpinBox):
            return [editor.valueChanged]
        if isinstance(editor, Switch):
            return [editor.toggled]
        return []

    # -- value -----------------------------------------------------------------------------------
    def value(self) -> Any:
        e = self.editor
        if isinstance(e, Switch):
            return e.isChecked()
        if isinstance(e, QSpinBox):
            return e.value()
        if isinstance(e, QLineEdit) and not isinstance(e, PhoneEdit):
            text = e.text().strip()
            return text or None
        return e.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            e = self.editor
            if isinstance(e, Switch):
                e.setChecked(bool(value))
            elif isinstance(e, QSpinBox):
                e.setValue(int(value) if value is not None else e.minimum())
            elif isinstance(e, QLineEdit) and not isinstance(e, PhoneEdit):
                e.setText("" if value is None else str(value))
            else:
                e.set_value(value)  # type: ignore[attr-defined]
        finally:
            self._loading = False

    @property
    def applied(self) -> bool:
        """Whether the field is meant to be sent (always true without a « Modifier » box)."""
        return self.apply is None or self.apply.isChecked()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text) and not self.applied)

    def _apply_colours(self, _theme: str = "") -> None:
        # Semantic colours readable on both themes (palette(mid) was ~1.7:1, the fixed dark red and
        # brown vanished on the dark theme); re-applied when the theme changes.
        muted, error, warning = (semantic_color(kind).name() for kind in ("muted", "error", "warning"))
        self.hint.setStyleSheet(f"#fieldHint {{ color: {muted}; font-style: italic; }}")
        self.error.setStyleSheet(f"#fieldError {{ color: {error}; }}")
        self.warning.setStyleSheet(f"#fieldWarning {{ color: {warning}; }}")
        self.editor.setStyleSheet(f"border: 1px solid {error};" if self._error_text and not isinstance(
            self.editor, Switch | DaysEdit | MediaCombo | TimeEdit | DateEdit) else "")

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        if bool(text) != bool(self._error_text):
            self._error_text = text
            self._apply_colours()
        self._error_text = text
        self.setAccessibleDescription(text or "")

    def set_warning(self, text: str | None) -> None:
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def _apply_toggled(self, on: bool) -> None:
        self.hint.setVisible(not on and bool(self.hint.text()))
        self._fade.setEnabled(not on)
        if not self._loading:
            self.changed.emit(self.name)

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        self.touched = True
        self.server_error = None
        if self.apply is not None and not self.apply.isChecked():
            self.apply.setChecked(True)  # editing a field means "change it"
        self.changed.emit(self.name)


class NumberForm(QWidget):
    """The form. `changes()` is what Save would send; `validityChanged` fires after each edit."""

    validityChanged = Signal()

    def __init__(self, mode: str, numbers: Sequence[Any] = (), *, media: Iterable[Any] = (),
                 zones: Iterable[Any] = (), window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in (ADD, EDIT, BULK):
            raise ValueError(mode)
        if mode == EDIT and len(numbers) != 1:
            raise ValueError("edit mode takes exactly one number")
        self.mode = mode
        self.numbers = list(numbers)
        self.window = window
        self.rows: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.set_zones(list(zones))
        self.set_media(list(media))
        self._load()
        # validation waits for the event loop to settle: typing fast re-validates once
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._validate)
        self._errors: dict[str, str] = {}
        self._validate()

    # -- building --------------------------------------------------------------------------------
    def _fields_shown(self) -> list[str]:
        shown = [f.name for f in ch.FIELDS]
        if self.mode == BULK:
            shown.remove("numero")  # one numéro cannot go to many numbers
        if self.mode == ADD:
            shown.append("telephon")
        return shown

    def _make_editor(self, name: str) -> QWidget:
        kind = ch.BY_NAME[name].kind if name in ch.BY_NAME else "telephon"
        if name == "telephon":
            return ChoiceCombo({"1": self.tr("Téléphone"), "2": self.tr("Fax")})
        if kind == "digits":
            return PhoneEdit()
        if kind == "zone":
            return ChoiceCombo(dict(ZONES_FALLBACK))
        if kind == "bool":
            return Switch()
        if kind == "choice":
            return ChoiceCombo({c: T.choice_texts()[c] for c in ch.BY_NAME[name].choices})
        if kind == "int":
            box = QSpinBox()
            box.setRange(0, 300)
            box.setSuffix(self.tr(" s"))
            box.setAccelerated(True)
            return box
        if kind == "time":
            return TimeEdit()
        if kind == "date":
            return DateEdit()
        if kind == "days":
            return DaysEdit()
        if kind == "media":
            return MediaCombo(name, self.window)
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        if kind == "email":
            edit.setPlaceholderText("prenom.nom@societe.fr")
        return edit

    def _build(self) -> None:
        labels, tips = T.labels(), T.tooltips()
        # out of their section (« au », « Nom »), short labels say too little to a screen reader
        spoken = T.long_labels()
        shown = set(self._fields_shown())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        sections = _sections()
        for i, (title, names) in enumerate(sections):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for name in names:
                if name not in shown:
                    continue
                editor = self._make_editor(name)
                editor.setToolTip(tips.get(name, ""))
                editor.setAccessibleName(spoken.get(name, labels[name]))
                if hasattr(editor, "set_field_name"):
                    editor.set_field_name(spoken.get(name, labels[name]))
                with_apply = self.mode == BULK or (self.mode == EDIT and not ch.is_known(self.numbers[0], name))
                row = FieldRow(name, editor, with_apply=with_apply)
                row.changed.connect(self._row_changed)
                label = QLabel(labels[name])
                label.setToolTip(tips.get(name, ""))
                label.setBuddy(editor)
                self._labels[name] = label
                form.addRow(label, row)
                self.rows[name] = row
                if name == "code":
                    editor.activated.connect(lambda *_: self.mark_zone_touched())  # type: ignore[attr-defined]
            grid.addWidget(box, i % 3, i // 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)  # spare height goes below the sections, not into them

    def set_media(self, media: list[Any]) -> None:
        for slot in ch.MEDIA_SLOTS:
            row = self.rows.get(slot)
            if row is not None:
                row._loading = True
                row.editor.set_media(media)  # type: ignore[attr-defined]
                row._loading = False

    def set_zones(self, zones: list[Any]) -> None:
        row = self.rows.get("code")
        if row is None or not zones:
            return
        names = {z.code: f"{z.nom} ({z.code})" if z.nom else z.code for z in zones if z.code}
        combo: ChoiceCombo = row.editor  # type: ignore[assignment]
        value = combo.value()
        combo._choices = names
        combo._fill(with_empty=False)
        row.set_value(value)

    def _load(self) -> None:
        if self.mode == ADD:
            for name, row in self.rows.items():
                row.initial = None
                row.set_value(ADD_DEFAULTS.get(name))
                if name == "telephon":
                    row.set_value("1")
            return
        for name, row in self.rows.items():
            known = [n for n in self.numbers if ch.is_known(n, name)]
            values = [ch.number_value(n, name) for n in known]
            first = values[0] if values else None
            same = len(known) == len(self.numbers) and all(ch.same_value(name, v, first) for v in values)
            row.known = len(known) == len(self.numbers)
            row.initial = first if same else None
            if same:
                row.set_value(first)
            elif name == "jours":
                row.set_value(("All",))
            elif isinstance(row.editor, ChoiceCombo | MediaCombo | QLineEdit):
                row.set_value(None)  # « (vide) »: no one value stands for numbers that disagree
            if self.mode == EDIT and not row.known:
                row.set_hint(T.unchanged_text())
                row.setToolTip(self.tr("Le serveur n'a pas indiqué la valeur actuelle de ce champ : "
                                       "elle ne sera pas modifiée, sauf si vous la changez."))
            elif self.mode == BULK:
                row.set_hint(T.keep_text() if same else T.differ_text())
                if not same:
                    row.editor.setToolTip(T.differ_text())

    # -- reading ---------------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The fields to send, with the values to send (None = clear)."""
        out: dict[str, Any] = {}
        for name, row in self.rows.items():
            value = row.value()
            if name == "telephon":
                value = int(value) if value else None
            if self.mode == ADD:
                if value is not None:
                    out[name] = value
            elif row.apply is not None:
                if row.apply.isChecked():
                    out[name] = value
            elif not ch.same_value(name, value, row.initial):
                out[name] = value
        return out

    def is_modified(self) -> bool:
        if self.mode == ADD:
            return any(row.value() not in (None, ADD_DEFAULTS.get(name)) for name, row in self.rows.items()
                       if name != "telephon") or self.rows["telephon"].value() != "1"
        return bool(self.changes())

    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def blocking_reason(self) -> str | None:
        """Why Save is disabled, in words (None when it can be saved)."""
        if self._errors:
            name = next(n for n in self._fields_shown() if n in self._errors)
            return self.tr("Corrigez « %1 » : %2").replace("%1", T.long_labels().get(name, name)).replace(
                "%2", self._errors[name])
        if self.mode != ADD and not self.changes():
            return self.tr("Aucune modification à enregistrer.")
        return None

    def first_error_field(self) -> str | None:
        return next((n for n in self._fields_shown() if n in self._errors), None)

    # -- errors from the server --------------------------------------------------------------------
    def set_server_error(self, field: str | None, text: str) -> bool:
        """Shows a refusal at its field, highlighted and focused; False if no field shows it."""
        row = self.rows.get(field or "")
        if row is None:
            return False
        row.server_error = text
        self._validate()
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- validation ------------------------------------------------------------------------------
    def _row_changed(self, _name: str) -> None:
        self._timer.start()

    def _validate(self) -> None:
        errors: dict[str, str] = {}
        warnings: dict[str, str] = {}
        rules = T.rule_texts()
        sent = self.changes()
        for name in self.rows:
            if name not in sent:
                continue
            value = sent[name]
            if name == "telephon":
                continue
            if name == "jours" and not value:
                errors[name] = rules[name]
                continue
            if value is None and not ch.BY_NAME[name].clearable:
                errors[name] = T.required_text() if (self.mode == ADD and name == "numero") else T.cannot_clear_text()
                continue
            if validate_field(name, value) is not None:
                errors[name] = rules.get(name, "")
                continue
            if ch.BY_NAME[name].kind == "digits" and value and not is_valid_number(value):
                warnings[name] = T.invalid_phone_hint()
        if self.mode == ADD and "numero" not in sent:
            errors["numero"] = T.required_text()
        if self.mode == ADD and "jours" in self.rows and self.rows["jours"].value() is None:
            errors["jours"] = rules["jours"]
        for start, end, text, strict in (("hour_debut", "hour_fin", T.hours_order_text(), True),
                                         ("date_debut", "date_fin", T.dates_order_text(), False)):
            if start in errors or end in errors or (start not in sent and end not in sent):
                continue
            a = sent[start] if start in sent else self._stored(start)
            b = sent[end] if end in sent else self._stored(end)
            if a is not None and b is not None and (a > b or (strict and a == b)):
                errors[end if end in sent else start] = text
        for name, row in self.rows.items():
            if row.server_error and name not in errors:
                errors[name] = row.server_error
            shown = errors.get(name) if (row.touched or row.server_error or self.mode != ADD) else None
            row.set_error(shown)
            row.set_warning(warnings.get(name) if name not in errors else None)
            if row.apply is not None:
                row.hint.setVisible(not row.applied and bool(row.hint.text()))
        if self.mode == ADD and "code" in self.rows and "numero" in sent and not errors.get("numero"):
            self._guess_zone(sent["numero"])
        self._errors = errors
        self.validityChanged.emit()

    def _stored(self, name: str) -> Any:
        """The stored value of a field, for pair checks (one number only: in bulk they may differ)."""
        if self.mode == EDIT and ch.is_known(self.numbers[0], name):
            return ch.number_value(self.numbers[0], name)
        return None

    def _guess_zone(self, digits: str) -> None:
        """A new French geographic number: its zone follows its prefix (01 -> fr_01), until set by hand."""
        row = self.rows["code"]
        if getattr(self, "_zone_touched", False):
            return
        if digits.startswith("33") and len(digits) == 11 and digits[2] in "12345":
            row.set_value(f"fr_0{digits[2]}")

    def mark_zone_touched(self) -> None:
        self._zone_touched = True
