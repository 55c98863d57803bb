"""The « Préférences » dialog: what it saves, the live theme and its cancellation, the media cache,
the log folder, keyboard order, and its entry in the main window's Édition menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QWidget

from app import paths
from app.media import default_cache
from app.ui import _settings, _theme
from app.ui.preferences import PreferencesDialog, install, open_preferences


@pytest.fixture(autouse=True)
def clean_settings(qapp):
    _settings.app_settings().clear()
    _settings.app_settings().sync()
    yield
    _settings.app_settings().clear()
    _settings.app_settings().sync()
    _theme.apply_theme(qapp, "system")


@pytest.fixture
def dialog(qtbot) -> PreferencesDialog:
    dlg = PreferencesDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def ok_button(dlg: PreferencesDialog):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_defaults_are_shown(dialog):
    assert dialog.server_demo.isChecked()
    assert not dialog.server_url.isEnabled()
    assert dialog.language.currentData() == ""
    assert dialog.theme.currentData() == "system"
    assert dialog.concurrency.value() == _settings.DEFAULTS[_settings.BULK_CONCURRENCY]
    assert dialog.cache_mb.value() == _settings.DEFAULTS[_settings.MEDIA_CACHE_MB]
    assert dialog.log_path.text() == str(paths.log_dir())


def test_ok_saves_every_preference(qtbot, dialog):
    dialog.server_other.setChecked(True)
    qtbot.keyClicks(dialog.server_url, "https://api.exemple.fr")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.concurrency.setValue(3)
    dialog.cache_mb.setValue(350)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert _settings.value(_settings.SERVER_CHOICE) == "other"
    assert _settings.value(_settings.SERVER_URL) == "https://api.exemple.fr"
    assert _settings.value(_settings.LANGUAGE) == "en"
    assert _settings.value(_settings.THEME) == "light"
    assert _settings.value(_settings.BULK_CONCURRENCY, None, int) == 3
    assert _settings.value(_settings.MEDIA_CACHE_MB, None, int) == 350
    assert default_cache().max_bytes == 350 * 1024 * 1024

    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    assert reopened.server_other.isChecked() and reopened.server_url.text() == "https://api.exemple.fr"
    assert reopened.language.currentData() == "en" and reopened.theme.currentData() == "light"
    assert (reopened.concurrency.value(), reopened.cache_mb.value()) == (3, 350)


def test_cancel_saves_nothing(qtbot, dialog):
    dialog.server_cliqphone.setChecked(True)
    dialog.concurrency.setValue(2)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _settings.value(_settings.SERVER_CHOICE) == "demo"
    assert _settings.value(_settings.BULK_CONCURRENCY, None, int) == 8


def test_other_server_needs_a_full_address(qtbot, dialog):
    dialog.server_other.setChecked(True)
    assert dialog.server_url.isEnabled()
    assert not ok_button(dialog).isEnabled()
    assert dialog.server_url_error.isVisible()
    qtbot.keyClicks(dialog.server_url, "api.exemple.fr")
    assert not ok_button(dialog).isEnabled()
    dialog.server_url.setText("https://api.exemple.fr")
    assert ok_button(dialog).isEnabled()
    assert not dialog.server_url_error.isVisible()
    dialog.server_demo.setChecked(True)  # the address no longer matters
    dialog.server_url.setText("n'importe quoi")
    assert ok_button(dialog).isEnabled()


def test_language_change_says_it_applies_at_next_start(dialog):
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisible()
    assert "prochain démarrage" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert not dialog.language_note.isVisible()


def test_theme_applies_live_and_cancel_puts_it_back(qtbot, qapp, dialog):
    assert not _theme.is_dark(qapp.palette())
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert _theme.is_dark(qapp.palette())
    # Widgets take the new application palette when they process the palette-change event.
    qtbot.waitUntil(lambda: _theme.is_dark(dialog.palette()), timeout=2000)
    dialog.reject()
    assert not _theme.is_dark(qapp.palette())
    assert _theme.current_theme() == "system"


def test_theme_kept_after_ok(qtbot, qapp, dialog):
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert _theme.is_dark(qapp.palette())
    assert _theme.saved_theme() == "dark"


def test_clear_cache_empties_the_media_cache(qtbot, dialog):
    cache = default_cache()
    cache.put(901, "http://exemple/media/901.mp3", b"ID3" + b"\0" * 300_000, ".mp3")
    dialog._refresh_cache_usage()
    assert cache.size_bytes() > 0
    assert "0.3" in dialog.cache_usage.text() or "0,3" in dialog.cache_usage.text()
    qtbot.mouseClick(dialog.clear_cache, Qt.MouseButton.LeftButton)
    assert cache.size_bytes() == 0
    assert dialog.cache_usage.text().startswith(("0.0", "0,0"))


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_asks_the_desktop_to_open_it(qtbot, dialog):
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(dialog.open_logs, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(paths.log_dir())]


def test_every_control_is_reachable_by_tab_in_reading_order(qtbot, dialog):
    dialog.server_other.setChecked(True)  # so that the address field takes part
    dialog.activateWindow()
    expected: list[QWidget] = [dialog.server_other, dialog.server_url, dialog.language, dialog.theme,
                               dialog.concurrency, dialog.cache_mb, dialog.clear_cache, dialog.log_path,
                               dialog.open_logs]
    dialog.server_other.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        dialog.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert seen == expected
    dialog.focusNextChild()
    assert isinstance(QApplication.focusWidget().parentWidget(), QDialogButtonBox)


def test_fields_have_labels_or_accessible_names(dialog):
    for field in (dialog.language, dialog.theme, dialog.concurrency, dialog.cache_mb):
        assert any(label.buddy() is field for label in dialog.findChildren(type(dialog.cache_usage)))
    assert dialog.server_url.accessibleName()
    assert dialog.log_path.accessibleName()


class _FakeWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.menu_file = self.menuBar().addMenu("&Fichier")
        self.menu_edit = self.menuBar().addMenu("É&dition")


def test_install_adds_preferences_to_the_edit_menu_with_ctrl_comma(qtbot):
    window = _FakeWindow()
    qtbot.addWidget(window)
    install(window)
    action = window.preferences_action
    assert action in window.menu_edit.actions()
    assert action not in window.menu_file.actions()
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    assert not action.icon().isNull()
    action.trigger()
    dialogs = window.findChildren(PreferencesDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible() and dialogs[0].isModal()
    dialogs[0].reject()


def test_open_preferences_does_not_block(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_preferences(parent)  # returns at once: exec() would block here
    assert dlg.isVisible()
    dlg.reject()


def test_dark_palette_reaches_the_dialog_widgets(qtbot, qapp, dialog):
    _theme.apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: dialog.log_path.palette().color(QPalette.ColorRole.Base).lightness() < 60, timeout=2000)
    assert dialog.log_path.palette().color(QPalette.ColorRole.Text).lightness() > 200


def test_address_error_is_readable_in_both_themes(qtbot, qapp, dialog):
    dialog.server_other.setChecked(True)
    for theme in ("light", "dark"):
        _theme.apply_theme(qapp, theme)
        expected = _theme.semantic_color("error", qapp.palette())
        assert dialog.server_url_error.palette().color(QPalette.ColorRole.WindowText) == expected
