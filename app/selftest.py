"""`cliqphone-desk --self-test`: proves, in a few seconds, that this installation works end to end.

Offscreen (no screen needed), it checks the Qt platform, the icons and the English translation, starts
the embedded demo server on a throw-away database, logs in with the demo account, loads zones,
numbers and media through the same client as the application, downloads every media and plays the
shortest MP3 to its end with QMediaPlayer (the FFmpeg backend plays even with no sound device). It
prints one line per step and exits 0, or prints which step failed and why and exits 1.

Run from the PyInstaller bundle, it proves that the bundle holds everything: Qt plugins (platform,
SVG, FFmpeg), the seed audio, the translations, the package metadata.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The whole run is abandoned after this long (a hung step must not hang a build).
TOTAL_TIMEOUT = 60.0
PLAY_TIMEOUT = 20.0


class StepFailed(Exception):
    pass


class SelfTest:
    def __init__(self, args: argparse.Namespace, out: Any = None) -> None:
        self.args = args
        self.out = out if out is not None else sys.stdout
        self.started = time.monotonic()
        self.server: Any = None
        self.client: Any = None
        self.media_bytes: dict[int, bytes] = {}

    def say(self, text: str) -> None:
        # Also in the log file: a windowed Windows build started from Explorer has no console.
        log.info("self-test: %s", text)
        if self.out is not None:
            print(text, file=self.out, flush=True)

    async def step(self, title: str, fn: Callable[[], Awaitable[str]]) -> None:
        begin = time.monotonic()
        try:
            detail = await fn()
        except Exception as exc:
            log.exception("self-test step failed: %s", title)
            self.say(f"ÉCHEC  {title}: {type(exc).__name__}: {exc}")
            raise StepFailed(title) from exc
        self.say(f"OK     {title} ({time.monotonic() - begin:.2f} s){': ' + detail if detail else ''}")

    # -- steps -------------------------------------------------------------------------------------
    async def check_qt(self) -> str:
        from PySide6.QtGui import QGuiApplication

        from app.ui import _i18n, _theme

        app = QGuiApplication.instance()
        icon = _theme.render_app_icon(32)
        if icon.isNull() or icon.pixelColor(16, 16).alpha() == 0:
            raise StepFailed("the application icon (SVG) did not render: Qt's SVG support is missing")
        play = _theme.action_icon("play").pixmap(24, 24)
        if play.isNull():
            raise StepFailed("the action icons did not render")
        lang = _i18n.install_translators(app, "en")
        translated = _i18n.translation_file("en")
        _i18n.install_translators(app, "fr")
        if lang != "en":
            raise StepFailed(f"the English translation {translated} could not be loaded")
        return f"platform {QGuiApplication.platformName()}, icons, translation {translated.name}"

    async def start_server(self) -> str:
        if self.args.server:
            self.base_url = self.args.server
            return f"server {self.base_url}"
        from app.embedded import start_embedded_sandbox

        self._tmp = tempfile.TemporaryDirectory(prefix="cliqphone-selftest-")
        db = Path(self._tmp.name) / "selftest.sqlite3"
        self.server = await asyncio.to_thread(start_embedded_sandbox, db)
        self.base_url = self.server.base_url
        return self.base_url

    async def login(self) -> str:
        from app.api import CliqphoneClient
        from app.embedded import DEMO_LOGIN, DEMO_PASSWORD

        self.client = CliqphoneClient(self.base_url)
        session = await self.client.login(DEMO_LOGIN, DEMO_PASSWORD)
        return f"{session.login}, token valid until {session.expires_at:%Y-%m-%d %H:%M}"

    async def load_zones_and_numbers(self) -> str:
        from app.api import NoMatchError

        zones = await self.client.zones()
        if not zones:
            raise StepFailed("no zone")
        total = 0
        for zone in zones:
            try:
                total += len(await self.client.numbers_by_zone(zone.code))
            except NoMatchError:
                continue
        if total == 0:
            raise StepFailed(f"{len(zones)} zones but no number in any of them")
        return f"{len(zones)} zones, {total} numbers"

    async def load_media(self) -> str:
        media = await self.client.media()
        if not media:
            raise StepFailed("no media")
        for item in media:
            if item.url and item.id is not None:
                self.media_bytes[item.id] = await self.client.download(item.url)
                self.media_urls[item.id] = item.url
        if not self.media_bytes:
            raise StepFailed("no media with an address")
        total = sum(len(b) for b in self.media_bytes.values())
        return f"{len(media)} media, {len(self.media_bytes)} downloaded ({total // 1024} KB)"

    async def play(self) -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        def is_mp3(item: tuple[int, bytes]) -> bool:
            data = item[1]
            return data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0)

        candidates = sorted(filter(is_mp3, self.media_bytes.items()), key=lambda kv: len(kv[1]))
        candidates = candidates or sorted(self.media_bytes.items(), key=lambda kv: len(kv[1]))
        media_id, data = candidates[0]
        name = Path(QUrl(self.media_urls[media_id]).path()).name or f"{media_id}.mp3"

        player = QMediaPlayer()
        output = QAudioOutput()
        output.setVolume(0.0)
        player.setAudioOutput(output)
        from app.ui.media._crossthread import prime_notify_overrides

        prime_notify_overrides(player, output)  # as the application's player does
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        loop = asyncio.get_running_loop()
        done: asyncio.Future[str] = loop.create_future()
        positions: list[int] = []

        def on_status(status: QMediaPlayer.MediaStatus) -> None:
            if status == QMediaPlayer.MediaStatus.EndOfMedia and not done.done():
                done.set_result("end")
            elif status == QMediaPlayer.MediaStatus.InvalidMedia and not done.done():
                done.set_exception(StepFailed(f"invalid media: {player.errorString()}"))

        def on_error(error: QMediaPlayer.Error, text: str = "") -> None:
            if error != QMediaPlayer.Error.NoError and not done.done():
                done.set_exception(StepFailed(f"player error {error.name}: {text or player.errorString()}"))

        player.mediaStatusChanged.connect(on_status)
        player.errorOccurred.connect(on_error)
        player.positionChanged.connect(positions.append)
        player.setSourceDevice(buffer, QUrl(name))
        player.play()
        try:
            await asyncio.wait_for(done, PLAY_TIMEOUT)
        except TimeoutError:
            raise StepFailed(f"{name} still not finished after {PLAY_TIMEOUT:.0f} s "
                             f"(status {player.mediaStatus().name}, position {player.position()} ms)") from None
        finally:
            duration = player.duration()
            player.stop()
            player.setSourceDevice(None)
        if duration <= 0 or not positions:
            raise StepFailed(f"{name} ended without playing (duration {duration} ms)")
        return f"{name} ({len(data) // 1024} KB) played to the end, {duration / 1000:.1f} s"

    # -- running -----------------------------------------------------------------------------------
    async def run(self) -> int:
        from app import __version__

        self.media_urls: dict[int, str] = {}
        self.say(f"Cliqphone Desk {__version__} — auto-test ({sys.platform}, Python {sys.version.split()[0]})")
        steps: list[tuple[str, Callable[[], Awaitable[str]]]] = [
            ("Qt, icônes et traduction", self.check_qt),
            ("serveur de démonstration", self.start_server),
            ("connexion du compte de démonstration", self.login),
            ("zones et numéros", self.load_zones_and_numbers),
            ("médias (liste et téléchargement)", self.load_media),
            ("lecture d'un média jusqu'au bout", self.play),
        ]
        try:
            for title, fn in steps:
                await self.step(title, fn)
        except StepFailed:
            self.say(f"Auto-test ÉCHOUÉ après {time.monotonic() - self.started:.1f} s")
            return 1
        finally:
            await self.close()
        self.say(f"Auto-test réussi en {time.monotonic() - self.started:.1f} s")
        return 0

    async def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                await self.client.aclose()
        if self.server is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.server.stop)
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.cleanup()


def _attach_console() -> None:
    """A windowed Windows build has no stdout: write to the console of the command that started it."""
    if sys.stdout is not None or sys.platform != "win32":
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def run_self_test(args: argparse.Namespace) -> int:
    """Runs the self-test in a Qt application of its own; returns the process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _attach_console()
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    from PySide6.QtWidgets import QApplication

    from app.ui._async import new_event_loop

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "cliqphone-desk"])
    test = SelfTest(args)

    async def bounded() -> int:
        try:
            return await asyncio.wait_for(test.run(), TOTAL_TIMEOUT)
        except TimeoutError:
            test.say(f"ÉCHEC  auto-test interrompu après {TOTAL_TIMEOUT:.0f} s")
            return 1

    loop = new_event_loop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(bounded()))
    except Exception as exc:  # the loop itself failed: still a message, never a traceback
        print(f"ÉCHEC  auto-test: {type(exc).__name__}: {exc}", flush=True)
        log.exception("self-test crashed")
        return 1
