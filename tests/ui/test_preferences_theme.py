"""Themes: readable contrast, live switch without restart, back to the system's, icons that follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QLabel, QToolButton

from app.ui import _settings, _theme
from tests.ui._contrast import contrast

Role = QPalette.ColorRole




@pytest.fixture(autouse=True)
def back_to_system(qapp):
    yield
    _theme.apply_theme(qapp, "system")
    _settings.app_settings().remove(_settings.THEME)


@pytest.mark.parametrize("palette", [_theme.dark_palette(), _theme.light_palette()], ids=["dark", "light"])
def test_text_is_readable_on_every_background(palette):
    pairs = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
             (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
             (Role.ToolTipText, Role.ToolTipBase), (Role.Link, Role.Base), (Role.PlaceholderText, Role.Base)]
    for fg, bg in pairs:
        ratio = contrast(palette.color(fg), palette.color(bg))
        assert ratio >= 4.5, f"{fg.name} on {bg.name}: {ratio:.2f}:1"
    # Disabled text stays visible (WCAG exempts it; 2.5:1 keeps it legible).
    disabled = contrast(palette.color(QPalette.ColorGroup.Disabled, Role.Text),
                        palette.color(QPalette.ColorGroup.Disabled, Role.Base))
    assert disabled >= 2.5


def test_dark_then_light_then_system_without_restart(qtbot, qapp):
    label = QLabel("Numéro de renvoi")
    qtbot.addWidget(label)
    label.show()
    original_style = qapp.style().name()
    original_window = qapp.palette().color(Role.Window)

    assert _theme.apply_theme(qapp, "dark") == "dark"
    assert qapp.style().name().lower() == "fusion"
    qtbot.waitUntil(lambda: _theme.is_dark(label.palette()), timeout=2000)

    assert _theme.apply_theme(qapp, "light") == "light"
    qtbot.waitUntil(lambda: not _theme.is_dark(label.palette()), timeout=2000)

    _theme.apply_theme(qapp, "dark")
    _theme.apply_theme(qapp, "system")
    assert qapp.style().name() == original_style
    assert qapp.palette().color(Role.Window) == original_window
    assert _theme.current_theme() == "system"


def test_unknown_theme_falls_back_to_system(qapp):
    _theme.apply_theme(qapp, "dark")
    _theme.apply_theme(qapp, "fluo")
    assert _theme.current_theme() == "system"


def test_saved_theme_is_applied_and_notified(qtbot, qapp):
    _settings.set_value(_settings.THEME, "dark")
    with qtbot.waitSignal(_theme.theme_notifier().changed) as blocker:
        assert _theme.apply_saved_theme(qapp) == "dark"
    assert blocker.args == ["dark"]
    assert not qapp.windowIcon().isNull()


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the most opaque pixel of a 24 px rendering."""
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    best = max(((x, y) for x in range(image.width()) for y in range(image.height())),
               key=lambda p: image.pixelColor(*p).alpha())
    return image.pixelColor(*best)


def test_action_icons_follow_the_theme_text_colour(qtbot, qapp):
    icon = _theme.action_icon("refresh")  # created once, like an icon set on a toolbar action
    _theme.apply_theme(qapp, "light")
    assert _ink(icon).lightness() < 80
    _theme.apply_theme(qapp, "dark")
    assert _ink(icon).lightness() > 180
    disabled = _ink(icon, QIcon.Mode.Disabled)
    assert abs(disabled.lightness() - _ink(icon).lightness()) > 40


def test_action_icons_are_sharp_on_high_dpi_screens(qtbot):
    icon = _theme.action_icon("play")
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48) and pixmap.devicePixelRatio() == 2.0
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(icon)
    button.show()
    button.grab()  # paints through the engine without error


def test_every_action_icon_renders(qtbot):
    names = _theme.action_icon_names()
    for required in ("refresh", "search", "edit", "add", "history", "media", "play", "pause", "stop",
                     "preferences"):
        assert required in names
    for name in names:
        image = _theme.action_icon(name).pixmap(QSize(16, 16)).toImage()
        opaque = sum(image.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16))
        assert opaque >= 8, f"{name} is (nearly) empty at 16 px"
    assert _theme.action_icon("no-such-icon").isNull()


@pytest.mark.parametrize("size", [16, 24, 32, 256])
def test_app_icon_renders_at_every_size(size):
    image = _theme.render_app_icon(size)
    assert image.width() == size
    centre = image.pixelColor(size // 2, size // 2)
    corner_inside = image.pixelColor(size // 4, size // 2)
    assert centre.alpha() == 255 and corner_inside.alpha() == 255
    # Blue tile with a white mark: both colours present.
    colors = {image.pixelColor(x, y).name() for x in range(size) for y in range(size)}
    assert any(QColor(c).blue() > 150 and QColor(c).red() < 100 for c in colors)
    assert any(QColor(c).lightness() > 240 for c in colors)


@pytest.mark.parametrize("palette", [_theme.dark_palette(), _theme.light_palette()], ids=["dark", "light"])
@pytest.mark.parametrize("kind", ["error", "warning", "success", "muted"])
def test_semantic_text_colours_are_readable_in_both_themes(palette, kind):
    color = _theme.semantic_color(kind, palette)
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        assert contrast(color, palette.color(background)) >= 4.5, (kind, background.name)
