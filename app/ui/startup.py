"""Start-up of the graphical application: login dialog first, fast; then the main window.

The login dialog is on screen before anything slow happens (target: 0.8 s from start). The embedded
demo server is started only when the demo is the chosen server, in a worker thread, once the dialog
is shown (its imports and SQLite seeding would otherwise delay the first paint); logging in to the
demo waits for it. `--server URL` or a saved server choice leave it stopped.

Shutdown follows shared/QT-NOTES.md: the application does not quit when its last window closes; the
coroutine awaits the main window's `closed` signal, closes the API client, stops the demo server,
and only then returns, so that cleanup runs on a live loop.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: `time.perf_counter()` when `run_gui` was entered, and when the login dialog was first shown
#: (the start-up benchmark reads them).
timings: dict[str, float] = {}


class EmbeddedDemo:
    """The embedded sandbox, started on first need in a worker thread, stopped at the end."""

    def __init__(self, db_path: Path | None = None, extra_numbers: int = 0) -> None:
        self.db_path = db_path
        self.extra_numbers = extra_numbers
        self._task: asyncio.Future[Any] | None = None

    def start_soon(self) -> None:
        """Starts the server in the background if it is not started (or starting) already."""
        if self._task is None or (self._task.done() and (self._task.cancelled() or self._task.exception())):
            from app.embedded import start_embedded_sandbox

            self._task = asyncio.ensure_future(asyncio.to_thread(
                start_embedded_sandbox, self.db_path, extra_numbers=self.extra_numbers))

    async def base_url(self) -> str:
        self.start_soon()
        assert self._task is not None
        server = await asyncio.shield(self._task)
        return str(server.base_url)

    async def stop(self) -> None:
        if self._task is None:
            return
        try:
            server = await self._task
        except Exception:
            return
        await asyncio.to_thread(server.stop)


class _FirstPaint(QObject):
    """Notes when a widget is first painted (start → login dialog shown)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = asyncio.get_running_loop().create_future()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done.done():
            timings["login_shown"] = time.perf_counter()
            self._done.set_result(None)
            watched.removeEventFilter(self)
        return False

    async def wait(self) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(self._done), 5)
        except TimeoutError:  # never painted (no screen?): go on all the same
            timings.setdefault("login_shown", time.perf_counter())


def _initial_server(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The server the login dialog proposes: --server, --demo, else the saved choice (None, None)."""
    from app.ui import _settings as settings
    from app.ui._login import CLIQPHONE, DEMO, OTHER, normalise_url

    if getattr(args, "server", None):
        url = normalise_url(args.server) or args.server
        return (CLIQPHONE, "") if url.rstrip("/") == settings.CLIQPHONE_URL else (OTHER, url)
    if getattr(args, "demo", False):
        return DEMO, None
    return None, None


async def _main(args: argparse.Namespace) -> int:
    from app.ui._async import wait_signal
    from app.ui._errors import install_excepthook
    from app.ui._login import CLIQPHONE, DEMO, LoginDialog
    from app.ui._settings import CLIQPHONE_URL

    install_excepthook()
    demo_db = Path(args.demo_db).expanduser() if getattr(args, "demo_db", None) else None
    demo = EmbeddedDemo(demo_db, max(0, int(getattr(args, "numbers", 0) or 0)))

    async def resolve(choice: str, url: str) -> tuple[str, str, bool]:
        if choice == DEMO:
            return await demo.base_url(), QCoreApplication.translate("LoginDialog", "Démo intégrée"), True
        if choice == CLIQPHONE:
            return CLIQPHONE_URL, "api.cliqphone.com", False
        from urllib.parse import urlsplit

        return url, urlsplit(url).netloc or url, False

    choice, url = _initial_server(args)
    dialog = LoginDialog(None, resolver=resolve, choice=choice, url=url)

    def maybe_start_demo(*_args: object) -> None:
        if dialog.choice() == DEMO:
            demo.start_soon()

    dialog.server_combo.currentIndexChanged.connect(maybe_start_demo)
    painted = _FirstPaint(dialog)
    try:
        run = asyncio.ensure_future(dialog.run())
        await painted.wait()
        log.info("login dialog shown %.0f ms after start",
                 (timings["login_shown"] - timings.get("start", timings["login_shown"])) * 1000)
        # Now that the dialog is on screen: the client's imports, then the demo server (in a thread).
        await asyncio.sleep(0.02)
        import app.api
        import app.ui._service  # noqa: F401

        maybe_start_demo()
        service = await run
        dialog.deleteLater()
        if service is None:
            return 0
        from app.ui._async import running_tasks, spawn
        from app.ui.main_window import MainWindow

        window = MainWindow(service)
        window.show()
        spawn(window.start(), name="first load")
        await wait_signal(window.closed)
        window.deleteLater()
        # Background work (loads, media names, waveforms) has nobody left to report to: stop it before
        # the client closes under it.
        background = [task for task in running_tasks() if task is not asyncio.current_task()]
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        await service.aclose()
        return 0
    finally:
        await demo.stop()


def run_gui(args: argparse.Namespace) -> int:
    """Runs the application until its main window closes; the exit code."""
    timings["start"] = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.ui._async import new_event_loop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Cliqphone Desk")
    app.setApplicationDisplayName("Cliqphone Desk")
    app.setOrganizationName("Cliqphone")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    try:
        from app.ui._i18n import install_translators

        install_translators(app, getattr(args, "lang", None))
    except ImportError:
        pass
    try:
        from app.ui._theme import apply_saved_theme

        apply_saved_theme(app)
    except ImportError:
        pass
    # A QEventLoop for this thread only. `qasync.run()` would install qasync's loop *policy* for the
    # whole process, and the embedded sandbox's own `asyncio.run()` in its worker thread would then
    # get a Qt loop there too ("QApplication::exec: Must be called from the main thread").
    loop = new_event_loop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(_main(args)) or 0)
    except KeyboardInterrupt:
        return 130
    finally:
        asyncio.set_event_loop(None)
