"""Small bridges between Qt and asyncio (qasync), used everywhere in the UI.

Facts behind them (shared/QT-NOTES.md): `dialog.exec()` inside a coroutine kills other tasks, so a
dialog is opened with `open()` and its `finished` signal awaited; an exception escaping a task must
reach `sys.excepthook` (the friendly error dialog), never vanish.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication, QDialog

T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def _report(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def new_event_loop(app: QApplication) -> qasync.QEventLoop:
    """The Qt-driven asyncio loop of the GUI thread, with a plain Python thread pool for `to_thread`.

    qasync's default executor is a pool of QThreads that nobody stops: at exit Qt finds them still
    running and aborts the process ("QThread: Destroyed while thread is still running", exit 134).
    Python threads end quietly, and `shutdown_executor` stops them where the loop is not closed.
    """
    loop = qasync.QEventLoop(app)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4, thread_name_prefix="cliqphone-worker"))
    return loop


def shutdown_executor(loop: asyncio.AbstractEventLoop) -> None:
    executor = _default_executor(loop)
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)


def _default_executor(loop: asyncio.AbstractEventLoop) -> ThreadPoolExecutor | None:
    executor = getattr(loop, "_QEventLoop__default_executor", None)  # qasync keeps it private
    return executor if isinstance(executor, ThreadPoolExecutor) else None


def spawn(coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
    """Starts a coroutine as a task that is kept alive and whose failure reaches the error dialog."""
    task = asyncio.ensure_future(coro)
    if name:
        task.set_name(name)
    _running.add(task)
    task.add_done_callback(_report)
    return task


def running_tasks() -> set[asyncio.Task[Any]]:
    """The tasks started by `spawn` that have not finished (tests cancel them on teardown)."""
    return set(_running)


async def wait_signal(signal: SignalInstance) -> tuple[Any, ...]:
    """Waits for the next emission of a Qt signal and returns its arguments."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def on_emit(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(on_emit)
    try:
        return await future
    finally:
        signal.disconnect(on_emit)


async def exec_dialog(dialog: QDialog) -> int:
    """Shows a dialog window-modally and waits for its result without blocking the event loop."""
    finished = wait_signal(dialog.finished)
    waiter = asyncio.ensure_future(finished)
    await asyncio.sleep(0)  # let the waiter connect before the dialog can finish
    dialog.open()
    (result,) = await waiter
    return int(result)
