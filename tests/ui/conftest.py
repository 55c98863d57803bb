"""pytest-qt fixtures for the UI tests: a qasync loop inside the test's Qt app, and a logged-in service.

Facts behind them (shared/QT-NOTES.md): a sync test drives async slots through a
`qasync.QEventLoop(qapp, already_running=True)`, waiting with `qtbot.waitUntil`; on teardown the
loop's tasks are cancelled and the running-loop marker cleared, or later tests fail with
"Runner.run() cannot be called from a running event loop".
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import qasync

from app.ui._async import shutdown_executor

DEMO_LOGIN = "test0123"
DEMO_PASSWORD = "test0123"


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
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
