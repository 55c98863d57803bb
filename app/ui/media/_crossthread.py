"""Keeps QtMultimedia's own threads from ever needing the GIL for our player objects.

Why: the FFmpeg backend connects to, and disconnects from, the signals of our QMediaPlayer,
QAudioOutput and QAudioDecoder from its own threads, and destroys its objects there. Qt then calls
`connectNotify()` / `disconnectNotify()` on our objects, and because they were created from Python,
PySide's wrapper takes the GIL to look for a Python override, while Qt holds the connection mutex.
If the GUI thread, holding the GIL, calls `stop()` or `setSource()` at that moment, it waits for the
same mutex: a deadlock no timeout breaks (caught in `make test` with py-spy: the main thread in
`QObject::disconnect` under `QMediaPlayer::stop`, an FFmpeg thread in `Shiboken::GilState::acquire`
under `~QObject`).

A wrapper looks for an override only until it has once found none (it caches that per object).
So each object connects and disconnects a slot once here, on the GUI thread: from then on those
calls skip Python, and the GIL, whatever thread they come from. (Releasing the GIL around `stop()`
through ctypes was tried first: it let the backend's teardown race and crash instead.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def _nothing(*_args: object) -> None:
    pass


def prime_notify_overrides(*objects: QObject) -> None:
    """Makes PySide record, on this thread, that these objects override neither notify method."""
    for obj in objects:
        obj.destroyed.connect(_nothing)  # connectNotify, looked up once
        obj.destroyed.disconnect(_nothing)  # disconnectNotify, looked up once
