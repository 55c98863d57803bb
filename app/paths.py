"""Where Cliqphone Desk keeps its files.

Every folder comes from `platformdirs`, so each system gets its usual place. Setting the environment
variable ``CLIQPHONE_DESK_HOME`` puts them all under one folder instead: the tests use it so that no
test reads or writes the user's real settings, journal, cache or logs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CliqphoneDesk"
APP_AUTHOR = "Cliqphone"
HOME_ENV = "CLIQPHONE_DESK_HOME"

#: Resources shipped with the application (audio seeds, icons, translations).
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def _folder(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / kind
    else:
        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Durable user data: the embedded sandbox's database, the change journal."""
    return _folder("data")


def config_dir() -> Path:
    """Settings (QSettings INI file)."""
    return _folder("config")


def cache_dir() -> Path:
    """Throw-away files: downloaded audio."""
    return _folder("cache")


def log_dir() -> Path:
    """Rotating log files."""
    return _folder("log")
