"""Fixtures shared by every test.

`sandbox` is one real Cliqphone sandbox server for the whole session (real HTTP on 127.0.0.1, a real
SQLite file). Tests may change its data, so a test never relies on exact counts of what others may
touch: it adds its own numbers, or asks `make_sandbox()` for a private server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must never need a screen in the tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keeps settings, journal, cache and logs of the tests out of the user's folders."""
    home = tmp_path_factory.mktemp("home")
    old = os.environ.get("CLIQPHONE_DESK_HOME")
    os.environ["CLIQPHONE_DESK_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("CLIQPHONE_DESK_HOME", None)
    else:
        os.environ["CLIQPHONE_DESK_HOME"] = old


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):  # -> app.sandbox.RunningSandbox
    from app.sandbox import start_sandbox

    server = start_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.sqlite3")
    yield server
    server.stop()


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Iterator[Callable[..., object]]:
    """Starts private sandbox servers (each with its own database) that stop after the test."""
    from app.sandbox import start_sandbox

    started = []

    def make(**options):
        db = options.pop("db_path", None) or tmp_path / f"sandbox-{len(started)}.sqlite3"
        server = start_sandbox(db, **options)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()
