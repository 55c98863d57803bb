"""QMediaPlayer's state-changing calls, made with the GIL released.

Why: PySide6 keeps the GIL during every Qt call. The FFmpeg backend destroys some of its objects in
its own threads; `~QObject` then calls `disconnectNotify()` on their senders, and for an object
created from Python (our QMediaPlayer and QAudioOutput) PySide's wrapper takes the GIL to look for a
Python override, while Qt's connection mutex is held. If the GUI thread calls `stop()` or
`setSource()` at that moment, it waits for that mutex while holding the GIL: a deadlock that no
timeout can break (seen in the test suite: the main thread in `QObject::disconnect` under
`QMediaPlayer::stop`, an FFmpeg thread in `Shiboken::GilState::acquire` under `~QObject`).

Calling the same C++ functions through ctypes releases the GIL for the length of the call, so the
FFmpeg thread can finish and free the mutex. These are plain non-virtual member functions, called
with the object's address as their first argument (the Itanium C++ ABI of Linux). Where the library
or a symbol cannot be found (other systems), the ordinary PySide call is made.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer

log = logging.getLogger(__name__)

_SYMBOLS = {
    "play": ("_ZN12QMediaPlayer4playEv", []),
    "pause": ("_ZN12QMediaPlayer5pauseEv", []),
    "stop": ("_ZN12QMediaPlayer4stopEv", []),
    "setSource": ("_ZN12QMediaPlayer9setSourceERK4QUrl", [ctypes.c_void_p]),
    "setPosition": ("_ZN12QMediaPlayer11setPositionEx", [ctypes.c_longlong]),
}


def _load() -> dict[str, Any]:
    if not sys.platform.startswith("linux"):
        return {}
    try:
        # Already loaded by PySide6.QtMultimedia: dlopen hands back that copy (same soname).
        library = ctypes.CDLL("libQt6Multimedia.so.6")
        functions = {}
        for name, (symbol, argtypes) in _SYMBOLS.items():
            function = getattr(library, symbol)
            function.restype = None
            function.argtypes = [ctypes.c_void_p, *argtypes]
            functions[name] = function
        return functions
    except (OSError, AttributeError) as exc:
        log.info("QMediaPlayer calls keep the GIL (%s)", exc)
        return {}


_NATIVE = _load()


def call(player: QMediaPlayer, name: str, *args: Any) -> None:
    """`player.<name>(*args)` for play, pause, stop, setSource and setPosition, without the GIL."""
    native = _NATIVE.get(name)
    if native is None:
        getattr(player, name)(*args)
        return
    address = shiboken6.getCppPointer(player)[0]
    if name == "setSource":
        url: QUrl = args[0]  # kept alive by this frame for the length of the call
        native(address, shiboken6.getCppPointer(url)[0])
    else:
        native(address, *args)


def releases_gil() -> bool:
    """Whether the calls go through the GIL-free path on this system."""
    return bool(_NATIVE)
