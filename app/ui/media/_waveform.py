"""The waveform: decoded off the event loop by QAudioDecoder, folded into peaks in Python, drawn with
the playhead; a click seeks.

QAudioDecoder decodes in its own thread and hands buffers to the event loop one by one (6,900 small
buffers for a 3-minute MP3); the loop only copies each into a queue, and a worker thread folds them
into 5 ms peaks with `app.media.PeakBuilder` as they come.
The decoder is left at the file's own format: asking for another sample rate makes it hang on MP3
(shared/QT-NOTES.md). A watchdog gives up on a file that stops producing buffers.
"""

from __future__ import annotations

import asyncio
import logging
import queue
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.media import PeakBuilder, downsample
from app.ui.media._crossthread import prime_notify_overrides

log = logging.getLogger(__name__)

#: A decoder that produced nothing for this long is considered stuck.
STALL_SECONDS = 5.0

_FORMATS = {
    QAudioFormat.SampleFormat.UInt8: "uint8",
    QAudioFormat.SampleFormat.Int16: "int16",
    QAudioFormat.SampleFormat.Int32: "int32",
    QAudioFormat.SampleFormat.Float: "float",
}


class WaveformError(Exception):
    """The file could not be decoded into a waveform."""


@dataclass(frozen=True)
class Waveform:
    """5 ms block peaks (0..1) of a whole file, and its length."""

    blocks: tuple[float, ...]
    duration_ms: int

    def peaks(self, buckets: int) -> list[float]:
        return downsample(self.blocks, buckets)


_END = object()


class _Decoding(QObject):
    """One QAudioDecoder run. The decoder decodes in Qt's own thread; each buffer it hands to the
    event loop is only copied (a memcpy) and queued, and a worker thread folds the queue into peaks
    while decoding goes on. So the loop spends ~0.1 ms per buffer, whatever the peak work costs."""

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chunks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.decoder = QAudioDecoder(self)
        prime_notify_overrides(self.decoder)  # no GIL for the backend's threads
        self.decoder.setSource(QUrl.fromLocalFile(path))
        self.decoder.bufferReady.connect(self._on_buffer)
        self.decoder.finished.connect(self._on_finished)
        self.decoder.error.connect(self._on_error)
        self._progress = True
        self._closed = False
        self.watchdog = QTimer(self)
        self.watchdog.setInterval(int(STALL_SECONDS * 1000))
        self.watchdog.timeout.connect(self._on_watchdog)

    def start(self) -> asyncio.Future[Waveform]:
        folding = asyncio.get_running_loop().run_in_executor(_folding_pool(), _fold, self.chunks)
        self.watchdog.start()
        self.decoder.start()
        return folding

    def _on_buffer(self) -> None:
        buffer = self.decoder.read()
        if not buffer.isValid() or self._closed:
            return
        self._progress = True
        fmt = buffer.format()
        self.chunks.put(((fmt.sampleRate(), fmt.channelCount(), _FORMATS.get(fmt.sampleFormat())),
                         bytes(buffer.constData())))

    def _on_finished(self) -> None:
        self._close(_END)

    def _on_error(self, error: QAudioDecoder.Error) -> None:
        self._close(WaveformError(f"{error.name}: {self.decoder.errorString()}"))

    def _on_watchdog(self) -> None:
        if not self._progress:
            self._close(WaveformError(f"decoder stalled for {STALL_SECONDS:.0f} s"))
        self._progress = False

    def _close(self, last: object) -> None:
        if self._closed:
            return
        self._closed = True
        self.chunks.put(last)
        self.watchdog.stop()
        self.decoder.stop()
        # Deleted from a fresh event-loop turn, not from inside the decoder's own signal; and not by
        # deleteLater, which nothing processes under a test's processEvents(): the decoder's thread
        # then outlives the run and Qt complains at exit ("QThread: Destroyed while ... running").
        QTimer.singleShot(0, lambda: _dispose(self))

    def cancel(self) -> None:
        self._close(WaveformError("cancelled"))


_pool: ThreadPoolExecutor | None = None


