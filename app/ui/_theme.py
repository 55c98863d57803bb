"""Themes (system, light, dark) and the application's icons.

`apply_theme(app, "dark")` switches the whole application at once, without restart: Qt sends every
widget a palette-change event and repaints it. Light and dark use the Fusion style with explicit
palettes, so that they look the same on every system (native styles such as Windows' ignore a dark
palette); "system" gives back the platform's own style and colours.

Icons come from the SVG files in ``resources/icons``. Action icons are single-colour SVGs drawn with
``currentColor``; `action_icon(name)` paints them with the palette's text colour *at paint time*, so an
icon set once stays readable after a switch to the dark theme, and is sharp at any size and screen
scale. Names: refresh, search, edit, add, history, media, play, pause, stop, preferences, export,
import, filter, undo, phone, zone, copy, volume, mute (`action_icon_names()`).
"""

from __future__ import annotations

import contextlib
import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from app import paths
from app.ui import _settings

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
ICONS_DIR = paths.RESOURCES_DIR / "icons"
APP_ICON_NAME = "cliqphone-desk"
#: Sizes at which the application icon is rendered (the small SVG is hinted for 16-24 px).
APP_ICON_SIZES = (16, 20, 22, 24, 32, 40, 48, 64, 96, 128, 256, 512)
_SMALL_ICON_MAX = 24

# What the platform gave before any theme was applied, to come back to it for "system".
_original: dict[str, object] = {}
_current = "system"


class ThemeNotifier(QObject):
    """Tells widgets that paint their own colours that the theme changed (argument: "light"/"dark")."""

    changed = Signal(str)


@cache
def theme_notifier() -> ThemeNotifier:
    return ThemeNotifier()


# -- palettes ------------------------------------------------------------------------------------

def _palette(colors: dict[str, str], disabled: dict[str, str]) -> QPalette:
    pal = QPalette()
    for role_name, color in colors.items():
        role = getattr(QPalette.ColorRole, role_name)
        pal.setColor(QPalette.ColorGroup.All, role, QColor(color))
    for role_name, color in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role_name), QColor(color))
    return pal


def dark_palette() -> QPalette:
    """A dark palette whose text meets WCAG AA contrast (>= 4.5:1) on every background it is used on."""
    return _palette(
        {
            "Window": "#2b2d31", "WindowText": "#e8e8e8", "Base": "#1e1f22", "AlternateBase": "#27292d",
            "ToolTipBase": "#3b3e44", "ToolTipText": "#f2f2f2", "PlaceholderText": "#9a9fa6",
            "Text": "#e8e8e8", "Button": "#383b40", "ButtonText": "#e8e8e8", "BrightText": "#ff7b7b",
            "Light": "#4c5057", "Midlight": "#41444a", "Mid": "#2f3236", "Dark": "#18191b",
            "Shadow": "#000000", "Highlight": "#2d6cc0", "HighlightedText": "#ffffff",
            "Link": "#7ab6ff", "LinkVisited": "#c8a2ff", "Accent": "#2d6cc0",
        },
        {
            "WindowText": "#80848b", "Text": "#80848b", "ButtonText": "#80848b", "Base": "#242529",
            "Button": "#303236", "Highlight": "#45484e", "HighlightedText": "#b0b3b8",
            "PlaceholderText": "#6c7077",
        },
    )


def light_palette() -> QPalette:
    """Fusion's classic light palette, spelled out so that it does not depend on the system's scheme."""
    return _palette(
        {
            "Window": "#efefef", "WindowText": "#1a1a1a", "Base": "#ffffff", "AlternateBase": "#f5f5f5",
            "ToolTipBase": "#ffffdc", "ToolTipText": "#1a1a1a", "PlaceholderText": "#6d6d6d",
            "Text": "#1a1a1a", "Button": "#efefef", "ButtonText": "#1a1a1a", "BrightText": "#ffffff",
            "Light": "#ffffff", "Midlight": "#cacaca", "Mid": "#b8b8b8", "Dark": "#9f9f9f",
            "Shadow": "#767676", "Highlight": "#2b6cb8", "HighlightedText": "#ffffff",
            "Link": "#0b57b0", "LinkVisited": "#6a2fa8", "Accent": "#2b6cb8",
        },
        {
            "WindowText": "#8a8a8a", "Text": "#8a8a8a", "ButtonText": "#8a8a8a", "Base": "#efefef",
            "Highlight": "#919191", "HighlightedText": "#ffffff",
        },
    )


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def current_theme() -> str:
    return _current


