"""The login dialog against the real sandbox: right and wrong password, inactive account, unreachable
server, a server that is not Cliqphone, the demo hint, « Se souvenir de moi » and the keyring."""

from __future__ import annotations

import http.server
import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.ui import _login
from app.ui import _settings as settings
from app.ui._login import CLIQPHONE, DEMO, OTHER, LoginDialog


@pytest.fixture(autouse=True)
def clean_settings():
    settings.app_settings().clear()
    settings.app_settings().sync()
    yield
    settings.app_settings().clear()
    settings.app_settings().sync()


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setattr(_login, "keyring_available", lambda: False)


class MemoryKeyring:
    def __init__(self):
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, user):
        return self.store.get((service, user))

    def set_password(self, service, user, password):
        self.store[(service, user)] = password

    def delete_password(self, service, user):
        self.store.pop((service, user), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring

    fake = MemoryKeyring()
    monkeypatch.setattr(_login, "keyring_available", lambda: True)
    monkeypatch.setattr(keyring, "get_password", fake.get_password)
    monkeypatch.setattr(keyring, "set_password", fake.set_password)
    monkeypatch.setattr(keyring, "delete_password", fake.delete_password)
    return fake


def make_dialog(qtbot, url: str, choice: str = OTHER) -> LoginDialog:
    async def resolve(_choice, _url):
        return url, "test", choice == DEMO

    dialog = LoginDialog(None, resolver=resolve, choice=choice, url=url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog: LoginDialog, login: str, password: str, timeout: int = 20_000) -> None:
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    dialog.submit()
    assert dialog.busy  # busy state while waiting
    assert not dialog.login_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=timeout)


def test_right_password_logs_in_and_remembers_the_server(qtbot, qloop, sandbox, no_keyring, run_async):
    dialog = make_dialog(qtbot, sandbox.base_url)
    attempt(qtbot, dialog, "test0123", "test0123")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.service is not None and dialog.service.session is not None
    assert dialog.service.login_name == "test0123"
    assert settings.value(settings.SERVER_CHOICE) == OTHER
    assert settings.value(settings.SERVER_URL) == sandbox.base_url
    run_async(dialog.service.aclose())


def test_wrong_password_is_explained_with_the_password_focused(qtbot, qloop, sandbox, no_keyring):
    dialog = make_dialog(qtbot, sandbox.base_url)
    attempt(qtbot, dialog, "test0123", "mauvais")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "incorrect" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.login_button.isEnabled()  # busy state over


def test_inactive_account_is_explained(qtbot, qloop, sandbox, no_keyring):
    dialog = make_dialog(qtbot, sandbox.base_url)
    attempt(qtbot, dialog, "inactif01", "inactif01")
    assert "inactif" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.login_edit


def test_unreachable_server_is_explained(qtbot, qloop, no_keyring):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = make_dialog(qtbot, f"http://127.0.0.1:{port}")
    attempt(qtbot, dialog, "test0123", "test0123", timeout=60_000)
    assert "injoignable" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.url_edit


class _HtmlHandler(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        body = b"<!doctype html><html><body><h1>Bienvenue sur mon site</h1></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


def test_a_server_that_is_not_cliqphone_is_explained(qtbot, qloop, no_keyring):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        dialog = make_dialog(qtbot, f"http://127.0.0.1:{server.server_address[1]}")
        attempt(qtbot, dialog, "test0123", "test0123", timeout=60_000)
        assert "ne répond pas comme un serveur Cliqphone" in dialog.error_label.text()
    finally:
        server.shutdown()
        server.server_close()


def test_empty_fields_are_caught_before_asking_the_server(qtbot, qloop, no_keyring):
    dialog = make_dialog(qtbot, "")
    dialog.submit()
    assert not dialog.busy
    assert "adresse" in dialog.error_label.text()
    dialog.url_edit.setText("localhost:1")
    dialog.submit()
    assert "identifiant" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.login_edit


def test_demo_choice_shows_the_demo_account_and_fills_it(qtbot, qloop, no_keyring):
    dialog = make_dialog(qtbot, "", choice=DEMO)
    assert dialog.demo_hint.isVisible() and "test0123" in dialog.demo_hint.text()
    assert not dialog.url_edit.isVisible()
    dialog._fill_demo()
    assert dialog.login_edit.text() == "test0123" and dialog.password_edit.text() == "test0123"
    dialog.server_combo.setCurrentIndex(dialog.server_combo.findData(CLIQPHONE))
    assert not dialog.demo_hint.isVisible()


def test_keyring_choice_hidden_without_a_keyring(qtbot, qloop, no_keyring, run_async):
    dialog = make_dialog(qtbot, "")
    run_async(dialog.probe_keyring())
    assert not dialog.keyring_check.isVisible()
    assert dialog.remember_check.isVisible()


def test_remember_me_keeps_login_in_settings_and_password_only_in_keyring(
        qtbot, qloop, sandbox, memory_keyring, run_async):
    dialog = make_dialog(qtbot, sandbox.base_url)
    run_async(dialog.probe_keyring())
    assert dialog.keyring_check.isVisible()
    dialog.remember_check.setChecked(True)
    dialog.keyring_check.setChecked(True)
    attempt(qtbot, dialog, "test0123", "test0123")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert memory_keyring.store == {(_login.KEYRING_SERVICE, f"test0123@{sandbox.base_url}"): "test0123"}
    settings.app_settings().sync()
    ini = Path(settings.app_settings().fileName()).read_text(encoding="utf-8")
    assert "test0123" in ini  # the login is kept…
    assert "pwd" not in ini.lower() and "password" not in ini.lower()
    assert ini.count("test0123") == 1  # …and only the login: no password in the settings file
    # Next start: login and password filled in.
    again = make_dialog(qtbot, sandbox.base_url)
    run_async(again.probe_keyring())
    assert again.login_edit.text() == "test0123"
    assert again.password_edit.text() == "test0123"
    # Unticking « Se souvenir de moi » forgets both.
    again.remember_check.setChecked(False)
    attempt(qtbot, again, "test0123", "test0123")
    assert memory_keyring.store == {}
    assert settings.value(settings.LAST_LOGIN) == ""
    run_async(dialog.service.aclose())
    run_async(again.service.aclose())


def test_relogin_mode_fixes_server_and_login(qtbot, qloop, service, no_keyring):
    dialog = LoginDialog(None, service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.server_combo.isEnabled()
    assert dialog.login_edit.isReadOnly() and dialog.login_edit.text() == "test0123"
    assert "expiré" in dialog.intro.text()
    attempt(qtbot, dialog, "test0123", "test0123")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.service is service
