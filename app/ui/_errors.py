"""THE one place where errors become French sentences for office staff.

Every failure the user can meet — an `ApiError` from the client, a re-login the user cancelled, a bug —
goes through `describe_error(exc)`, which says what happened and what to do, and keeps the technical
details apart (for « Copier les détails » and the log file). Nothing here shows a traceback: the
global hook logs it to the rotating log file and shows the friendly dialog instead.

The token and the password never reach these texts: the client's errors do not carry them, and the
details are passed through the log's redaction all the same.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.logs import log_file, redact

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


@dataclass(frozen=True)
class UserMessage:
    """What the user reads: a short title, what happened + what to do, and copyable details."""

    title: str
    text: str
    details: str
    #: "error" for failures, "info" for things that are not failures (nothing matches a filter).
    severity: str = "error"


# -- the texts ------------------------------------------------------------------------------------
# Functions rather than module constants so that `tr()` runs after the translators are installed.

def _field_labels() -> dict[str, str]:
    """French names of the number's fields, as forms and messages show them."""
    return {
        "id": _tr("Identifiant"),
        "numero": _tr("Numéro"),
        "code": _tr("Zone"),
        "etat": _tr("État"),
        "type": _tr("Type"),
        "info": _tr("Info"),
        "nom_porteur": _tr("Porteur"),
        "porteur": _tr("Porteur"),
        "email_porteur": _tr("E-mail du porteur"),
        "compagne": _tr("Campagne"),
        "type_repondeur": _tr("Mode (répondeur ou renvoi)"),
        "type_renvoi": _tr("Type de renvoi"),
        "num_renvoi": _tr("Numéro de renvoi"),
        "telephon": _tr("Téléphone ou fax"),
        "sonnerie": _tr("Durée de sonnerie"),
        "hour_debut": _tr("Heure de début"),
        "hour_fin": _tr("Heure de fin"),
        "jours": _tr("Jours"),
        "date_debut": _tr("Date de début"),
        "date_fin": _tr("Date de fin"),
        "active_appel_entrant": _tr("Appels entrants"),
        "active_appel_sortant": _tr("Appels sortants"),
        "activer_enregistrement": _tr("Enregistrement des appels"),
        "notification_email": _tr("Notification par e-mail"),
        "message_introduction": _tr("Message d'introduction"),
        "message_enregistrement": _tr("Message d'enregistrement"),
        "music_attente": _tr("Musique d'attente"),
        "playback": _tr("Playback"),
        "repondeur": _tr("Message du répondeur"),
        "nom": _tr("Nom"),
    }


def field_label(field: str | None) -> str:
    """The French label of a snake_case field (the field's own name if unknown)."""
    if not field:
        return ""
    return _field_labels().get(field, field)


