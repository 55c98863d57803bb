"""The one error mapping, the error dialog and banner, the global hook, and start-up helpers."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication

from app import api
from app.logs import setup_logging
from app.ui import _errors
from app.ui._errors import ErrorBanner, describe_error, install_excepthook, show_error_dialog
from app.ui._service import ReloginCancelled

CASES = [
    (api.BadCredentialsError("Login ou mot de passe invalide", code="0002", endpoint="/api/auto"), "incorrect"),
    (api.InactiveAccountError("Compte inactif", code="0001", endpoint="/api/auto"), "inactif"),
    (api.TokenExpiredError("token expired", code="0004"), "expiré"),
    (api.InvalidTokenError("invalid token", code="0003"), "session"),
    (api.NoMatchError("invalid compagne", code="0306", field="compagne"), "campagne"),
    (api.NotFoundError("invalid id", code="0320", field="id"), "n'existe pas"),
    (api.ValidationError("invalid sonnerie", code="0324", field="sonnerie"), "300 secondes"),
    (api.ValidationError("invalid Numero existe", code="0304", field="numero"), "Numéro"),
    (api.ConnectError("refused"), "joindre le serveur"),
    (api.RequestTimeout("timeout"), "pas répondu"),
    (api.ServerError("HTTP 502", status=502), "erreur"),
    (api.BadAnswerError("not JSON", status=200), "n'est pas une réponse Cliqphone"),
    (api.ApiError("Quelque chose d'inédit", code="0999"), "Quelque chose d'inédit"),
    (RuntimeError("boom"), "inattendue"),
]


@pytest.mark.parametrize(("exc", "expected"), CASES, ids=[type(c[0]).__name__ + (c[0].code or "") if
                                                          isinstance(c[0], api.ApiError) else "bug" for c in CASES])
def test_every_error_gets_french_what_and_what_to_do(qapp, exc, expected):
    message = describe_error(exc)
    assert expected.lower() in message.text.lower()
    assert message.title and "\n" in message.text  # what happened, then what to do
    assert "Traceback" not in message.text and "Traceback" not in message.details
    assert type(exc).__name__ in message.details


def test_no_match_is_information_not_failure(qapp):
    assert describe_error(api.NoMatchError("x", code="0319", field="numero")).severity == "info"
    assert describe_error(api.ConnectError("x")).severity == "error"


def test_details_never_carry_a_secret(qapp):
    exc = api.ApiError('bad answer {"token": "abcdef0123456789", "pwd": "hunter2"}', code="0999")
    details = describe_error(exc).details
    assert "abcdef0123456789" not in details and "hunter2" not in details


def test_dialog_copies_details_and_is_not_stacked(qtbot, qapp):
    dialog = show_error_dialog(None, api.ConnectError("refused", endpoint="/api/getallzone"))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    again = show_error_dialog(None, api.ConnectError("refused", endpoint="/api/getallzone"))
    assert again is dialog  # the same message twice: one dialog
    dialog.copy_button.click()
    assert "/api/getallzone" in QApplication.clipboard().text()
    dialog.accept()


def test_banner_shows_text_and_copies_details(qtbot):
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_message(api.ServerError("HTTP 500", status=500, endpoint="/numeroapi/getlistnumerodispo"),
                        can_retry=True)
    assert not banner.isHidden() and "Erreur du serveur" in banner.text_label.text()
    assert not banner.retry_button.isHidden()
    banner.copy_button.click()
    assert "status: 500" in QApplication.clipboard().text()
    banner.close_button.click()
    assert banner.isHidden()


def test_excepthook_logs_the_traceback_and_shows_a_friendly_dialog(qtbot, monkeypatch, tmp_path, caplog):
    setup_logging()
    shown = []
    monkeypatch.setattr(_errors, "show_error_dialog", lambda parent, exc: shown.append(exc))
    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ValueError("quelque chose a cassé")
        except ValueError as exc:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(exc), exc, exc.__traceback__)
        assert shown and isinstance(shown[0], ValueError)
        assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)  # traceback → log
        # A re-login the user cancelled is not an error.
        shown.clear()
        sys.excepthook(ReloginCancelled, ReloginCancelled(), None)
        assert not shown
    finally:
        sys.excepthook = old


def test_initial_server_from_arguments(qapp):
    import argparse

    from app.ui.startup import _initial_server

    assert _initial_server(argparse.Namespace(server=None, demo=True)) == ("demo", None)
    assert _initial_server(argparse.Namespace(server="https://api.cliqphone.com/", demo=False)) == ("cliqphone", "")
    assert _initial_server(argparse.Namespace(server="localhost:8765", demo=False)) == (
        "other", "http://localhost:8765")
    assert _initial_server(argparse.Namespace(server=None, demo=False)) == (None, None)


def test_embedded_demo_starts_lazily_and_stops(run_async, tmp_path):
    from app.ui.startup import EmbeddedDemo

    demo = EmbeddedDemo(tmp_path / "demo.sqlite3")
    run_async(demo.stop())  # never started: nothing to do
    url = run_async(demo.base_url(), timeout=60)
    assert url.startswith("http://127.0.0.1:")
    assert run_async(demo.base_url()) == url  # started once
    run_async(demo.stop(), timeout=30)