def _folding_pool() -> ThreadPoolExecutor:
    """A plain Python thread of our own rather than the loop's default executor: qasync's default is
    a QThread pool that nothing shuts down in the tests (Qt then warns at exit), and a long waveform
    should not hold a slot that the client's JSON parsing needs."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="waveform")
    return _pool


def _dispose(obj: QObject) -> None:
    if shiboken6.isValid(obj):
        shiboken6.delete(obj)


def _fold(chunks: queue.SimpleQueue[Any]) -> Waveform:
    """Worker thread: folds queued buffers into peaks until the end marker or an error."""
    builder: PeakBuilder | None = None
    while True:
        item = chunks.get()
        if item is _END:
            break
        if isinstance(item, Exception):
            raise item
        (rate, channels, name), data = item
        if builder is None:
            if name is None:
                raise WaveformError("sample format not handled")
            builder = PeakBuilder(rate, channels, name)
        builder.add(data)
    if builder is None or builder.frames == 0:
        raise WaveformError("no audio decoded")
    return Waveform(tuple(builder.block_peaks()), builder.duration_ms)


_memo: OrderedDict[str, Waveform] = OrderedDict()
_MEMO_SIZE = 64


async def compute_waveform(path: str) -> Waveform:
    """Decodes an audio file into its waveform without blocking the event loop.

    Raises `WaveformError` when the file cannot be decoded. Results are remembered per path (a cached
    file's name carries its media id and URL, so a changed media gets a new path).
    """
    if path in _memo:
        _memo.move_to_end(path)
        return _memo[path]
    run = _Decoding(path)
    folding = run.start()
    try:
        waveform = await folding
    except asyncio.CancelledError:
        run.cancel()
        raise
    _memo[path] = waveform
    while len(_memo) > _MEMO_SIZE:
        _memo.popitem(last=False)
    return waveform


def _tr(text: str) -> str:
    return QCoreApplication.translate("WaveformView", text)


class WaveformView(QWidget):
    """Peaks as vertical bars, the played part coloured, a playhead line; click or drag to seek."""

    seekRequested = Signal(int)  # ms

    BAR = 3  # px per bar (2 drawn, 1 gap)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waveform: Waveform | None = None
        self._bars: list[float] = []
        self._bars_width = -1
        self._position = 0
        self._duration = 0
        self._message = ""
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setToolTip(_tr("Forme d'onde : cliquez pour aller à cet endroit"))
        self.setAccessibleName(_tr("Forme d'onde du média"))

    def sizeHint(self) -> QSize:
        return QSize(360, 64)

    # -- state -------------------------------------------------------------------------------------
    def set_waveform(self, waveform: Waveform | None) -> None:
        self._waveform = waveform
        self._bars_width = -1
        self._message = ""
        if waveform is not None and self._duration <= 0:
            self._duration = waveform.duration_ms
        self.update()

    def waveform(self) -> Waveform | None:
        return self._waveform

    def set_message(self, text: str) -> None:
        """Shown instead of the bars (« Calcul de la forme d'onde… », « indisponible »)."""
        self._message = text
        self._waveform = None
        self._bars_width = -1
        self.update()

    def message(self) -> str:
        return self._message

    def set_position(self, ms: int) -> None:
        if ms != self._position:
            self._position = int(ms)
            self.update()

    def set_duration(self, ms: int) -> None:
        if ms > 0 and ms != self._duration:
            self._duration = int(ms)
            self.update()

    def clear(self) -> None:
        self._position = 0
        self._duration = 0
        self._waveform = None
        self._message = ""
        self._bars_width = -1
        self.update()

    def playhead_x(self) -> float:
        if self._duration <= 0:
            return 0.0
        return self.width() * min(1.0, self._position / self._duration)

    # -- drawing -----------------------------------------------------------------------------------
    def _bars_for_width(self) -> list[float]:
        width = self.width()
        if self._waveform is None:
            return []
        if width != self._bars_width:
            self._bars = self._waveform.peaks(max(1, width // self.BAR))
            self._bars_width = width
        return self._bars

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        mid = self.height() / 2
        bars = self._bars_for_width()
        if not bars:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text = self._message or (_tr("Aucun média") if self._duration <= 0 else "")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
        else:
            played = pal.color(QPalette.ColorRole.Highlight)
            rest = QColor(pal.color(QPalette.ColorRole.Text))
            rest.setAlphaF(0.35)
            head = self.playhead_x()
            step = self.width() / len(bars)
            half = max(1.0, mid - 3)
            for i, peak in enumerate(bars):
                x = i * step
                h = max(1.0, peak * half)
                painter.fillRect(QRectF(x, mid - h, max(1.0, step - 1), 2 * h), played if x < head else rest)
        if self._duration > 0:
            x = self.playhead_x()
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.hasFocus():
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # -- seeking -----------------------------------------------------------------------------------
    def ms_at(self, x: float) -> int:
        if self._duration <= 0 or self.width() <= 0:
            return 0
        return round(max(0.0, min(1.0, x / self.width())) * self._duration)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            self.seekRequested.emit(self.ms_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._duration > 0:
            self.seekRequested.emit(self.ms_at(event.position().x()))
            event.accept()
            return
        super().mouseMoveEvent(event)
