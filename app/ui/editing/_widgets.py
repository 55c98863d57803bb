"""Input widgets of the number form: a switch, nullable time/date editors, day check boxes, a phone
field, and a media slot (combo + ▶)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from app import changes as ch
from app.phone import format_number, to_digits
from app.ui._theme import action_icon, semantic_color

from . import _texts as T


class Switch(QAbstractButton):
    """An on/off switch (a checkable button drawn as a slider), with « oui »/« non » beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggled.connect(lambda _: self.update())

    def sizeHint(self) -> QSize:
        return QSize(40 + 8 + self.fontMetrics().horizontalAdvance(T.yes_no(False)) + 4, 22)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        track = QRectF(1, 3, 38, 18)
        on = self.isChecked()
        # Read at paint time, so a theme switch repaints it right; the « off » track keeps 3:1 with
        # the background on both themes (a light grey vanished on the dark one).
        colour = pal.color(QPalette.ColorRole.Highlight) if on else semantic_color("muted", pal)
        if not self.isEnabled():
            colour.setAlphaF(0.4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(track, 9, 9)
        p.setBrush(QColor("white"))
        x = track.right() - 9 if on else track.left() + 9
        p.drawEllipse(QPointF(x, track.center().y()), 7, 7)
        if self.hasFocus():
            p.setPen(pal.color(QPalette.ColorRole.Highlight))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(track.adjusted(-1, -1, 1, 1), 10, 10)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(46, 0, self.width() - 46, self.height()),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), T.yes_no(on))