def apply_theme(app: QApplication, theme: str) -> str:
    """Applies "system", "light" or "dark" to the running application; returns "light" or "dark"."""
    global _current
    if theme not in THEMES:
        log.warning("unknown theme %r: using the system's", theme)
        theme = "system"
    if not _original:
        _original["style"] = app.style().name()
    hints = app.styleHints()
    if theme == "system":
        style = QStyleFactory.create(str(_original["style"])) or QStyleFactory.create("Fusion")
        app.setStyle(style)
        _set_color_scheme(hints, Qt.ColorScheme.Unknown)
        # A default-constructed palette resolves nothing: the application goes back to the platform's.
        app.setPalette(QPalette())
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        dark = theme == "dark"
        _set_color_scheme(hints, Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setPalette(dark_palette() if dark else light_palette())
    _current = theme
    _render_svg.cache_clear()
    effective = "dark" if is_dark(app.palette()) else "light"
    log.info("theme %s applied (%s)", theme, effective)
    theme_notifier().changed.emit(effective)
    return effective


def _set_color_scheme(hints: object, scheme: Qt.ColorScheme) -> None:
    # Tells native dialogs and the title bar (Qt >= 6.8, where the platform supports it).
    setter = getattr(hints, "unsetColorScheme" if scheme == Qt.ColorScheme.Unknown else "setColorScheme", None)
    if setter is None:
        return
    with contextlib.suppress(RuntimeError, TypeError):  # a platform without colour schemes
        setter() if scheme == Qt.ColorScheme.Unknown else setter(scheme)


def saved_theme() -> str:
    theme = str(_settings.value(_settings.THEME, "system") or "system")
    return theme if theme in THEMES else "system"


def apply_saved_theme(app: QApplication) -> str:
    """Applies the theme saved in the preferences, and gives the application its icon and desktop name
    (window icon on X11/Windows, the `.desktop` entry's name on Wayland). Call it before the first window."""
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    if not QGuiApplication.desktopFileName():
        QGuiApplication.setDesktopFileName(APP_ICON_NAME)
    return apply_theme(app, saved_theme())


# -- semantic colours ------------------------------------------------------------------------------

#: Text colours by meaning, for a light and for a dark background (each >= 4.5:1 on Window and Base).
_SEMANTIC = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5a00", "#ffcc66"),
    "success": ("#1b6e20", "#7bd88f"),
    "muted": ("#5c6066", "#a3a8b0"),
}


def semantic_color(kind: str, palette: QPalette | None = None) -> QColor:
    """The text colour for "error", "warning", "success" or "muted" text, readable in the current theme.

    Widgets that colour text themselves use this rather than a fixed "#b3261e" (dark red is unreadable
    on the dark theme), and re-apply it on `theme_notifier().changed`.
    """
    light, dark = _SEMANTIC[kind]
    return QColor(dark if is_dark(palette) else light)


# -- icons ---------------------------------------------------------------------------------------

def icon_path(name: str) -> Path:
    return ICONS_DIR / "actions" / f"{name}.svg"


def action_icon_names() -> list[str]:
    return sorted(p.stem for p in (ICONS_DIR / "actions").glob("*.svg"))


@cache
def _svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _render_svg(path: Path, width: int, height: int, color: int) -> QImage:
    """The SVG at `path`, `currentColor` replaced by `color` (ARGB), rendered to an image of that size."""
    text = _svg_text(path).replace("currentColor", QColor.fromRgba(color).name(QColor.NameFormat.HexRgb))
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
    else:
        log.warning("icon %s is not a valid SVG", path)
    return image


class _PaletteSvgIconEngine(QIconEngine):
    """Paints a single-colour SVG in the current palette's text colour for the icon's mode."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    def _color(self, mode: QIcon.Mode) -> QColor:
        pal = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        image = _render_svg(self._path, round(side * scale), round(side * scale), self._color(mode).rgba())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        painter.drawImage(target, image)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        image = _render_svg(self._path, round(side * scale), round(side * scale), self._color(mode).rgba())
        pix = QPixmap.fromImage(image)
        pix.setDevicePixelRatio(scale)
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _PaletteSvgIconEngine(self._path)

    def key(self) -> str:
        return "cliqphone-palette-svg"

    def iconName(self) -> str:
        return self._path.stem

    def isNull(self) -> bool:
        return not self._path.is_file()


def action_icon(name: str) -> QIcon:
    """A toolbar/menu icon by name (see the module docstring); follows the theme's text colour."""
    path = icon_path(name)
    if not path.is_file():
        log.warning("no action icon named %r", name)
        return QIcon()
    return QIcon(_PaletteSvgIconEngine(path))


def render_app_icon(size: int) -> QImage:
    """The application icon at `size` pixels (the hinted small drawing up to 24 px)."""
    small = size <= _SMALL_ICON_MAX
    path = ICONS_DIR / (f"{APP_ICON_NAME}-small.svg" if small else f"{APP_ICON_NAME}.svg")
    return _render_svg(path, size, size, 0).copy()


def app_icon() -> QIcon:
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_app_icon(size)))
    return icon
