"""The features that plug into the main window, each as `module:install(window)`.

The main window builds the frame (menus, toolbar, zone browser, numbers table, status bar); each
feature adds its own actions, docks and dialogs from its own module, so that the window's file does
not grow with every feature. One line per feature; the order is the order of their menu entries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

FEATURES: list[str] = [
    "app.ui.editing:install",
    "app.ui.media:install",
    "app.ui.preferences:install",  # last: « Préférences… » ends the Édition menu
]


def install_features(window: MainWindow) -> None:
    for spec in FEATURES:
        module_name, _, function = spec.partition(":")
        getattr(importlib.import_module(module_name), function or "install")(window)
