"""The application's settings: one INI file in the platform config folder.

QSettings in INI format rather than the registry/plist, so that the file is the same on every system
and the tests can point it at a temporary folder (``CLIQPHONE_DESK_HOME``). Key names live here, in
one list, so that a setting is never spelled two ways.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths

# Connection
SERVER_CHOICE = "connection/server_choice"  # "demo" | "cliqphone" | "other"
SERVER_URL = "connection/server_url"  # the URL when the choice is "other"
REMEMBER_LOGIN = "connection/remember"
LAST_LOGIN = "connection/login"
# Window and table state
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
TABLE_HEADER_STATE = "numbers/header_state"
LAST_ZONE = "numbers/last_zone"
LAST_FILTERS = "numbers/last_filters"
# Preferences
LANGUAGE = "preferences/language"  # "" (system) | "fr" | "en"
THEME = "preferences/theme"  # "system" | "light" | "dark"
BULK_CONCURRENCY = "preferences/bulk_concurrency"
MEDIA_CACHE_MB = "preferences/media_cache_mb"

DEFAULTS: dict[str, object] = {
    SERVER_CHOICE: "demo",
    SERVER_URL: "",
    REMEMBER_LOGIN: False,
    LAST_LOGIN: "",
    LANGUAGE: "",
    THEME: "system",
    BULK_CONCURRENCY: 8,
    MEDIA_CACHE_MB: 200,
}

#: The real service's address, offered in the login dialog.
CLIQPHONE_URL = "https://api.cliqphone.com"


def app_settings() -> QSettings:
    """A QSettings on the application's INI file (cheap to create: Qt caches the file)."""
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def value(key: str, default: object = None, type_: type | None = None) -> object:
    """Reads a setting, falling back to `DEFAULTS`; `type_` converts INI strings ("true", "8")."""
    fallback = DEFAULTS.get(key, default) if default is None else default
    raw = app_settings().value(key, fallback)
    if type_ is bool and isinstance(raw, str):
        return raw.lower() in ("true", "1", "yes")
    if type_ is not None and raw is not None and not isinstance(raw, type_):
        try:
            return type_(raw)
        except (TypeError, ValueError):
            return fallback
    return raw


def set_value(key: str, val: object) -> None:
    s = app_settings()
    s.setValue(key, val)
    s.sync()

# Numbers table (issue 3): the columns the user chose to show (keys of app.ui._numbers_model.COLUMNS).
NUMBERS_VISIBLE_COLUMNS = "numbers/visible_columns"
