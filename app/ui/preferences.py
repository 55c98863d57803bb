"""The « Préférences » dialog (Édition ▸ Préférences…, Ctrl+,).

Saved in the application's QSettings (`_settings`) when the user presses OK. The theme applies at
once — it is previewed while the list changes and put back on « Annuler » — as do the media cache's
size and the concurrency of bulk edits (both read when next used). The language applies at the next
start: widgets translate their texts when they are built, and not all of them can redo it live.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.ui import _i18n, _settings, _theme

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SERVER_CHOICES = ("demo", "cliqphone", "other")
CONCURRENCY_RANGE = (1, 16)
CACHE_MB_RANGE = (10, 10_000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def log_folder() -> str:
    return str(paths.log_dir())


def _media_cache(max_mb: int | None = None):  # -> app.media.MediaCache | None
    # The media engine is another part of the application: the dialog still works without it.
    try:
        from app.media import default_cache
    except ImportError:  # pragma: no cover - a build without the media engine
        return None
    return default_cache(max_mb=max_mb)


def valid_server_url(text: str) -> bool:
    url = QUrl(text.strip())
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


class PreferencesDialog(QDialog):
    """Edits the preferences; `saved` is emitted after OK has written them."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Préférences"))
        self.setMinimumWidth(560)
        self._initial_theme = _theme.saved_theme()
        self._saved_language = str(_settings.value(_settings.LANGUAGE, "") or "")

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_server_box())
        layout.addWidget(self._build_appearance_box())
        layout.addWidget(self._build_work_box())
        layout.addWidget(self._build_logs_box())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load()
        self._update_server_url_state()
        self._refresh_cache_usage()
        self._set_tab_order()

    # -- building --------------------------------------------------------------------------------
    def _build_server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Serveur par défaut"), self)
        layout = QVBoxLayout(box)
        self.server_group = QButtonGroup(self)
        self.server_demo = QRadioButton(self.tr("&Démo intégrée (données d'exemple, sans connexion)"), box)
        self.server_cliqphone = QRadioButton(self.tr("&Cliqphone (%1)").replace("%1", _settings.CLIQPHONE_URL), box)
        self.server_other = QRadioButton(self.tr("&Autre adresse :"), box)
        self.server_url = QLineEdit(box)
        self.server_url.setPlaceholderText("https://")
        self.server_url.setAccessibleName(self.tr("Adresse de l'autre serveur"))
        self.server_url.setToolTip(self.tr("Adresse complète du serveur, commençant par https:// ou http://"))
        self.server_url_error = QLabel(box)
        self.server_url_error.setObjectName("serverUrlError")
        self.server_url_error.setWordWrap(True)
        self._colour_error_label()
        _theme.theme_notifier().changed.connect(self._colour_error_label)
        for index, button in enumerate((self.server_demo, self.server_cliqphone, self.server_other)):
            self.server_group.addButton(button, index)
        other_row = QHBoxLayout()
        other_row.addWidget(self.server_other)
        other_row.addWidget(self.server_url, 1)
        layout.addWidget(self.server_demo)
        layout.addWidget(self.server_cliqphone)
        layout.addLayout(other_row)
        layout.addWidget(self.server_url_error)
        hint = QLabel(self.tr("Proposé à l'ouverture de la fenêtre de connexion."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.server_group.idToggled.connect(lambda *_: self._update_server_url_state())
        self.server_url.textChanged.connect(lambda *_: self._update_server_url_state())
        return box

    def _build_appearance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Apparence"), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.addItem(self.tr("Langue du système"), "")
        for code, name in _i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_note = QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage."), box)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self._label(self.tr("&Langue :"), self.language, box), self.language)
        form.addRow("", self.language_note)

        self.theme = QComboBox(box)
        self.theme.addItem(self.tr("Système"), "system")
        self.theme.addItem(self.tr("Clair"), "light")
        self.theme.addItem(self.tr("Sombre"), "dark")
        self.theme.setToolTip(self.tr("S'applique immédiatement"))
        self.theme.currentIndexChanged.connect(self._preview_theme)
        form.addRow(self._label(self.tr("&Thème :"), self.theme, box), self.theme)
        return box

    def _build_work_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Modifications groupées et médias"), self)
        form = QFormLayout(box)
        self.concurrency = QSpinBox(box)
        self.concurrency.setRange(*CONCURRENCY_RANGE)
        self.concurrency.setToolTip(self.tr(
            "Nombre de numéros envoyés au serveur en même temps lors d'une modification groupée"))
        form.addRow(self._label(self.tr("Envois &simultanés :"), self.concurrency, box), self.concurrency)

        self.cache_mb = QSpinBox(box)
        self.cache_mb.setRange(*CACHE_MB_RANGE)
        self.cache_mb.setSingleStep(50)
        self.cache_mb.setSuffix(self.tr(" Mo"))
        self.cache_mb.setToolTip(self.tr(
            "Place maximale des médias téléchargés gardés sur ce poste pour les réécouter sans attendre"))
        self.cache_usage = QLabel(box)
        self.cache_usage.setObjectName("cacheUsage")
        self.clear_cache = QPushButton(self.tr("&Vider le cache"), box)
        self.clear_cache.setToolTip(self.tr("Supprime les médias téléchargés (ils seront téléchargés à nouveau)"))
        self.clear_cache.clicked.connect(self._clear_cache)
        if _media_cache() is None:  # pragma: no cover - a build without the media engine
            self.clear_cache.setEnabled(False)
        cache_row = QHBoxLayout()
        cache_row.addWidget(self.cache_mb)
        cache_row.addWidget(self.cache_usage, 1)
        cache_row.addWidget(self.clear_cache)
        form.addRow(self._label(self.tr("Cache des &médias :"), self.cache_mb, box), cache_row)
        return box

    def _build_logs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Journaux"), self)
        layout = QHBoxLayout(box)
        self.log_path = QLineEdit(log_folder(), box)
        self.log_path.setReadOnly(True)
        self.log_path.setAccessibleName(self.tr("Dossier des journaux"))
        self.log_path.setToolTip(self.tr("Dossier des journaux de l'application (à joindre à une demande d'aide)"))
        self.open_logs = QPushButton(self.tr("&Ouvrir le dossier des journaux"), box)
        self.open_logs.clicked.connect(self._open_logs)
        layout.addWidget(self.log_path, 1)
        layout.addWidget(self.open_logs)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain = [self.server_demo, self.server_cliqphone, self.server_other, self.server_url,
                 self.language, self.theme, self.concurrency, self.cache_mb, self.clear_cache,
                 self.log_path, self.open_logs, self.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values ----------------------------------------------------------------------------------
    def _load(self) -> None:
        choice = str(_settings.value(_settings.SERVER_CHOICE, "demo") or "demo")
        index = SERVER_CHOICES.index(choice) if choice in SERVER_CHOICES else 0
        self.server_group.button(index).setChecked(True)
        self.server_url.setText(str(_settings.value(_settings.SERVER_URL, "") or ""))
        self._select(self.language, str(_settings.value(_settings.LANGUAGE, "") or ""))
        self._select(self.theme, self._initial_theme)
        self.concurrency.setValue(int(_settings.value(_settings.BULK_CONCURRENCY, None, int) or 8))
        self.cache_mb.setValue(int(_settings.value(_settings.MEDIA_CACHE_MB, None, int) or 200))

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def server_choice(self) -> str:
        return SERVER_CHOICES[max(self.server_group.checkedId(), 0)]

    def _update_server_url_state(self) -> None:
        other = self.server_choice() == "other"
        self.server_url.setEnabled(other)
        bad = other and not valid_server_url(self.server_url.text())
        self.server_url_error.setText(
            self.tr("Saisissez une adresse complète, par exemple https://api.exemple.fr") if bad else "")
        self.server_url_error.setVisible(bad)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)

    def _colour_error_label(self, *_args: object) -> None:
        palette = self.server_url_error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _theme.semantic_color("error", QApplication.palette()))
        self.server_url_error.setPalette(palette)

    def _language_changed(self) -> None:
        self.language_note.setVisible(self.language.currentData() != self._saved_language)

    def _preview_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            _theme.apply_theme(app, str(self.theme.currentData()))

    def _refresh_cache_usage(self) -> None:
        cache = _media_cache()
        if cache is None:  # pragma: no cover
            self.cache_usage.setText(self.tr("(indisponible)"))
            return
        used_mb = cache.size_bytes() / (1024 * 1024)
        from app.ui.main_window import ui_locale  # the UI's language, not the system's: « 0,1 Mo »

        self.cache_usage.setText(self.tr("%1 Mo utilisés").replace("%1", ui_locale().toString(used_mb, "f", 1)))

    def _clear_cache(self) -> None:
        cache = _media_cache()
        if cache is None:  # pragma: no cover
            return
        cache.clear()
        log.info("media cache cleared from the preferences")
        self._refresh_cache_usage()

    def _open_logs(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(log_folder())):
            # No file manager (a bare session): the path stays selected so that it can be copied.
            self.log_path.setFocus()
            self.log_path.selectAll()
            self.open_logs.setToolTip(self.tr("Impossible d'ouvrir le dossier : copiez son chemin"))

    # -- closing ---------------------------------------------------------------------------------
    def save(self) -> None:
        _settings.set_value(_settings.SERVER_CHOICE, self.server_choice())
        _settings.set_value(_settings.SERVER_URL, self.server_url.text().strip())
        _settings.set_value(_settings.LANGUAGE, self.language.currentData())
        _settings.set_value(_settings.THEME, self.theme.currentData())
        _settings.set_value(_settings.BULK_CONCURRENCY, self.concurrency.value())
        _settings.set_value(_settings.MEDIA_CACHE_MB, self.cache_mb.value())
        cache = _media_cache(self.cache_mb.value())  # the new cap applies to the next download
        if cache is not None and cache.size_bytes() > cache.max_bytes:
            cache.evict()
        log.info("preferences saved (server %s, language %r, theme %s)", self.server_choice(),
                 self.language.currentData(), self.theme.currentData())

    def accept(self) -> None:
        if self.server_choice() == "other" and not valid_server_url(self.server_url.text()):
            return
        self.save()
        self._initial_theme = str(self.theme.currentData())
        super().accept()
        self.saved.emit()

    def reject(self) -> None:
        if self.theme.currentData() != self._initial_theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                _theme.apply_theme(app, self._initial_theme)
        super().reject()


def open_preferences(window: QWidget) -> PreferencesDialog:
    """Opens the dialog window-modally without blocking (never `exec()`: qasync tasks keep running)."""
    dialog = PreferencesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    """Adds « Préférences… » (Ctrl+,) to the Édition menu (Fichier if there is none)."""
    menu = getattr(window, "menu_edit", None) or window.menu_file
    action = QAction(_theme.action_icon("preferences"), _tr("Préférences…"), window)
    action.setObjectName("actionPreferences")
    shortcuts = [QKeySequence("Ctrl+,")]
    shortcuts += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if k not in shortcuts]
    action.setShortcuts(shortcuts)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setStatusTip(_tr("Serveur par défaut, langue, thème, cache des médias, journaux"))
    action.triggered.connect(lambda: open_preferences(window))
    menu.addSeparator()
    menu.addAction(action)
    window.preferences_action = action