def _validation_texts() -> dict[str, str]:
    """What is wrong with a refused value, by field (codes 0301–0329 and the media codes)."""
    return {
        "numero": _tr("Le numéro doit compter de 8 à 15 chiffres (par exemple 33187224465)."),
        "code": _tr("Cette zone n'existe pas : choisissez une zone de fr_01 à fr_05."),
        "etat": _tr("L'état doit être « Actif » ou « Inactif »."),
        "type": _tr("Le type doit être « Téléphone » ou « Fax »."),
        "info": _tr("L'info ne doit pas dépasser 255 caractères."),
        "nom_porteur": _tr("Le nom du porteur ne doit pas dépasser 100 caractères."),
        "porteur": _tr("Le nom du porteur doit compter de 2 à 20 caractères."),
        "email_porteur": _tr("L'adresse e-mail du porteur n'est pas valide."),
        "compagne": _tr("Le nom de campagne doit compter de 2 à 20 caractères."),
        "type_repondeur": _tr("Le mode doit être « Répondeur » ou « Renvoi »."),
        "type_renvoi": _tr("Le type de renvoi doit être « Parallèle » ou « Séquentiel »."),
        "num_renvoi": _tr("Le numéro de renvoi doit compter de 8 à 15 chiffres."),
        "telephon": _tr("Le numéro de téléphone n'est pas valide."),
        "sonnerie": _tr("La durée de sonnerie doit être comprise entre 0 et 300 secondes."),
        "hour_debut": _tr("Les horaires ne sont pas valides : l'heure de début doit précéder l'heure de fin."),
        "hour_fin": _tr("Les horaires ne sont pas valides : l'heure de début doit précéder l'heure de fin."),
        "jours": _tr("Les jours ne sont pas valides : choisissez « Tous les jours » ou des jours de la semaine."),
        "date_debut": _tr("Les dates ne sont pas valides : la date de début ne doit pas suivre la date de fin."),
        "date_fin": _tr("Les dates ne sont pas valides : la date de début ne doit pas suivre la date de fin."),
        "active_appel_entrant": _tr("Le choix « Appels entrants » n'est pas valide."),
        "active_appel_sortant": _tr("Le choix « Appels sortants » n'est pas valide."),
        "activer_enregistrement": _tr("Le choix « Enregistrement des appels » n'est pas valide."),
        "notification_email": _tr("Le choix « Notification par e-mail » n'est pas valide."),
        "message_introduction": _tr("Ce message d'introduction n'existe pas, est inactif ou n'est pas du bon type."),
        "message_enregistrement": _tr("Ce message d'enregistrement n'existe pas, est inactif ou n'est pas du bon type."),
        "music_attente": _tr("Cette musique d'attente n'existe pas, est inactive ou n'est pas du bon type."),
        "playback": _tr("Ce playback n'existe pas, est inactif ou n'est pas du bon type."),
        "repondeur": _tr("Ce message de répondeur n'existe pas, est inactif ou n'est pas du bon type."),
        "nom": _tr("Le nom n'est pas valide."),
    }


def _code_texts() -> dict[str, str]:
    """The contract's codes, for a refusal whose field is unknown (CONTRACT.md, « Error codes »)."""
    return {
        "0001": _tr("Ce compte API est inactif."),
        "0002": _tr("Identifiant ou mot de passe incorrect."),
        "0003": _tr("Votre session n'est plus valide."),
        "0004": _tr("Votre session a expiré."),
        "0201": _tr("L'état de média demandé n'est pas valide."),
        "0202": _tr("Le type de média demandé n'est pas valide."),
        "0301": _tr("L'état du numéro n'est pas valide."),
        "0302": _tr("Le type n'est pas valide."),
        "0303": _tr("Le numéro de téléphone n'est pas valide."),
        "0304": _tr("Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client)."),
        "0305": _tr("Le numéro doit compter de 8 à 15 chiffres."),
        "0306": _tr("La campagne n'est pas valide."),
        "0307": _tr("Le code de zone n'est pas valide."),
        "0308": _tr("Le porteur n'est pas valide."),
        "0309": _tr("Le mode (répondeur ou renvoi) n'est pas valide."),
        "0310": _tr("La zone n'est pas valide."),
        "0311": _tr("Le choix « Appels entrants » n'est pas valide."),
        "0312": _tr("Le choix « Appels sortants » n'est pas valide."),
        "0313": _tr("Le type de renvoi n'est pas valide."),
        "0314": _tr("Le choix « Notification par e-mail » n'est pas valide."),
        "0315": _tr("La notification par e-mail ou le message du répondeur n'est pas valide."),
        "0316": _tr("Le playback n'est pas valide."),
        "0317": _tr("La musique d'attente n'est pas valide."),
        "0318": _tr("Le choix « Enregistrement des appels » n'est pas valide."),
        "0319": _tr("Le numéro n'est pas valide."),
        "0320": _tr("Ce numéro n'existe pas ou n'appartient pas à votre société."),
        "0321": _tr("L'info ne doit pas dépasser 255 caractères."),
        "0322": _tr("L'adresse e-mail du porteur n'est pas valide."),
        "0323": _tr("Le choix « Enregistrement des appels » n'est pas valide."),
        "0324": _tr("La durée de sonnerie doit être comprise entre 0 et 300 secondes."),
        "0325": _tr("Les horaires ne sont pas valides."),
        "0326": _tr("Les jours ne sont pas valides."),
        "0327": _tr("Les dates ne sont pas valides."),
        "0328": _tr("Le message d'introduction n'est pas valide."),
        "0329": _tr("Le message d'enregistrement n'est pas valide."),
        "0400": _tr("Le serveur n'a pas compris la demande."),
        "0404": _tr("Le serveur ne connaît pas cette adresse."),
        "0405": _tr("Le serveur a refusé la méthode de la demande."),
    }


