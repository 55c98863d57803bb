"""Fixtures shared by every test (and the benchmarks).

`sandbox` is one real Cliqphone sandbox server for the whole session (real HTTP on 127.0.0.1, a real
SQLite file). Tests may change its data, so a test never relies on exact counts of what others may
touch: it adds its own numbers, or asks `make_sandbox()` for a private server.
"""

from __future__ import annotations

import asyncio
import faulthandler
import os
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

# Qt must never need a screen in the tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _hang_watchdog() -> Iterator[None]:
    """Ends the run with every thread's stack if one test hangs for 10 minutes.

    pytest-timeout's watchdog is a Python thread: a hang inside a Qt call that holds the GIL (see the
    QtMultimedia deadlock in shared/QT-NOTES.md) stops it too. faulthandler's is a C thread.
    """
    faulthandler.dump_traceback_later(600, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


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


# -- Qt and qasync ---------------------------------------------------------------------------------
# Facts behind these (shared/QT-NOTES.md): a sync test drives async slots through a
# `qasync.QEventLoop(qapp, already_running=True)`, waiting with `qtbot.waitUntil`; on teardown the
# loop's tasks are cancelled, its worker threads stopped and the running-loop marker cleared, or later
# tests fail with "Runner.run() cannot be called from a running event loop".
DEMO_LOGIN = "test0123"
DEMO_PASSWORD = "test0123"


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    from app.ui._async import shutdown_executor

    loop = qasync.QEventLoop(qapp, already_running=True)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4, thread_name_prefix="test-worker"))
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    # let cancellations run their `finally` blocks
    for _ in range(20):
        qapp.processEvents()
    shutdown_executor(loop)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def run_async(qloop, qtbot) -> Callable[..., Any]:
    """Runs a coroutine to its end on the Qt loop and returns its result (or raises its error)."""

    def run(coro: Coroutine[Any, Any, Any], timeout: float = 15.0) -> Any:
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return run


@pytest.fixture
def service(sandbox, run_async):
    """An `ApiService` on the session sandbox, logged in with the demo account."""
    from app.ui._service import ApiService

    svc = ApiService(sandbox.base_url, server_label="Démo intégrée", is_demo=True)
    run_async(svc.login(DEMO_LOGIN, DEMO_PASSWORD))
    yield svc
    run_async(svc.aclose())
