"""The login dialog: which server, login, password, « Se souvenir de moi ».

Two modes. At start-up it chooses the server (the embedded demo, the real service, or another
address), creates the `ApiService` and logs in. In re-login mode (the token expired in the middle of
something) it opens over the current window with the server fixed and the login filled in, and logs
the existing service in again, so that the interrupted call can be retried with nothing lost.

Passwords are kept only in the operating system's keyring (the `keyring` package); the choice is
hidden when no keyring is available. The settings file holds the login, never a password.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.embedded import DEMO_LOGIN, DEMO_PASSWORD
from app.ui import _settings as settings
from app.ui._async import spawn, wait_signal
from app.ui._errors import describe_error

if TYPE_CHECKING:  # the client (httpx) is imported once the dialog is on screen: start-up speed
    from app.api import ApiError
    from app.ui._service import ApiService

log = logging.getLogger(__name__)

DEMO, CLIQPHONE, OTHER = "demo", "cliqphone", "other"
KEYRING_SERVICE = "Cliqphone Desk"

#: (choice, url) -> (base_url, label shown to the user, is_demo). Starts the demo server if needed.
ServerResolver = Callable[[str, str], Awaitable[tuple[str, str, bool]]]


# -- keyring -------------------------------------------------------------------------------------------

def keyring_available() -> bool:
    """True when `keyring` has a real backend (not the fail/null one that stores nothing)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        # A chainer with no usable backend behind it is as good as none.
        return getattr(backend, "priority", 1) > 0
    except Exception:  # no keyring package, a broken D-Bus: no keyring
        return False


def _keyring_user(server_key: str, login: str) -> str:
    return f"{login}@{server_key}"


def saved_password(server_key: str, login: str) -> str | None:
    if not login or not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(server_key, login))
    except Exception:
        log.warning("could not read the keyring")
        return None


def save_password(server_key: str, login: str, password: str) -> None:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(server_key, login), password)
    except Exception:
        log.warning("could not write the password to the keyring")


def forget_password(server_key: str, login: str) -> None:
    if not login or not keyring_available():
        return
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_user(server_key, login))
    except Exception:  # nothing stored: nothing to forget
        pass


def normalise_url(text: str) -> str:
    """`api.example.com` -> `https://api.example.com`; empty when not an http(s) address."""
    text = text.strip().rstrip("/")
    if not text:
        return ""
    if "://" not in text:
        host = text.split("/", 1)[0].split(":", 1)[0]
        scheme = "http" if host in ("localhost", "127.0.0.1", "[::1]") else "https"
        text = f"{scheme}://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return text


def server_key(choice: str, url: str) -> str:
    """What identifies a server in the keyring."""
    if choice == DEMO:
        return "demo"
    if choice == CLIQPHONE:
        return settings.CLIQPHONE_URL
    return normalise_url(url)


# -- the dialog ----------------------------------------------------------------------------------------

