"""The interface language: French (the source of every string) or English (a Qt translation).

`install_translators(app, lang)` picks the language — the `--lang` argument, else the one saved in
the preferences, else the system's — and installs two translators: Qt's own (`qtbase_<lang>`, so that
the standard buttons read « Annuler » / "Cancel") and, for English, ours (`cliqphone_en.qm`, compiled
from `resources/translations/cliqphone_en.ts` by `make translations`). A system language we do not
translate into gives French, the language of the application's users.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.ui import _settings

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
#: Languages the interface can show, with their names in their own language (never translated).
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
TRANSLATIONS_DIR = paths.RESOURCES_DIR / "translations"
CATALOG = "cliqphone"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translation_file(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG}_{lang}.qm"


def system_languages() -> list[str]:
    """The system's preferred languages, best first ("en-GB", "en", ...)."""
    return list(QLocale.system().uiLanguages())


def _supported(code: str | None) -> str | None:
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def choose_language(lang: str | None = None) -> str:
    """`lang` if given and supported, else the saved preference, else the system's, else French."""
    chosen = _supported(lang) or _supported(str(_settings.value(_settings.LANGUAGE, "") or ""))
    if chosen:
        return chosen
    for code in system_languages():
        # The first language the system prefers decides; a German system is not served English.
        return _supported(code) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Installs the translators for the chosen language; returns the language actually in effect.

    Call it before creating any window: widgets translate their texts when they are built.
    """
    global _current
    wanted = choose_language(lang)
    remove_translators(app)

    effective = wanted
    if wanted != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        path = translation_file(wanted)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s missing (run `make translations`): the interface stays in French", path)
            effective = SOURCE_LANGUAGE

    # Qt's own strings in the same language as ours (Qt's source language is English, not French).
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{effective}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.info("no Qt translation qtbase_%s in %s", effective, qt_dir)
    _current = effective
    log.info("interface language: %s (asked: %s)", effective, lang or "saved/system")
    return effective