def details_of(exc: BaseException, *, with_traceback: bool = False) -> str:
    """Technical details for support: type, code, endpoint, field, message; never a secret."""
    lines = [
        f"Cliqphone Desk {__version__} — {datetime.now():%Y-%m-%d %H:%M:%S}",
        f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}",
    ]
    for attribute in ("code", "endpoint", "field", "status"):
        val = getattr(exc, attribute, None)
        if val not in (None, ""):
            lines.append(f"{attribute}: {val}")
    if with_traceback and exc.__traceback__ is not None:
        lines.append("")
        lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc))
    with contextlib.suppress(OSError):  # the log folder cannot be created: no path to give
        lines.append(f"journal : {log_file()}")
    return redact("\n".join(lines))


def describe_error(exc: BaseException) -> UserMessage:
    """What happened and what to do, in French, for any exception the UI can meet."""
    from app.api import (
        ApiError,
        AuthError,
        BadAnswerError,
        BadCredentialsError,
        ConnectError,
        InactiveAccountError,
        InvalidTokenError,
        NoMatchError,
        NotFoundError,
        RequestTimeout,
        ServerError,
        TokenError,
        TokenExpiredError,
        TransportError,
        ValidationError,
    )
    from app.ui._service import ReloginCancelled

    details = details_of(exc)
    if isinstance(exc, ReloginCancelled):
        return UserMessage(_tr("Opération interrompue"),
                           _tr("Vous ne vous êtes pas reconnecté : l'opération en cours a été abandonnée.\n"
                               "Relancez-la (F5 pour actualiser) une fois reconnecté."), details, "info")
    if not isinstance(exc, ApiError):
        return UserMessage(
            _tr("Erreur inattendue"),
            _tr("Une erreur inattendue s'est produite ; elle a été enregistrée dans le journal.\n"
                "Vous pouvez continuer à travailler. Si elle se reproduit, copiez les détails et "
                "envoyez-les au support Cliqphone."),
            details_of(exc, with_traceback=False),
        )
    code_text = _code_texts().get(exc.code or "", "")
    server_text = exc.message if exc.code and not code_text else ""

    if isinstance(exc, InactiveAccountError):
        return UserMessage(_tr("Compte inactif"),
                           _tr("Ce compte API est inactif.\n"
                               "Demandez à l'administrateur de votre compte Cliqphone de l'activer, "
                               "ou utilisez un autre compte."), details)
    if isinstance(exc, BadCredentialsError):
        return UserMessage(_tr("Connexion refusée"),
                           _tr("Identifiant ou mot de passe incorrect.\n"
                               "Vérifiez-les (majuscules comprises) et réessayez."), details)
    if isinstance(exc, AuthError):
        return UserMessage(_tr("Connexion refusée"),
                           (server_text or code_text or _tr("Le serveur a refusé la connexion.")) + "\n"
                           + _tr("Vérifiez votre identifiant et votre mot de passe."), details)
    if isinstance(exc, TokenExpiredError):
        return UserMessage(_tr("Session expirée"),
                           _tr("Votre session a expiré.\nReconnectez-vous pour continuer : "
                               "rien de ce que vous faisiez n'est perdu."), details)
    if isinstance(exc, InvalidTokenError | TokenError):
        return UserMessage(_tr("Session non valide"),
                           _tr("Le serveur ne reconnaît plus votre session.\nReconnectez-vous pour continuer."),
                           details)
    if isinstance(exc, NoMatchError):
        what = {
            "numero": _tr("Aucun numéro de votre société ne contient ces chiffres."),
            "compagne": _tr("Aucun numéro n'appartient à cette campagne."),
            "porteur": _tr("Aucun numéro n'a ce porteur."),
        }.get(exc.field or "", _tr("Aucun numéro ne correspond à ce filtre."))
        return UserMessage(_tr("Aucun résultat"),
                           what + "\n" + _tr("Modifiez ou effacez le filtre."), details, "info")
    if isinstance(exc, NotFoundError):
        if exc.code == "0320" or exc.field == "id":
            text = _tr("Ce numéro n'existe pas ou n'appartient pas à votre société.\n"
                       "Actualisez la liste (F5) : il a peut-être été supprimé.")
        elif exc.field == "code":
            text = _tr("Cette zone n'existe pas.\nChoisissez une zone dans la liste.")
        else:
            text = _tr("Le serveur ne connaît pas l'adresse demandée.\n"
                       "Vérifiez l'adresse du serveur dans la fenêtre de connexion.")
        return UserMessage(_tr("Introuvable"), text, details)
    if isinstance(exc, ValidationError):
        problem = _validation_texts().get(exc.field or "") or code_text or exc.message
        label = field_label(exc.field)
        todo = (_tr("Corrigez le champ « %1 » et réessayez.").replace("%1", label) if label
                else _tr("Corrigez la valeur et réessayez."))
        return UserMessage(_tr("Valeur refusée"), f"{problem}\n{todo}", details)
    if isinstance(exc, ConnectError):
        return UserMessage(_tr("Serveur injoignable"),
                           _tr("Impossible de joindre le serveur Cliqphone.\n"
                               "Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez."),
                           details)
    if isinstance(exc, RequestTimeout):
        return UserMessage(_tr("Le serveur ne répond pas"),
                           _tr("Le serveur n'a pas répondu à temps.\nRéessayez dans un moment."), details)
    if isinstance(exc, ServerError):
        return UserMessage(_tr("Erreur du serveur"),
                           _tr("Le serveur Cliqphone a rencontré une erreur.\n"
                               "Réessayez dans quelques minutes ; si cela continue, contactez le support "
                               "Cliqphone."), details)
    if isinstance(exc, BadAnswerError):
        return UserMessage(_tr("Réponse incompréhensible"),
                           _tr("Le serveur a répondu quelque chose qui n'est pas une réponse Cliqphone.\n"
                               "Vérifiez que l'adresse est bien celle d'un serveur Cliqphone."), details)
    if isinstance(exc, TransportError):
        return UserMessage(_tr("Problème de communication"),
                           _tr("La communication avec le serveur a échoué.\nRéessayez dans un moment."),
                           details)
    # A plain ApiError: a code we do not know; the server's own words are the best we have.
    text = code_text or exc.message or _tr("Le serveur a refusé la demande.")
    return UserMessage(_tr("Demande refusée"),
                       text + "\n" + _tr("Vérifiez ce que vous avez saisi, puis réessayez."), details)