class LoginDialog(QDialog):
    """Logs in; `service` holds the logged-in `ApiService` once the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, *, resolver: ServerResolver | None = None,
                 service: ApiService | None = None, choice: str | None = None, url: str | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.resolver = resolver
        self.relogin = service is not None
        self.service: ApiService | None = service
        self._attempt: asyncio.Task[None] | None = None
        self.setWindowTitle(self.tr("Session expirée — Cliqphone Desk") if self.relogin
                            else self.tr("Connexion — Cliqphone Desk"))
        self.setMinimumWidth(440)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server_combo = QComboBox()
        self.server_combo.setObjectName("serverCombo")
        self.server_combo.addItem(self.tr("Démo intégrée"), DEMO)
        self.server_combo.addItem(self.tr("Cliqphone (api.cliqphone.com)"), CLIQPHONE)
        self.server_combo.addItem(self.tr("Autre…"), OTHER)
        self.server_combo.setAccessibleName(self.tr("Serveur"))
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("https://serveur.exemple.fr")
        self.url_edit.setAccessibleName(self.tr("Adresse du serveur"))
        self.url_label = QLabel(self.tr("&Adresse :"))
        self.url_label.setBuddy(self.url_edit)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setText(
            self.tr("Serveur de démonstration : utilisez le compte <b>%1</b>, mot de passe <b>%2</b>. "
                    "<a href='fill'>Remplir pour moi</a>").replace("%1", DEMO_LOGIN).replace("%2", DEMO_PASSWORD))
        self.demo_hint.linkActivated.connect(self._fill_demo)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setAccessibleName(self.tr("Identifiant"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mot de passe"))
        self.remember_check = QCheckBox(self.tr("Se &souvenir de moi"))
        self.remember_check.setToolTip(self.tr("Garde votre identifiant pour la prochaine fois"))
        self.keyring_check = QCheckBox(self.tr("Garder le mot de passe dans le trousseau du système"))
        self.keyring_check.setToolTip(self.tr("Le mot de passe est confié au trousseau sécurisé du système, "
                                              "jamais écrit dans un fichier de Cliqphone Desk"))
        # Hidden until `probe_keyring` knows there is a keyring: asking takes ~0.3 s, after the first paint.
        self.keyring_check.setVisible(False)
        self._keyring_ok = False
        self.keyring_probe: asyncio.Task[None] | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._apply_colours()
        from app.ui._theme import theme_notifier

        theme_notifier().changed.connect(self._apply_colours)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Serveur :"), self.server_combo)
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.tr("&Identifiant :"), self.login_edit)
        form.addRow(self.tr("&Mot de passe :"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_check)
        self.form = form

        self.buttons = QDialogButtonBox()
        self.login_button: QPushButton = self.buttons.addButton(self.tr("Se connecter"),
                                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.login_button.setObjectName("loginButton")
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Annuler") if self.relogin else self.tr("Quitter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.server_combo.currentIndexChanged.connect(self._on_server_changed)
        self.remember_check.toggled.connect(self.keyring_check.setEnabled)
        self._prefill(choice, url)

    # -- state ------------------------------------------------------------------------------------
    def _prefill(self, choice: str | None, url: str | None) -> None:
        if self.relogin and self.service is not None:
            svc = self.service
            self.intro.setText(self.tr("<b>Votre session a expiré.</b> Saisissez à nouveau votre mot de passe "
                                       "pour continuer : ce que vous faisiez reprendra là où vous en étiez."))
            choice = DEMO if svc.is_demo else (CLIQPHONE if svc.base_url == settings.CLIQPHONE_URL else OTHER)
            url = svc.base_url
            self.login_edit.setText(svc.login_name or "")
            self.login_edit.setReadOnly(True)
            self.server_combo.setEnabled(False)
            self.url_edit.setReadOnly(True)
        else:
            self.intro.setText(self.tr("<b>Bienvenue dans Cliqphone Desk.</b> Connectez-vous avec votre compte "
                                       "API Cliqphone."))
            choice = choice or str(settings.value(settings.SERVER_CHOICE))
            url = url if url is not None else str(settings.value(settings.SERVER_URL) or "")
        index = max(0, self.server_combo.findData(choice))
        self.server_combo.setCurrentIndex(index)
        self.url_edit.setText(url or "")
        remember = bool(settings.value(settings.REMEMBER_LOGIN, type_=bool))
        self.remember_check.setChecked(remember)
        self.keyring_check.setEnabled(remember)
        if not self.relogin and remember:
            self.login_edit.setText(str(settings.value(settings.LAST_LOGIN) or ""))
        self._on_server_changed()
        if self.login_edit.text():
            self.password_edit.setFocus()
        else:
            self.login_edit.setFocus()

    async def probe_keyring(self) -> None:
        """Shows the keyring choice if there is a keyring, and fills in the password it keeps."""
        self._keyring_ok = await asyncio.to_thread(keyring_available)
        self.keyring_check.setVisible(self._keyring_ok)
        if not (self._keyring_ok and self.remember_check.isChecked()) or self.password_edit.text():
            return
        key, login = server_key(self.choice(), self.url_edit.text()), self.login_edit.text()
        stored = await asyncio.to_thread(saved_password, key, login)
        if stored and not self.password_edit.text() and login == self.login_edit.text():
            self.password_edit.setText(stored)
            self.keyring_check.setChecked(True)

    def choice(self) -> str:
        return str(self.server_combo.currentData())

    def _on_server_changed(self, *_args: object) -> None:
        other = self.choice() == OTHER
        self.url_edit.setVisible(other)
        self.url_label.setVisible(other)
        self.demo_hint.setVisible(self.choice() == DEMO and not self.relogin)
        self.error_label.hide()

    def _fill_demo(self, *_args: object) -> None:
        self.login_edit.setText(DEMO_LOGIN)
        self.password_edit.setText(DEMO_PASSWORD)
        self.login_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.login_edit, self.password_edit, self.remember_check, self.keyring_check,
                       self.url_edit, self.login_button, self.demo_hint):
            widget.setEnabled(not busy)
        self.server_combo.setEnabled(not busy and not self.relogin)
        if not busy:
            self.keyring_check.setEnabled(self.remember_check.isChecked())
        self.login_button.setText(self.tr("Connexion…") if busy else self.tr("Se connecter"))
        if not busy:  # disabling it handed the default role to « Quitter »: take it back
            self.login_button.setDefault(True)

    def show_problem(self, text: str, focus: QWidget | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None and focus.isVisible():
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    @property
    def busy(self) -> bool:
        return self._attempt is not None and not self._attempt.done()

    # -- submitting -------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if self.choice() == OTHER and not normalise_url(self.url_edit.text()):
            self.show_problem(self.tr("Saisissez l'adresse du serveur, par exemple https://api.cliqphone.com."),
                              self.url_edit)
            return
        if not login:
            self.show_problem(self.tr("Saisissez votre identifiant."), self.login_edit)
            return
        if not password:
            self.show_problem(self.tr("Saisissez votre mot de passe."), self.password_edit)
            return
        self.error_label.hide()
        self.set_busy(True)
        self._attempt = spawn(self._log_in(login, password), name="login")

    async def _log_in(self, login: str, password: str) -> None:
        from app.api import ApiError
        from app.ui._service import ApiService

        choice, url = self.choice(), normalise_url(self.url_edit.text())
        created: ApiService | None = None
        try:
            if self.relogin:
                assert self.service is not None
                await self.service.login(login, password)
            else:
                if self.resolver is None:
                    raise RuntimeError("no server resolver")
                base_url, label, is_demo = await self.resolver(choice, url)
                created = ApiService(base_url, server_label=label, is_demo=is_demo)
                await created.login(login, password)
                self.service = created
        except ApiError as exc:
            if created is not None:
                await created.aclose()
            log.info("login refused: %s", type(exc).__name__)
            self.set_busy(False)
            self._explain(exc)
            return
        except asyncio.CancelledError:
            if created is not None:
                await created.aclose()
            raise
        except Exception as exc:  # the demo server failed to start, a bad address
            if created is not None:
                await created.aclose()
            log.exception("login failed")
            self.set_busy(False)
            if choice == DEMO:
                self.show_problem(self.tr("Le serveur de démonstration n'a pas pu démarrer. Le détail est dans "
                                          "le journal ; réessayez ou choisissez un autre serveur."),
                                  self.server_combo)
            else:
                self.show_problem(describe_error(exc).text, self.url_edit if choice == OTHER else None)
            return
        self.set_busy(False)
        self._remember(choice, url, login, password)
        self.accept()

    def _explain(self, exc: ApiError) -> None:
        from app.api import (
            BadAnswerError,
            BadCredentialsError,
            ConnectError,
            InactiveAccountError,
            NotFoundError,
            RequestTimeout,
        )

        server_field: QWidget = self.url_edit if self.choice() == OTHER else self.server_combo
        if isinstance(exc, BadCredentialsError):
            self.show_problem(self.tr("Identifiant ou mot de passe incorrect. Vérifiez-les (majuscules "
                                      "comprises) et réessayez."), self.password_edit)
        elif isinstance(exc, InactiveAccountError):
            self.show_problem(self.tr("Ce compte API est inactif. Demandez à l'administrateur de votre compte "
                                      "Cliqphone de l'activer, ou utilisez un autre compte."), self.login_edit)
        elif isinstance(exc, ConnectError | RequestTimeout):
            self.show_problem(self.tr("Le serveur est injoignable. Vérifiez votre connexion Internet et "
                                      "l'adresse du serveur, puis réessayez."), server_field)
        elif isinstance(exc, BadAnswerError | NotFoundError):
            self.show_problem(self.tr("Ce serveur ne répond pas comme un serveur Cliqphone. Vérifiez "
                                      "l'adresse (par exemple https://api.cliqphone.com)."), server_field)
        else:
            self.show_problem(describe_error(exc).text.replace("\n", " "), self.password_edit)

    def _remember(self, choice: str, url: str, login: str, password: str) -> None:
        key = server_key(choice, url)
        if not self.relogin:
            settings.set_value(settings.SERVER_CHOICE, choice)
            if choice == OTHER:
                settings.set_value(settings.SERVER_URL, url)
        remember = self.remember_check.isChecked()
        settings.set_value(settings.REMEMBER_LOGIN, remember)
        settings.set_value(settings.LAST_LOGIN, login if remember else "")
        if remember and self._keyring_ok and self.keyring_check.isChecked():
            save_password(key, login, password)
        elif self._keyring_ok:
            forget_password(key, login)

    # -- closing ----------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()
        super().reject()

    def _apply_colours(self, _theme: str = "") -> None:
        # The error red of the current theme (a fixed dark red is unreadable on the dark one).
        from app.ui._theme import semantic_color

        self.error_label.setStyleSheet(f"color: {semantic_color('error').name()};")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter submits from any field (the default button would too, but not from the combo box).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    async def run(self) -> ApiService | None:
        """Opens the dialog (window-modal, without blocking the loop); the service once logged in."""
        finished = asyncio.ensure_future(wait_signal(self.finished))
        await asyncio.sleep(0)
        self.open()
        self.keyring_probe = spawn(self.probe_keyring(), name="keyring probe")
        (result,) = await finished
        return self.service if result == QDialog.DialogCode.Accepted else None


async def relogin(parent: QWidget | None, service: ApiService) -> bool:
    """The service's `relogin_handler`: the dialog in re-login mode over `parent`; True once logged in."""
    dialog = LoginDialog(parent, service=service)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    try:
        return await dialog.run() is not None
    finally:
        dialog.deleteLater()
