"""Accessibility and polish: theme icons everywhere an icon shows, colours that follow the theme and
stay readable, accessible names on the controls a screen reader would otherwise not tell apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from app.ui import _settings, _theme
from app.ui._errors import ErrorBanner
from app.ui.editing import EDIT, NumberForm
from tests.ui._contrast import contrast

APP_UI = Path(__file__).resolve().parents[2] / "app" / "ui"


@pytest.fixture(autouse=True)
def back_to_system(qapp):
    yield
    _theme.apply_theme(qapp, "system")
    _settings.app_settings().remove(_settings.THEME)


def test_no_stock_action_icons_and_no_fixed_text_colours():
    """Qt's stock toolbar/media icons vanish on the dark theme; fixed hex text colours too."""
    stock = re.compile(r"SP_(BrowserReload|FileDialog\w+|Media\w+|DialogResetButton|ComputerIcon|FileIcon|"
                       r"DialogSaveButton|DialogOpenButton)")
    fixed = re.compile(r"#b3261e|#8a5a00|#1b6e20|#7a7a7a|palette\(mid\)", re.IGNORECASE)
    offenders = []
    for path in APP_UI.rglob("*.py"):
        if path.name == "_theme.py":  # where the semantic colours are defined
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("# ", 1)[0]  # comments may name what was there
            if stock.search(code) or fixed.search(code):
                offenders.append(f"{path.relative_to(APP_UI)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_semantic_colours_are_readable(qapp, theme):
    palette = _theme.dark_palette() if theme == "dark" else _theme.light_palette()
    for kind in ("error", "warning", "success", "muted"):
        colour = _theme.semantic_color(kind, palette)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(colour, palette.color(role)) >= 4.5, (kind, role.name)


def _stylesheet_colours(widget: QWidget) -> list[QColor]:
    return [QColor(c) for c in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", widget.styleSheet())]


def test_error_banner_follows_the_theme(qtbot, qapp):
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_message("Le serveur ne répond pas")
    for theme in ("light", "dark", "light"):
        _theme.apply_theme(qapp, theme)
        background = QColor(re.search(r"background:\s*(#[0-9a-fA-F]{6})", banner.styleSheet()).group(1))
        assert (background.lightness() < 128) == (theme == "dark")
        text = _stylesheet_colours(banner)[0]
        assert contrast(text, background) >= 7  # the labels and the ✕ close button
    assert banner.close_button.accessibleName()


def test_form_colours_follow_the_theme_and_controls_are_named(qtbot, qapp, service, run_async):
    number = run_async(service.call(lambda c: c.numbers()))[0]
    form = NumberForm(EDIT, [number])
    qtbot.addWidget(form)
    form.show()
    row = form.rows["num_renvoi"]
    row.editor.setText("12")  # too short: an error under the field
    qtbot.waitUntil(lambda: not row.error.isHidden(), timeout=2000)
    for theme in ("dark", "light"):
        _theme.apply_theme(qapp, theme)
        palette = _theme.dark_palette() if theme == "dark" else _theme.light_palette()
        colour = _stylesheet_colours(row.error)[0]
        assert contrast(colour, palette.color(QPalette.ColorRole.Window)) >= 4.5
        assert colour == _theme.semantic_color("error", palette)
    # every control a user can tab to says what it is
    unnamed = []
    for widget in form.findChildren(QWidget):
        if not (isinstance(widget, QAbstractButton | QComboBox)) or not widget.isVisibleTo(form):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # e.g. a line edit's own ⊗
            continue
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName() and not text:
            unnamed.append(f"{type(widget).__name__} {widget.toolTip()!r}")
    assert not unnamed
    slots = [form.rows[name].editor for name in ("message_introduction", "music_attente") if name in form.rows]
    names = {slot.combo.accessibleName() for slot in slots} | {slot.play.accessibleName() for slot in slots}
    assert len(names) == 2 * len(slots)  # each slot's combo and ▶ named after the slot