# -- widgets ---------------------------------------------------------------------------------------

def copy_to_clipboard(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


class ErrorDialog(QDialog):
    """A friendly error window: what happened, what to do, and « Copier les détails »."""

    def __init__(self, message: UserMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setWindowTitle(message.title)
        self.setObjectName("errorDialog")
        icon = QLabel()
        style = self.style()
        pixmap_kind = (QStyle.StandardPixmap.SP_MessageBoxInformation if message.severity == "info"
                       else QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(style.standardIcon(pixmap_kind).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b>{_escape(message.title)}</b>")
        self.text_label = QLabel(message.text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumWidth(360)
        text_box = QVBoxLayout()
        text_box.addWidget(title)
        text_box.addWidget(self.text_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = buttons.addButton(self.tr("Copier les détails"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copie les détails techniques pour le support"))
        self.copy_button.clicked.connect(self._copy)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        copy_to_clipboard(self.message.details)
        self.copy_button.setText(self.tr("Détails copiés"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_open_dialogs: list[ErrorDialog] = []


def show_error_dialog(parent: QWidget | None, exc: BaseException | UserMessage) -> ErrorDialog:
    """Shows the friendly dialog without blocking (safe inside a coroutine); returns it."""
    message = exc if isinstance(exc, UserMessage) else describe_error(exc)
    # The same message twice in a row (a failing timer, a loop) gives one dialog, not a pile.
    for dialog in _open_dialogs:
        if dialog.isVisible() and dialog.message.text == message.text:
            dialog.raise_()
            return dialog
    dialog = ErrorDialog(message, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(dialog)
    dialog.destroyed.connect(lambda *_: _open_dialogs.remove(dialog) if dialog in _open_dialogs else None)
    dialog.finished.connect(lambda *_: _open_dialogs.remove(dialog) if dialog in _open_dialogs else None)
    dialog.open()
    return dialog


#: The error banner's background, border and text colours: light theme, dark theme.
_BANNER_COLOURS = {False: ("#fdecea", "#e0a39b", "#5f1f18"), True: ("#3d2523", "#a0574e", "#ffdad4")}


class ErrorBanner(QFrame):
    """A non-blocking strip above the table: what went wrong, « Copier les détails », close."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._apply_colours()
        from app.ui._theme import theme_notifier

        theme_notifier().changed.connect(self._apply_colours)
        self.message: UserMessage | None = None
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.hide()
        self.copy_button = QPushButton(self.tr("Copier les détails"))
        self.copy_button.setToolTip(self.tr("Copie les détails techniques pour le support"))
        self.copy_button.clicked.connect(self._copy)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.setToolTip(self.tr("Masquer ce message"))
        self.close_button.setAccessibleName(self.tr("Masquer le message d'erreur"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.close_button)
        self.hide()

    def _apply_colours(self, _theme: str = "") -> None:
        # A tinted strip of the theme's own kind: the fixed light pink glared on the dark theme, and
        # the ✕ (drawn in the palette's text colour) vanished on it. Text >= 7:1 on both.
        from app.ui._theme import is_dark

        background, border, text = _BANNER_COLOURS[is_dark()]
        self.setStyleSheet(
            f"#errorBanner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#errorBanner QLabel, #errorBanner QToolButton {{ color: {text}; }}"
            "#errorBanner QToolButton { font-weight: bold; }"
        )

    def show_message(self, exc_or_text: BaseException | UserMessage | str, *, can_retry: bool = False) -> None:
        if isinstance(exc_or_text, str):
            message = UserMessage(self.tr("Erreur"), exc_or_text, exc_or_text)
        elif isinstance(exc_or_text, UserMessage):
            message = exc_or_text
        else:
            message = describe_error(exc_or_text)
        self.message = message
        self.text_label.setText(f"<b>{_escape(message.title)}</b> — "
                                + _escape(message.text).replace("\n", "<br>"))
        self.retry_button.setVisible(can_retry)
        self.copy_button.setText(self.tr("Copier les détails"))
        self.show()

    def _copy(self) -> None:
        if self.message is not None:
            copy_to_clipboard(self.message.details)
            self.copy_button.setText(self.tr("Détails copiés"))


# -- the global hook -------------------------------------------------------------------------------

def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from app.ui._service import ReloginCancelled

    if isinstance(exc, ReloginCancelled):
        log.info("an operation was abandoned: the user closed the re-login dialog")
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        return
    try:
        parent = QApplication.activeWindow()
        show_error_dialog(parent, exc)
    except Exception:  # the hook itself must never raise
        log.exception("could not show the error dialog")


def install_excepthook() -> None:
    """Logs anything unexpected to the rotating log file and shows the friendly dialog."""
    sys.excepthook = _hook
