"""Every keyboard shortcut of the main window, features included, does one thing.

Two actions with the same shortcut in the same window make Qt trigger neither ("ambiguous
shortcut"): the key silently stops working. This happened once (Ctrl+Maj+M for both « Modifier la
sélection » and « Médias »), hence the test.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

from app.ui import _login
from app.ui import _settings as settings
from app.ui._features import FEATURES
from app.ui.main_window import MainWindow

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def test_no_two_window_wide_shortcuts_share_a_key(qtbot, service, monkeypatch):
    monkeypatch.setattr(_login, "keyring_available", lambda: False)
    settings.app_settings().clear()
    window = MainWindow(service)
    qtbot.addWidget(window)
    assert len(FEATURES) >= 3  # editing, media and preferences are installed in this window

    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in WINDOW_WIDE:
            continue
        for key in action.shortcuts():
            owners[key.toString()].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE and shortcut.parent() is window:
            owners[shortcut.key().toString()].append(f"QShortcut {shortcut.objectName()}")
    owners.pop("", None)

    assert {"F5", "Ctrl+Q", "Ctrl+N", "Ctrl+H"} <= set(owners)  # the test sees the real actions
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert not clashes, clashes
