"""The ONE audio player of the application (`window.media_player`).

Every « play » in the application — the media panel, the ▶ next to a number's media slots, the
« Écouter le parcours d'appel » of the numbers table — goes through this object, so that starting a
media always stops the one before.

QMediaPlayer cannot send the API token, so a media is downloaded through the client
(`service.call(lambda c: c.download(url))`) into the on-disk cache (`app.media.default_cache`) and
played from the local file. A cached media starts at once, with no request at all: `play_media` then
sets the source synchronously, in the click's own call. The FFmpeg backend plays with no sound device
(shared/QT-NOTES.md), which is what lets the tests play offscreen.

Failures become one French sentence (`errorOccurred(media, text)`): the file cannot be downloaded
(404, network, server), is not audio (an HTML page), or cannot be decoded. Nothing is raised to the
caller and nothing blocks: a broken media leaves the player stopped and ready for the next one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from app.api import (
    ApiError,
    ConnectError,
    Media,
    NotFoundError,
    RequestTimeout,
    ServerError,
    TransportError,
)
from app.media import MediaCache, NotAudioError, check_audio, default_cache
from app.ui import _settings
from app.ui._async import spawn
from app.ui._service import ReloginCancelled
from app.ui.media._crossthread import prime_notify_overrides

log = logging.getLogger(__name__)

#: Volume steps of ↑/↓, in percent.
VOLUME_STEP = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("MediaPlayer", text)


class UndecodableError(Exception):
    """The file looks like audio but the decoder cannot read it (damaged or unknown format)."""


def media_error_text(exc: BaseException, media: Media | None = None) -> str:
    """The French sentence for a media that cannot be played."""
    name = (media.nom if media is not None else None) or _tr("ce média")
    if isinstance(exc, NotFoundError):
        return _tr("Impossible de télécharger « %1 » : le fichier n'existe plus sur le serveur "
                   "(erreur 404).").replace("%1", name)
    if isinstance(exc, ConnectError | RequestTimeout):
        return _tr("Impossible de télécharger « %1 » : le serveur ne répond pas. Vérifiez votre "
                   "connexion réseau, puis réessayez.").replace("%1", name)
    if isinstance(exc, ServerError | TransportError | ApiError):
        return _tr("Impossible de télécharger « %1 » : le serveur a rencontré un problème. "
                   "Réessayez dans un moment.").replace("%1", name)
    if isinstance(exc, NotAudioError):
        return _tr("« %1 » n'est pas un fichier audio : le serveur a envoyé autre chose (une page "
                   "d'erreur, par exemple). Signalez-le à Cliqphone.").replace("%1", name)
    if isinstance(exc, UndecodableError):
        return _tr("« %1 » ne peut pas être lu : le fichier audio est endommagé ou dans un format "
                   "inconnu.").replace("%1", name)
    return _tr("« %1 » ne peut pas être lu.").replace("%1", name)


class MediaPlayer(QObject):
    """Plays one media at a time (or a sequence, one after the other) from the local cache."""

    #: The media now loaded (a `Media`), or None after `stop()` of a sequence's end.
    currentChanged = Signal(object)
    #: Play/pause/stop/loading changed: read `is_playing()`, `is_paused()`, `is_loading()`.
    stateChanged = Signal()
    positionChanged = Signal(int)  # ms
    durationChanged = Signal(int)  # ms, of the current media
    #: (media, ms): a media's duration became known (the panel's « Durée » column).
    durationKnown = Signal(object, int)
    volumeChanged = Signal(int)  # 0..100
    mutedChanged = Signal(bool)
    #: (media, French text): the media cannot be played.
    errorOccurred = Signal(object, str)
    #: (media, local path): the file is on disk and playing (the waveform starts from it).
    fileReady = Signal(object, str)
    #: Emitted by every play_media/play_sequence call (the window shows the panel on it).
    started = Signal(object)

    def __init__(self, service: Any, parent: QObject | None = None, *, cache: MediaCache | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._cache_override = cache
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        prime_notify_overrides(self._player, self._output)  # no GIL for the backend's threads
        self._current: Media | None = None
        self._queue: list[Media] = []
        self._sequence_total = 0
        self._generation = 0  # bumped by every start/stop: a late download for an old request is ignored
        self._download: asyncio.Task[None] | None = None
        self._loading = False
        self._path: Path | None = None
        self._error_reported = False
        volume = _settings.value("media/volume", 80, int)
        self.set_volume(int(volume) if isinstance(volume, int) else 80)
        self._player.positionChanged.connect(lambda ms: self.positionChanged.emit(int(ms)))
        self._player.durationChanged.connect(self._on_duration)
        self._player.playbackStateChanged.connect(lambda _s: self.stateChanged.emit())
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_player_error)

    # -- what is playing ---------------------------------------------------------------------------
    @property
    def current(self) -> Media | None:
        return self._current

    @property
    def queue(self) -> list[Media]:
        """The media still to play after the current one (a call path)."""
        return list(self._queue)

    @property
    def qt_player(self) -> QMediaPlayer:
        return self._player

    def cache(self) -> MediaCache:
        if self._cache_override is not None:
            return self._cache_override
        mb = _settings.value(_settings.MEDIA_CACHE_MB, None, int)
        return default_cache(max_mb=mb if isinstance(mb, int) and mb > 0 else None)

    def sequence_position(self) -> tuple[int, int]:
        """(1-based index of the current media, length) of the sequence being played."""
        total = self._sequence_total
        return (total - len(self._queue), total)

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def is_paused(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PausedState

    def is_loading(self) -> bool:
        return self._loading

    def position(self) -> int:
        return int(self._player.position())

    def duration(self) -> int:
        return int(self._player.duration())

    def volume(self) -> int:
        return round(self._output.volume() * 100)

    def is_muted(self) -> bool:
        return self._output.isMuted()

    # -- starting ----------------------------------------------------------------------------------
    def play_media(self, media: Media) -> None:
        """Plays one media, stopping whatever was playing. Cached: starts now; else downloads first."""
        self.play_sequence([media])

    def play_sequence(self, media: Sequence[Media]) -> None:
        """Plays media one after the other (a number's call path); stops whatever was playing."""
        items = [m for m in media if m is not None]
        if not items:
            self.stop()
            return
        self._queue = items[1:]
        self._sequence_total = len(items)
        self.started.emit(items[0])
        self._start(items[0])

    def _start(self, media: Media) -> None:
        self._generation += 1
        generation = self._generation
        self._cancel_download()
        self._player.stop()
        self._error_reported = False
        self._path = None
        self._current = media
        self.currentChanged.emit(media)
        if not media.url or media.id is None:
            self._fail(media, NotFoundError("media has no url"))
            return
        path = self.cache().get(media.id, media.url)
        if path is not None:
            log.debug("media %s from cache: %s", media.id, path.name)
            self._play_file(media, path)
            return
        self._set_loading(True)
        self._download = spawn(self._download_then_play(media, generation), name=f"media-{media.id}")

    async def _download_then_play(self, media: Media, generation: int) -> None:
        url = str(media.url)
        try:
            data = await self.service.call(lambda c: c.download(url))
            suffix = check_audio(data)
            path = self.cache().put(int(media.id or 0), url, data, suffix)
        except asyncio.CancelledError:
            raise
        except ReloginCancelled:  # the user chose not to log in again: nothing to say
            if generation == self._generation:
                self.stop()
            return
        except (ApiError, NotAudioError, OSError) as exc:
            if generation == self._generation:
                self._fail(media, exc)
            return
        if generation != self._generation:  # another media was started meanwhile: keep the file only
            return
        self._play_file(media, path)

    def _play_file(self, media: Media, path: Path) -> None:
        self._set_loading(False)
        self._path = path
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        self.fileReady.emit(media, str(path))

    # -- controls ----------------------------------------------------------------------------------
    def toggle(self) -> None:
        """Play/pause; after a stop or the end, plays the current media again from the start."""
        if self.is_playing():
            self._player.pause()
        elif self.is_paused():
            self._player.play()
        elif self._current is not None and not self._loading:
            if self._path is not None and self._path.exists():
                self._player.play()
            else:
                self._start(self._current)

    def play(self) -> None:
        if not self.is_playing():
            self.toggle()

    def pause(self) -> None:
        if self.is_playing():
            self._player.pause()

    def stop(self) -> None:
        """Stops playing, forgets the rest of a sequence and abandons a download in progress."""
        self._generation += 1
        self._queue = []
        self._cancel_download()
        self._set_loading(False)
        self._player.stop()
        self.stateChanged.emit()

    def seek(self, ms: int) -> None:
        duration = self.duration()
        ms = max(0, int(ms))
        if duration > 0:
            ms = min(ms, duration)
        self._player.setPosition(ms)

    def seek_by(self, delta_ms: int) -> None:
        self.seek(self.position() + delta_ms)

    def set_volume(self, percent: int) -> None:
        percent = max(0, min(100, int(percent)))
        changed = percent != self.volume()
        self._output.setVolume(percent / 100)
        if changed:
            self.volumeChanged.emit(percent)

    def change_volume(self, delta: int) -> None:
        self.set_volume(self.volume() + delta)
        _settings.set_value("media/volume", self.volume())

    def set_muted(self, muted: bool) -> None:
        if muted != self.is_muted():
            self._output.setMuted(muted)
            self.mutedChanged.emit(muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self.is_muted())

    def shutdown(self) -> None:
        """The window closes: stop the sound and any download."""
        self.stop()
        self._player.setSource(QUrl())

    # -- internals ---------------------------------------------------------------------------------
    def _cancel_download(self) -> None:
        if self._download is not None and not self._download.done():
            self._download.cancel()
        self._download = None

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.stateChanged.emit()

    def _on_duration(self, ms: int) -> None:
        self.durationChanged.emit(int(ms))
        if ms > 0 and self._current is not None:
            self.durationKnown.emit(self._current, int(ms))

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            if self._queue:
                nxt = self._queue.pop(0)
                self._start(nxt)
            else:
                self.stateChanged.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self._current is not None:
            self._decode_failed()

    def _on_player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._current is None:
            return
        log.warning("player error on media %s: %s (%s)", self._current.id, error, text)
        self._decode_failed(text)

    def _decode_failed(self, detail: str = "") -> None:
        if self._error_reported or self._current is None:
            return
        media = self._current
        # The damaged file must not be served again from the cache: the next play downloads it anew.
        if media.id is not None:
            self.cache().forget(media.id)
        self._path = None
        self._fail(media, UndecodableError(detail or "invalid media"))

    def _fail(self, media: Media, exc: BaseException) -> None:
        self._error_reported = True
        self._set_loading(False)
        self._player.stop()
        text = media_error_text(exc, media)
        log.info("media %s cannot be played: %r", media.id, exc)
        self.errorOccurred.emit(media, text)
        self.stateChanged.emit()
        if self._queue:  # a call path goes on with the next slot
            nxt = self._queue.pop(0)
            self._start(nxt)
