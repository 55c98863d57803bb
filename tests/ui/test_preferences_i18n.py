"""The interface language: which one is chosen, the English catalogue, Qt's own buttons, fallbacks."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.ui import _i18n, _settings


def load_translation_tools():
    """packaging/translations.py (not importable by name: `packaging` is also a PyPI package)."""
    path = Path(__file__).resolve().parents[2] / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("cliqphone_translation_tools", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def clean(qapp, monkeypatch):
    _settings.app_settings().remove(_settings.LANGUAGE)
    yield
    _settings.app_settings().remove(_settings.LANGUAGE)
    _i18n.remove_translators(qapp)


@pytest.fixture
def compiled(tmp_path_factory, monkeypatch):
    """The English catalogue compiled from the .ts of the tree (as `make translations` does)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(_i18n.TRANSLATIONS_DIR / "cliqphone_en.ts"),
                    "-qm", str(folder / "cliqphone_en.qm")], check=True)
    monkeypatch.setattr(_i18n, "TRANSLATIONS_DIR", folder)
    return folder


def test_explicit_language_wins(monkeypatch):
    _settings.set_value(_settings.LANGUAGE, "fr")
    monkeypatch.setattr(_i18n, "system_languages", lambda: ["fr-FR"])
    assert _i18n.choose_language("en") == "en"


def test_saved_preference_beats_the_system(monkeypatch):
    monkeypatch.setattr(_i18n, "system_languages", lambda: ["fr-FR", "fr"])
    _settings.set_value(_settings.LANGUAGE, "en")
    assert _i18n.choose_language(None) == "en"


@pytest.mark.parametrize(("system", "expected"), [
    (["en-GB", "en"], "en"), (["en_US"], "en"), (["fr-CA"], "fr"), (["de-DE", "en-US"], "fr"),
    (["ja-JP"], "fr"), ([], "fr"),
])
def test_system_language_else_french(monkeypatch, system, expected):
    monkeypatch.setattr(_i18n, "system_languages", lambda: system)
    assert _i18n.choose_language(None) == expected


def test_english_translates_the_interface_and_qt_buttons(qapp, compiled):
    assert _i18n.install_translators(qapp, "en") == "en"
    assert _i18n.current_language() == "en"
    assert QCoreApplication.translate("PreferencesDialog", "Préférences") == "Preferences"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_french_needs_no_catalogue_but_translates_qt_buttons(qapp, compiled):
    _i18n.install_translators(qapp, "en")
    assert _i18n.install_translators(qapp, "fr") == "fr"  # replaces the English translators
    assert QCoreApplication.translate("PreferencesDialog", "Préférences") == "Préférences"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_missing_catalogue_keeps_the_interface_french(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(_i18n, "TRANSLATIONS_DIR", tmp_path)  # no .qm here
    assert _i18n.install_translators(qapp, "en") == "fr"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_plural_forms_follow_english_rules(qapp, compiled):
    _i18n.install_translators(qapp, "en")
    # The catalogue's plural messages (`self.tr("%n numéro(s)", "", n)`), each for 1 and for 2.
    tools = load_translation_tools()
    _, messages = tools.read_ts(tools.TS_FILE)
    plurals = [m.key for m in messages.values() if m.numerus and m.translated and not m.key.comment]
    assert plurals, "no translated plural message in the catalogue"
    context, source = plurals[0].context, plurals[0].source
    one = QCoreApplication.translate(context, source, "", 1)
    many = QCoreApplication.translate(context, source, "", 2)
    assert one != many
    assert "1" in one and "2" in many
