"""The qasync bridge the whole UI stands on: tasks, signals and dialogs awaited without blocking."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from app.ui._async import exec_dialog, spawn, wait_signal


def test_exec_dialog_returns_the_result_without_blocking_other_tasks(qtbot, run_async):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ticks = []

    async def ticker():
        while True:
            ticks.append(1)
            await asyncio.sleep(0.01)

    other = spawn(ticker())
    QTimer.singleShot(200, dialog.accept)
    assert run_async(exec_dialog(dialog)) == QDialog.DialogCode.Accepted
    assert len(ticks) >= 5  # the other task kept running while the dialog was open
    other.cancel()


def test_wait_signal_returns_the_arguments(qtbot, run_async):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(10, lambda: dialog.done(7))
    assert run_async(wait_signal(dialog.finished)) == (7,)


def test_spawned_task_failure_reaches_excepthook(qtbot, run_async, monkeypatch):
    seen = []
    monkeypatch.setattr("sys.excepthook", lambda *info: seen.append(info[1]))

    async def boom():
        raise RuntimeError("boom")

    task = spawn(boom())
    qtbot.waitUntil(task.done)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], RuntimeError)