class _Nullable(QWidget):
    """An editor that may hold no value: « aucune » (click to choose one) or the editor and ✕."""

    changed = Signal()

    def __init__(self, editor: QWidget, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        self.editor = editor
        self._has_value = False
        self.choose = QToolButton()
        self.choose.setText(none_text or self.tr("aucune — choisir…"))
        self.choose.setAutoRaise(True)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setToolTip(self.tr("Effacer (aucune valeur)"))
        self.clear_button.setAccessibleName(self.tr("Effacer"))
        self.clear_button.setAutoRaise(True)
        with_editor = QWidget()
        wl = QHBoxLayout(with_editor)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(editor, 1)
        wl.addWidget(self.clear_button)
        without = QWidget()  # « aucune — choisir… » on the left, like the text of the other fields
        nl = QHBoxLayout(without)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.choose)
        nl.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(without)
        self.stack.addWidget(with_editor)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack, 1)
        self.choose.clicked.connect(lambda: self._set_has_value(True, user=True))
        self.clear_button.clicked.connect(lambda: self._set_has_value(False, user=True))
        self.setFocusProxy(editor)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stack.setFixedHeight(editor.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _set_has_value(self, on: bool, *, user: bool = False) -> None:
        self._has_value = on
        self.stack.setCurrentIndex(1 if on else 0)
        if user:
            if on:
                self.editor.setFocus()
            self.changed.emit()

    def set_clear(self) -> None:
        self._set_has_value(False, user=True)

    def set_field_name(self, label: str) -> None:
        """Names the inner controls after the field: a screen reader otherwise hears four « aucune —
        choisir… » and as many « Effacer » in one form, with no way to tell them apart."""
        self.editor.setAccessibleName(label)
        self.choose.setAccessibleName(label)
        self.choose.setAccessibleDescription(self.choose.text())
        self.clear_button.setAccessibleName(self.tr("Effacer « %1 »").replace("%1", label))


class TimeEdit(_Nullable):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        super().__init__(self.time_edit, parent)
        self.choose.setToolTip(self.tr("Choisir une heure"))
        self.time_edit.timeChanged.connect(lambda _: self.changed.emit())

    def value(self) -> dt.time | None:
        if not self._has_value:
            return None
        t = self.time_edit.time()
        return dt.time(t.hour(), t.minute())

    def set_value(self, value: dt.time | None) -> None:
        if value is not None:
            self.time_edit.setTime(QTime(value.hour, value.minute, value.second))
        self._set_has_value(value is not None)
        self.changed.emit()


class DateEdit(_Nullable):
    def __init__(self, parent: QWidget | None = None, *, none_text: str = "") -> None:
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        super().__init__(self.date_edit, parent, none_text=none_text)
        self.choose.setToolTip(self.tr("Choisir une date"))
        self.date_edit.dateChanged.connect(lambda _: self.changed.emit())

    def value(self) -> dt.date | None:
        if not self._has_value:
            return None
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        self._set_has_value(value is not None)
        self.changed.emit()


class DaysEdit(QWidget):
    """« Tous les jours » and one check box per day (all seven checked = every day)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.every = QCheckBox(self.tr("Tous les jours"))
        lay.addWidget(self.every)
        self.boxes: dict[str, QCheckBox] = {}
        names = T.day_names()
        for code, text in T.day_texts().items():
            box = QCheckBox(text)
            box.setToolTip(names[code])
            box.setAccessibleName(names[code])
            self.boxes[code] = box
            lay.addWidget(box)
            box.toggled.connect(self._day_toggled)
        lay.addStretch(1)
        self.every.toggled.connect(self._every_toggled)
        self._syncing = False

    def _every_toggled(self, on: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        for box in self.boxes.values():
            box.setChecked(on)
        self._syncing = False
        self.changed.emit()

    def _day_toggled(self, _on: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.every.setChecked(all(b.isChecked() for b in self.boxes.values()))
        self._syncing = False
        self.changed.emit()

    def value(self) -> tuple[str, ...] | None:
        days = tuple(code for code, box in self.boxes.items() if box.isChecked())
        if not days:
            return None  # no day: "unset" (the server may send none); the form asks for at least one
        return (ch.ALL_DAYS,) if len(days) == len(ch.DAYS) else days

    def set_value(self, value: Any) -> None:
        try:
            days = ch.normalise_days(value) or ()
        except ValueError:
            days = ()
        every = days == (ch.ALL_DAYS,)
        self._syncing = True
        for code, box in self.boxes.items():
            box.setChecked(every or code in days)
        self.every.setChecked(every)
        self._syncing = False


class PhoneEdit(QLineEdit):
    """A phone number typed as people do (01 87 22 44 65, +33…); `value()` gives the API digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("01 87 22 44 65")
        self.setClearButtonEnabled(True)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        digits = to_digits(text)
        if digits:
            return digits
        # Not a phone number for the library: keep plain digits for the rule's message (8-15 digits)
        compact = "".join(c for c in text if not c.isspace())
        return compact

    def set_value(self, digits: str | None) -> None:
        self.setText(format_number(digits) if digits else "")

    def _tidy(self) -> None:
        digits = to_digits(self.text().strip()) if self.text().strip() else None
        if digits:
            formatted = format_number(digits)
            if formatted != self.text():
                self.setText(formatted)


class ChoiceCombo(QComboBox):
    """A combo of codes with French texts; `value()` is the code (None for the empty entry)."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._fill(with_empty=False)

    def _fill(self, *, with_empty: bool) -> None:
        self.blockSignals(True)
        self.clear()
        if with_empty:
            self.addItem(T.empty_text(), None)
        for code, text in self._choices.items():
            self.addItem(text, code)
        self.blockSignals(False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        if value is None or self.findData(value) < 0:
            self._fill(with_empty=True)
            self.setCurrentIndex(0)
        else:
            self.setCurrentIndex(self.findData(value))


class MediaCombo(QWidget):
    """A media slot: the company's active media of the slot's type, « aucun », and ▶ to listen."""

    changed = Signal()

    def __init__(self, slot: str, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.media_type = ch.MEDIA_SLOTS[slot]
        self.window = window
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.play = QToolButton()
        self.play.setIcon(action_icon("play"))
        self.play.setToolTip(self.tr("Écouter ce média"))
        self.play.setAccessibleName(self.tr("Écouter ce média"))
        self.play.clicked.connect(self._play)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.play)
        self._media: dict[int, Any] = {}
        self.combo.addItem(T.none_text(), None)
        self.combo.currentIndexChanged.connect(self._index_changed)
        self.setFocusProxy(self.combo)
        self._update_play()

    def set_field_name(self, label: str) -> None:
        """Names the combo (the focused widget) and ▶ after the slot: five unnamed combos otherwise."""
        self.combo.setAccessibleName(label)
        self.play.setAccessibleName(self.tr("Écouter « %1 »").replace("%1", label))

    def set_media(self, media: list[Any]) -> None:
        """The company's media (any type, any state): keeps the active ones of this slot's type."""
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(T.none_text(), None)
        self._media = {}
        for m in sorted(media, key=lambda m: (m.nom or "").lower()):
            if m.type == self.media_type and m.etat and m.id is not None:
                self._media[m.id] = m
                self.combo.addItem(m.nom or f"#{m.id}", m.id)
                if m.info:
                    self.combo.setItemData(self.combo.count() - 1, m.info, Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        return self.combo.currentData()

    def set_value(self, media_id: int | None) -> None:
        index = self.combo.findData(media_id) if media_id is not None else 0
        if index < 0:  # a media we do not list (inactive, another type): shown so nothing is hidden
            self.combo.addItem(self.tr("média n°%1 (inactif ou inconnu)").replace("%1", str(media_id)), media_id)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self._update_play()

    def _index_changed(self, _index: int) -> None:
        self._update_play()
        self.changed.emit()

    def _player(self) -> Any:
        return getattr(self.window, "media_player", None) if self.window is not None else None

    def _update_play(self) -> None:
        player = self._player()
        self.play.setVisible(player is not None)
        self.play.setEnabled(self.value() in self._media)

    def _play(self) -> None:
        player = self._player()
        media = self._media.get(self.value() or -1)
        if player is not None and media is not None:
            player.play_media(media)
