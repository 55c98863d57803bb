"""« À propos de Cliqphone Desk »: version, server, where the log file is, library versions."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__, paths


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, server: str = "", login: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("À propos de Cliqphone Desk"))
        title = QLabel(f"<h2>Cliqphone Desk {__version__}</h2>")
        text = QLabel(self.tr("Gérez vos numéros Cliqphone : zones, numéros, renvois, messages et musiques "
                              "d'attente."))
        text.setWordWrap(True)
        lines = []
        if server:
            lines.append(self.tr("Serveur : %1").replace("%1", server))
        if login:
            lines.append(self.tr("Connecté en tant que : %1").replace("%1", login))
        log_dir = paths.log_dir()
        lines.append(self.tr("Journal : <a href='%1'>%2</a>").replace("%1", QUrl.fromLocalFile(str(log_dir)).toString())
                     .replace("%2", str(log_dir)))
        lines.append(self.tr("Python %1, Qt %2, PySide6 %3").replace("%1", platform.python_version())
                     .replace("%2", qVersion()).replace("%3", PySide6.__version__))
        details = QLabel("<br>".join(lines))
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setOpenExternalLinks(False)
        details.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(details)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None, *, server: str = "", login: str = "") -> AboutDialog:
    """Opens the box without blocking (safe from a coroutine)."""
    dialog = AboutDialog(parent, server=server, login=login)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
